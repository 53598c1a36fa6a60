"""Screens return what the player chose, and the App's flow decides what comes
next: the picker returns a round choice, a round returns itself once over, the
results return what the player wants next; the answers reach the screen and the
App as messages; make_app opens the menu or a round."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from textual.message import Message

from tests.ui import ui_helpers as ui

from quiz.game import Game
from quiz.ui.app import make_app
from quiz.ui.messages import Answered, Chosen
from quiz.ui.outcomes import RoundChoice, WhatNext
from quiz.ui.screens.menu import MenuScreen
from quiz.ui.screens.picker import PickerScreen
from quiz.ui.screens.play import PlayScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.screens.settings import SettingsScreen

PACK = "narcos-mexico"
# Every question at season 1, which the pack assumes watched: "Nothing yet"
# leaves a round of it nothing to ask.
ONE_SEASON = """\
format: 1
id: one-season
title: One season
sources:
  - id: article
    title: An article
spoilers:
  levels:
    - id: season-1
      label: Season 1
      terms: [lighthouse]
  safe_through: season-1
facts:
  - id: keeper
    spoiler: season-1
    kind: job
    statement: Ann keeps the lighthouse.
    ask: Who keeps the lighthouse?
    answer: Ann
    distractors: [Cy, Di]
    source: article#1
  - id: boat
    spoiler: season-1
    kind: boat
    statement: The boat is called Gull.
    ask: What is the boat called?
    answer: Gull
    distractors: [Tern, Heron]
    source: article#2
  - id: town
    spoiler: season-1
    kind: town
    statement: The story is set in Port Wren.
    ask: Where is the story set?
    answer: Port Wren
    distractors: [Bay Hollow, Cape Lark]
    source: article#3
"""


def notes(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_the_picker_returns_the_round_chosen_or_none() -> None:
    app = ui.new_app()
    got: list[RoundChoice | None] = []
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        app.push_screen(PickerScreen(RoundChoice("", "survival")), got.append)
        await ui.wait_for_screen(pilot, PickerScreen)
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)
        assert got == [None]

        app.push_screen(PickerScreen(RoundChoice("", "blitz")), got.append)
        await ui.wait_for_screen(pilot, PickerScreen)
        topic = app.screen.selected_view().topics[0]
        app.screen.query_one("#topic").value = topic
        await pilot.press("p")
        await ui.wait_for_screen(pilot, MenuScreen)  # this picker was ours, not the flow's
        assert got == [None, RoundChoice(PACK, "blitz", topic)]


async def test_a_round_returns_itself_once_over() -> None:
    app = ui.new_app()
    got = []
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        pack = app.game.catalog.get(PACK)
        round_ = app.game.new_round(pack, "classic", 3, "5")
        app.push_screen(PlayScreen(pack, round_), got.append)
        await ui.wait_for_screen(pilot, PlayScreen)
        await ui.answer(pilot)
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)
        assert got == [round_] and len(round_.answers) == 1 and round_.ending


async def test_the_results_return_what_the_player_wants_next() -> None:
    app = ui.new_app()
    got: list[WhatNext | None] = []
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        pack = app.game.catalog.get(PACK)
        round_ = app.game.new_round(pack, "classic", 3, "5")
        for key, wanted in (("r", WhatNext.AGAIN), ("a", WhatNext.REPLAY),
                            ("m", WhatNext.MENU), ("escape", WhatNext.MENU)):
            app.push_screen(ResultsScreen(pack, round_), got.append)
            await ui.wait_for_screen(pilot, ResultsScreen)
            await pilot.press(key)
            await ui.wait_for_screen(pilot, MenuScreen)
            assert got[-1] is wanted, key
        app.push_screen(ResultsScreen(pack, round_), got.append)
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert await pilot.click("#same")
        await ui.wait_for_screen(pilot, MenuScreen)
        assert got[-1] is WhatNext.REPLAY


async def test_each_answer_reaches_the_screen_and_the_app_as_messages(quiz_home: Path) -> None:
    """A click and a typed answer are Chosen (with the question they answer);
    each answer is Answered, and the score file has it before the round ends."""
    game = Game.load()
    pack = game.catalog.get(PACK)
    seed = next(str(s) for s in range(1, 500) if [
        q.type for q in game.new_round(pack, "classic", 2, str(s)).queue] == ["choice", "text"])
    seen: list[Message] = []
    app = make_app(game, game.new_round(pack, "classic", 2, seed))
    async with app.run_test(size=ui.SIZE, message_hook=seen.append) as pilot:
        await pilot.pause()
        round_ = app.screen.round
        first, second = round_.queue
        assert await pilot.click(f"#choice-{first.choices.index(first.answer)}")
        await pilot.pause()
        await ui.next_question(pilot)
        app.screen.query_one("#typed").value = "zzz"
        await pilot.press("enter")
        await pilot.pause()
        # Each message once, though the hook sees it at every node it bubbles through.
        messages = list({id(m): m for m in seen}.values())
        chosen = [(m.question, m.response) for m in messages if isinstance(m, Chosen)]
        assert chosen == [(first, first.answer), (second, "zzz")]
        assert [m.round for m in messages if isinstance(m, Answered)] == [round_, round_]
        assert [a.correct for a in round_.answers] == [True, False]
        saved = json.loads((quiz_home / "scores.json").read_text(encoding="utf-8"))
        assert [a["right"] for a in saved["sessions"][-1]["answers"]] == [True, False]


async def test_a_round_that_ends_under_the_settings_shows_its_results_once_they_close(
        quiz_home: Path) -> None:
    """Watching less in the settings, opened from the palette mid-round, can
    leave the round nothing to ask: the settings stay until closed, then the
    results come, with no round left behind them."""
    (quiz_home / "packs").mkdir(parents=True)
    (quiz_home / "packs" / "one-season.yaml").write_text(ONE_SEASON, encoding="utf-8")
    app = make_app(start=RoundChoice("one-season", "classic", seed="1", length=3))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.wait_for_screen(pilot, PlayScreen)
        await ui.answer(pilot)
        await app.run_action("settings")
        await ui.wait_for_screen(pilot, SettingsScreen)
        app.change_setting("watched", "none", app.game.catalog.get("one-season"))
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert len(app.screen.round.answers) == 1
        assert not any(isinstance(screen, PlayScreen) for screen in app.screen_stack)
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)
        assert len(app.screen_stack) == 2


async def test_again_with_nothing_to_play_keeps_the_results() -> None:
    """A review round with every answer right: again, nothing is due; the results stay."""
    app = ui.new_app(mode="classic", length=3, seed="5")
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await ui.play_out(pilot, right=lambda n: n != 0, typing=False)
        await ui.wait_for_screen(pilot, ResultsScreen)
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)
        await pilot.press("r")
        await ui.wait_for_screen(pilot, PlayScreen)
        assert app.screen.round.total == 1
        await ui.play_out(pilot, typing=False)
        await ui.wait_for_screen(pilot, ResultsScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert app.screen.round.config.mode == "review"
        assert any(n.startswith("Nothing to review") for n in notes(app))
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)
        assert len(app.screen_stack) == 2


async def test_the_picker_comes_back_as_it_was_left_when_there_is_nothing_to_play(
        quiz_home: Path) -> None:
    (quiz_home / "packs").mkdir(parents=True)
    shutil.copy(ui.TESTS / "packs" / "demo.yaml", quiz_home / "packs" / "demo.yaml")
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await pilot.press("r")
        await ui.wait_for_screen(pilot, PickerScreen)
        await pilot.press("down")
        second = app.screen.selected_view()
        assert second.id == app.game.catalog.packs[1].id
        topic = second.topics[-1]
        app.screen.query_one("#topic").value = topic
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert any(n.startswith("Nothing to review") for n in notes(app))
        assert app.screen.selected_view().id == second.id
        assert app.screen.query_one("#mode").pressed_button.name == "review"
        assert app.screen.query_one("#topic").value == topic
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)
        assert len(app.screen_stack) == 2


async def test_make_app_opens_the_round_chosen_or_the_menu_with_why() -> None:
    app = make_app(start=RoundChoice(PACK, "blitz", seed="9"))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.wait_for_screen(pilot, PlayScreen)
        config = app.screen.round.config
        assert (config.pack_id, config.mode, config.seed) == (PACK, "blitz", "9")
    app = make_app(start=RoundChoice(PACK, "review"))
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MenuScreen)
        assert any(n.startswith("Nothing to review") for n in notes(app))
