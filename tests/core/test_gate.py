"""The gate: across many seeds and every horizon, hidden text never reaches a question."""

from __future__ import annotations

from dataclasses import fields, is_dataclass

import pytest

from quiz.core.answers import contains_term
from quiz.core.generate import generate
from quiz.core.pack import NONE_LEVEL, Pack
from quiz.core.spoilers import (
    Choice, Horizon, gate, horizon_for, level_named, needs_yes, watched_choices,
)

from tests.core.helpers import builtin_pack, demo_pack, question_texts, secret_texts


def horizons(pack: Pack) -> list[Horizon]:
    return [Horizon(NONE_LEVEL), *(Horizon(level.id) for level in pack.levels)]


# The built-in pack's case is a whole-game audit (every seed and horizon): slow.
@pytest.mark.parametrize("make_pack", [
    demo_pack, pytest.param(builtin_pack, marks=pytest.mark.slow)], ids=["demo", "narcos"])
def test_no_hidden_text_in_any_generated_question(make_pack) -> None:
    pack = make_pack()
    # The last level shows everything: no secret is left to look for there.
    for horizon in horizons(pack)[:-1]:
        secrets = secret_texts(pack, horizon.rank(pack))
        assert secrets, horizon
        view = gate(pack, horizon)
        for seed in range(300):
            for question in generate(view, str(seed)):
                shown = "\n".join(question_texts(question))
                leaked = [s for s in secrets if s in shown]
                assert not leaked, (horizon, seed, question.id, leaked)


def test_the_gate_keeps_only_what_is_at_or_below_the_horizon() -> None:
    pack = demo_pack()
    view = gate(pack, Horizon("season-1"))
    assert {f.spoiler for f in view.facts} == {"none", "season-1"}
    assert [q.id for q in view.questions] == ["gallardo-advised-show"]
    assert view.hidden == (("Season 2", 4),)
    nothing = gate(pack, Horizon(NONE_LEVEL))
    assert {f.spoiler for f in nothing.facts} == {"none"}
    assert nothing.hidden == (("Season 1", 2), ("Season 2", 4))


def test_hidden_counts_count_questions_as_visible_counts_do() -> None:
    """A fact asked both ways is two questions on either side of the horizon:
    what is visible and what is hidden add up to every question of the pack."""
    pack = builtin_pack()
    season2 = [e for e in (*pack.facts, *pack.questions) if e.spoiler == "season-2"]
    assert any(len(e.question_ids) == 2 for e in season2)  # the case that differed
    assert gate(pack, Horizon("season-1")).hidden == (
        ("Season 2", sum(len(e.question_ids) for e in season2)),)
    every_question = gate(pack, Horizon.everything()).visible_count
    for horizon in horizons(pack):
        view = gate(pack, horizon)
        assert view.visible_count + view.hidden_count == every_question, horizon


def test_a_hidden_count_names_its_levels_and_gives_a_number_once() -> None:
    pack = demo_pack()
    assert gate(pack, Horizon("season-1")).hidden_note() == "4 hidden: Season 2"
    assert gate(pack, Horizon(NONE_LEVEL)).hidden_note() == "6 hidden: 2 Season 1, 4 Season 2"
    assert gate(pack, Horizon.everything()).hidden_note() == ""


def test_spoiler_mode_on_shows_everything_and_off_uses_what_was_watched() -> None:
    pack = demo_pack()
    assert gate(pack, horizon_for(pack, True)).hidden_count == 0
    assert horizon_for(pack, False) == Horizon("season-1")  # the pack's safe_through
    assert horizon_for(pack, False, watched="none") == Horizon("none")
    assert horizon_for(pack, True, watched="none") == Horizon.everything()


def test_an_unknown_watched_level_sees_least_not_most() -> None:
    pack = demo_pack()
    assert gate(pack, Horizon("season-9")).hidden_count == gate(pack, Horizon("none")).hidden_count


def test_the_view_holds_no_way_back_to_the_pack() -> None:
    view = gate(demo_pack(), Horizon("none"))
    assert not any(isinstance(value, Pack) for value in vars(view).values())


def strings_in(value: object) -> list[str]:
    """Every string a value holds, through dataclasses, tuples and dicts."""
    if isinstance(value, str):
        return [value]
    if is_dataclass(value):
        return [s for field in fields(value) for s in strings_in(getattr(value, field.name))]
    if isinstance(value, dict):
        return [s for pair in value.items() for item in pair for s in strings_in(item)]
    if isinstance(value, tuple | list | set | frozenset):
        return [s for item in value for s in strings_in(item)]
    return []


def test_a_view_holds_nothing_of_a_level_past_its_horizon() -> None:
    """What is above the horizon is counted by its label, never carried: not its
    entries, and not the lint terms that name what happens in it."""
    pack = builtin_pack()
    season2 = next(level for level in pack.levels if level.id == "season-2")
    view = gate(pack, Horizon("season-1"))
    held = strings_in(view)
    assert len(held) > 100  # the walk reaches the facts' text
    leaked = sorted({term for term in season2.terms for text in held if contains_term(text, term)})
    assert leaked == []
    assert all(level.id != "season-2" for level in view.levels)
    # A count under its label is all it says of season 2.
    assert [label for label, _ in view.hidden] == [season2.label]


def test_what_needs_a_yes() -> None:
    """One rule for every shell: spoiler mode going on, or what was watched going
    past both the pack's default and what the player had agreed to."""
    pack = demo_pack()  # safe_through: season-1
    off, on = Choice(False), Choice(True)
    assert needs_yes(pack, off, on) and needs_yes(None, off, on)
    assert not needs_yes(pack, on, off) and not needs_yes(pack, on, on)

    def watched(before: str | None, after: str, spoilers_on: bool = False) -> bool:
        return needs_yes(pack, Choice(spoilers_on, before), Choice(spoilers_on, after))

    assert watched(None, "season-2")
    assert not watched(None, "season-1") and not watched(None, "none")
    assert not watched("none", "season-1")  # back to the default
    assert not watched("season-2", "season-2") and not watched("season-2", "none")
    assert watched("season-1", "season-2")  # lowered since: agreed no further
    # With spoiler mode on as well: it is what shows once spoiler mode is off.
    assert watched(None, "season-2", spoilers_on=True)
    # A stale level (the pack renamed its levels) agreed to nothing past the default.
    assert watched("season-9", "season-2") and not watched("season-9", "season-1")


def test_a_level_is_named_by_its_id_or_its_label_in_any_case() -> None:
    pack = demo_pack()
    assert watched_choices(pack) == (
        ("none", "Nothing yet"), ("season-1", "Season 1"), ("season-2", "Season 2"))
    for name, level in (("season-2", "season-2"), ("Season 2", "season-2"),
                        (" SEASON 1 ", "season-1"), ("nothing yet", "none"), ("NONE", "none")):
        assert level_named(pack, name) == level, name
    assert level_named(pack, "season 3") is None
    assert level_named(pack, "") is None
