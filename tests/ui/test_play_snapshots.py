"""Snapshot tests of the play screen: a question of each kind, its feedback, the
blitz clock near its end and a round's last answer, at 80x24; a question and its
feedback at 40x12 (what matters first) and at 120x40 (a column of reading width).

Frozen as in test_snapshots (fixed seeds, no animation, no blinking cursor); the
blitz clock is the test's (FakeClock). Regenerate with `--snapshot-update`, then
read the SVGs before committing them.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

import quiz.ui.screens.play as play_module
from quiz.core.round import Round
from quiz.game import Game
from quiz.ui.app import QuizApp, make_app
from quiz.ui.screens.play import PlayScreen
from tests.ui import ui_helpers as ui
from tests.ui.test_snapshots import (  # noqa: F401  (no_animations: an autouse fixture)
    PACK, app_in_round, no_animations, respond, seed_where, settle, starts_with_choice)

SMALL, MEDIUM, LARGE = (40, 12), (80, 24), (120, 40)


def play_screen(pilot: Pilot) -> PlayScreen:
    screen = pilot.app.screen
    assert isinstance(screen, PlayScreen)
    return screen


async def answer_first_wrong(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("1")  # starts_with_choice: its first choice is wrong
    await pilot.pause()
    assert play_screen(pilot).last is not None and not play_screen(pilot).last.correct


async def asking(pilot: Pilot) -> None:
    await settle(pilot)
    assert play_screen(pilot).shown is not None


@pytest.mark.parametrize("size", [SMALL, MEDIUM, LARGE], ids=lambda s: f"{s[0]}x{s[1]}")
def test_question_multiple_choice(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(app_in_round(starts_with_choice), terminal_size=size, run_before=asking)


@pytest.mark.parametrize("size", [SMALL, MEDIUM, LARGE], ids=lambda s: f"{s[0]}x{s[1]}")
def test_feedback_after_wrong_answer(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(app_in_round(starts_with_choice), terminal_size=size,
                        run_before=answer_first_wrong)


def test_question_type_in(snap_compare) -> None:
    app = app_in_round(lambda round_: round_.queue[0].type == "text")
    assert snap_compare(app, terminal_size=MEDIUM, run_before=asking)


def round_of(mode: str, wanted) -> QuizApp:
    """The app opened into a round of `mode`, on the first seed whose classic
    round is `wanted` (the seed orders the questions alike in every mode)."""
    game = Game.load()
    pack = game.catalog.get(PACK)
    return make_app(game, game.new_round(pack, mode, None, seed_where(game, wanted)))


def test_blitz_in_its_last_ten_seconds(snap_compare, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = ui.FakeClock()
    monkeypatch.setattr(play_module, "time", clock)
    app = round_of("blitz", starts_with_choice)

    async def seven_seconds_left(pilot: Pilot) -> None:
        await settle(pilot)
        clock.now += 53
        await ui.wait_for(pilot, lambda: pilot.app.screen.query_one("#clock").seconds == 7)
        await pilot.pause()

    assert snap_compare(app, terminal_size=MEDIUM, run_before=seven_seconds_left)


def three_to_miss(round_: Round) -> bool:
    return all(q.type != "text" for q in round_.queue[:3])


def test_last_answer_offers_the_results(snap_compare) -> None:
    """Survival, the third miss: out of lives, and See results rather than Next."""
    app = round_of("survival", three_to_miss)

    async def miss_three(pilot: Pilot) -> None:
        await settle(pilot)
        for _ in range(3):
            await respond(pilot, play_screen(pilot).shown, right=False)
            if not play_screen(pilot).round.finished:
                await pilot.press("n")
                await pilot.pause()
        assert play_screen(pilot).round.finished

    assert snap_compare(app, terminal_size=MEDIUM, run_before=miss_three)
