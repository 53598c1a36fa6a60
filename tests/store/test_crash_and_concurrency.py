"""Real processes: killed mid-save, and saving side by side."""

from __future__ import annotations

import pytest

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from quiz.store.scores import ScoreStore

SAVER = Path(__file__).with_name("saver.py")
KILLS = 100


def start_saver(quiz_home: Path, tag: str, count: int, answers: int) -> subprocess.Popen:
    env = {**os.environ, "QUIZ_HOME": str(quiz_home)}
    return subprocess.Popen([sys.executable, str(SAVER), tag, str(count), str(answers)],
                            stdout=subprocess.PIPE, text=True, env=env)


def reported(lines: str) -> set[str]:
    """The sessions a saver said it saved: a line is a promise once whole. A
    saver killed mid-print leaves a last line cut short, which promises nothing."""
    whole = lines.split("\n")[:-1]
    return {words[1] for words in map(str.split, whole)
            if len(words) == 2 and words[0] == "saved"}


def stored(quiz_home: Path) -> tuple[set[str], int]:
    """Parse the file as it is on disk (it must always be whole JSON): the ids of
    the sessions kept in full, and how many older ones were folded into totals."""
    data = json.loads((quiz_home / "scores.json").read_text(encoding="utf-8"))
    folded = data["folded"].get("demo", {}).get("classic", {}).get("sessions", 0)
    return {s["id"] for s in data["sessions"]}, folded


@pytest.mark.slow  # over 10 s: CI runs it with `pytest -m slow`
def test_a_process_killed_mid_save_never_leaves_a_broken_file_or_loses_a_saved_session(
        quiz_home: Path) -> None:
    rng = random.Random(4)
    promised: set[str] = set()
    for kill in range(KILLS):
        saver = start_saver(quiz_home, f"k{kill}", 1000, 3)
        # Wait until it is saving, then kill it at a random moment.
        first = saver.stdout.readline()
        assert first.startswith("saved "), first
        time.sleep(rng.uniform(0, 0.02))
        saver.send_signal(signal.SIGKILL)
        rest, _ = saver.communicate()
        promised |= reported(first + rest)
        kept, folded = stored(quiz_home)
        # A session past the history cap is folded into the totals, not gone.
        missing = promised - kept
        assert len(missing) <= folded, f"after kill {kill}: {len(missing)} gone"
    store = ScoreStore(quiz_home / "scores.json")
    store.load()
    assert store.take_messages() == []  # nothing needed setting aside
    # No temp file outlives the next save.
    store.save(store.book.sessions[-1])
    assert not list(quiz_home.glob(".scores.json.*"))
    assert len(promised) >= KILLS
    print(f"{len(promised)} sessions saved across {KILLS} kills")


def test_several_processes_saving_at_once_lose_no_session(quiz_home: Path) -> None:
    processes, sessions, answers = 4, 25, 3
    savers = [start_saver(quiz_home, f"p{n}", sessions, answers) for n in range(processes)]
    outputs = [saver.communicate(timeout=120)[0] for saver in savers]
    assert all(saver.returncode == 0 for saver in savers), outputs
    expected = {f"p{n}-{i}" for n in range(processes) for i in range(sessions)}
    assert set().union(*map(reported, outputs)) == expected
    assert stored(quiz_home) == (expected, 0)
    book = ScoreStore(quiz_home / "scores.json").load()
    # Every answer of every session counted once in the per-question figures.
    assert sum(stat.seen for stat in book.progress["demo"].values()) == \
        processes * sessions * answers
