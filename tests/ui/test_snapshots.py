"""Snapshot tests: what the main screens look like, at 80x24 and at 40x12.

Everything that could change between runs is frozen: rounds use a fixed seed,
animations are off, no input cursor blinks, and classic rounds show no clock.

Each round's seed is the first one (counting from 1) whose round has the shape
the test needs, found by `seed_where`. The pack and the generator fix that seed,
so runs agree; when either changes, the screens change too: regenerate with
`pytest tests/ui/test_snapshots.py --snapshot-update`, then look at the SVGs in
__snapshots__/ before committing them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import textual.constants
from textual.pilot import Pilot
from textual.widgets import Input

from quiz.core.generate import TRUE, Question
from quiz.core.round import Round
from quiz.game import Game
from quiz.ui.app import QuizApp, make_app
from quiz.ui.screens.menu import MenuScreen
import quiz.ui.screens.play as play_module
from quiz.ui.screens.play import PlayScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.screens.settings import SettingsScreen
from tests.ui.ui_helpers import FakeClock

PACK = "narcos-mexico"
LENGTH = 5
WRONG_TYPED = "no idea"


@pytest.fixture(autouse=True)
def no_animations(monkeypatch: pytest.MonkeyPatch) -> None:
    # Textual reads TEXTUAL_ANIMATIONS once, at import: set the constant the App
    # copies into `animation_level` as well as the variable.
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    monkeypatch.setattr(textual.constants, "TEXTUAL_ANIMATIONS", "none")


def seed_where(game: Game, wanted: Callable[[Round], bool]) -> str:
    pack = game.catalog.get(PACK)
    assert pack is not None
    for number in range(1, 1000):
        if wanted(game.new_round(pack, "classic", LENGTH, str(number))):
            return str(number)
    raise AssertionError("no seed from 1 to 999 gives a round of that shape")


def app_in_round(wanted: Callable[[Round], bool]) -> QuizApp:
    """The app opened straight into a classic round (as `quiz play` does), with
    the first seed whose round is `wanted`."""
    game = Game.load()
    pack = game.catalog.get(PACK)
    assert pack is not None
    seed = seed_where(game, wanted)
    return make_app(game, game.new_round(pack, "classic", LENGTH, seed))


def starts_with_choice(round_: Round) -> bool:
    """Multiple choice first, and its first choice is wrong (so "1" misses)."""
    first = round_.queue[0]
    return first.type == "choice" and first.choices[0] != first.answer


def mixed(round_: Round) -> bool:
    """Type-in and multiple choice both asked, and two button questions in a row
    (the second one's buttons replace the first one's)."""
    types = [q.type for q in round_.queue]
    buttons_in_a_row = any(a != "text" and b != "text" for a, b in zip(types, types[1:]))
    return len(types) == LENGTH and {"text", "choice"} <= set(types) and buttons_in_a_row


def freeze(pilot: Pilot) -> None:
    """No blinking cursor in any answer box on screen."""
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False


async def settle(pilot: Pilot) -> None:
    await pilot.pause()
    freeze(pilot)


async def respond(pilot: Pilot, question: Question, right: bool) -> None:
    """Answer the question on screen as a player would: a number key, t/f, or typing."""
    if question.type == "text":
        box = pilot.app.screen.query_one("#typed", Input)
        box.value = question.answer if right else WRONG_TYPED
        await pilot.press("enter")
    elif question.type == "true-false":
        is_true = question.answer == TRUE
        await pilot.press("t" if is_true == right else "f")
    else:
        index = next(i for i, choice in enumerate(question.choices)
                     if (choice == question.answer) == right)
        await pilot.press(str(index + 1))
    await pilot.pause()


def test_menu(snap_compare) -> None:
    async def check(pilot: Pilot) -> None:
        await settle(pilot)
        assert isinstance(pilot.app.screen, MenuScreen)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=check)


def test_results(snap_compare, monkeypatch: pytest.MonkeyPatch) -> None:
    # The results show the time taken: a clock that stands still keeps it "0 s".
    monkeypatch.setattr(play_module, "time", FakeClock())
    app = app_in_round(mixed)
    pattern = [True, False, False, True, True]  # right, wrong, wrong, right, right

    async def play_through(pilot: Pilot) -> None:
        await settle(pilot)
        for right in pattern:
            screen = pilot.app.screen
            assert isinstance(screen, PlayScreen) and screen.shown is not None
            await respond(pilot, screen.shown, right)
            await pilot.press("n")  # next
            await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, ResultsScreen)
        assert screen.round.complete
        assert [a.correct for a in screen.round.answers] == pattern

    assert snap_compare(app, terminal_size=(80, 24), run_before=play_through)


def test_settings(snap_compare) -> None:
    async def open_settings(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(pilot.app.screen, SettingsScreen)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=open_settings)
