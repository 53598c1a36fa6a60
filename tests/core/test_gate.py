"""The gate: across many seeds and every horizon, hidden text never reaches a question."""

from __future__ import annotations

import pytest

from quiz.core.generate import generate
from quiz.core.pack import NONE_LEVEL, Pack
from quiz.core.spoilers import Horizon, gate, horizon_for

from helpers import builtin_pack, demo_pack, question_texts, secret_texts


def horizons(pack: Pack) -> list[Horizon]:
    return [Horizon(NONE_LEVEL), *(Horizon(level.id) for level in pack.levels)]


@pytest.mark.parametrize("make_pack", [demo_pack, builtin_pack], ids=["demo", "narcos"])
def test_no_hidden_text_in_any_generated_question(make_pack) -> None:
    pack = make_pack()
    for horizon in horizons(pack):
        secrets = secret_texts(pack, horizon.rank(pack))
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
    assert view.hidden_note() == "4 hidden: 4 Season 2"
    nothing = gate(pack, Horizon(NONE_LEVEL))
    assert {f.spoiler for f in nothing.facts} == {"none"}
    assert nothing.hidden == (("Season 1", 2), ("Season 2", 4))


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
