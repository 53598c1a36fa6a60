"""The spoiler switch, `s` anywhere: on asks first, off applies at once, even to
the round in progress and to the results on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Switch

from tests.ui import ui_helpers as ui

from quiz.game import Game  # noqa: E402
from quiz.ui.app import make_app  # noqa: E402
from quiz.ui.screens.confirm import ConfirmSpoilers  # noqa: E402
from quiz.ui.screens.help import HelpScreen  # noqa: E402
from quiz.ui.screens.menu import MenuScreen  # noqa: E402
from quiz.ui.screens.picker import PickerScreen  # noqa: E402
from quiz.ui.screens.play import PlayScreen  # noqa: E402
from quiz.ui.screens.results import ResultsScreen  # noqa: E402
from quiz.ui.screens.settings import SettingsScreen  # noqa: E402
from quiz.ui.widgets.top_bar import SpoilerBadge  # noqa: E402

S2 = "season-2"


@pytest.fixture
def pack():
    return ui.builtin_pack()


@pytest.fixture
def finder(pack):
    return ui.LeakFinder(ui.secret_texts(pack, pack.rank("season-1")), ui.season2_terms(pack))


def badge(app) -> str:
    return ui.text(app.screen.query_one(SpoilerBadge))


def spoilers_game() -> Game:
    """A game whose player has turned spoilers on (in this session's settings)."""
    game = Game.load()
    game.settings.spoilers = True
    return game


def season2_first(game: Game, length: int = 50) -> str:
    """A seed whose round opens on a season-2 question answered by one key (s
    would go into the answer box of a type-in question)."""
    pack = game.catalog.get("narcos-mexico")
    for seed in range(1, 1000):
        question = game.new_round(pack, "classic", length, str(seed)).current
        if question.level == S2 and question.type != "text":
            return str(seed)
    raise AssertionError("no seed opens on a season-2 question")


def assert_round_is_safe(round_, secrets) -> None:
    """Nothing left to ask holds season 2: not a question of it, nor a wrong
    choice or true/false swap taken from it."""
    remaining = round_.queue[len(round_.answers):]
    assert remaining, "the round should go on"
    assert all(q.level != S2 for q in remaining)
    for question in remaining:
        shown = "\n".join(ui.question_texts(question))
        assert not [s for s in secrets if ui.holds(shown, s)], question.id


async def test_a_round_with_spoilers_off_holds_no_season_2(quiz_home: Path, pack) -> None:
    ui.write_settings(quiz_home, round_length=50)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        assert badge(app) == "Spoilers off"
        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        hidden = len(ui.season(pack, S2))
        # Questions hidden, as the visible ones are counted: a fact asked both ways is two.
        questions = sum(len(e.question_ids) for e in (*pack.facts, *pack.questions)
                        if e.spoiler == S2)
        assert f"{questions} hidden: Season 2" in ui.shows(app, "#about")
        await pilot.press("enter")
        await ui.wait_for_screen(pilot, PlayScreen)
        round_ = app.screen.round
        visible = len(pack.facts) + len(pack.questions) - hidden
        # what is visible, less what an earlier question gives away; nothing else
        assert 0 < round_.total <= visible
        assert {q.level for q in round_.queue} <= {"none", "season-1"}
        assert not ui.season(pack, S2) & {q.id for q in round_.queue}


async def test_turning_spoilers_on_asks_and_no_keeps_them_off(quiz_home: Path) -> None:
    app = ui.new_app(mode="classic", length=10, seed="3")
    async with app.run_test(size=ui.SIZE) as pilot:
        round_ = app.screen.round
        queue = list(round_.queue)
        on_screen = round_.current
        await pilot.press("s")
        await ui.wait_for_screen(pilot, ConfirmSpoilers)
        assert ui.on_screen(app, "Turn spoiler mode on?")
        await pilot.press("s")  # s again while asked: still asking, not a second dialog
        await pilot.pause()
        assert isinstance(app.screen, ConfirmSpoilers) and len(app.screen_stack) == 4
        await pilot.press("n")
        await ui.wait_for_screen(pilot, PlayScreen)
        assert app.spoilers_on is False
        assert badge(app) == "Spoilers off"
        assert not ui.settings_path(quiz_home).exists() or ui.read_settings(quiz_home)["spoilers"] is False
        assert round_.queue == queue and round_.current == on_screen
        # Escape says no as well.
        await pilot.press("s")
        await ui.wait_for_screen(pilot, ConfirmSpoilers)
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, PlayScreen)
        assert app.spoilers_on is False and round_.answers == []


async def test_yes_turns_spoilers_on_and_the_next_round_can_hold_season_2(quiz_home: Path) -> None:
    app = ui.new_app(mode="classic", length=50, seed="3")
    async with app.run_test(size=ui.SIZE) as pilot:
        assert all(q.level != S2 for q in app.screen.round.queue)
        before = app.screen.round.total
        await pilot.press("s")
        await ui.wait_for_screen(pilot, ConfirmSpoilers)
        await pilot.press("y")
        await ui.wait_for_screen(pilot, PlayScreen)
        assert app.spoilers_on is True
        assert badge(app) == "Spoilers ON"
        assert "Spoilers ON" in ui.screen_text(app)
        assert ui.read_settings(quiz_home)["spoilers"] is True
        assert Game.load().settings.spoilers is True

        await pilot.press("ctrl+c")  # the round ends at once
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert badge(app) == "Spoilers ON"
        await pilot.press("r")
        await ui.wait_for_screen(pilot, PlayScreen)
        fresh = app.screen.round
        assert fresh.total > before  # more to ask from than with spoilers off
        assert any(q.level == S2 for q in fresh.queue)


async def test_turning_spoilers_off_mid_round_applies_at_once(quiz_home: Path, pack, finder) -> None:
    game = spoilers_game()
    seed = season2_first(game)
    round_ = game.new_round(pack, "classic", 50, seed)
    app = make_app(game, round_)
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        assert app.spoilers_on is True and badge(app) == "Spoilers ON"
        spoiler = round_.current
        assert spoiler.level == S2
        assert ui.on_screen(app, spoiler.prompt)

        await pilot.press("s")  # no question asked
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        assert app.spoilers_on is False and badge(app) == "Spoilers off"
        assert ui.read_settings(quiz_home)["spoilers"] is False

        assert round_.answers == []
        assert round_.current is not None and round_.current.level != S2
        assert_round_is_safe(round_, ui.secret_texts(pack, pack.rank("season-1")))
        # The screen moved on to the new current question: the old one is gone.
        assert not ui.on_screen(app, spoiler.prompt)
        assert ui.on_screen(app, round_.current.prompt)
        assert ui.shows(app, "#question").endswith(round_.current.prompt)
        assert f"Question 1 of {round_.total}" in ui.shows(app, "#progress")
        assert finder.find(app) == []
        # And the round plays on from there.
        await ui.answer(pilot)
        assert ui.shows(app, "#verdict").startswith("Right! +")
        assert finder.find(app) == []


async def test_turning_spoilers_off_during_the_feedback_of_a_season_2_answer(
        quiz_home: Path, pack, finder) -> None:
    game = spoilers_game()
    seed = season2_first(game)
    round_ = game.new_round(pack, "classic", 50, seed)
    app = make_app(game, round_)
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        spoiler = await ui.answer(pilot, right=False)
        assert spoiler.level == S2
        verdict = f"Wrong. The answer: {spoiler.answer}"
        assert ui.shows(app, "#verdict") == verdict
        assert ui.on_screen(app, verdict)
        assert finder.find(app) != []  # the season-2 feedback is on screen

        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        assert app.spoilers_on is False
        # The feedback went at once; the next allowed question shows instead.
        assert not ui.shown(app.screen.query_one("#feedback"))
        assert not ui.on_screen(app, verdict)
        assert not ui.on_screen(app, spoiler.statement)
        assert round_.current.level != S2
        assert ui.on_screen(app, round_.current.prompt)
        assert finder.find(app) == []
        assert_round_is_safe(round_, ui.secret_texts(pack, pack.rank("season-1")))
        # What was answered still counts.
        assert len(round_.answers) == 1
        assert "Question 2 of" in ui.shows(app, "#progress")

        await pilot.press("ctrl+c")  # the round ends at once
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert "0 of 1 right (0%)" in ui.shows(app, "#figures")
        missed = ui.shows(app, "#missed")
        assert spoiler.prompt not in missed and spoiler.answer not in missed
        assert "1 missed question hidden: spoilers off, watched through Season 1." in missed
        assert finder.find(app) == []


async def test_results_stop_listing_season_2_misses_when_spoilers_go_off(
        quiz_home: Path, pack, finder) -> None:
    game = spoilers_game()
    seed = season2_first(game, length=8)
    round_ = game.new_round(pack, "classic", 8, seed)
    app = make_app(game, round_)
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        await ui.play_out(pilot, right=lambda n: False, typing=False)
        await ui.wait_for_screen(pilot, ResultsScreen)
        season2 = [a.question for a in round_.answers if a.question.level == S2]
        others = [a.question for a in round_.answers if a.question.level != S2]
        assert season2 and others
        missed = ui.shows(app, "#missed")
        assert all(q.prompt in missed for q in season2)  # spoilers on: listed

        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen) and app.spoilers_on is False
        missed = ui.shows(app, "#missed")
        assert not [q.id for q in season2 if q.prompt in missed
                    or q.type != "true-false" and q.answer in missed]  # True/False: not telling
        noun = "question" if len(season2) == 1 else "questions"
        assert (f"{len(season2)} missed {noun} hidden: spoilers off, "
                "watched through Season 1.") in missed
        assert all(q.answer in missed for q in others)
        assert finder.find(app) == []
        # The figures still count every answer.
        assert f"0 of {len(round_.answers)} right" in ui.shows(app, "#figures")

        # Same seed again, now with spoilers off: nothing of season 2.
        await pilot.press("a")
        await ui.wait_for_screen(pilot, PlayScreen)
        assert all(q.level != S2 for q in app.screen.round.queue)
        assert finder.find(app) == []


async def test_s_works_on_every_screen(quiz_home: Path) -> None:
    """`s` anywhere: the menu, the picker, the results; the badge follows."""
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        for where in ("menu", "picker"):
            await pilot.press("s")
            await ui.wait_for_screen(pilot, ConfirmSpoilers)
            await pilot.press("y")
            await pilot.pause()
            assert app.spoilers_on is True and badge(app) == "Spoilers ON", where
            await pilot.press("s")
            await pilot.pause()
            assert app.spoilers_on is False and badge(app) == "Spoilers off", where
            if where == "menu":
                await pilot.press("p")
                await ui.wait_for_screen(pilot, PickerScreen)
        # The picker's counts follow the switch.
        await pilot.press("s")
        await ui.wait_for_screen(pilot, ConfirmSpoilers)
        await pilot.press("y")
        await ui.wait_for_screen(pilot, PickerScreen)
        assert "hidden" not in ui.shows(app, "#about")
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)
        assert badge(app) == "Spoilers ON"
        assert ui.read_settings(quiz_home)["spoilers"] is True


async def test_s_works_while_help_is_open(quiz_home: Path) -> None:
    """Help says `s` works anywhere: over Help too."""
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.press("question_mark")
        await ui.wait_for_screen(pilot, HelpScreen)
        await pilot.press("s")
        await ui.wait_for_screen(pilot, ConfirmSpoilers)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        menu_badge = app.screen_stack[-2].query_one(SpoilerBadge)  # behind Help
        assert app.spoilers_on is True and ui.text(menu_badge) == "Spoilers ON"
        await pilot.press("s")  # off: at once
        await pilot.pause()
        assert app.spoilers_on is False and ui.text(menu_badge) == "Spoilers off"
        assert ui.read_settings(quiz_home)["spoilers"] is False


async def test_a_session_with_spoilers_on_shows_on_everywhere(quiz_home: Path) -> None:
    """`quiz play --spoilers on`: the badge and the settings switch agree, and
    the switch turns that session's spoilers off."""
    game = Game.load()
    game.session_spoilers = True
    app = make_app(game)
    async with app.run_test(size=ui.SIZE) as pilot:
        assert badge(app) == "Spoilers ON"
        await pilot.press("o")
        await ui.wait_for_screen(pilot, SettingsScreen)
        switch = app.screen.query_one("#spoilers", Switch)
        assert switch.value is True
        assert badge(app) == "Spoilers ON"
        await pilot.press("enter")  # the switch, in focus: off, at once
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmSpoilers)
        assert switch.value is False and badge(app) == "Spoilers off"
        assert game.spoilers_on() is False


async def test_results_say_why_a_miss_is_hidden_after_lowering_what_was_watched(
        quiz_home: Path, pack) -> None:
    game = Game.load()
    round_ = ui.season1_choice_round(game, pack)
    app = make_app(game, round_)
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        missed = await ui.answer(pilot, right=False)
        await pilot.press("ctrl+c")  # the round ends at once
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert missed.prompt in ui.shows(app, "#missed")

        await app.run_action("settings")
        await ui.wait_for_screen(pilot, SettingsScreen)
        await pilot.press("tab", "enter")  # "watched through", the built-in pack
        await pilot.pause()
        await pilot.press("up", "enter")  # Season 1 -> Nothing yet
        await pilot.pause()
        assert game.settings.watched == {"narcos-mexico": "none"}
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, ResultsScreen)
        shown = ui.shows(app, "#missed")
        assert missed.prompt not in shown
        # Spoiler mode was off all along: the reason is what was watched.
        assert shown.endswith("1 missed question hidden: spoilers off, nothing watched.")
