"""The spoiler lint catches each kind of leak."""

from __future__ import annotations

from quiz.core.loader import load_pack

PACK = """\
format: 1
id: lint
title: {title}
description: {description}
sources:
  - id: article
    title: {source}
spoilers:
  levels:
    - id: season-1
      label: Season 1
      terms: [kidnapped]
    - id: season-2
      label: Season 2
      terms: [prison, re-sentenced]
  safe_through: season-1
facts:
  - id: cast
    spoiler: {cast_level}
    kind: actor
    statement: {cast_statement}
    ask: Who plays Gallardo?
    answer: Diego Luna
    distractors: [{distractor}]
    explain: {explain}
    reverse:
      ask: {reverse_ask}
      answer: Gallardo
      kind: character
      distractors: [{reverse_distractor}]
  - id: jail
    spoiler: season-2
    kind: place
    statement: He was held in Altiplano prison.
    ask: Where was he held?
    answer: Altiplano
    reverse:
      ask: Who was held in Altiplano prison?
      answer: Félix Gallardo
      kind: person
questions:
  - id: hand
    type: choice
    spoiler: none
    prompt: {prompt}
    answer: Mexico
    choices: [Spain]
"""
CLEAN = dict(title="A title", description="A description", source="An article",
             cast_level="none", cast_statement="Diego Luna plays Gallardo.",
             distractor="Gael García Bernal", explain="He read a lot.", prompt="Where was it shot?",
             reverse_ask="Whom does Diego Luna play?", reverse_distractor="Rafa")


def lint_problems(write_pack, **changes: str) -> list[str]:
    loaded = load_pack(write_pack(PACK.format(**{**CLEAN, **changes})), shown_as="p.yaml")
    return [str(p) for p in loaded.errors]


def test_a_clean_pack_passes(write_pack) -> None:
    assert lint_problems(write_pack) == []


def test_term_of_a_later_level_in_a_statement(write_pack) -> None:
    found = lint_problems(write_pack, cast_statement="Diego Luna plays Gallardo, now in PRISON.")
    assert found == ["p.yaml:18:5: fact 'cast' is filed under 'none' but contains 'prison', a term "
                     "of the later level 'season-2': raise its level or reword it"]


def test_term_in_an_explanation_or_distractor_or_prompt(write_pack) -> None:
    assert lint_problems(write_pack, explain="Gallardo was re sentenced later.")
    assert lint_problems(write_pack, distractor="Prison Guard")
    assert lint_problems(write_pack, prompt="Which prison held him?")


def test_a_term_of_the_levels_own_or_earlier_is_fine(write_pack) -> None:
    assert lint_problems(write_pack, cast_level="season-1",
                         cast_statement="Diego Luna plays Gallardo; Camarena is kidnapped.") == []


def test_season1_term_below_season1_is_caught(write_pack) -> None:
    found = lint_problems(write_pack, cast_statement="Diego Luna plays Gallardo; Camarena is kidnapped.")
    assert any("'kidnapped', a term of the later level 'season-1'" in p for p in found)


def test_title_description_and_source_title_hold_no_term(write_pack) -> None:
    assert any("the pack's title contains 'prison'" in p
               for p in lint_problems(write_pack, title="Gallardo in prison"))
    assert any("the pack's description contains 'kidnapped'" in p
               for p in lint_problems(write_pack, description="Who kidnapped Camarena?"))
    assert any("the title of source 'article' contains 'prison'" in p
               for p in lint_problems(write_pack, source="Life in prison"))


def test_distractor_that_answers_a_later_fact(write_pack) -> None:
    found = lint_problems(write_pack, distractor="altiplano")
    assert any("wrong option 'altiplano' of fact 'cast' (none) is the answer of fact 'jail' "
               "(season-2)" in p for p in found), found


def test_whole_words_only(write_pack) -> None:
    """'prisoner' is not 'prison': terms match whole words, so authors list inflections."""
    assert lint_problems(write_pack, explain="He played a prisoner of war once.") == []


def test_a_level_label_holding_a_term_fails_because_every_player_sees_labels(write_pack) -> None:
    text = PACK.format(**CLEAN).replace("label: Season 1", "label: Season 1 (before prison)")
    loaded = load_pack(write_pack(text), shown_as="p.yaml")
    assert [str(p) for p in loaded.errors] == [
        "p.yaml:11:14: the label of level 'season-1' contains 'prison', a term of level "
        "'season-2'; it is shown to every player, so it may hold no spoiler term"]


def test_problems_are_listed_in_the_order_of_the_file(write_pack) -> None:
    text = PACK.format(**{**CLEAN, "prompt": "Was it a prison?",
                          "cast_statement": "Diego Luna was re-sentenced."})
    lines = [p.where.line for p in load_pack(write_pack(text)).errors]
    assert len(lines) == 2 and lines == sorted(lines)


def test_the_reverse_of_a_fact_is_checked_like_the_fact(write_pack) -> None:
    found = lint_problems(write_pack, reverse_ask="Whom does Luna play in prison?")
    assert any("fact 'cast' is filed under 'none' but contains 'prison'" in p for p in found), found
    found = lint_problems(write_pack, reverse_distractor="Altiplano")
    assert any("wrong option 'Altiplano' of fact 'cast' (none) is the answer of fact 'jail'" in p
               for p in found), found
    # a reverse answer is an answer too: as a wrong option it shows the later fact
    found = lint_problems(write_pack, distractor="Félix Gallardo")
    assert any("wrong option 'Félix Gallardo' of fact 'cast' (none) is the answer of fact 'jail'"
               in p for p in found), found
