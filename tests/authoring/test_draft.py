"""`quiz draft`'s core: an article's text -> a draft pack a curator can start from.

What a curator notices: the cast pairs, years and amounts they would have picked
are there, with the right kind, ahead of the weak candidates; the file loads with
nothing but the "needs a spoiler level" warnings; hostile text cannot break it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from quiz.authoring.drafting import MAX_FACTS, Candidate, draft_pack, find_candidates
from quiz.authoring.names import slug
from quiz.core.answers import answer_key
from quiz.core.generate import generate
from quiz.core.loader import Loaded, load_pack
from quiz.core.nodereader import ID_PATTERN
from quiz.core.pack import Pack
from quiz.core.spoilers import Horizon, gate, horizon_for
from quiz.core.yamltext import bad_character

ARTICLES = Path(__file__).resolve().parent / "articles"
SERIES = ARTICLES / "harbour-lights.txt"
CLUB = ARTICLES / "northgate-rovers.txt"
SEED = (Path(__file__).resolve().parents[3] / "shared" / "seed"
        / "narcos-mexico-gallardo-article.txt")
needs_seed = pytest.mark.skipif(not SEED.exists(),
                                reason="the seed article is not beside this checkout")
WEAK_KINDS = {"person", "place", "city", "country", "organization", "event"}


def candidates(path: Path) -> list[Candidate]:
    return find_candidates(path.read_text(encoding="utf-8"))


def found(path: Path) -> set[tuple[str, str]]:
    return {(c.kind, c.answer) for c in candidates(path)}


def asks(path: Path) -> dict[str, str]:
    """The question asked for each answer, from its best candidate."""
    out: dict[str, str] = {}
    for candidate in candidates(path):
        out.setdefault(candidate.answer, candidate.ask)
    return out


def drafted(tmp_path: Path, article: str, **names: str) -> tuple[str, Loaded]:
    """Draft a pack, write it as the CLI would, load it as `quiz packs validate` does."""
    names = {"pack_id": "drafted", "title": "Drafted", **names}
    text = draft_pack(article, **names)
    path = tmp_path / "draft.yaml"
    path.write_text(text, encoding="utf-8")
    return text, load_pack(path, origin="user")


def assert_only_unreviewed_warnings(loaded: Loaded) -> Pack:
    assert loaded.errors == []
    assert loaded.pack is not None and loaded.pack.facts
    (warning,) = loaded.warnings  # one for all the unreviewed facts
    assert "a spoiler level" in warning.message
    assert all(f.spoiler == "unreviewed" for f in loaded.pack.facts)
    return loaded.pack


# -- what it finds ----------------------------------------------------------------

def test_finds_every_cast_pair_of_a_series_article() -> None:
    pairs = {"Maria Okafor": "Ruth Kane", "Tomás Herrera": "Elias Varga",
             "Samuel Pryce": "Conrad Bell", "Aiden Walsh": "Nico Ferrante"}
    questions = asks(SERIES)
    for actor, character in pairs.items():
        assert ("actor", actor) in found(SERIES)
        assert ("character", character) in found(SERIES)
        assert questions[actor] == f"Which actor plays {character}?"
        assert questions[character] == f"Which character does {actor} play?"


def test_finds_the_dates_amounts_ages_and_nickname_of_a_series_article() -> None:
    expected = {("date", "March 14"), ("year", "2019"), ("year", "2021"),
                ("money", "$48 million"), ("count", "eight episodes"),
                ("nickname", "The Eel"), ("city", "Lisbon"), ("person", "Hannah Osei")}
    assert expected <= found(SERIES)
    questions = asks(SERIES)
    assert questions["2021"] == "In what year did the first season premiere?"
    # The attribution ("according to the trade press") is where the fact came from, not it.
    assert questions["$48 million"] == "How much did the second season cost to produce?"
    assert questions["eight episodes"] == "How many episodes does the season have?"
    assert questions["The Eel"] == "By what nickname is Nico Ferrante known?"
    assert questions["March 14"] == "On what date does Harbour Lights return for a second season?"
    # An aside between commas becomes a clause of its own: "The crime drama, created in
    # 2019 by writer Hannah Osei, follows…".
    assert questions["2019"] == "In what year was the crime drama created by writer Hannah Osei?"
    assert questions["Hannah Osei"] == "The crime drama was created in 2019 by which writer?"


def test_finds_the_figures_of_a_sports_club_article() -> None:
    expected = {("nickname", "the Magpies"), ("year", "1893"), ("year", "1921"),
                ("year", "1952"), ("year", "1987"), ("year", "2019"), ("money", "£12 million"),
                ("money", "£340"), ("percent", "8 percent"), ("count", "18,500 supporters")}
    assert expected <= found(CLUB)
    questions = asks(CLUB)
    assert questions["the Magpies"] == "By what nickname is Northgate Rovers FC known?"
    assert questions["1921"] == "In what year did the club move to Dalton Park?"
    assert questions["£12 million"] == "How much did the new west stand cost?"


def test_a_match_between_two_clubs_is_not_a_cast_line() -> None:
    # "Northgate plays Riverside United" has the shape of "Diego Luna plays Gallardo".
    kinds = {c.kind for c in candidates(CLUB)}
    assert not kinds & {"actor", "character"}


@needs_seed
def test_finds_the_cast_pairs_of_the_seed_article(tmp_path: Path) -> None:
    pairs = {"Diego Luna": "Miguel Ángel Félix Gallardo", "Tenoch Huerta": "Rafa Caro Quintero",
             "José María Yazpik": "Amado Carrillo Fuentes",
             "Michael Peña": "Enrique “Kiki” Camarena",
             "Julio Cesar Cedillo": "Guillermo Gonzalez Calderoni"}
    _, loaded = drafted(tmp_path, SEED.read_text(encoding="utf-8"))
    pack = assert_only_unreviewed_warnings(loaded)
    facts = {(f.kind, f.answer): f for f in pack.facts}
    for actor, character in pairs.items():
        assert facts["actor", actor].ask == f"Which actor plays {character}?"
        assert ("character", character) in facts
    # One fact for the man, however the article names him.
    assert {"Enrique Camarena", "Kiki Camarena", "Camarena"} <= set(
        facts["character", "Enrique “Kiki” Camarena"].accept)


@needs_seed
def test_finds_the_nicknames_years_amounts_and_ages_of_the_seed_article(tmp_path: Path) -> None:
    _, loaded = drafted(tmp_path, SEED.read_text(encoding="utf-8"))
    facts = {(f.kind, f.answer) for f in assert_only_unreviewed_warnings(loaded).facts}
    assert {("nickname", "Lord of the Skies"), ("nickname", "Kiki"),
            ("nickname", "Don Neto")} <= facts
    assert {("year", y) for y in ("1985", "1989", "2013", "2017", "2019")} <= facts
    assert {("date", "February 13"), ("date", "February 7, 1985"), ("date", "March 7")} <= facts


@needs_seed
def test_asks_real_questions_where_the_sentence_allows_it() -> None:
    questions = asks(SEED)
    assert questions["Kiki"] == "By what nickname is Enrique Camarena known?"
    assert questions["Lord of the Skies"] == "By what nickname is Amado Carrillo Fuentes known?"
    assert questions["2019"] == "In what year was Gallardo’s request for house arrest denied?"
    assert questions["February 13"] == ("On what date did the second season of Narcos: Mexico "
                                        "drop on Netflix?")
    # The opening phrase ("After running the Guadalajara Cartel for a decade,") goes.
    assert questions["1989"] == "In what year was Gallardo arrested?"
    assert "Kiki Camarena" not in questions  # Enrique “Kiki” Camarena's fact accepts it


# -- ranking and junk ------------------------------------------------------------------

def test_cast_lines_and_figures_come_before_names() -> None:
    ranked = candidates(SERIES)
    assert [c.kind for c in ranked[:4]] == ["actor"] * 4
    strong_kinds = {"actor", "money", "year", "date", "nickname"}
    strong = [i for i, c in enumerate(ranked) if c.kind in strong_kinds]
    weak = [i for i, c in enumerate(ranked) if c.kind in WEAK_KINDS]
    assert strong and weak and max(strong) < min(weak)


@pytest.mark.parametrize("path", [SERIES, CLUB, pytest.param(SEED, marks=needs_seed)],
                         ids=["series", "club", "seed"])
def test_the_best_candidates_have_distinct_answers(path: Path) -> None:
    top = [answer_key(c.answer) for c in candidates(path)[:20]]
    assert len(top) == len(set(top))


@pytest.mark.parametrize("path", [SERIES, CLUB, pytest.param(SEED, marks=needs_seed)],
                         ids=["series", "club", "seed"])
def test_one_fact_per_sentence_and_answer(path: Path) -> None:
    pairs = [(c.statement, answer_key(c.answer)) for c in candidates(path)]
    assert len(pairs) == len(set(pairs))


def test_captions_headings_and_common_words_are_not_candidates() -> None:
    statements = {c.statement for c in candidates(SERIES)}
    assert not any(s.startswith(("Warning", "Photo", "Read more")) for s in statements)
    generic = {"today", "warning", "photo", "courtesy", "season", "the", "read", "in"}
    for path in [SERIES, CLUB, *([SEED] if SEED.exists() else [])]:
        assert not {c.answer.lower() for c in candidates(path)} & generic


def test_a_long_article_is_capped(tmp_path: Path) -> None:
    article = "\n".join(f"The harbour festival number {n} opened in {1900 + n} with a parade."
                        for n in range(1, 100))
    _, loaded = drafted(tmp_path, article)
    assert len(assert_only_unreviewed_warnings(loaded).facts) == MAX_FACTS


# -- the file ---------------------------------------------------------------------------

@pytest.mark.parametrize("path", [SERIES, CLUB, pytest.param(SEED, marks=needs_seed)],
                         ids=["series", "club", "seed"])
def test_the_draft_loads_and_every_fact_points_at_its_paragraph(path: Path, tmp_path: Path) -> None:
    article = path.read_text(encoding="utf-8")
    text, loaded = drafted(tmp_path, article, source_title="A headline: with a colon")
    pack = assert_only_unreviewed_warnings(loaded)
    assert [s.title for s in pack.sources] == ["A headline: with a colon"]
    assert pack.levels == ()
    paragraphs = [line for line in article.splitlines() if line.strip()]
    for fact in pack.facts:
        assert fact.spoiler == "unreviewed"
        number = int(re.fullmatch(r"article#(\d+)", fact.source).group(1))
        assert fact.statement in paragraphs[number - 1]
        # The true/false variant swaps the answer out of the statement: it, or the form
        # the statement gives it in ("Kerr" for Jamie Kerr), must be there once.
        assert any(fact.statement.count(form) == 1 for form in (fact.answer, *fact.accept)), fact.id
        assert answer_key(fact.answer) not in answer_key(fact.ask), fact.id
        assert f"# article#{number}\n" in text


def test_the_draft_is_hidden_until_reviewed_but_plays_with_spoilers_on(tmp_path: Path) -> None:
    _, loaded = drafted(tmp_path, SERIES.read_text(encoding="utf-8"))
    pack = assert_only_unreviewed_warnings(loaded)
    assert gate(pack, horizon_for(pack, spoilers_on=False)).facts == ()
    questions = generate(gate(pack, Horizon.everything()), seed="7")
    assert len(questions) == len(pack.facts)


def test_the_header_says_what_to_do_next() -> None:
    text = draft_pack(SERIES.read_text(encoding="utf-8"), pack_id="harbour", title="Harbour Lights")
    header = text.split("\nformat: 1\n")[0]
    assert all(line.startswith("#") for line in header.splitlines())
    for step in ("spoiler", "none", "wording", "Delete the weak", "quiz packs validate",
                 "quiz packs add"):
        assert step in header


def test_the_context_of_a_one_line_article_is_the_nearby_sentences(tmp_path: Path) -> None:
    article = " ".join(f"Bridge number {n} over the river opened in {1800 + n}."
                       for n in range(1, 200))
    text, loaded = drafted(tmp_path, article)
    assert_only_unreviewed_warnings(loaded)
    comments = [line for line in text.splitlines() if line.startswith("  # ")]
    assert sum(len(line) for line in comments) < 400 * MAX_FACTS
    assert "  # … Bridge number" in text


# -- hostile text ---------------------------------------------------------------------------

HOSTILE = {
    "markup": "[bold]Diego Luna[/bold] plays [red]Félix Gallardo[/], [@click=app.quit]bye[/] "
              "in 1989 and [ @click=app.bell]ring[/].\n[/]",
    "yaml": "no: yes # not a comment, the team paid $5 million in 1999\n--- \n...\n"
            "- &anchor *alias !!python/object/apply:os.system ['ls'] in 2001 by Ana Ruiz: ok\n"
            "The forward, nicknamed “Null”, joined the club in 2004 for {a: b} # 1:30.\n"
            'The winger, known as "No", scored on 1 May 2006 at \'1e3\' % 50 | > key: "value".',
    "controls": "Escape \x1b[31mred\x1b[0m text was added in 2010 by Ana\u202eLopez Cruz.\x00\n"
                "A title \x1b]0;pwned\x07 was set in 2011 by Maria\u2066 Lopez\u2069 herself.\x7f\n"
                "Nul\x00 and bell\x07 and backspace\x08 in 2012 met Maria Lopez\x85 there.\x0c\n"
                "Lone \udc80 surrogate and \ufeff BOM and \u200f mark in 2013 met Maria Lopez.",
    "line-breaks": "Carriage returns\rin 2014 split\r\nthe text\u2028of Maria Lopez. The club "
                   "was founded in 2015 by Maria Lopez.\u2029The club moved in 2016 to "
                   "Dalton Park.\n\n\n\t  \n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_gives_a_pack_that_loads(name: str, tmp_path: Path) -> None:
    text, loaded = drafted(tmp_path, HOSTILE[name], pack_id="no", title="yes: #1 \x1b[2J",
                           source_title="null")
    pack = assert_only_unreviewed_warnings(loaded)
    assert bad_character(text) is None
    assert (pack.id, pack.title, pack.sources[0].title) == ("no", "yes: #1", "null")
    # Even a reader that types YAML's scalars keeps every value as text.
    data = yaml.safe_load(text)
    assert all(isinstance(value, str) for fact in data["facts"] for value in fact.values()
               if not isinstance(value, list))
    assert {f["answer"] for f in data["facts"]} == {f.answer for f in pack.facts}


def test_yaml_words_and_markup_stay_the_text_they_were(tmp_path: Path) -> None:
    _, loaded = drafted(tmp_path, HOSTILE["yaml"] + "\n" + HOSTILE["markup"])
    pack = assert_only_unreviewed_warnings(loaded)
    answers = {f.answer for f in pack.facts}
    assert {"2004", "1989"} <= answers
    statements = " ".join(f.statement for f in pack.facts)
    assert "{a: b} # 1:30." in statements and "[@click=app.quit]bye[/]" in statements


def test_escape_sequences_leave_no_trace(tmp_path: Path) -> None:
    text, _ = drafted(tmp_path, HOSTILE["controls"])
    assert "[31m" not in text and "pwned" not in text
    assert "Ana Lopez" not in text and "AnaLopez" in text  # a bidi override is dropped, not spaced


@pytest.mark.parametrize("article", ["", "   \n\n\t\n", "\x1b[2J\x00\u202e\n"])
def test_an_empty_article_is_a_clear_error(article: str) -> None:
    with pytest.raises(ValueError, match="the article is empty"):
        draft_pack(article, pack_id="empty", title="Empty")


def test_an_article_with_nothing_to_ask_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="found no candidate facts"):
        draft_pack("hello there. nothing to see here, move along now.", pack_id="x", title="X")


@pytest.mark.parametrize(("names", "message"), [
    ({"pack_id": "Not An Id", "title": "T"}, "pack id 'Not An Id' must be lower-case"),
    ({"pack_id": "ok", "title": " \x1b[1m\t"}, "needs a title"),
])
def test_bad_names_are_clear_errors(names: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        draft_pack(SERIES.read_text(encoding="utf-8"), **names)


# -- determinism and ids ------------------------------------------------------------------

def test_the_same_article_gives_the_same_draft_in_any_process() -> None:
    script = ("import sys; from quiz.authoring.drafting import draft_pack; "
              "sys.stdout.buffer.write(draft_pack(open(sys.argv[1], encoding='utf-8').read(), "
              "pack_id='same', title='Same').encode())")
    outputs = {
        subprocess.run([sys.executable, "-c", script, str(SERIES)], capture_output=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")}
    assert outputs == {draft_pack(SERIES.read_text(encoding="utf-8"), pack_id="same",
                                  title="Same").encode()}


@pytest.mark.parametrize(("text", "expected"), [
    ("Félix Gallardo", "felix-gallardo"),
    ("Narcos_Mexico article (draft).txt", "narcos-mexico-article-draft-txt"),
    ("Straße  über ÆON", "strasse-uber-aeon"),
    ("２０２４ Season", "2024-season"),
    ("!!!", "draft"),
    ("日本語", "draft"),
    ("", "draft"),
])
def test_slug(text: str, expected: str) -> None:
    assert slug(text, "draft") == expected


def test_slug_is_always_a_valid_pack_id() -> None:
    for text in ("a" * 200, "-x-", "a " * 100 + "b", "x" * 63 + "-y"):
        assert ID_PATTERN.fullmatch(slug(text)), text
