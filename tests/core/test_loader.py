"""The loader: every problem named with its file, line and column."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from quiz.core.catalog import load_catalog
from quiz.core.loader import load_pack

HEADER = """\
format: 1
id: t
title: T
sources:
  - id: article
    title: Article
spoilers:
  levels:
    - id: s1
      label: Season 1
"""

FACT = """\
  - id: f1
    spoiler: none
    kind: actor
    statement: Diego Luna plays Gallardo.
    ask: Who plays Gallardo?
    answer: Diego Luna
"""

REVERSE = """\
    reverse:
      ask: Whom does Diego Luna play?
      answer: Gallardo
      kind: character
"""


def problems_of(write_pack, text: str) -> list[str]:
    path = write_pack(textwrap.dedent(text))
    loaded = load_pack(path, shown_as="pack.yaml")
    assert loaded.pack is None, "a pack with errors must not load"
    return [str(p) for p in loaded.errors]


@pytest.mark.parametrize("text, expected", [
    (HEADER + "facts:\n" + FACT + "    colour: red\n",
     "pack.yaml:18:5: unknown key 'colour' in fact 'f1'"),
    (HEADER + "facts:\n  - id: f1\n    spoiler: none\n    kind: actor\n    ask: Q?\n    answer: A\n",
     "pack.yaml:12:5: fact 'f1' is missing 'statement'"),
    (HEADER + "facts:\n" + FACT.replace("answer: Diego Luna", "answer: [Diego, Luna]"),
     "pack.yaml:17:13: 'answer' of fact 'f1' must be text"),
    (HEADER + "facts:\n" + FACT + "    answer: Gael\n",
     "pack.yaml:18:5: duplicate key 'answer' (first at line 17)"),
    (HEADER + "facts:\n" + FACT + FACT,
     "pack.yaml:18:9: duplicate id 'f1' (first at line 12)"),
    (HEADER + "facts:\n" + FACT.replace("spoiler: none", "spoiler: season-9"),
     "pack.yaml:13:14: unknown spoiler level 'season-9' in fact 'f1'"),
    (HEADER + "facts:\n" + FACT.replace("    spoiler: none\n", ""),
     "pack.yaml:12:5: fact 'f1' is missing 'spoiler'"),
    (HEADER + "facts:\n" + FACT + "    source: blog#2\n",
     "pack.yaml:18:13: unknown source 'blog' in fact 'f1'"),
    (HEADER + "facts:\n" + FACT + "    distractors: [Gael García Bernal, diego  LUNA!]\n",
     "pack.yaml:18:18: 'diego  LUNA!' in 'distractors' of fact 'f1' is also an accepted answer"),
    (HEADER.replace("format: 1", "format: 2") + "facts:\n" + FACT,
     "pack.yaml:1:9: format 2 is not supported"),
    (HEADER.replace("id: t\n", "id: Not_An_Id\n") + "facts:\n" + FACT,
     "pack.yaml:2:5: id 'Not_An_Id' of the pack must be lower-case"),
    (HEADER + "facts: none\n", "pack.yaml:11:8: 'facts' must be a list"),
    (HEADER + "facts:\n" + FACT + "questions:\n  - id: q1\n    type: essay\n    spoiler: none\n"
     "    prompt: Why?\n    answer: Because\n",
     "pack.yaml:20:11: type 'essay' of question 'q1' must be one of: choice, true-false, text"),
    (HEADER + "facts:\n" + FACT + "questions:\n  - id: q1\n    type: true-false\n    spoiler: none\n"
     "    prompt: Is it?\n    answer: maybe\n",
     "pack.yaml:23:13: the answer of true-false question 'q1' must be true or false"),
    (HEADER + "facts:\n" + FACT + "questions:\n  - id: q1\n    type: choice\n    spoiler: none\n"
     "    prompt: Who?\n    answer: Luna\n    choices: [Peña, Luna]\n",
     "pack.yaml:24:14: 'Luna' in 'choices' of question 'q1' is also an accepted answer"),
    (HEADER + "facts: []\n", "pack.yaml:1:1: the pack has no facts and no questions"),
    ("format: 1\nid: t\ntitle: [a\n", "pack.yaml:4:1: YAML syntax error"),
    (HEADER + "facts:\n" + FACT + "    reverse: Gallardo\n",
     "pack.yaml:18:14: 'reverse' of fact 'f1' must be a mapping"),
    (HEADER + "facts:\n" + FACT + REVERSE.replace("      kind: character\n", ""),
     "pack.yaml:19:7: 'reverse' of fact 'f1' is missing 'kind'"),
    (HEADER + "facts:\n" + FACT + REVERSE + "      spoiler: none\n",
     "pack.yaml:22:7: unknown key 'spoiler' in 'reverse' of fact 'f1'"),
    (HEADER + "facts:\n" + FACT + REVERSE.replace("answer: Gallardo", "answer: ''"),
     "pack.yaml:20:15: 'answer' of 'reverse' of fact 'f1' is empty"),
    (HEADER + "facts:\n" + FACT + REVERSE + "      distractors: [Rafa, gallardo!]\n",
     "pack.yaml:22:20: 'gallardo!' in 'distractors' of 'reverse' of fact 'f1' is also an "
     "accepted answer"),
    ("- just\n- a list\n", "pack.yaml:1:1: a pack must be a mapping"),
])
def test_each_problem_is_located(write_pack, text: str, expected: str) -> None:
    found = problems_of(write_pack, text)
    assert any(p.startswith(expected) for p in found), found


def test_every_problem_is_reported_in_one_run(write_pack) -> None:
    text = HEADER + "facts:\n" + FACT + "    colour: red\n" + FACT.replace("f1", "f2").replace(
        "spoiler: none", "spoiler: s9")
    found = problems_of(write_pack, text)
    assert len(found) == 2, found


def test_scalars_are_text_as_written(write_pack) -> None:
    pack_text = HEADER + "facts:\n" + FACT.replace("answer: Diego Luna", "answer: no") + (
        "  - id: f2\n    spoiler: none\n    kind: year\n    statement: It was 1989.\n"
        "    ask: When?\n    answer: 1989\n    distractors: [1e3, 1:30, 0x10, null, 010]\n")
    loaded = load_pack(write_pack(pack_text))
    assert loaded.pack is not None, loaded.problems
    first, second = loaded.pack.facts
    assert first.answer == "no"
    assert second.answer == "1989"
    assert second.distractors == ("1e3", "1:30", "0x10", "null", "010")


def test_fail_closed_without_a_level(write_pack) -> None:
    """A pack with levels and a fact without one does not load at all."""
    loaded = load_pack(write_pack(HEADER + "facts:\n" + FACT.replace("    spoiler: none\n", "")))
    assert loaded.pack is None


def test_a_pack_without_levels_has_no_spoilers(write_pack) -> None:
    text = "format: 1\nid: plain\ntitle: Plain\nfacts:\n" + FACT.replace("    spoiler: none\n", "")
    loaded = load_pack(write_pack(text))
    assert loaded.pack is not None
    assert loaded.pack.facts[0].spoiler == "none"


def test_unreviewed_is_a_warning_and_ranks_after_every_level(write_pack) -> None:
    loaded = load_pack(write_pack(HEADER + "facts:\n" + FACT.replace("spoiler: none", "spoiler: unreviewed")),
                       shown_as="pack.yaml")
    assert loaded.pack is not None
    assert [str(w) for w in loaded.warnings] == [
        "pack.yaml:13:14: warning: fact 'f1' needs a spoiler level: 'unreviewed' is hidden "
        "unless spoiler mode is on"]
    assert loaded.pack.rank("unreviewed") > loaded.pack.rank("s1")


def test_every_unreviewed_entry_is_one_warning_at_the_first(write_pack) -> None:
    """A fresh draft files sixty facts as unreviewed: one warning counts them,
    where the first stands, and a problem of another kind keeps its own line."""
    facts = "".join(FACT.replace("id: f1", f"id: f{n}").replace("none", "unreviewed")
                    for n in (1, 2, 3))
    question = ("questions:\n  - id: q1\n    type: text\n    spoiler: unreviewed\n"
                "    prompt: Who plays Gallardo?\n    answer: Diego Luna\n    oops: 1\n")
    loaded = load_pack(write_pack(HEADER + "facts:\n" + facts + question), shown_as="pack.yaml")
    unreviewed, other = (str(p) for p in loaded.problems)
    assert unreviewed == ("pack.yaml:13:14: warning: fact 'f1' and 3 more facts and questions "
                          "need a spoiler level: 'unreviewed' is hidden unless spoiler mode is on")
    assert other.startswith("pack.yaml:36:5: unknown key 'oops' in question 'q1'")


def test_one_broken_pack_does_not_stop_the_others(tmp_path: Path) -> None:
    builtin = tmp_path / "builtin"
    user = tmp_path / "user"
    builtin.mkdir()
    user.mkdir()
    good = "format: 1\nid: {id}\ntitle: Good\nfacts:\n" + FACT.replace("    spoiler: none\n", "")
    (builtin / "a.yaml").write_text(good.format(id="a"), encoding="utf-8")
    (builtin / "b.yaml").write_text("format: 1\nid: b\ntitle: [oops\n", encoding="utf-8")
    (user / "c.yaml").write_text(good.format(id="c"), encoding="utf-8")
    (user / "clash.yaml").write_text(good.format(id="a"), encoding="utf-8")
    catalog = load_catalog(builtin, user)
    assert [p.id for p in catalog.packs] == ["a", "c"]
    failed = {Path(f.path).name: f for f in catalog.failed}
    assert set(failed) == {"b.yaml", "clash.yaml"}
    assert "already used by" in str(failed["clash.yaml"].problems[-1])


def test_an_answer_of_punctuation_alone_is_refused(write_pack) -> None:
    # Answers compare without punctuation: '~' would match any other such answer,
    # and no typed answer could ever match it.
    path = write_pack(
        "format: 1\nid: p\ntitle: P\nfacts:\n  - id: f\n    kind: k\n    statement: It is ~.\n"
        "    ask: What is it?\n    answer: '~'\nquestions:\n  - id: q\n    type: choice\n"
        "    prompt: Which?\n    answer: '!'\n    choices: [Maybe]\n")
    assert [str(p) for p in load_pack(path, shown_as="p.yaml").errors] == [
        "p.yaml:9:13: the answer of fact 'f' needs a letter or a digit: answers are compared "
        "without punctuation",
        "p.yaml:14:13: the answer of question 'q' needs a letter or a digit: answers are "
        "compared without punctuation"]


def test_a_fact_asked_the_other_way_round(write_pack) -> None:
    loaded = load_pack(write_pack(HEADER + "facts:\n" + FACT + REVERSE
                                  + "      accept: [Félix Gallardo]\n"
                                  + "      distractors: [Rafa, Neto]\n"))
    assert loaded.pack is not None, loaded.problems
    fact = loaded.pack.facts[0]
    assert fact.reverse is not None
    assert (fact.reverse.ask, fact.reverse.answer, fact.reverse.kind, fact.reverse.accept,
            fact.reverse.distractors) == ("Whom does Diego Luna play?", "Gallardo", "character",
                                          ("Félix Gallardo",), ("Rafa", "Neto"))
    assert fact.question_ids == ("f1", "f1~reverse")
