"""Snapshots of the results: how each way a round ends looks at 80x24, and the
round with misses and a new best at 40x12 and 120x40 too.

The play clock is a FakeClock that moves only when the test moves it, so the
time taken and the blitz bell are the same every run; seeds are fixed and the
earlier round that sets the best to beat is written in the score file.

Regenerate with `pytest tests/ui/test_results_snapshot.py --snapshot-update`,
then read the SVGs in __snapshots__/ before committing them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import textual.constants
from textual.pilot import Pilot

import quiz.ui.screens.play as play_module
from quiz.core.scorebook import AnswerRecord, Best, ScoreBook, Session
from quiz.store.scorejson import to_json
from quiz.ui.screens.results import ResultsScreen
from tests.ui import ui_helpers as ui

PACK = "narcos-mexico"
THINKING = 9  # seconds on each question: six questions make "Time taken 54 s"


@pytest.fixture(autouse=True)
def no_animations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    monkeypatch.setattr(textual.constants, "TEXTUAL_ANIMATIONS", "none")


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> ui.FakeClock:
    fake = ui.FakeClock()
    monkeypatch.setattr(play_module, "time", fake)
    return fake


def an_earlier_round(home: Path) -> None:
    """One full classic round of 210: the best the next round beats, and the
    sparkline's first point."""
    when = "2026-03-02T20:14:05+00:00"
    earlier = Session(id="session00001", pack=PACK, mode="classic",
                      horizon="watched through Season 1", seed="1", topic="", started=when,
                      ended=when, score=210, questions=6, best_streak=2, complete=True,
                      answers=[AnswerRecord("camarena-kiki", n < 2, 4.0) for n in range(6)])
    book = ScoreBook(sessions=[earlier],
                     bests={PACK: {"classic": Best(210, earlier.id, when, 2, 6)}})
    home.mkdir(parents=True, exist_ok=True)
    (home / "scores.json").write_text(json.dumps(to_json(book), ensure_ascii=False),
                                      encoding="utf-8")


def playing(pattern: str, clock: ui.FakeClock):
    """Answer the round on screen as `pattern` spells it ("r" right, "w" wrong),
    THINKING seconds on each, and wait for the results."""
    async def run(pilot: Pilot) -> None:
        await pilot.pause()

        def think(step: str) -> None:
            if step == "question":
                clock.now += THINKING

        await ui.play_out(pilot, right=lambda n: pattern[n] == "r", each=think, typing=False)
        await ui.wait_for_screen(pilot, ResultsScreen)
        await pilot.pause()
    return run


@pytest.mark.parametrize("size", [(80, 24), (40, 12), (120, 40)], ids=lambda s: "x".join(map(str, s)))
def test_misses_and_a_new_best(snap_compare, quiz_home: Path, clock, size) -> None:
    an_earlier_round(quiz_home)
    app = ui.new_app(mode="classic", length=6, seed="5")
    play = playing("rwrrwr", clock)

    async def check(pilot: Pilot) -> None:
        await play(pilot)
        screen = pilot.app.screen
        assert screen.saved is not None and screen.saved.new_best
        assert [a.correct for a in screen.round.answers] == [c == "r" for c in "rwrrwr"]

    assert snap_compare(app, terminal_size=size, run_before=check)


def test_out_of_lives(snap_compare, clock) -> None:
    app = ui.new_app(mode="survival", seed="5")
    play = playing("rwrww", clock)

    async def check(pilot: Pilot) -> None:
        await play(pilot)
        assert pilot.app.screen.round.lives == 0
        assert ui.shows(pilot.app, "#headline").startswith("Out of lives")

    assert snap_compare(app, terminal_size=(80, 24), run_before=check)


def test_time_up(snap_compare, clock) -> None:
    app = ui.new_app(mode="blitz", seed="5")

    async def check(pilot: Pilot) -> None:
        await pilot.pause()
        for right in (True, False, True):
            clock.now += THINKING
            await ui.answer(pilot, right=right, typing=False)
            await ui.next_question(pilot)
        clock.now += 60  # the bell rings on the fourth question
        # The play screen says time is up, with the answer, until Enter.
        await ui.wait_for(pilot, lambda: pilot.app.screen.cut_off)
        await pilot.press("enter")
        await ui.wait_for_screen(pilot, ResultsScreen)
        await pilot.pause()
        assert ui.shows(pilot.app, "#headline").startswith("Time is up")
        assert ui.shows(pilot.app, "#note").startswith("The clock ran out on: ")

    assert snap_compare(app, terminal_size=(80, 24), run_before=check)
