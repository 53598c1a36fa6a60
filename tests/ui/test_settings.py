"""The settings screen: each change is saved at once, restored by the next game,
and changes what the game does."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from tests.ui import ui_helpers as ui

from textual.widgets import OptionList, Select, Switch  # noqa: E402

from quiz.core.catalog import Catalog  # noqa: E402
from quiz.core.loader import load_data  # noqa: E402
from quiz.core.pack import Pack  # noqa: E402
from quiz.game import Game  # noqa: E402
from quiz.store.settings import Settings  # noqa: E402
from quiz.ui.app import make_app  # noqa: E402
from quiz.ui.screens.confirm import ConfirmSpoilers  # noqa: E402
from quiz.ui.screens.menu import MenuScreen  # noqa: E402
from quiz.ui.screens.picker import PickerScreen  # noqa: E402
from quiz.ui.screens.play import PlayScreen  # noqa: E402
from quiz.ui.screens.settings import SettingsScreen  # noqa: E402
from quiz.ui.screens.watched import WatchedScreen  # noqa: E402
from quiz.ui.widgets.top_bar import SpoilerBadge  # noqa: E402

PACK = "narcos-mexico"


async def open_settings(pilot) -> SettingsScreen:
    await pilot.press("o")
    await ui.wait_for_screen(pilot, SettingsScreen)
    return pilot.app.screen


def watched_row(app) -> str:
    """What the settings screen says of the built-in pack (the only one here)."""
    return ui.shows(app, "#watched")


async def set_watched(pilot, level: str) -> None:
    """By keyboard: to the "watched through" list, Enter on the built-in pack,
    arrows to the level, Enter."""
    await ui.focus(pilot, "watched")
    await pilot.press("enter")
    await ui.wait_for_screen(pilot, WatchedScreen)
    levels = pilot.app.screen.query_one("#levels", OptionList)
    target = next(n for n in range(levels.option_count)
                  if levels.get_option_at_index(n).id == level)
    steps = target - levels.highlighted
    await pilot.press(*(["down"] * steps if steps > 0 else ["up"] * -steps), "enter")
    await pilot.pause()


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

        # What was watched, by keyboard; the theme, by setting the widget's value.
        await set_watched(pilot, "none")
        assert app.screen is settings
        assert ui.read_settings(quiz_home)["watched"] == {PACK: "none"}
        assert app.theme != "nord"
        settings.query_one("#theme", Select).value = "nord"
        await pilot.pause()
        assert app.theme == "nord"  # at once
        assert ui.read_settings(quiz_home)["theme"] == "nord"

        assert ui.read_settings(quiz_home) == {
            "spoilers": True, "watched": {PACK: "none"}, "round_length": 15,
            "theme": "nord", "streak_bonus": False, "scoring": "points", "picker": {}}

    # A new game reads them back.
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        assert app.theme == "nord"
        assert app.spoilers_on is True
        assert "Spoilers ON" in ui.screen_text(app)
        settings = await open_settings(pilot)
        assert settings.query_one("#spoilers", Switch).value is True
        assert watched_row(app).endswith("nothing watched")
        assert settings.query_one("#length", Select).value == 15
        assert settings.query_one("#theme", Select).value == "nord"
        assert settings.query_one("#streak", Switch).value is False
        shown = ui.screen_text(app)
        assert "nothing watched" in shown and "nord" in shown and "15" in shown


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
        assert watched_row(app).endswith("watched through Season 1")  # the pack's safe_through
        await set_watched(pilot, "none")
        assert watched_row(app).endswith("nothing watched")
        assert ui.read_settings(quiz_home)["watched"] == {PACK: "none"}
        await pilot.press("escape")

        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        assert app.screen is not picker
        about = ui.shows(app, "#about")
        # Questions, not entries: a fact asked both ways counts twice.
        none_only = sum(len(e.question_ids) for e in (*pack.facts, *pack.questions)
                        if e.spoiler == "none")
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
    game = Game.load()
    pack = game.catalog.get(PACK)
    round_ = ui.season1_choice_round(game, pack)
    app = make_app(game, round_)
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        season1 = round_.current
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Settings", "enter")
        await ui.wait_for_screen(pilot, SettingsScreen)
        await set_watched(pilot, "none")
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


# -- what was watched: asked like spoiler mode, never one key too far ------------------

def badge(app) -> str:
    return ui.text(app.screen.query_one(SpoilerBadge))


async def open_watched(pilot) -> None:
    """From the settings screen just opened (the spoiler switch in focus), by
    keyboard: the next control is the built-in pack's "watched through"; Enter
    opens its levels."""
    assert pilot.app.focused.id == "spoilers"
    await pilot.press("tab", "enter")
    await pilot.pause()


async def test_the_watched_levels_do_not_wrap_round(quiz_home: Path) -> None:
    """Up from "Nothing yet" stays there: one key too many never lands on Season 2."""
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await open_settings(pilot)
        await open_watched(pilot)
        await pilot.press("up", "up", "enter")  # Season 1 -> Nothing yet, and one too many
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmSpoilers)
        assert app.game.settings.watched == {PACK: "none"}
        assert ui.read_settings(quiz_home)["watched"] == {PACK: "none"}
        assert badge(app) == "Spoilers off"


async def test_watched_past_the_default_asks_like_spoiler_mode(quiz_home: Path) -> None:
    ui.write_settings(quiz_home, round_length=50)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await open_settings(pilot)
        await open_watched(pilot)
        await pilot.press("down", "enter")  # Season 1 -> Season 2
        await ui.wait_for_screen(pilot, ConfirmSpoilers)
        assert ui.on_screen(app, "Season 2")
        await pilot.press("n")
        await ui.wait_for_screen(pilot, SettingsScreen)
        assert app.game.settings.watched == {}
        assert "watched" not in ui.read_settings(quiz_home) or \
            ui.read_settings(quiz_home)["watched"] == {}
        assert badge(app) == "Spoilers off"
        assert all(q.level != "season-2" for q in app.game.new_round(
            app.game.catalog.get(PACK)).queue)

        await pilot.press("enter", "down", "enter")  # the same again, and yes
        await ui.wait_for_screen(pilot, ConfirmSpoilers)
        await pilot.press("y")
        await ui.wait_for_screen(pilot, SettingsScreen)
        assert ui.read_settings(quiz_home)["watched"] == {PACK: "season-2"}
        # Spoiler mode stays off, and the badge says what is shown all the same.
        assert app.spoilers_on is False
        assert badge(app) == "Spoilers off · through Season 2"
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)
        assert badge(app) == "Spoilers off · through Season 2"
        assert "Spoilers off · through Season 2" in ui.screen_text(app)
        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        await pilot.press("enter")
        await ui.wait_for_screen(pilot, PlayScreen)
        assert "season-2" in {q.level for q in app.screen.round.queue}
        assert badge(app) == "Spoilers off · through Season 2"


def many_packs(count: int) -> list[Pack]:
    """`count` small valid packs with two levels each, as loaded."""
    loaded = load_data(b"""format: 1
id: p
title: A pack
spoilers:
  levels:
    - {id: one, label: One}
    - {id: two, label: Two}
  safe_through: one
facts:
  - {id: f1, spoiler: none, kind: k, statement: A is a., ask: What is A?, answer: a,
     distractors: [b, c, d]}
""", "p.yaml", "user")
    assert loaded.pack is not None, loaded.problems
    return [replace(loaded.pack, id=f"pack-{n:04d}", title=f"Pack {n}") for n in range(count)]


async def open_settings_with(packs: list[Pack]) -> tuple[int, float, list[int]]:
    """Open settings on a game holding these packs: how many widgets the screen
    has, how long it took to open, and how many packs it lists."""
    game = Game(Catalog(packs=packs), Settings())
    app = make_app(game)
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        start = time.perf_counter()
        await pilot.press("o")
        await ui.wait_for_screen(pilot, SettingsScreen)
        took = time.perf_counter() - start
        listed = [w.option_count for w in app.screen.query("#watched").results(OptionList)]
        return len(app.screen.query("*")), took, listed


async def test_settings_open_at_once_with_a_thousand_packs(quiz_home: Path) -> None:
    """The screen does not grow with the packs (it froze for 13-22 s at 1,000)."""
    few_widgets, _, few = await open_settings_with(many_packs(1))
    widgets, took, listed = await open_settings_with(many_packs(1000))
    assert widgets == few_widgets
    assert (few, listed) == ([1], [1000])
    assert took < 5  # generous: it opens in well under a second


async def test_a_saved_level_the_pack_no_longer_has_counts_as_nothing_watched(
        quiz_home: Path) -> None:
    """A pack edited since (its level renamed or removed): the screen opens, says
    what the game does with it (nothing watched), and the level can be set again."""
    quiz_home.mkdir(parents=True, exist_ok=True)
    (quiz_home / "settings.json").write_text(
        '{"watched": {"narcos-mexico": "season-9"}}', encoding="utf-8")
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await open_settings(pilot)
        assert "nothing watched" in watched_row(app)
        await set_watched(pilot, "season-1")
        await ui.wait_for_screen(pilot, SettingsScreen)
        assert "Season 1" in watched_row(app)


async def test_time_scoring_chosen_on_the_settings_screen_scores_the_next_round(
        quiz_home: Path) -> None:
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        settings = await open_settings(pilot)
        settings.query_one("#scoring", Switch).value = True
        await pilot.pause()
        assert ui.read_settings(quiz_home)["scoring"] == "time"
        await pilot.press("escape")
        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        await pilot.press("enter")
        await ui.wait_for_screen(pilot, PlayScreen)
        await ui.answer(pilot, typing=False)
        verdict = ui.shows(app, "#verdict")
        # Time scoring: 500 for being right, up to 500 more for speed.
        points = int(verdict.split("+")[1].split()[0])
        assert verdict.startswith("Right!") and 500 <= points <= 1000, verdict
