"""scores.json shared with other games and with the player's own arrangements:
a save that lands while a game reads, a lock held by someone else, a symlinked
file, a folder where the backup should go."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from quiz.store import scores
from quiz.store.atomic import write_atomic
from quiz.store.lock import locked
from quiz.store.scores import ScoreStore
from tests.store.test_scorebook import session


@pytest.fixture
def path(quiz_home: Path) -> Path:
    quiz_home.mkdir(parents=True, exist_ok=True)
    return quiz_home / "scores.json"


def session_ids(path: Path) -> list[str]:
    return [s["id"] for s in json.loads(path.read_text(encoding="utf-8"))["sessions"]]


def test_a_round_saved_while_another_game_reads_the_file_is_not_written_over(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = ScoreStore(path)
    other.load()
    other.save(session("before"))
    real_parse = scores.parse

    def parse_after_a_save_by_the_other_game(raw: bytes):
        # The starting game has read the bytes; the other game plays a whole
        # round before it gets to look at them.
        monkeypatch.setattr(scores, "parse", real_parse)
        other.save(session("played-meanwhile"))
        return real_parse(raw)

    monkeypatch.setattr(scores, "parse", parse_after_a_save_by_the_other_game)
    starting = ScoreStore(path)
    assert [s.id for s in starting.load().sessions] == ["before"]
    starting.save(session("mine"))
    assert session_ids(path) == ["before", "played-meanwhile", "mine"]


HOLDER = """
import fcntl, os, select, sys
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
select.select([sys.stdin], [], [], 30)  # until told to let go, or half a minute
"""


@pytest.fixture
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scores, "LOCK_WAIT", 0.3)
    monkeypatch.setattr(scores, "LOCK_RETRY_WAIT", 0.05)


@pytest.mark.skipif(os.name != "posix", reason="the holder uses flock")
def test_a_lock_another_process_never_lets_go_costs_a_bounded_wait_and_loses_nothing(
        path: Path, short_waits) -> None:
    store = ScoreStore(path)
    store.load()
    store.save(session("a"))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store.lock)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        started = time.monotonic()
        saved = store.save(session("b"))
        store.save(session("c"))
        assert time.monotonic() - started < 10  # not the holder's 30 seconds
        assert saved.ranked  # the round still gets its results
        [message] = store.take_messages()  # told once
        assert "another game is holding the score file" in message
        assert "saved at the next chance" in message
        assert session_ids(path) == ["a"]
    finally:
        holder.communicate("", timeout=30)  # lets go
    store.save(session("d"))
    assert session_ids(path) == ["a", "b", "c", "d"]
    assert store.take_messages() == ["Scores are saved again."]


def test_games_that_keep_saving_in_turn_are_waited_for_however_long(
        path: Path, short_waits) -> None:
    """Only a holder that gets nothing done is given up on: while the file keeps
    changing, other games are saving, and this one waits its turn."""
    store = ScoreStore(path)
    store.load()
    store.save(session("a"))
    text = path.read_text(encoding="utf-8")
    taken, done = threading.Event(), threading.Event()

    def busy_games() -> None:
        with locked(store.lock, 1.0):
            taken.set()
            for _ in range(20):  # a whole second: over three times LOCK_WAIT
                write_atomic(path, text)
                time.sleep(0.05)
        done.set()

    thread = threading.Thread(target=busy_games)
    thread.start()
    taken.wait(5)
    store.save(session("b"))
    thread.join()
    assert done.is_set()
    assert store.take_messages() == []
    assert session_ids(path) == ["a", "b"]


@pytest.fixture
def synced(path: Path, tmp_path: Path) -> Path:
    """scores.json as a symlink into another folder (a synced one, say)."""
    target = tmp_path / "synced" / "quiz-scores.json"
    target.parent.mkdir()
    path.symlink_to(target)
    return target


@pytest.mark.skipif(os.name != "posix", reason="symlinks need privileges on Windows")
def test_a_symlinked_score_file_stays_a_link_and_its_target_is_updated(
        path: Path, synced: Path) -> None:
    store = ScoreStore(path)
    store.load()  # the target need not exist yet
    store.save(session("a"))
    store.save(session("b"))
    assert path.is_symlink() and os.readlink(path) == str(synced)
    assert session_ids(synced) == ["a", "b"]
    assert store.take_messages() == []
    # No temp file left beside either name.
    assert not list(synced.parent.glob(".*")) and not list(path.parent.glob(".*"))
    other = ScoreStore(path)
    other.load()
    other.save(session("c"))  # a second game through the same link
    store.save(session("d"))
    assert session_ids(synced) == ["a", "b", "c", "d"] and path.is_symlink()


@pytest.mark.skipif(os.name != "posix", reason="symlinks need privileges on Windows")
def test_a_damaged_symlinked_file_is_set_aside_beside_its_target_and_the_link_kept(
        path: Path, synced: Path) -> None:
    store = ScoreStore(path)
    store.load()
    store.save(session("a"))
    store.save(session("b"))  # the last good copy holds a
    synced.write_text("{ oops", encoding="utf-8")
    store = ScoreStore(path)
    assert [s.id for s in store.load().sessions] == ["a"]
    [aside] = synced.parent.glob("quiz-scores.json.corrupt-*")
    assert aside.read_text(encoding="utf-8") == "{ oops"
    assert str(aside) in store.take_messages()[0]
    assert path.is_symlink() and session_ids(synced) == ["a"]


def test_a_folder_where_the_backup_goes_costs_the_backup_not_the_save(path: Path) -> None:
    store = ScoreStore(path)
    store.load()
    store.save(session("a"))
    backup = path.with_name("scores.json.bak")
    backup.mkdir()
    (backup / "mine.txt").write_text("kept", encoding="utf-8")
    store.save(session("b"))
    store.save(session("c"))
    assert session_ids(path) == ["a", "b", "c"]
    [message] = store.take_messages()  # told once
    assert str(backup) in message and "saved" in message
    assert (backup / "mine.txt").read_text(encoding="utf-8") == "kept"
    assert not list(path.parent.glob(".*"))


def returns_promptly(call) -> object:
    """Run `call` in a thread; fail, rather than hang the suite, if it blocks."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(call()), daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "it is waiting for a writer that never comes"
    return result[0]


def release(fifo: Path) -> None:
    """Open the FIFO's other end, so that a reader stuck on it can finish."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass  # no reader left waiting


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_place_of_the_files_is_refused_not_waited_on(
        path: Path, quiz_home: Path) -> None:
    from quiz.store.settings import load_settings

    os.mkfifo(path)
    settings = quiz_home / "settings.json"
    os.mkfifo(settings)
    try:
        store = ScoreStore(path)
        assert returns_promptly(store.load).sessions == []
        [message] = store.take_messages()
        assert "not a regular file" in message and "not saved this session" in message
        loaded = returns_promptly(load_settings)
        assert "not a regular file" in loaded.message
    finally:
        release(path)
        release(settings)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_place_of_the_last_good_copy_is_no_copy(path: Path) -> None:
    path.write_text("{ oops", encoding="utf-8")
    backup = path.with_name("scores.json.bak")
    os.mkfifo(backup)
    try:
        store = ScoreStore(path)
        assert returns_promptly(store.load).sessions == []
        assert "a new score file is started" in store.take_messages()[0]
    finally:
        release(backup)


@pytest.mark.skipif(os.name != "posix", reason="the holder uses flock")
def test_answers_waiting_for_a_held_lock_get_a_last_try_when_the_game_closes(
        path: Path, short_waits) -> None:
    store = ScoreStore(path)
    store.load()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store.lock)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        store.save(session("a"))
        store.take_messages()
        store.flush()  # still held: said plainly, never silently dropped
        [message] = store.take_messages()
        assert "1 round played in this game could not be saved" in message
    finally:
        holder.communicate("", timeout=30)
    assert not path.exists() or session_ids(path) == []
    store.flush()  # let go: the last try writes it
    assert session_ids(path) == ["a"]
    assert store.take_messages() == ["Scores are saved again."]
