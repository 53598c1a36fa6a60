"""The built-in Narcos: Mexico pack: valid, complete, true to its article, and
edited like a published quiz (no question gives away another, wrong options that
look like the answer, nothing dated "today")."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from quiz.core.answers import contains_term
from quiz.core.loader import load_pack
from quiz.store.paths import builtin_packs_dir

from tests.core.helpers import builtin_pack

ARTICLE = Path(__file__).resolve().parents[3] / "shared" / "seed" / "narcos-mexico-gallardo-article.txt"
PACK_FILE = builtin_packs_dir() / "narcos-mexico.yaml"
needs_article = pytest.mark.skipif(not ARTICLE.exists(),
                                   reason="the seed article is not beside this checkout")

# Facts asked only as type-in: every wrong option the article allows would be
# arguably true ("documentaries and other forms of research").
TYPE_IN_ONLY = {"luna-documentaries"}
# People several facts name in passing. Seeing the name says nothing of what a
# question asks about them (who plays them, their nickname, whom they arrested);
# what would give that away, both ends of a relation in one text, is checked apart.
NAMED_IN_PASSING = {"Amado Carrillo Fuentes", "Enrique Camarena", "Rafa Caro Quintero",
                    "Guillermo Gonzalez Calderoni"}
# (entry whose text holds the answer, entry answered): why it gives nothing away.
HARMLESS = {
    ("gallardo-unites-early-80s", "luna-grew-up-80s"):
        "when Gallardo rose says nothing of when the actor grew up",
    ("vigil-book", "camarena-dea-agent"): "Vigil's agency, not Camarena's",
    ("new-sentence-37-years", "camarena-age-37"): "a prison term, not Camarena's age",
}


@dataclass(frozen=True)
class Asked:
    """One question the pack can ask: a fact, a fact asked the other way round
    (its `reverse`), or a hand-written question, with the text it shows."""

    id: str  # the fact's or question's id; a reverse shares its fact's
    level: str
    answer: str | None  # None for true-or-false
    kind: str
    distractors: tuple[str, ...]
    texts: tuple[str, ...]  # shown around it: ask or prompt, statement, explanation
    statement: str = ""  # a fact's own, when this asks the fact the right way round


@functools.cache
def as_written() -> tuple[dict, list[Asked]]:
    """The pack file as its author wrote it, and everything it can ask.

    Read as YAML rather than through the loader so that these checks of the
    pack's wording see every field, `reverse` included, whatever model the game
    builds from them."""
    data = yaml.safe_load(PACK_FILE.read_text(encoding="utf-8"))
    asked = []
    for fact in data["facts"]:
        shown = (fact["ask"], fact["statement"], fact.get("explain", ""))
        asked.append(Asked(fact["id"], fact["spoiler"], fact["answer"], fact["kind"],
                           tuple(fact.get("distractors", ())), shown, fact["statement"]))
        if reverse := fact.get("reverse"):
            asked.append(Asked(fact["id"], fact["spoiler"], reverse["answer"], reverse["kind"],
                               tuple(reverse.get("distractors", ())),
                               (reverse["ask"], fact["statement"], fact.get("explain", ""))))
    for question in data.get("questions", ()):
        answer = None if question["type"] == "true-false" else question["answer"]
        asked.append(Asked(question["id"], question["spoiler"], answer, "",
                           tuple(question.get("choices", ())),
                           (question["prompt"], question.get("explain", ""))))
    return data, asked


def visible(through: str | None) -> list[Asked]:
    """What a player sees who has watched `through` (None: spoilers on)."""
    data, asked = as_written()
    order = ["none", *(level["id"] for level in data["spoilers"]["levels"])]
    limit = len(order) if through is None else order.index(through)
    return [a for a in asked if order.index(a.level) <= limit]


def article_paragraphs() -> list[str]:
    text = ARTICLE.read_text(encoding="utf-8").replace("\u2019", "'").replace("\u2018", "'")
    return [line for line in text.splitlines() if line.strip()]


def test_validates_with_no_error_and_no_warning() -> None:
    loaded = load_pack(PACK_FILE)
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


@needs_article
def test_names_and_numbers_are_the_articles() -> None:
    """Each answer's figures and names (accents included) are spelt as in the
    paragraph its fact cites (a reverse's, anywhere in the article), and every
    cited paragraph exists."""
    paragraphs = article_paragraphs()
    data, _ = as_written()
    for entry in (*data["facts"], *data.get("questions", ())):
        assert 1 <= int(entry["source"].partition("#")[2]) <= len(paragraphs), entry["id"]
    for fact in data["facts"]:
        cited = paragraphs[int(fact["source"].partition("#")[2]) - 1]
        answers = [(fact["answer"], cited)]
        if reverse := fact.get("reverse"):
            answers.append((reverse["answer"], "\n".join(paragraphs)))
        for answer, where in answers:
            for number in re.findall(r"\d[\d.,]*\d|\d", answer):
                assert number in where, (fact["id"], number)
            for word in re.findall(r"\b[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ'-]+", answer):
                assert word in where, (fact["id"], word)


def test_nothing_is_dated_today() -> None:
    """The article is of February 2020: "now" in it is not now for the player."""
    for entry in visible(None):
        for text in entry.texts:
            assert not re.search(r"\b(today|now|currently|these days)\b", text, re.I), \
                (entry.id, text)


def test_every_fact_has_three_hand_written_wrong_options() -> None:
    """The generator borrows wrong options only within a kind; these are written
    for the answer's own role, so none is borrowed from another role."""
    for entry in visible(None):
        if entry.answer is not None and entry.id not in TYPE_IN_ONLY:
            assert len(entry.distractors) >= 3, (entry.id, entry.answer)
    assert "person" not in {entry.kind for entry in visible(None)}


def test_wrong_options_look_like_the_answer() -> None:
    """A name among common nouns, a bare number among amounts, another unit, or
    one word among descriptive phrases would point at the answer."""
    amount = re.compile(r"\$?\d")

    def unit(text: str) -> str:
        last = text.split()[-1]
        return "" if any(c.isdigit() for c in last) else last

    for entry in visible(None):
        if entry.answer is None:
            continue
        answer = entry.answer
        for option in entry.distractors:
            assert option[0].isupper() == answer[0].isupper(), (entry.id, option)
            if amount.match(answer):
                assert amount.match(option), (entry.id, option)
                assert option.startswith("$") == answer.startswith("$"), (entry.id, option)
                assert unit(option) == unit(answer), (entry.id, option)
            if answer[0].islower() and len(answer.split()) >= 3:
                assert len(option.split()) >= 2, (entry.id, option)


def test_true_or_false_swaps_one_answer_for_one_wrong_option() -> None:
    """The statement holds its answer once, and no wrong option is already in it,
    so the false version changes one thing and reads as a plain sentence."""
    for entry in visible(None):
        if entry.statement and entry.distractors:
            assert entry.statement.count(entry.answer) == 1, entry.id
            for option in entry.distractors:
                assert not contains_term(entry.statement, option), (entry.id, option)


@pytest.mark.parametrize("through", ["season-1", None], ids=["default", "spoilers-on"])
def test_no_text_gives_away_another_answer(through: str | None) -> None:
    """Whatever a round shows first, no prompt, statement or explanation holds
    the answer of another question the same player can be asked."""
    entries = visible(through)
    leaks = []
    for holder in entries:
        for other in entries:
            if other.id == holder.id or other.answer is None:
                continue
            if other.answer in NAMED_IN_PASSING or (holder.id, other.id) in HARMLESS:
                continue
            if any(contains_term(text, other.answer) for text in holder.texts if text):
                leaks.append(f"{holder.id} shows {other.answer!r}, the answer of {other.id}")
    assert leaks == []


def test_no_text_names_both_ends_of_another_relation() -> None:
    """A fact asked both ways (actor and character, nickname and person) is given
    away by any other text that names both of its ends."""
    data, entries = as_written()
    for fact in data["facts"]:
        if "reverse" not in fact:
            continue
        ends = (fact["answer"], fact["reverse"]["answer"])
        for holder in entries:
            if holder.id == fact["id"]:
                continue
            for text in holder.texts:
                assert not all(contains_term(text, end) for end in ends), (holder.id, fact["id"])


def test_nothing_shown_to_every_player_names_an_answer() -> None:
    """The title is on screen during play, the description and the source title
    in the picker and the feedback: none may answer a question."""
    data, entries = as_written()
    shown = [data["title"], data.get("description", ""),
             *(source["title"] for source in data["sources"])]
    for entry in entries:
        if entry.answer is not None:
            for text in shown:
                assert not contains_term(text, entry.answer), (text, entry.id)


def test_default_horizon_offers_at_least_60_questions() -> None:
    """Spoilers off, having watched season 1: every fact (once each way round it
    can be asked) and every hand-written question is a question of its own."""
    assert len(visible("season-1")) >= 60
