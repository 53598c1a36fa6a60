"""Snapshots of the scores screen at 80x24, 40x12 and 120x40, from a score file
written by the test.

Everything the screen shows is fixed by that file: sessions with set timestamps
(shown as written, offset aside), bests, and per-question progress whose due
dates are far in the past (due) or far in the future (not due), so the "to
review" count is the same on any day. One season-2 question is in the file, and
the screen (spoilers off) must not show it.

Regenerate with `pytest tests/ui/test_scores_snapshot.py --snapshot-update`,
then look at the SVGs in __snapshots__/ before committing them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import textual.constants
from textual.pilot import Pilot

from quiz.core.scorebook import AnswerRecord, Best, QuestionStat, ScoreBook, Session
from quiz.store.scorejson import to_json
from quiz.ui.app import QuizApp, make_app
from quiz.ui.screens.scores import ScoresScreen

PACK = "narcos-mexico"
PAST = "2000-01-01T00:00:00+00:00"     # due long ago: to review
FUTURE = "2099-01-01T00:00:00+00:00"   # not due for a long while
ASKED = ["pena-plays-camarena", "camarena-kiki", "carrillo-don-neto", "gallardo-el-padrino",
         "luna-plays-gallardo", "camarena-dea-agent", "luna-heavy-thing",
         "gallardo-net-worth", "gallardo-houses", "camarena-family"]
HIDDEN = "gallardo-arrest-year"  # season 2: answered with spoilers on, once


@pytest.fixture(autouse=True)
def no_animations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    monkeypatch.setattr(textual.constants, "TEXTUAL_ANIMATIONS", "none")


def session(number: int, mode: str, started: str, ended: str, score: int, rights: str,
            complete: bool = True, questions: int = 10) -> Session:
    """`rights` spells the answers: "1" right, "0" wrong, in order."""
    return Session(
        id=f"session{number:05d}", pack=PACK, mode=mode, horizon="watched through Season 1",
        seed=str(100 + number), topic="", started=started, ended=ended, score=score,
        questions=questions, best_streak=max(len(run) for run in rights.split("0")),
        complete=complete,
        answers=[AnswerRecord(ASKED[n % len(ASKED)], r == "1", 4.5)
                 for n, r in enumerate(rights)])


def stat(seen: int, right: int, box: int, due: str) -> QuestionStat:
    return QuestionStat(seen=seen, right=right, box=box, due=due,
                        last="2026-03-08T18:36:00+00:00")


def score_book() -> ScoreBook:
    sessions = [
        session(1, "classic", "2026-03-02T20:14:05+00:00", "2026-03-02T20:19:40+00:00",
                780, "1101101101"),
        session(2, "blitz", "2026-03-03T21:40:00+00:00", "2026-03-03T21:41:00+00:00",
                1240, "111101111", questions=72),
        session(3, "classic", "2026-03-05T19:02:30+00:00", "2026-03-05T19:04:10+00:00",
                310, "1011", complete=False),
        session(4, "survival", "2026-03-06T22:15:00+00:00", "2026-03-06T22:20:00+00:00",
                520, "1101010", questions=37),
        session(5, "classic", "2026-03-08T18:30:00+00:00", "2026-03-08T18:36:00+00:00",
                1030, "1111101111"),
    ]
    bests = {PACK: {
        "classic": Best(1030, "session00005", "2026-03-08T18:36:00+00:00", 9, 10),
        "blitz": Best(1240, "session00002", "2026-03-03T21:41:00+00:00", 8, 9),
        "survival": Best(520, "session00004", "2026-03-06T22:20:00+00:00", 4, 7),
    }}
    progress = {PACK: {
        "pena-plays-camarena": stat(3, 1, 1, PAST),
        "camarena-kiki": stat(2, 1, 1, PAST),
        "carrillo-don-neto": stat(1, 0, 1, PAST),
        "gallardo-el-padrino": stat(3, 3, 4, FUTURE),
        "luna-plays-gallardo": stat(4, 4, 5, FUTURE),
        "camarena-dea-agent": stat(2, 2, 3, PAST),
        "luna-heavy-thing": stat(1, 1, 2, FUTURE),
        HIDDEN: stat(2, 0, 1, PAST),
    }}
    return ScoreBook(sessions=sessions, bests=bests, progress=progress)


@pytest.fixture
def scores_app(quiz_home: Path) -> QuizApp:
    quiz_home.mkdir(parents=True, exist_ok=True)
    (quiz_home / "scores.json").write_text(
        json.dumps(to_json(score_book()), ensure_ascii=False), encoding="utf-8")
    return make_app()


async def open_scores(pilot: Pilot) -> None:
    await pilot.pause()
    await pilot.press("h")
    for _ in range(100):
        if isinstance(pilot.app.screen, ScoresScreen) and pilot.app.screen.query(".section"):
            break
        await pilot.pause(0.02)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ScoresScreen)
    text = "\n".join(w.visual.plain for w in screen.query(".section"))
    assert "5 rounds" in text
    assert "4 to review" in text  # box 1 (three) and one due in 2000
    assert "Season 2" not in text and "1989" not in text  # the season-2 question is gated


def test_scores_screen(snap_compare, scores_app: QuizApp) -> None:
    assert snap_compare(scores_app, terminal_size=(80, 24), run_before=open_scores)


def test_scores_screen_scrolled_to_the_end(snap_compare, scores_app: QuizApp) -> None:
    async def to_the_end(pilot: Pilot) -> None:
        await open_scores(pilot)
        await pilot.press("end")
        await pilot.pause()

    assert snap_compare(scores_app, terminal_size=(80, 24), run_before=to_the_end)


@pytest.mark.parametrize("size", [(40, 12), (120, 40)], ids=lambda s: "x".join(map(str, s)))
def test_scores_screen_at_other_sizes(snap_compare, scores_app: QuizApp, size) -> None:
    assert snap_compare(scores_app, terminal_size=size, run_before=open_scores)
