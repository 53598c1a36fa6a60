"""The spoiler-leak test: with spoilers off, nothing of season 2 reaches the screen.

Rounds of every mode are played in the TUI, and at every step (question,
feedback, results, and the menu, picker, settings, help and confirmation screens)
everything on the active screen is scanned:

- the full text of every displayed Static, Label, Button, RadioButton, Input and
  OptionList must hold no "secret" text (text only season-2 entries hold);
- the rendered screen, folded, must hold no season-2 term as whole words.

Each round step costs ~0.2 s of Textual work, so by default a few seeds run;
set QUIZ_LEAK_SEEDS=10 (say) for a longer search.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.app import ComposeResult
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tests.ui import ui_helpers as ui

import quiz.game  # noqa: E402
import quiz.ui.screens.play as play_module  # noqa: E402
from quiz.ui.screens.confirm import ConfirmSpoilers  # noqa: E402
from quiz.ui.screens.help import HelpScreen  # noqa: E402
from quiz.ui.screens.menu import MenuScreen  # noqa: E402
from quiz.ui.screens.picker import PickerScreen  # noqa: E402
from quiz.ui.screens.play import PlayScreen  # noqa: E402
from quiz.ui.screens.results import ResultsScreen  # noqa: E402
from quiz.ui.screens.settings import SettingsScreen  # noqa: E402

SEEDS = max(1, int(os.environ.get("QUIZ_LEAK_SEEDS", "2")))


class Scanner:
    """Scans the active screen on each call and keeps what it found."""

    def __init__(self, app) -> None:
        pack = ui.builtin_pack()
        self.app = app
        secrets = ui.secret_texts(pack, pack.rank("season-1"))
        terms = ui.season2_terms(pack)
        assert secrets and terms
        self.finder = ui.LeakFinder(secrets, terms)
        self.visible_ids = {e.id for e in (*pack.facts, *pack.questions)
                            if pack.rank(e.spoiler) <= pack.rank("season-1")}
        self.asked: set[str] = set()
        self.queued: set[str] = set()  # what the rounds played were to ask
        self.found: list[str] = []
        self.scans = 0

    def __call__(self, where: str) -> None:
        screen = self.app.screen
        label = f"{type(screen).__name__}/{where}"
        if isinstance(screen, PlayScreen):
            question = (screen.round.current if where == "question"
                        else screen.shown if where == "time up" else screen.last.question)
            self.asked.add(question.id)
            self.queued |= {q.id for q in screen.round.queue}
            label += f" {screen.round.config.mode} seed {screen.round.config.seed} {question.id}"
            # The scan must see this very step, not a stale frame.
            if where == "question":
                assert ui.on_screen(self.app, question.prompt), label
            else:
                assert ui.verdict_on_screen(self.app), label
        self.found += [f"{label}: {hit}" for hit in self.finder.find(self.app, hidden=True)]
        self.scans += 1


@pytest.fixture
def seeds(monkeypatch: pytest.MonkeyPatch):
    """Rounds started from the picker or with r take their seeds from this list."""
    upcoming = [str(n) for n in range(1, 100)]
    monkeypatch.setattr(quiz.game, "new_seed", lambda: upcoming.pop(0))
    return upcoming


async def play_rounds(pilot, scan: Scanner, rounds: int, right, end=None) -> None:
    """Play `rounds` rounds from the one on screen on, with r between them."""
    app = pilot.app
    for number in range(rounds):
        await ui.wait_for_screen(pilot, PlayScreen)
        if end is None:
            await ui.play_out(pilot, right, each=scan, typing=False, settle=False)
        else:
            await end(pilot)
        await ui.wait_for_screen(pilot, ResultsScreen)
        scan("results")
        if number < rounds - 1:
            await pilot.press("r")
    assert isinstance(app.screen, ResultsScreen)


@pytest.mark.slow  # over 10 s: CI runs it with `pytest -m slow`
async def test_no_leak_on_any_screen_classic(quiz_home: Path, seeds) -> None:
    ui.write_settings(quiz_home, round_length=50)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        scan = Scanner(app)
        scan("start")

        await pilot.press("s")
        await ui.wait_for_screen(pilot, ConfirmSpoilers)
        scan("confirm")
        await pilot.press("n")
        await pilot.press("o")
        await ui.wait_for_screen(pilot, SettingsScreen)
        scan("settings")
        await pilot.press("escape")
        await pilot.press("question_mark")
        await ui.wait_for_screen(pilot, HelpScreen)
        scan("help")
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)
        scan("menu")

        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        scan("picker")
        await ui.focus(pilot, "topic")
        await pilot.press("enter")  # the topic list, open
        await pilot.pause()
        scan("picker topics")
        await pilot.press("escape")
        await ui.focus(pilot, "packs", key="shift+tab")
        await pilot.press("enter")

        # A third of the answers wrong: feedback and missed lists of both kinds.
        await play_rounds(pilot, scan, SEEDS, right=lambda n: n % 3 != 1)

        # Every question the rounds asked was on screen: a round leaves out what
        # an earlier question gives away, so one round no longer shows them all.
        assert scan.asked == scan.queued
        asked = {i.partition("~")[0] for i in scan.asked}  # a fact asked either way
        assert asked <= scan.visible_ids and len(asked) > len(scan.visible_ids) // 2
        assert scan.scans > 2 * len(scan.asked)
        assert scan.found == []


@pytest.mark.slow  # with the others over 5 s: CI runs it with `pytest -m slow`
async def test_no_leak_in_blitz_rounds(seeds, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = ui.FakeClock()
    monkeypatch.setattr(play_module, "time", clock)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        scan = Scanner(app)
        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        await ui.pick_mode(pilot, 1)
        scan("picker blitz")
        await pilot.press("p")

        async def until_the_bell(pilot) -> None:
            # 6 answers of 9 s each, then the player waits: the clock ends the round.
            for number in range(6):
                scan("question")
                clock.now += 9
                await ui.answer(pilot, right=number % 3 != 2, typing=False, settle=False)
                scan("feedback")
                await ui.next_question(pilot, settle=False)
            assert app.screen.query_one("#clock").seconds == 6
            clock.now += 10
            # Time is up: the play screen shows the answer until Enter. The flag is set
            # a frame before the answer is drawn: the scan reads that drawn frame.
            await ui.wait_for(pilot, lambda: app.screen.cut_off and ui.verdict_on_screen(app))
            scan("time up")
            await pilot.press("enter")

        await play_rounds(pilot, scan, 2, right=None, end=until_the_bell)
        assert ui.shows(app, "#headline").startswith("Time is up")
        assert app.screen.round.config.mode == "blitz"
        assert scan.found == []


@pytest.mark.slow  # with the others over 5 s: CI runs it with `pytest -m slow`
async def test_no_leak_in_survival_rounds(seeds) -> None:
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        scan = Scanner(app)
        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        await ui.pick_mode(pilot, 2)
        await pilot.press("p")
        # Every other answer wrong: the round ends at the sixth question.
        await play_rounds(pilot, scan, 2, right=lambda n: n % 2 == 0)
        assert app.screen.round.config.mode == "survival"
        assert len(app.screen.round.answers) == 6
        assert scan.found == []


class Planted(Screen):
    """A screen that shows one line of text."""

    def __init__(self, line: str) -> None:
        super().__init__()
        self.line = line

    def compose(self) -> ComposeResult:
        yield Static(self.line, markup=False)


class Dialog(ModalScreen):
    """A small dialog at the foot of the screen: what is behind it stays visible."""

    DEFAULT_CSS = "Dialog { align: center bottom; } Dialog > Static { width: auto; }"

    def compose(self) -> ComposeResult:
        yield Static("A dialog")


async def test_the_scan_reads_the_screen_behind_a_modal() -> None:
    """The help and confirmation dialogs are modal: the screen below stays on the
    terminal, so the scan must read every layer drawn, not the active screen's
    widgets only."""
    terms = ui.season2_terms(ui.builtin_pack())
    term = next(t for t in terms if t.isalpha() and t not in ui.chrome_terms(terms))
    finder = ui.LeakFinder((), [term])
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await app.push_screen(Planted(f"Planted: {term}"))
        assert finder.find(app) == [f"term {term!r} on screen"]
        await app.push_screen(Dialog())
        await pilot.pause()
        assert isinstance(app.screen, Dialog) and ui.on_screen(app, "A dialog")
        assert not any(ui.contains_term(text, term) for text in ui.widget_texts(app))
        assert finder.find(app) == [f"term {term!r} on screen"]
