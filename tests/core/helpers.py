"""Shared helpers for the core tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

from quiz.core.answers import contains_term
from quiz.core.generate import Question
from quiz.core.loader import load_pack
from quiz.core.pack import Pack
from quiz.core.spoilers import Horizon, View, gate
from quiz.store.paths import builtin_packs_dir

TESTS = Path(__file__).resolve().parent.parent


def demo_pack() -> Pack:
    loaded = load_pack(TESTS / "packs" / "demo.yaml")
    assert loaded.pack is not None, loaded.problems
    return loaded.pack


@cache  # a Pack is immutable; these tests start thousands of rounds from it
def giveaways_pack() -> Pack:
    loaded = load_pack(TESTS / "packs" / "giveaways.yaml")
    assert loaded.pack is not None, loaded.problems
    return loaded.pack


@cache  # read by many tests; parsing it each time cost seconds of the run
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


def secrets_by_id(pack: Pack) -> dict[str, tuple[str, ...]]:
    """What would give each question away if shown before it, read from the pack:
    a fact's answer and accepted forms (whichever way it is asked, true/false
    too), a hand-written question's, except a true/false one's."""
    out: dict[str, tuple[str, ...]] = {}
    for fact in pack.facts:
        out[fact.id] = (fact.answer, *fact.accept)
        if fact.reverse:
            out[f"{fact.id}~reverse"] = (fact.reverse.answer, *fact.reverse.accept)
    for hand in pack.questions:
        out[hand.id] = () if hand.type == "true-false" else (hand.answer, *hand.accept)
    return out


def shown_texts(question: Question) -> list[str]:
    """The pack's text a question puts on screen, asked and then answered."""
    return [question.prompt, *question.choices, question.answer, question.statement,
            question.explain, question.source]


def giveaways(pack: Pack, questions: list[Question], on_screen: list[str]) -> list[tuple]:
    """(position, id, secret) for each secret of a question that what stays on
    screen, or a question before it, showed as whole words."""
    secrets = secrets_by_id(pack)
    before = list(on_screen)
    found = []
    for number, question in enumerate(questions, start=1):
        found += [(number, question.id, secret) for secret in secrets[question.id]
                  if any(contains_term(text, secret) for text in before)]
        before += shown_texts(question)
    return found


def steps(work: Callable[[], object]) -> int:
    """How many lines of Python `work` runs: a measure of work that, unlike a
    clock, gives the same answer on every machine, however busy."""
    count = 0

    def line(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return line

    before = sys.gettrace()
    sys.settrace(lambda frame, event, arg: line)
    try:
        work()
    finally:
        sys.settrace(before)
    return count


def pack_view(write_pack: Callable[[str], Path], facts: str) -> View:
    """Everything of a pack made of these facts (YAML lines, see fact())."""
    loaded = load_pack(write_pack(f"format: 1\nid: p\ntitle: P\nfacts:\n{facts}"))
    assert loaded.pack is not None, loaded.problems
    return gate(loaded.pack, Horizon.everything())


def fact(fact_id: str, kind: str, answer: str, ask: str = "", statement: str = "",
         accept: str = "", distractors: str = "") -> str:
    """A fact's YAML lines; `accept` and `distractors` are flow-list items."""
    lines = [f"  - id: {fact_id}", f"    kind: {kind}",
             f"    statement: \"{statement or f'It is {answer}.'}\"",
             f"    ask: \"{ask or f'What is {fact_id}?'}\"", f"    answer: \"{answer}\""]
    lines += [f"    accept: [{accept}]"] * bool(accept)
    lines += [f"    distractors: [{distractors}]"] * bool(distractors)
    return "\n".join(lines) + "\n"
