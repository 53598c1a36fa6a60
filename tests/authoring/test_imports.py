"""Importing Open Trivia DB, GIFT and Aiken quizzes: what an author sees.

Every converted pack is written out and loaded by the real loader, which must
find no error and no warning in it.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.authoring.importers import Imported, import_file, import_text
from quiz.core.loader import load_pack
from quiz.core.pack import HandQuestion, Pack

SAMPLES = Path(__file__).resolve().parent / "samples"


def loaded(imported: Imported, folder: Path) -> Pack:
    path = folder / "imported.yaml"
    path.write_text(imported.yaml_text, encoding="utf-8")
    result = load_pack(path, origin="user")
    assert [str(p) for p in result.problems] == []
    assert result.pack is not None
    assert len(result.pack.questions) == imported.count
    return result.pack


def by_prompt(pack: Pack, start: str) -> HandQuestion:
    return next(q for q in pack.questions if q.prompt.startswith(start))


def reasons(imported: Imported) -> list[tuple[int, str]]:
    return [(s.line, s.reason) for s in imported.skipped]


def aiken(question: str, *options: str, answer: str = "A") -> str:
    lines = [question, *(f"{chr(65 + i)}. {o}" for i, o in enumerate(options)), f"ANSWER: {answer}"]
    return "\n".join(lines) + "\n"


# -- Open Trivia DB -----------------------------------------------------------------

def test_opentdb_entities_are_decoded_and_bad_questions_named(tmp_path: Path) -> None:
    imported = import_file(SAMPLES / "opentdb.json", "opentdb")
    pack = loaded(imported, tmp_path)
    assert imported.count == 3
    zelda = by_prompt(pack, "In ")
    assert zelda.prompt == "In \"The Legend of Zelda\", what is the princess's name?"
    assert (zelda.type, zelda.answer, zelda.choices) == ("choice", "Zelda",
                                                         ("Peach", "Daisy", "Rosalina"))
    assert zelda.topic == "entertainment-video-games"
    core = by_prompt(pack, "The Earth's inner core")
    assert (core.type, core.answer, core.topic) == ("true-false", "true", "science-nature")
    # "No" stays the word, and "yes" is the same option as "Yes".
    pluto = by_prompt(pack, "Is Pluto")
    assert (pluto.answer, pluto.choices) == ("No", ("Yes", "Only in the US"))

    assert reasons(imported) == [
        (28, "question 4: the wrong option '1989' is the same as the answer '1989'"),
        (36, "question 5: type 'text' is neither 'multiple' nor 'boolean'"),
        (43, "question 6: the question holds a control character U+001B, which a pack "
             "may not contain"),
    ]
    assert pack.sources[0].url == "https://opentdb.com"
    assert "CC BY-SA" in pack.sources[0].title


@pytest.mark.parametrize("name", ["opentdb-base64.json", "opentdb-url3986.json"])
def test_opentdb_base64_and_url3986_are_detected(name: str, tmp_path: Path) -> None:
    imported = import_file(SAMPLES / name, "opentdb")
    pack = loaded(imported, tmp_path)
    assert imported.count == 2 and imported.skipped == ()
    zelda = pack.questions[0]
    assert zelda.prompt == "In \"The Legend of Zelda\", what is the princess's name?"
    assert zelda.choices == ("Peach", "Daisy", "Pokémon's Misty")
    assert zelda.topic == "entertainment-video-games"
    water = pack.questions[1]
    assert (water.prompt, water.type, water.answer) == (
        "100% of the Earth's surface is water.", "true-false", "false")


def test_opentdb_one_line_response_names_questions_by_number() -> None:
    results = [
        {"type": "multiple", "category": "Art", "question": "Who painted the Mona Lisa?",
         "correct_answer": "Leonardo", "incorrect_answers": ["Raphael", "Titian"]},
        {"type": "multiple", "category": "Art", "question": "Pick one",
         "correct_answer": "Same", "incorrect_answers": ["same"]},
    ]
    imported = import_text(json.dumps({"response_code": 0, "results": results}), "opentdb",
                           pack_id="art", title="Art")
    assert imported.count == 1
    assert reasons(imported) == [
        (1, "question 2: the wrong option 'same' is the same as the answer 'Same'")]
    # The API's bare list of results is accepted too.
    assert import_text(json.dumps(results[:1]), "opentdb", pack_id="art", title="Art").count == 1


def test_opentdb_base64_with_a_field_that_is_not_base64() -> None:
    def b64(text: str) -> str:
        return base64.b64encode(text.encode()).decode()

    good = {"type": b64("boolean"), "category": b64("Maths"), "question": b64("1 + 1 = 2"),
            "correct_answer": b64("True"), "incorrect_answers": [b64("False")]}
    bad = {**good, "question": "not base64!"}
    imported = import_text(json.dumps({"response_code": 0, "results": [good, bad]}),
                           "opentdb", pack_id="m", title="M")
    assert imported.count == 1
    assert reasons(imported) == [(1, "question 2: 'question' cannot be decoded")]


@pytest.mark.parametrize("text, message", [
    ('{"response_code": 1, "results": []}', "response_code 1 (no results"),
    ('{"response_code": 5, "results": []}', "rate limit"),
    ("<html>Too many requests</html>", "not valid JSON (line 1, column 1"),
    ('{"questions": []}', "'results' list"),
    ('{"response_code": 0, "results": []}', "no question in the input could be converted"),
])
def test_opentdb_unusable_responses_are_clear_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        import_text(text, "opentdb", pack_id="t", title="T")
    assert message in str(caught.value)


# -- GIFT -------------------------------------------------------------------------

def test_gift_converts_each_supported_kind(tmp_path: Path) -> None:
    imported = import_file(SAMPLES / "sample.gift", "gift")
    pack = loaded(imported, tmp_path)
    assert imported.count == 11

    france = by_prompt(pack, "What is the capital of France")
    assert (france.type, france.answer, france.choices) == ("choice", "Paris", ("Lyon", "Marseille"))
    assert france.explain.startswith("Right: Paris has been the capital")
    assert france.topic == "geography"

    tomb = by_prompt(pack, "Is anyone buried")  # the ::title:: is not part of the prompt
    assert (tomb.type, tomb.answer) == ("true-false", "false")
    assert tomb.explain == "Right: Grant and his wife are entombed above ground."
    assert by_prompt(pack, "The sun rises").answer == "true"

    buried = by_prompt(pack, "Who is buried")
    assert (buried.type, buried.answer) == ("text", "Grant")
    assert buried.accept == ("Ulysses S. Grant", "Ulysses Grant")  # "ulysses s grant" is a repeat

    born = by_prompt(pack, "In which year")
    assert (born.type, born.answer) == ("text", "1822")

    oxygen = by_prompt(pack, "Which element")  # [html]: tags gone, entities decoded
    assert oxygen.prompt == 'Which element has the symbol "O"?'
    assert oxygen.explain == "Oxygen: O, gold: Au, osmium: Os."  # general feedback

    gandhi = by_prompt(pack, "Mahatma")
    assert gandhi.prompt == "Mahatma Gandhi's birthday is an _____ holiday in India."
    assert (gandhi.answer, gandhi.choices) == ("national", ("Indian", "international"))

    escapes = by_prompt(pack, "Escapes")
    assert escapes.prompt == "Escapes print as written: is 1 = 1 {always} ~ # true?"

    weighted = by_prompt(pack, "Which option gets full credit")
    assert weighted.answer == "The weighted one"
    assert weighted.choices == ("The wrong one", "Another wrong one")  # the 50% one left out

    assert by_prompt(pack, "Which answer means no").choices == ("yes",)
    multi_line = by_prompt(pack, "What is 2 + 2")
    assert multi_line.prompt == "What is 2 + 2 when written over three lines?"
    assert multi_line.topic == "maths"


def test_gift_unsupported_items_are_skipped_with_their_lines() -> None:
    imported = import_file(SAMPLES / "sample.gift", "gift")
    assert reasons(imported) == [
        (39, "a numeric answer with a margin (3.14 give or take 0.005) cannot be checked "
             "as a typed answer"),
        (41, "a numeric range (1..5) cannot be checked as a typed answer"),
        (43, "an essay question: there is no answer to check"),
        (45, "a matching question: pairs cannot be converted"),
        (51, "a description (no answers in braces): there is nothing to ask"),
        (53, "no answer gets full credit (partial credit cannot be converted)"),
        (59, "the '{' of the answers is never closed"),
    ]


@pytest.mark.parametrize("text, reason", [
    ("Pick one.{=A ~B =C}", "2 options are right; a choice question has one"),
    ("Capital?{=Paris ~paris ~Lyon}", "the wrong option 'paris' is the same as the answer 'Paris'"),
    ("Type it.{=?!}", "the answer '?!' has no letters or digits, so no typed answer could match it"),
    ("Which?{=right ~%50%half}", "there is no wrong option to choose from"),
    ("Number?{#forty}", "'forty' is not a number"),
    ("Two blocks {=a ~b} and {=c ~d}", "more than one answer block, or an unescaped '{'"),
])
def test_gift_questions_that_cannot_be_asked(text: str, reason: str) -> None:
    imported = import_text(f"Fine?{{T}}\n\n{text}\n", "gift", pack_id="t", title="T")
    assert imported.count == 1
    assert len(imported.skipped) == 1
    assert imported.skipped[0].line == 3
    assert imported.skipped[0].reason.startswith(reason)


def test_gift_short_answer_accepts_only_full_credit(tmp_path: Path) -> None:
    imported = import_text("Who?{=Grant =%100%U. S. Grant =%50%Lincoln#close}", "gift",
                           pack_id="t", title="T")
    question = loaded(imported, tmp_path).questions[0]
    assert (question.answer, question.accept) == ("Grant", ("U. S. Grant",))


def test_gift_windows_line_endings_keep_line_numbers() -> None:
    text = "// comment\r\nGood?{T}\r\n\r\nEssay.{}\r\n"
    assert reasons(import_text(text, "gift", pack_id="t", title="T")) == [
        (4, "an essay question: there is no answer to check")]


# -- Aiken --------------------------------------------------------------------------

def test_aiken_good_and_malformed_blocks(tmp_path: Path) -> None:
    imported = import_file(SAMPLES / "sample-aiken.txt", "aiken")
    pack = loaded(imported, tmp_path)
    assert imported.count == 4
    planet = by_prompt(pack, "What is the largest planet")
    assert (planet.type, planet.answer, planet.choices) == ("choice", "Jupiter",
                                                            ("Earth", "Mars", "Venus"))
    assert by_prompt(pack, "Which of these animals").answer == "Dolphin"  # "B)" options
    assert by_prompt(pack, "Which Norwegian").prompt == \
        'Which Norwegian word means "no" (and #1 is "yes: ja")?'
    assert by_prompt(pack, "In which year").answer == "1989"  # "ANSWER: b", no blank line before
    assert reasons(imported) == [
        (19, "no 'ANSWER: letter' line after the options"),
        (23, "a question needs at least 2 options, found 1"),
        (27, "the ANSWER 'E' is not one of the options (A, B)"),
    ]


def test_aiken_reasons_never_carry_control_characters() -> None:
    text = aiken("Fine?", "Yes", "No") + "\n" + aiken("Bad?", "x", "y", answer="\x1b[2J")
    imported = import_text(text, "aiken", pack_id="t", title="T")
    (skipped,) = imported.skipped
    assert skipped.reason == "the ANSWER '<U+001B>[2J' is not one of the options (A, B)"


def test_yaml_typing_never_reaches_the_pack(tmp_path: Path) -> None:
    text = "".join(aiken(q, *options) + "\n" for q, options in [
        ("Which is no?", ("no", "yes")),
        ("Year?", ("1989", "1e3")),
        ("Boolean?", ("True", "null")),
        ("Symbols: #1?", ("a: b", "- [x] & *y")),
        ("Quotes?", ('say "hi" \\ bye', "'single'")),
    ])
    pack = loaded(import_text(text, "aiken", pack_id="t", title="no"), tmp_path)
    assert pack.title == "no"
    assert [(q.prompt, q.answer, q.choices) for q in pack.questions] == [
        ("Which is no?", "no", ("yes",)),
        ("Year?", "1989", ("1e3",)),
        ("Boolean?", "True", ("null",)),
        ("Symbols: #1?", "a: b", ("- [x] & *y",)),
        ("Quotes?", 'say "hi" \\ bye', ("'single'",)),
    ]


_TEXT = st.text(st.characters(blacklist_characters="\n\r"), max_size=20)


@settings(max_examples=300, deadline=None)
@given(question=_TEXT, right=_TEXT, wrong=_TEXT)
def test_any_text_imports_as_a_valid_pack_or_is_skipped(tmp_path_factory, question: str,
                                                        right: str, wrong: str) -> None:
    text = aiken(question, right, wrong) + "\n" + aiken("Fine?", "Yes", "No")
    imported = import_text(text, "aiken", pack_id="t", title="T")
    pack = loaded(imported, tmp_path_factory.mktemp("pack"))
    if imported.count == 2:
        first = pack.questions[0]
        assert (first.prompt, first.answer) == (" ".join(question.split()),
                                                " ".join(right.split()))


# -- files and errors ---------------------------------------------------------------

def test_file_name_gives_the_pack_id_and_title(tmp_path: Path) -> None:
    path = tmp_path / "Mes Questions (Été 2024).txt"
    path.write_bytes(b"\xef\xbb\xbf" + aiken("Q?", "a", "b").encode())  # with a BOM
    pack = loaded(import_file(path, "aiken"), tmp_path)
    assert (pack.id, pack.title) == ("mes-questions-ete-2024", "Mes Questions (Été 2024)")
    named = import_file(path, "aiken", pack_id="mine", title="Mine")
    assert loaded(named, tmp_path).id == "mine"


def test_undecodable_file_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(aiken("Q?", "a", "b").encode() + "Caf\xe9?\n".encode("latin-1"))
    with pytest.raises(ValueError) as caught:
        import_file(path, "aiken")
    assert str(caught.value).startswith(f"{path}:5: not valid UTF-8 (byte 0xe9)")


@pytest.mark.parametrize("fmt, text, message", [
    ("gift", "   \n\n", "the input is empty"),
    ("gift", "just some prose\nover two lines\n",
     "line 1: a description (no answers in braces)"),
    ("aiken", "just some prose\n", "line 1: no 'ANSWER: letter' line"),
    ("opentdb", "", "the input is empty"),
    ("kahoot", "anything", "unknown format 'kahoot' (expected one of: opentdb, gift, aiken)"),
])
def test_empty_or_garbage_input_is_a_clear_error(fmt: str, text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        import_text(text, fmt, pack_id="t", title="T")
    assert message in str(caught.value)


def test_zero_questions_lists_every_reason(tmp_path: Path) -> None:
    path = tmp_path / "broken.gift"
    path.write_text("Essay.{}\n\nRange?{#1..2}\n", encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        import_file(path, "gift")
    assert str(caught.value) == (
        "no question in broken.gift could be converted from a Moodle GIFT file:\n"
        "  line 1: an essay question: there is no answer to check\n"
        "  line 3: a numeric range (1..2) cannot be checked as a typed answer")


@pytest.mark.parametrize("pack_id, title, message", [
    ("Bad Id", "T", "pack id 'Bad Id' must be lower-case"),
    ("ok", "\x1b]0;hi\x07", "the pack title holds a control character U+001B"),
    ("ok", "  ", "the pack title is empty"),
])
def test_bad_id_or_title_is_refused(pack_id: str, title: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        import_text("Q?{T}", "gift", pack_id=pack_id, title=title)
    assert message in str(caught.value)
