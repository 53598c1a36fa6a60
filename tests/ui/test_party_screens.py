"""A party in the TUI: the menu's Party asks for a pack, then the players and
what each has watched; the round shows whose turn it is and every player's
score and streak; a podium ends it. Nothing above the lowest player's horizon
shows on any of its screens, whatever the owner's spoiler switch says, and
names are shown as typed, never as markup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Input, Select

from tests.ui import ui_helpers as ui

from quiz.core.party import PartyRound
from quiz.core.wording import score_entries
from quiz.ui.app import QuizApp
from quiz.ui.screens.confirm import ConfirmSpoilers
from quiz.ui.screens.help import HelpScreen
from quiz.ui.screens.menu import MenuScreen
from quiz.ui.screens.picker import PickerScreen
from quiz.ui.screens.play import PlayScreen
from quiz.ui.screens.players import PlayersScreen
from quiz.ui.screens.results import ResultsScreen


async def to_players(pilot: Pilot) -> None:
    """From the menu: Party, the built-in pack, and the players' screen."""
    await pilot.press("t")
    await ui.wait_for_screen(pilot, PickerScreen)
    await pilot.press("enter")
    await ui.wait_for_screen(pilot, PlayersScreen)


async def name_players(pilot: Pilot, *players: tuple[str, str]) -> None:
    """Type each name (key by key, as a player would) and choose what they watched."""
    screen = pilot.app.screen
    for number, (name, level) in enumerate(players):
        await ui.focus(pilot, f"name-{number}", tries=3 * len(players) + 4)
        await pilot.press(*name)
        screen.query_one(f"#watched-{number}", Select).value = level
    await pilot.pause()


def season2_finder() -> ui.LeakFinder:
    pack = ui.builtin_pack()
    return ui.LeakFinder(ui.secret_texts(pack, pack.rank("season-1")), ui.season2_terms(pack))


# A whole party scanned at two sizes: an audit for the slow set, beside the whole-game
# spoiler audits (tests/audit).
@pytest.mark.slow
@pytest.mark.parametrize("size", [(80, 24), (40, 12)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_a_party_with_one_player_at_season_1_sees_no_season_2_text(
        quiz_home: Path, size: tuple[int, int]) -> None:
    """Ana and Ben watched season 2, Cy season 1 only; the owner's spoiler mode is
    on: the party plays at season 1, and every screen of it is scanned."""
    ui.write_settings(quiz_home, spoilers=True)
    finder = season2_finder()
    app = ui.new_app()
    found: list[str] = []

    def scan(where: str) -> None:
        found.extend(f"{type(app.screen).__name__} {where}: {hit}"
                     for hit in finder.find(app, hidden=True))

    async with app.run_test(size=size) as pilot:
        await to_players(pilot)
        await name_players(pilot, ("Ana", "season-2"), ("Ben", "season-2"), ("Cy", "season-1"))
        scan("players")
        assert ui.on_screen(app, "Season 1")  # the badge: what the party may see
        await pilot.press("ctrl+s")
        await ui.wait_for_screen(pilot, PlayScreen)
        party = app.screen.round
        assert isinstance(party, PartyRound) and not party.config.spoilers_on
        turns = []

        async def each(step: str) -> None:
            await pilot.pause()
            turns.append(ui.shows(app, "#turn"))
            scan(step)

        answered = await ui.play_out(pilot, right=lambda n: n % 2 == 0, each=each,
                                     typing=False)
        await ui.wait_for_screen(pilot, ResultsScreen)
        scan("podium")
    assert answered == 15 and not found, found
    assert [t.split("· ")[1] for t in turns[:6:2]] == ["Ana's turn", "Ben's turn", "Cy's turn"]
    # Every question came from season 1 or below.
    pack = ui.builtin_pack()
    assert all(pack.rank(q.level) <= pack.rank("season-1") for q in party.queue)


async def test_the_podium_shows_each_players_score_and_the_round_is_saved(
        quiz_home: Path) -> None:
    app = ui.party_app("Ana,Ben,Cy", each=2)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.wait_for_screen(pilot, PlayScreen)
        await ui.play_out(pilot, right=lambda n: n in (0, 3), typing=False)  # Ana, twice
        await ui.wait_for_screen(pilot, ResultsScreen)
        party = app.screen.round
        podium = ui.shows(app, "#podium")
        scores = {s.name: s.score for s in party.scores}
    assert scores["Ana"] > 0 and scores["Ben"] == scores["Cy"] == 0
    rows = podium.splitlines()[1:]
    assert [row.split()[:3] for row in rows] == [
        ["1.", "Ana", str(scores["Ana"])], ["2.", "Ben", "0"], ["2.", "Cy", "0"]]
    saved = (quiz_home / "scores.json").read_text(encoding="utf-8")
    assert all(name in saved for name in ("Ana", "Ben", "Cy")), json.loads(saved)


async def test_names_are_shown_as_typed_never_as_markup(quiz_home: Path) -> None:
    # No '=' in a name (--players splits on it): no [@click=...] link either.
    names = ("[bold]Ana", "[/]Ben [red]")
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await to_players(pilot)
        await name_players(pilot, *((name, "season-1") for name in names))
        await pilot.press("ctrl+s")
        await ui.wait_for_screen(pilot, PlayScreen)
        assert names[0] in ui.shows(app, "#turn")
        for name in names:
            assert name in ui.shows(app, "#party-scores"), name
            assert name in ui.screen_text(app), name
        await pilot.press("escape", "y")
        await ui.wait_for_screen(pilot, ResultsScreen)
        for name in names:
            assert name in ui.shows(app, "#podium"), name
            assert name in ui.screen_text(app), name


async def test_one_player_or_two_of_the_same_name_cannot_start(quiz_home: Path) -> None:
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await to_players(pilot)
        await name_players(pilot, ("Ana", "season-1"))
        assert app.screen.query_one("#party-start", Button).disabled
        assert "Play" not in ui.screen_lines(app)[-1]
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, PlayersScreen)
        app.screen.query_one("#name-1", Input).value = "ana"
        await pilot.pause()
        assert ui.on_screen(app, "Two players are called 'ana'")
        assert app.screen.query_one("#party-start", Button).disabled
        app.screen.query_one("#name-1", Input).value = "Ben"
        await pilot.pause()
        assert not app.screen.query_one("#party-start", Button).disabled
        await pilot.click("#party-start")
        await ui.wait_for_screen(pilot, PlayScreen)


async def test_the_owners_spoiler_key_does_nothing_in_a_party(quiz_home: Path) -> None:
    app = ui.party_app(wanted=ui.four_choices)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.wait_for_screen(pilot, PlayScreen)
        assert "Spoilers" not in ui.screen_lines(app)[-1]
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen) and not app.spoilers_on
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert "Spoilers" not in titles
        await pilot.press("question_mark")  # the help binds the app's keys again
        await ui.wait_for_screen(pilot, HelpScreen)
        await pilot.press("s")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmSpoilers) and not app.spoilers_on


async def test_play_again_keeps_the_players_and_menu_leaves_the_party(quiz_home: Path) -> None:
    app = ui.party_app("Ana,Ben=none", each=1)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.wait_for_screen(pilot, PlayScreen)
        first = app.screen.round
        await ui.play_out(pilot, typing=False)
        await ui.wait_for_screen(pilot, ResultsScreen)
        await pilot.press("r")
        await ui.wait_for(pilot, lambda: isinstance(app.screen, PlayScreen)
                          and app.screen.round is not first)
        again = app.screen.round
        assert isinstance(again, PartyRound) and again.players == first.players
        assert again.total == 2
        await pilot.press("escape", "y")
        await ui.wait_for_screen(pilot, ResultsScreen)
        await pilot.press("m")
        await ui.wait_for_screen(pilot, MenuScreen)
        assert not app.in_party
        assert "Spoilers" in ui.screen_lines(app)[-1]


@pytest.mark.parametrize("size", [(80, 24), (40, 12)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_whose_turn_and_the_question_are_on_screen(quiz_home: Path,
                                                         size: tuple[int, int]) -> None:
    app: QuizApp = ui.party_app("Ana,Ben,Cy,Dee", wanted=ui.four_choices)
    async with app.run_test(size=size) as pilot:
        await ui.wait_for_screen(pilot, PlayScreen)
        await pilot.pause()
        question = app.screen.round.current
        assert ui.on_screen(app, "Ana's turn")
        assert ui.on_screen(app, question.prompt)
        assert all(ui.on_screen(app, name) for name in ("Ana 0", "Ben 0", "Cy 0", "Dee 0"))


@pytest.mark.parametrize("size", [(80, 24), (40, 12)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_what_keeps_the_party_from_starting_is_in_sight(quiz_home: Path,
                                                              size: tuple[int, int]) -> None:
    app = ui.new_app()
    async with app.run_test(size=size) as pilot:
        await to_players(pilot)
        await name_players(pilot, ("Ana", "season-1"))
        assert ui.on_screen(app, "Type two names or more.")
        await ui.focus(pilot, "name-1")
        await pilot.press(*"Ben")
        app.screen.query_one("#watched-1", Select).value = "none"
        await pilot.pause()
        assert ui.on_screen(app, "what all of them have seen: nothing watched")
        assert "Play" in ui.screen_lines(app)[-1]


async def test_a_players_score_is_never_broken_across_two_rows(quiz_home: Path) -> None:
    """Four scores fill more than a row at 80 columns: the row breaks between
    two players, so each reads whole ('Dee 0 (streak 0)', not 'Dee 0 (streak' above '0)')."""
    app = ui.party_app("Ana,Ben,Cy,Dee", wanted=ui.four_choices)
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.wait_for_screen(pilot, PlayScreen)
        await ui.answer(pilot, True)
        entries = [text for text, _ in score_entries(app.screen.round, asking=False)]
        lines = ui.screen_lines(app)
    assert not any("Ana 1" in line and "Dee" in line for line in lines), lines  # they wrap
    assert all(any(entry in line for line in lines) for entry in entries), (entries, lines)


async def test_names_and_levels_by_keyboard_alone(quiz_home: Path) -> None:
    """Enter on a name goes to its level; once a level is chosen (another one,
    or the one shown, kept with Enter), what is typed next goes into the next
    name box: no Shift+Tab back to find it."""
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await to_players(pilot)
        screen = app.screen
        await pilot.press(*"Ana", "enter")
        assert app.focused is screen.query_one("#watched-0", Select)
        await pilot.press("enter", "down", "enter")  # season 2, below season 1
        await pilot.press(*"Ben", "enter")
        await pilot.press("enter", "enter")  # the level shown, kept
        await pilot.press(*"Cy", "tab", "tab", "tab")  # to Dee's level, her name not typed
        await pilot.press("enter", "up", "enter")
        await pilot.press(*"Dee")  # the name of the row whose level was chosen
        await pilot.pause()
        players = screen.players()
    assert [(p.name, p.watched) for p in players] == [
        ("Ana", "season-2"), ("Ben", None), ("Cy", None), ("Dee", "none")]
