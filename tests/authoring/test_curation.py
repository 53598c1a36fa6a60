"""Curating a draft (quiz/authoring/curation.py): what a curator notices. Only the
facts they accept go into the pack, each at the level they chose and never
filed as safe without them; edits and undo do what they say; the pack written
loads as `quiz packs add` loads it; hostile text stays text."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from quiz.authoring.curation import DEFAULT_LEVEL, Curation, Decision
from quiz.authoring.drafting.packtext import declared_levels
from quiz.core.loader import Loaded, load_pack
from quiz.core.pack import Level
from quiz.core.spoilers import gate, horizon_for
from tests.authoring.curation_data import SEASONS, harbour_lights

ARTICLES = Path(__file__).resolve().parent / "articles"


CANDIDATES = harbour_lights("Paragraph {paragraph}: {statement}", okafor_accepts=("Okafor",))


def curation(levels: tuple[Level, ...] = SEASONS, **names: str) -> Curation:
    return Curation(CANDIDATES, **{"pack_id": "harbour", "title": "Harbour Lights", **names},
                    levels=levels)


def written(tmp_path: Path, curated: Curation) -> Loaded:
    path = tmp_path / "harbour.yaml"
    curated.save(path)
    return load_pack(path, origin="user")


# -- decisions ----------------------------------------------------------------------------

def test_only_accepted_candidates_go_into_the_pack(tmp_path: Path) -> None:
    curated = curation()
    curated.accept(0)
    curated.accept(2)
    curated.reject(1)
    loaded = written(tmp_path, curated)
    assert loaded.errors == []
    assert [f.answer for f in loaded.pack.facts] == ["Maria Okafor", "2021"]
    assert curated.summary() == "2 accepted (2 unreviewed) · 1 rejected · 1 to review"


def test_a_decision_can_be_changed() -> None:
    curated = curation()
    curated.reject(0)
    curated.accept(0)
    assert curated.items[0].decision is Decision.ACCEPTED
    assert curated.summary() == "1 accepted (1 unreviewed) · 0 rejected · 3 to review"


def test_nothing_accepted_writes_nothing(tmp_path: Path) -> None:
    curated = curation()
    curated.reject(0)
    with pytest.raises(ValueError, match="no candidate is accepted"):
        curated.save(tmp_path / "out.yaml")
    assert not (tmp_path / "out.yaml").exists()
    assert curated.unsaved and curated.written is None


# -- levels: the curator files a fact, the tool never does -------------------------------

def test_every_candidate_starts_unreviewed_and_accepting_keeps_it_so(tmp_path: Path) -> None:
    curated = curation()
    assert {item.level for item in curated.items} == {"unreviewed"}
    for index in range(len(CANDIDATES)):
        curated.accept(index)
    pack = written(tmp_path, curated).pack
    assert {f.spoiler for f in pack.facts} == {"unreviewed"}
    assert gate(pack, horizon_for(pack, spoilers_on=False)).facts == ()


def test_the_level_cycles_through_none_the_levels_and_unreviewed() -> None:
    curated = curation()
    assert curated.level_choices == ("none", "season-1", "season-2", "unreviewed")
    assert [curated.cycle_level(0) for _ in range(5)] == [
        "none", "season-1", "season-2", "unreviewed", "none"]


def test_each_fact_is_written_at_the_level_chosen_and_the_levels_are_declared(
        tmp_path: Path) -> None:
    curated = curation()
    for index, presses in enumerate([1, 2, 3]):  # none, season-1, season-2
        curated.accept(index)
        for _ in range(presses):
            curated.cycle_level(index)
    pack = written(tmp_path, curated).pack
    assert [f.spoiler for f in pack.facts] == ["none", "season-1", "season-2"]
    assert [(level.id, level.label) for level in pack.levels] == [
        ("season-1", "Season 1"), ("season-2", "Season 2")]
    # A new player sees only what the curator filed as none.
    assert [f.answer for f in gate(pack, horizon_for(pack, spoilers_on=False)).facts] == [
        "Maria Okafor"]


def test_without_levels_of_its_own_a_draft_offers_the_ending(tmp_path: Path) -> None:
    curated = curation(levels=())
    assert curated.level_choices == ("none", DEFAULT_LEVEL.id, "unreviewed")
    curated.accept(0)
    curated.cycle_level(0)
    curated.cycle_level(0)
    pack = written(tmp_path, curated).pack
    assert pack.facts[0].spoiler == "ending"
    assert [level.label for level in pack.levels] == ["The ending"]


@pytest.mark.parametrize(("ids", "message"), [
    (["none"], "'none' is built in"),
    (["unreviewed"], "'unreviewed' is built in"),
    (["Season 2"], "'Season 2' cannot be a level id"),
    (["s1", "s1"], "'s1' is named twice"),
])
def test_bad_level_names_are_clear_errors(ids: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        declared_levels(ids)


def test_level_labels_come_from_their_ids() -> None:
    assert declared_levels(["season-1", "finale"]) == (Level("season-1", "Season 1"),
                                                      Level("finale", "Finale"))


# -- edits ------------------------------------------------------------------------------------

def test_edits_are_written_and_the_draft_is_kept_beside_them(tmp_path: Path) -> None:
    curated = curation()
    curated.edit(0, "ask", "  Who plays   Ruth Kane? ")
    curated.edit(0, "answer", "Okafor")
    curated.edit(0, "statement", "Okafor plays Ruth Kane.")
    curated.accept(0)
    item = curated.items[0]
    assert item.edited and item.drafted == CANDIDATES[0]
    fact = written(tmp_path, curated).pack.facts[0]
    assert (fact.ask, fact.answer, fact.statement) == (
        "Who plays Ruth Kane?", "Okafor", "Okafor plays Ruth Kane.")
    # "Okafor" was an accepted form of the old answer: now it is the answer itself.
    assert fact.accept == ()


@pytest.mark.parametrize(("field", "text", "message"), [
    ("ask", "  \t ", "the question cannot be empty"),
    ("statement", "\x1b[2J", "the statement cannot be empty"),
    ("answer", "?!", "the answer needs a letter or a digit"),
])
def test_an_edit_that_would_break_the_pack_is_refused(field: str, text: str,
                                                      message: str) -> None:
    curated = curation()
    assert message in (curated.problem(field, text) or "")
    with pytest.raises(ValueError, match=message):
        curated.edit(0, field, text)
    assert curated.items[0].fact == CANDIDATES[0] and not curated.unsaved


def test_control_characters_and_line_breaks_typed_in_an_edit_are_cleaned() -> None:
    curated = curation()
    curated.edit(1, "ask", "Who\nplays\x1b[31m Elias\u202e Varga?")
    assert curated.items[1].fact.ask == "Who plays Elias Varga?"


def test_notes_say_when_an_edit_loses_the_true_or_false_question_or_gives_the_answer() -> None:
    curated = curation()
    assert curated.items[0].notes() == []
    curated.edit(0, "answer", "Maria Okafor-Smith")
    assert any("true-or-false" in note for note in curated.items[0].notes())
    curated.edit(0, "ask", "Is it Maria Okafor-Smith who plays Ruth Kane?")
    assert any("holds its own answer" in note for note in curated.items[0].notes())


# -- undo and what is unsaved -------------------------------------------------------------------

def test_undo_takes_back_one_change_at_a_time_and_says_which_candidate() -> None:
    curated = curation()
    curated.accept(2)
    curated.cycle_level(2)
    curated.edit(3, "ask", "Which city was the show filmed in?")
    assert curated.undo() == 3
    assert curated.items[3].fact == CANDIDATES[3]
    assert curated.undo() == 2
    assert curated.items[2].level == "unreviewed"
    assert curated.items[2].decision is Decision.ACCEPTED
    assert curated.undo() == 2
    assert curated.items[2].decision is Decision.OPEN
    assert curated.undo() is None
    assert not curated.unsaved


def test_a_change_that_changes_nothing_is_not_a_change() -> None:
    curated = curation()
    curated.accept(0)
    curated.accept(0)
    curated.edit(1, "ask", CANDIDATES[1].ask)
    assert curated.undo() == 0 and curated.undo() is None


def test_unsaved_until_written_and_again_after_a_change(tmp_path: Path) -> None:
    curated = curation()
    assert not curated.unsaved
    curated.accept(0)
    assert curated.unsaved
    written(tmp_path, curated)
    assert not curated.unsaved and curated.written == tmp_path / "harbour.yaml"
    curated.cycle_level(0)
    assert curated.unsaved
    curated.undo()
    assert not curated.unsaved  # back to what the file holds


def test_a_file_that_cannot_be_written_keeps_the_work_unsaved(tmp_path: Path) -> None:
    curated = curation()
    curated.accept(0)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OSError):
        curated.save(blocker / "harbour.yaml")
    assert curated.unsaved and curated.written is None


# -- the pack as written --------------------------------------------------------------------------

def test_the_curated_pack_keeps_sources_paragraphs_and_says_how_to_finish(tmp_path: Path) -> None:
    curated = curation(source_title="Harbour Lights returns: the review")
    curated.accept(3)
    curated.cycle_level(3)
    text = curated.pack_text()
    header = text.split("\nformat: 1\n")[0]
    assert "curated" in header and "terms:" in header and "quiz packs add" in header
    assert "# article#3\n" in text and "  # Paragraph 3: The show was filmed in Lisbon." in text
    loaded = written(tmp_path, curated)
    assert loaded.problems == []  # filed under none: not even the 'unreviewed' warning
    assert loaded.pack.sources[0].title == "Harbour Lights returns: the review"
    assert loaded.pack.facts[0].source == "article#3"


def test_a_curation_of_a_real_article_makes_a_pack_that_plays(tmp_path: Path) -> None:
    article = (ARTICLES / "harbour-lights.txt").read_text(encoding="utf-8")
    curated = Curation.from_article(article, pack_id="harbour", title="Harbour Lights")
    assert len(curated.items) > 5
    for index in range(5):
        curated.accept(index)
        curated.cycle_level(index)
    pack = written(tmp_path, curated).pack
    assert len(gate(pack, horizon_for(pack, spoilers_on=False)).facts) == 5


HOSTILE = ('[bold]Diego Luna[/] plays [red]Félix Gallardo[/], [@click=app.quit]bye[/] '
           'in 1989: "no" # yes.')


def test_markup_and_yaml_in_an_edit_stay_text(tmp_path: Path) -> None:
    curated = curation()
    curated.edit(0, "ask", "[@click=app.quit]Who[/] plays: Ruth # Kane?")
    curated.edit(0, "answer", "no")
    curated.edit(0, "statement", HOSTILE + " no")
    curated.accept(0)
    data = yaml.safe_load(curated.pack_text())
    fact = written(tmp_path, curated).pack.facts[0]
    assert fact.ask == data["facts"][0]["ask"] == "[@click=app.quit]Who[/] plays: Ruth # Kane?"
    assert fact.answer == "no" and fact.statement == HOSTILE + " no"


@pytest.mark.parametrize(("names", "message"), [
    ({"pack_id": "Not An Id"}, "pack id 'Not An Id' must be lower-case"),
    ({"title": " \x1b[1m "}, "needs a title"),
])
def test_bad_names_are_refused_before_any_work(names: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        curation(**names)
