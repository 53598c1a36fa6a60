"""The settings screen: each change is saved at once, restored by the next game,
and changes what the game does."""

from __future__ import annotations

from pathlib import Path


import ui_helpers as ui  # noqa: E402  (tests/core has a helpers module too)

from textual.widgets import Select, Switch  # noqa: E402

from quiz.ui.screens.confirm import ConfirmSpoilers  # noqa: E402
from quiz.ui.screens.picker import PickerScreen  # noqa: E402
from quiz.ui.screens.play import PlayScreen  # noqa: E402
from quiz.ui.screens.settings import SettingsScreen  # noqa: E402

PACK = "narcos-mexico"


async def open_settings(pilot) -> SettingsScreen:
    await pilot.press("o")
    await ui.wait_for_screen(pilot, SettingsScreen)
    return pilot.app.screen


def watched_select(app) -> Select:
    return next(s for s in app.screen.query(".watched").results(Select) if s.name == PACK)


async def choose(pilot, select_id: str, steps: int) -> None:
    """Pick an option of a Select by keyboard: focus it, Enter opens the list,
    arrows move from the current value, Enter takes the highlighted one."""
    await ui.focus(pilot, select_id)
    await pilot.press("enter")
    await pilot.pause()
    assert pilot.app.screen.query_one(f"#{select_id}", Select).expanded
    await pilot.press(*(["down"] * steps if steps > 0 else ["up"] * -steps), "enter")
    await pilot.pause()


async def test_every_setting_is_saved_and_restored(quiz_home: Path) -> None:
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await open_settings(pilot)
        settings = app.screen
        assert app.focused.id == "spoilers"

        # Spoilers, by keyboard: asks first.
        await pilot.press("enter")
        await ui.wait_for_screen(pilot, ConfirmSpoilers)
        await pilot.press("y")
        await ui.wait_for_screen(pilot, SettingsScreen)
        assert app.screen is settings
        assert settings.query_one("#spoilers", Switch).value is True
        assert ui.read_settings(quiz_home)["spoilers"] is True

        # Round length, by keyboard: 10 -> 15.
        await choose(pilot, "length", 1)
        assert settings.query_one("#length", Select).value == 15
        assert ui.read_settings(quiz_home)["round_length"] == 15

        # Streak bonus, by keyboard: off.
        await ui.focus(pilot, "streak")
        await pilot.press("space")
        await pilot.pause()
        assert settings.query_one("#streak", Switch).value is False
        assert ui.read_settings(quiz_home)["streak_bonus"] is False

        # What was watched and the theme, by setting the widgets' values.
        watched_select(app).value = "none"
        await pilot.pause()
        assert ui.read_settings(quiz_home)["watched"] == {PACK: "none"}
        assert app.theme != "nord"
        settings.query_one("#theme", Select).value = "nord"
        await pilot.pause()
        assert app.theme == "nord"  # at once
        assert ui.read_settings(quiz_home)["theme"] == "nord"

        assert ui.read_settings(quiz_home) == {
            "spoilers": True, "watched": {PACK: "none"}, "round_length": 15,
            "theme": "nord", "streak_bonus": False}

    # A new game reads them back.
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        assert app.theme == "nord"
        assert app.spoilers_on is True
        assert "Spoilers ON" in ui.screen_text(app)
        settings = await open_settings(pilot)
        assert settings.query_one("#spoilers", Switch).value is True
        assert watched_select(app).value == "none"
        assert settings.query_one("#length", Select).value == 15
        assert settings.query_one("#theme", Select).value == "nord"
        assert settings.query_one("#streak", Switch).value is False
        shown = ui.screen_text(app)
        assert "Nothing yet" in shown and "nord" in shown and "15" in shown


async def test_spoilers_switch_waits_for_yes_and_goes_off_at_once(quiz_home: Path) -> None:
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        settings = await open_settings(pilot)
        switch = settings.query_one("#spoilers", Switch)
        await pilot.click("#spoilers")
        await ui.wait_for_screen(pilot, ConfirmSpoilers)
        await pilot.click("#no")
        await ui.wait_for_screen(pilot, SettingsScreen)
        assert switch.value is False and app.spoilers_on is False
        assert not ui.settings_path(quiz_home).exists() or ui.read_settings(quiz_home)["spoilers"] is False

        await pilot.click("#spoilers")
        await ui.wait_for_screen(pilot, ConfirmSpoilers)
        await pilot.click("#yes")
        await ui.wait_for_screen(pilot, SettingsScreen)
        assert switch.value is True and app.spoilers_on is True
        assert ui.read_settings(quiz_home)["spoilers"] is True

        # s on the settings screen moves the switch too; off needs no yes.
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        assert switch.value is False and app.spoilers_on is False
        assert ui.read_settings(quiz_home)["spoilers"] is False


async def test_round_length_and_streak_bonus_change_the_next_round(quiz_home: Path) -> None:
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        settings = await open_settings(pilot)
        await choose(pilot, "length", -1)  # 10 -> 5
        assert ui.read_settings(quiz_home)["round_length"] == 5
        settings.query_one("#streak", Switch).value = False
        await pilot.pause()
        await pilot.press("escape")
        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        await pilot.press("enter")
        await ui.wait_for_screen(pilot, PlayScreen)
        round_ = app.screen.round
        assert round_.total == 5
        assert "Question 1 of 5" in ui.shows(app, "#progress")
        await ui.answer(pilot, typing=False)
        assert ui.shows(app, "#verdict") == "Right! +100"
        await ui.next_question(pilot)
        await ui.answer(pilot, typing=False)
        assert ui.shows(app, "#verdict") == "Right! +100"  # no streak bonus
        assert "Streak 2" in ui.shows(app, "#progress")


async def test_watched_nothing_yet_hides_season_1(quiz_home: Path) -> None:
    pack = ui.builtin_pack()
    ui.write_settings(quiz_home, round_length=50)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        picker = app.screen
        assert "(watched through Season 1)" in ui.shows(app, "#about")
        await pilot.press("escape")

        await open_settings(pilot)
        select = watched_select(app)
        assert select.value == "season-1"  # the pack's safe_through
        select.focus()  # it has no id to tab to; the keys do the rest
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("up", "enter")  # Season 1 -> Nothing yet
        await pilot.pause()
        assert select.value == "none"
        assert ui.read_settings(quiz_home)["watched"] == {PACK: "none"}
        await pilot.press("escape")

        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        assert app.screen is not picker
        about = ui.shows(app, "#about")
        none_only = len(ui.season(pack, "none"))
        assert f"{none_only} questions (nothing watched)" in about
        assert "Season 1" in about and "Season 2" in about  # counted, never shown
        await pilot.press("enter")
        await ui.wait_for_screen(pilot, PlayScreen)
        round_ = app.screen.round
        # all it asks is of level none (less what an earlier question gives away)
        assert 0 < round_.total <= none_only
        assert {q.level for q in round_.queue} == {"none"}


async def test_lowering_what_was_watched_mid_round_applies_at_once(quiz_home: Path) -> None:
    """Settings opened from the command palette during a round: "Nothing yet"
    takes the season-1 question on screen, and the rest, out of the round."""
    from quiz.game import Game
    from quiz.ui.app import QuizApp

    game = Game.load()
    pack = game.catalog.get(PACK)
    seed = next(str(n) for n in range(1, 1000)
                if (q := game.new_round(pack, "classic", 50, str(n)).current).level == "season-1"
                and q.type != "text")
    round_ = game.new_round(pack, "classic", 50, seed)
    app = QuizApp(game, first_round=round_)
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        season1 = round_.current
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Settings", "enter")
        await ui.wait_for_screen(pilot, SettingsScreen)
        watched_select(app).value = "none"
        await pilot.pause()
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, PlayScreen)
        assert app.screen.round is round_
        assert {q.level for q in round_.queue} == {"none"}
        assert not ui.on_screen(app, season1.prompt)
        assert ui.shows(app, "#question").endswith(round_.current.prompt)
        finder = ui.LeakFinder(ui.secret_texts(pack, 0), [t for lv in pack.levels for t in lv.terms])
        assert finder.find(app) == []


async def test_opening_settings_changes_nothing(quiz_home: Path) -> None:
    """DESIGN: spoilers off means the pack's safe_through "until they change it".
    Looking at the settings screen is not changing it: nothing may be pinned, so a
    pack that later moves its safe_through still moves the player with it."""
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        stamp = app.horizon_stamp
        await open_settings(pilot)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.game.settings.watched == {}
        assert app.horizon_stamp == stamp
        assert not ui.settings_path(quiz_home).exists()
