"""The menu, the settings and the snapshots of the picker's, menu's, help's and
settings' screens at 40x12, 80x24 and 120x40 (see test_snapshots.py for how
to update and review them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.ui import ui_helpers as ui
from tests.ui.test_snapshots import no_animations, settle  # noqa: F401  (a fixture)

from quiz.store.paths import builtin_packs_dir
from quiz.ui.app import make_app
from quiz.ui.screens.help import HelpScreen
from quiz.ui.screens.menu import MenuScreen
from quiz.ui.screens.picker import PickerScreen
from quiz.ui.screens.settings import SettingsScreen

SIZES = [(40, 12), (80, 24), (120, 40)]


async def test_the_small_menu_shows_the_title_and_every_choice(quiz_home: Path) -> None:
    app = ui.new_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert ui.on_screen(app, "Q U I Z")
        for choice in ("Play", "Review", "Party", "Scores", "Settings", "Help", "Quit"):
            assert ui.on_screen(app, choice)


async def test_every_setting_is_on_screen_at_80x24(quiz_home: Path) -> None:
    app = ui.new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await ui.wait_for_screen(pilot, SettingsScreen)
        await pilot.pause()
        screen = app.screen.region
        for part in ("#spoilers", "#watched", "#length", "#theme", "#scoring", "#streak"):
            assert screen.contains_region(app.screen.query_one(part).region), part


SCREENS = {"menu": ((), MenuScreen), "picker": (("p",), PickerScreen),
           "help": (("question_mark",), HelpScreen), "settings": (("o",), SettingsScreen)}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", list(SCREENS))
def test_snapshot(snap_compare, monkeypatch: pytest.MonkeyPatch, name: str,
                  size: tuple[int, int]) -> None:
    keys, screen = SCREENS[name]
    # The picker names the built-in pack's file: as ~/questions/..., wherever
    # the checkout (or the installed package) is.
    monkeypatch.setenv("HOME", str(builtin_packs_dir().parent))

    async def open_it(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press(*keys)
        await ui.wait_for_screen(pilot, screen)
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=open_it)
