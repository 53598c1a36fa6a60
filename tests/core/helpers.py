"""Shared helpers for the core tests."""

from __future__ import annotations

from pathlib import Path

from quiz.core.generate import Question
from quiz.core.loader import load_pack
from quiz.core.pack import Pack
from quiz.store.paths import builtin_packs_dir

TESTS = Path(__file__).resolve().parent.parent


def demo_pack() -> Pack:
    loaded = load_pack(TESTS / "packs" / "demo.yaml")
    assert loaded.pack is not None, loaded.problems
    return loaded.pack


def builtin_pack() -> Pack:
    loaded = load_pack(builtin_packs_dir() / "narcos-mexico.yaml")
    assert loaded.pack is not None, loaded.problems
    return loaded.pack


def question_texts(question: Question) -> list[str]:
    """Everything a question could put in front of a player."""
    return [question.prompt, question.answer, *question.choices, *question.accepted,
            question.statement, question.explain, question.source, question.topic]


def secret_texts(pack: Pack, limit: float) -> set[str]:
    """Text of entries above a horizon rank that no visible entry also holds."""
    visible: list[str] = []
    hidden: set[str] = set()
    for entry in (*pack.facts, *pack.questions):
        texts = [t for t in entry.texts() if t]
        if pack.rank(entry.spoiler) <= limit:
            visible.extend(texts)
        else:
            hidden.update(texts)
    return {t for t in hidden if not any(t in v for v in visible)}
