"""The footer lists only keys that work: on every screen and in each phase of a
round, each key it shows does something when pressed, and the keys that would
do nothing (answers during the feedback, Next before an answer, 3 and 4 on a
true-or-false question) are not shown. The help and the menu name the keys the
screens bind."""

from __future__ import annotations

import os
import re
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.ui import ui_helpers as ui

import quiz.game
from quiz.core.catalog import Catalog
from quiz.core.generate import Question
from quiz.core.round import BLITZ_SECONDS
from quiz.store.settings import Settings
from quiz.ui.app import QuizApp, make_app
from quiz.ui.outcomes import Curating
from quiz.ui.screens.confirm import ConfirmEnd, ConfirmLeave, ConfirmSpoilers
from quiz.ui.screens.help import KEYS, HelpScreen
from quiz.ui.screens.menu import MenuScreen
from quiz.ui.screens.picker import PickerScreen
from quiz.ui.screens.play import PlayScreen
from quiz.ui.screens.players import PlayersScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.screens.review import EditText, ReviewScreen
from quiz.ui.screens.scores import ScoresScreen
from quiz.ui.screens.settings import SettingsScreen
from quiz.ui.screens.watched import WatchedScreen


def footer(app: QuizApp) -> list[tuple[str, str]]:
    """(key, description) of each entry the footer shows: its bindings that are
    shown and enabled, one per action (the first key of each, as it draws them)."""
    entries: dict[str, tuple[str, str]] = {}
    for key, active in app.screen.active_bindings.items():
        if active.binding.show and active.enabled:
            entries.setdefault(active.binding.action, (key, active.binding.description))
    return list(entries.values())


def footer_line(app: QuizApp) -> str:
    return ui.screen_lines(app)[-1]


async def press(pilot: Pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


def at_menu() -> QuizApp:
    return ui.new_app()


def in_round(wanted: Callable[[Question], bool]) -> Callable[[], QuizApp]:
    seed = ui.opening_seed(wanted)
    return lambda: ui.new_app(mode="classic", length=5, seed=seed)


async def nothing(pilot: Pilot) -> None:
    await pilot.pause()


async def to_feedback(pilot: Pilot) -> None:
    await ui.answer(pilot, right=False)


async def to_results(pilot: Pilot) -> None:
    await press(pilot, "escape", "y")
    await ui.wait_for_screen(pilot, ResultsScreen)


async def to_confirm_end(pilot: Pilot) -> None:
    await press(pilot, "escape")
    await ui.wait_for_screen(pilot, ConfirmEnd)


def curating() -> QuizApp:
    """`quiz draft --review` of a small article, writing beside the test's QUIZ_HOME."""
    from quiz.authoring.curation import Curation

    article = "Maria Okafor plays Ruth Kane in the series. The series premiered in 2021 on Tidewell."
    curation = Curation.from_article(article, pack_id="draft", title="Draft")
    return make_app(quiz.game.Game.load(),
                    Curating(curation, Path(os.environ["QUIZ_HOME"]).parent / "draft.yaml"))


async def to_edit(pilot: Pilot) -> None:
    await press(pilot, "e")
    await ui.wait_for_screen(pilot, EditText)


async def to_confirm_leave(pilot: Pilot) -> None:
    await press(pilot, "y", "escape")
    await ui.wait_for_screen(pilot, ConfirmLeave)


def in_blitz() -> QuizApp:
    return ui.new_app(mode="blitz", seed=ui.opening_seed(ui.four_choices))


async def to_time_up(pilot: Pilot) -> None:
    """The clock run out on the question on screen (the next tick sees it)."""
    pilot.app.screen.round.elapsed = BLITZ_SECONDS
    await ui.wait_for(pilot, lambda: pilot.app.screen.cut_off)
    await pilot.pause()  # the footer redraws with the keys of the round's end


async def to_players_named(pilot: Pilot) -> None:
    """Party, the built-in pack, two names typed, the focus off the names."""
    await press(pilot, "t")
    await ui.wait_for_screen(pilot, PickerScreen)
    await press(pilot, "enter")
    await ui.wait_for_screen(pilot, PlayersScreen)
    await press(pilot, *"Ana", "enter", "tab", *"Ben", "enter")


def key_of(screen: type, key: str) -> Callable[[Pilot], Awaitable[None]]:
    async def go(pilot: Pilot) -> None:
        await press(pilot, key)
        await ui.wait_for_screen(pilot, screen)
    return go


# Where the footer is read: how to get there, and what it must (and must not) show.
STATES = {
    "menu": (at_menu, nothing, ["Spoilers", "Help"], []),
    "picker": (at_menu, key_of(PickerScreen, "p"), ["Back", "Play", "Reload packs"], []),
    "asking, four choices": (in_round(ui.four_choices), nothing,
                             ["1-4 Answer", "Don't know", "End round"], ["Next"]),
    "asking, true or false": (in_round(ui.true_false), nothing,
                              ["1-2 Answer", "Don't know", "End round"], ["1-4", "Next"]),
    # Letters go to the box: only what works while typing.
    "asking, type-in": (in_round(ui.type_in), nothing, ["End round"],
                        ["Answer", "Don't know", "Next", "Spoilers", "Help"]),
    "feedback": (in_round(ui.four_choices), to_feedback, ["Next", "End round"],
                 ["Answer", "Don't know", "See results"]),
    # The round's last answer: the results next, not a question.
    "last feedback": (lambda: ui.new_app(mode="classic", length=1, seed="1"), to_feedback,
                      ["See results"], ["Next", "Answer", "Don't know", "End round"]),
    "time up": (in_blitz, to_time_up, ["See results"],
                ["Next", "Answer", "Don't know", "End round"]),
    # Only yes and no: nothing else opens over a question about ending.
    "end round?": (in_round(ui.four_choices), to_confirm_end, ["End round", "Keep playing"],
                   ["Spoilers", "Help", "Next"]),
    "results": (in_round(ui.four_choices), to_results, ["Play again", "Same round", "Menu"], []),
    "scores": (at_menu, key_of(ScoresScreen, "h"), ["Back", "Review"], []),
    # A party plays at its players' horizon: the owner's spoiler switch is not offered.
    "party picker": (at_menu, key_of(PickerScreen, "t"), ["Back", "Play"], ["Spoilers"]),
    "party players": (at_menu, to_players_named, ["Play", "Back", "Help"], ["Spoilers"]),
    "party asking": (lambda: ui.party_app(wanted=ui.four_choices), nothing,
                     ["1-4 Answer", "Don't know", "End round"], ["Spoilers", "Next"]),
    "party feedback": (lambda: ui.party_app(wanted=ui.four_choices), to_feedback,
                       ["Next", "End round"], ["Spoilers", "Answer"]),
    "podium": (lambda: ui.party_app(wanted=ui.four_choices), to_results,
               ["Play again", "Same round", "Menu"], ["Spoilers"]),
    "settings": (at_menu, key_of(SettingsScreen, "o"), ["Back", "Spoilers"], []),
    # The spoiler switch does not apply to a curation: every candidate is shown.
    "curating a draft": (curating, nothing,
                         ["Accept", "Reject", "Ask", "Answer", "Level", "Write", "Install",
                          "Leave", "Help"], ["Spoilers"]),
    "editing a candidate": (curating, to_edit, ["Cancel"], ["Accept", "Spoilers", "Help"]),
    "leave the draft?": (curating, to_confirm_leave, ["Leave", "Keep curating"],
                         ["Spoilers", "Help", "Accept"]),
}


def fingerprint(app: QuizApp) -> tuple:
    """What a key press may change: the screen, its phase, the focus, the
    spoiler switch, what is drawn (a note, a dialog)."""
    return (id(app.screen), len(app.screen_stack), getattr(app.screen, "phase", None),
            app.focused, app.spoilers_on, ui.screen_text(app))


# States whose screens the everyday run already walks in another form (a party's
# question and podium, the curation's dialogs, the results and players screens that
# their own tests drive key by key) are left to the slow set, which CI runs.
SLOW_STATES = {"party asking", "party feedback", "podium", "editing a candidate",
               "leave the draft?", "results", "party players", "curating a draft",
               "party picker", "asking, true or false", "picker"}


@pytest.mark.parametrize("state", [
    pytest.param(state, marks=pytest.mark.slow) if state in SLOW_STATES else state
    for state in STATES])
async def test_the_footer_shows_what_works_now_and_each_key_it_shows_does_something(
        state: str) -> None:
    new, reach, shown, hidden = STATES[state]
    # One app for as long as each key leads back to where it was (a dialog the
    # next key closes); a fresh one after a key that leaves.
    pending: list[tuple[str, str]] | None = None
    while pending is None or pending:
        app = new()
        async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
            await reach(pilot)
            if pending is None:
                line = footer_line(app)
                for wanted in shown:
                    assert wanted in line, (wanted, line)
                for unwanted in hidden:
                    assert unwanted not in line, (unwanted, line)
                pending = footer(app)
                assert all(description in line for _, description in pending), (pending, line)
                pending.sort(key=lambda entry: entry[0] not in ("s", "question_mark"))
            while pending:
                key, description = pending.pop(0)
                before = fingerprint(app)
                await press(pilot, key)
                assert fingerprint(app) != before, f"{key} ({description}) did nothing"
                if not isinstance(app.screen, ConfirmSpoilers | HelpScreen):
                    break
                await press(pilot, "escape")
                if fingerprint(app) != before:
                    break


async def test_keys_the_footer_leaves_out_do_nothing() -> None:
    """3 on a true-or-false question, n before an answer, 1 and d during the feedback."""
    app = in_round(ui.true_false)()
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        round_ = app.screen.round
        before = fingerprint(app)
        await press(pilot, "3", "4", "n")
        assert fingerprint(app) == before and round_.answers == []
        await press(pilot, "t")
        assert len(round_.answers) == 1
        feedback = fingerprint(app)
        await press(pilot, "1", "d", "f")
        assert fingerprint(app) == feedback and len(round_.answers) == 1


async def test_with_no_pack_the_picker_offers_no_play() -> None:
    app = make_app(quiz.game.Game(Catalog(packs=[]), Settings()))
    async with app.run_test(size=ui.SIZE) as pilot:
        await press(pilot, "p")
        assert isinstance(app.screen, PickerScreen)
        assert ui.on_screen(app, "No packs are installed.")
        line = footer_line(app)
        assert "Back" in line and "Play" not in line
        await press(pilot, "p")
        assert isinstance(app.screen, PickerScreen)


async def test_on_its_own_screen_a_command_is_not_offered_again() -> None:
    """The palette leaves out the screen you are on (Settings on the settings)."""
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Play", "Review", "Scores", "Settings", "Spoilers", "Help"} <= titles
        assert "Menu" not in titles
        await press(pilot, "o")
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert "Settings" not in titles and "Menu" in titles
        stack = len(app.screen_stack)
        await app.run_action("settings")
        await pilot.pause()
        assert len(app.screen_stack) == stack


def help_keys() -> dict[str, set[str]]:
    """The help as heading -> every key its rows name ("1-4" names 1, 2, 3 and 4)."""
    sections: dict[str, set[str]] = {}
    for block in KEYS.split("\n\n"):
        heading, *rows = block.splitlines()
        named = sections.setdefault(heading, set())
        for row in rows:
            if not row.startswith("  ") or row.startswith("   "):
                continue  # the note at the end, or a row's wrapped text
            for part in re.split(r",\s*|/", row[2:12].strip()):
                span = re.fullmatch(r"(\d)-(\d)", part)
                named.update(str(n) for n in range(int(span[1]), int(span[2]) + 1)) \
                    if span else named.add(part)
    return sections


SCREENS = (MenuScreen, PickerScreen, PlayersScreen, PlayScreen, ResultsScreen, ScoresScreen, SettingsScreen,
           WatchedScreen, ConfirmSpoilers, ConfirmEnd, HelpScreen, ReviewScreen, EditText,
           ConfirmLeave)
SPELLED = {"question_mark": "?", "escape": "esc"}


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.__name__)
def test_the_help_names_every_key_a_screen_binds(screen: type) -> None:
    """Under the screen's own heading, or under Anywhere for the app's keys a
    dialog binds again."""
    sections = help_keys()
    for binding in screen.BINDINGS:
        where = sections.get(screen.PLACE.value, set())
        if binding.action.startswith("app.") and binding.action not in (
                "app.focus_next", "app.focus_previous") and screen.PLACE.modal:
            where = sections["Anywhere"]
        for key in binding.key.split(","):
            assert SPELLED.get(key, key) in where, (screen.__name__, key, binding.action)


async def test_the_menu_names_the_key_of_each_choice() -> None:
    """Each choice of the menu says its key: pressing it opens the same screen."""
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        menu = app.screen.query_one("#menu-list")
        labels = [ui.text(menu).splitlines()[i] for i in range(menu.option_count)]
    opened = {"Play": PickerScreen, "Party": PickerScreen, "Scores": ScoresScreen, "Settings": SettingsScreen,
              "Help": HelpScreen}
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        for label in labels:
            title, key = label.rsplit(maxsplit=1)
            if title in opened:
                await press(pilot, {"?": "question_mark"}.get(key, key))
                assert isinstance(app.screen, opened[title]), label
                await press(pilot, "escape")
                assert isinstance(app.screen, MenuScreen)
