"""The built-in Narcos: Mexico pack: valid, complete, and true to its article."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from quiz.core.loader import load_pack
from quiz.store.paths import builtin_packs_dir

from helpers import builtin_pack

ARTICLE = Path(__file__).resolve().parents[3] / "shared" / "seed" / "narcos-mexico-gallardo-article.txt"


def test_validates_with_no_error_and_no_warning() -> None:
    loaded = load_pack(builtin_packs_dir() / "narcos-mexico.yaml")
    assert loaded.problems == []


def test_covers_the_article_at_every_level() -> None:
    pack = builtin_pack()
    assert len(pack.facts) >= 35
    levels = Counter(f.spoiler for f in pack.facts)
    assert set(levels) == {"none", "season-1", "season-2"}
    assert pack.safe_through == "season-1"
    assert all(f.source.startswith("article#") and f.topic for f in pack.facts)
    assert {f.topic for f in pack.facts} == {"show", "history", "production"}


def test_every_level_has_terms_for_the_lint() -> None:
    pack = builtin_pack()
    assert all(level.terms for level in pack.levels)


@pytest.mark.skipif(not ARTICLE.exists(), reason="the seed article is not beside this checkout")
def test_names_and_numbers_are_the_articles() -> None:
    """Each answer's names (accents included) and figures are spelt as in the article."""
    article = ARTICLE.read_text(encoding="utf-8")
    paragraphs = [line for line in article.splitlines() if line.strip()]
    for fact in builtin_pack().facts:
        paragraph = int(fact.source.partition("#")[2])
        assert 1 <= paragraph <= len(paragraphs), fact.id
        for number in re.findall(r"\d[\d.,]*\d|\d", fact.answer):
            assert number in article, (fact.id, number)
        for word in re.findall(r"\b[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ'-]+", fact.answer):
            assert word in article, (fact.id, word)
