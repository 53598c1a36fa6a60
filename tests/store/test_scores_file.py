"""scores.json on disk: what a damaged, foreign or unwritable file does, and what
a failed write leaves behind."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from quiz.store import atomic
from quiz.store.scorejson import SCHEMA
from quiz.store.scores import ScoreStore, parse
from tests.store.test_scorebook import session


@pytest.fixture
def path(quiz_home: Path) -> Path:
    quiz_home.mkdir(parents=True, exist_ok=True)
    return quiz_home / "scores.json"


def saved_store(path: Path, *ids: str) -> ScoreStore:
    store = ScoreStore(path)
    store.load()
    for session_id in ids:
        store.save(session(session_id))
    assert store.take_messages() == []
    return store


def session_ids(path: Path) -> list[str]:
    return [s["id"] for s in json.loads(path.read_text(encoding="utf-8"))["sessions"]]


def asides(path: Path) -> list[Path]:
    return sorted(path.parent.glob("scores.json.corrupt-*"))


def temps(path: Path) -> list[Path]:
    return sorted(path.parent.glob(".scores.json.*"))


def test_a_new_player_has_no_file_and_the_first_save_writes_one(path: Path) -> None:
    store = ScoreStore(path)
    assert store.load().sessions == [] and store.take_messages() == []
    store.save(session("a"))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA and session_ids(path) == ["a"]
    assert data["bests"]["demo"]["classic"]["score"] == 100


def test_every_save_keeps_the_file_it_replaces_as_the_last_good_copy(path: Path) -> None:
    saved_store(path, "a", "b")
    backup = path.with_name("scores.json.bak")
    assert [s["id"] for s in json.loads(backup.read_text())["sessions"]] == ["a"]
    assert session_ids(path) == ["a", "b"]


# A file that is whole but for the one thing each damaged file below changes.
ANSWER = (b'{"schema": 1, "sessions": [{"id": "a", "pack": "demo", "mode": "classic", '
          b'"horizon": "x", "seed": "1", "topic": "", "started": "2026-01-01T10:00:00+00:00", '
          b'"ended": "2026-01-01T10:05:00+00:00", "score": 100, "questions": 1, '
          b'"best_streak": 1, "complete": true, "answers": [{"q": "q1", "right": true, '
          b'"s": 1.5}]}]}')

BAD_FILES = {
    "empty": b"",
    "truncated": b'{"schema": 1, "sessions": [{"id": "a", "pa',
    "NUL-filled": b"\0" * 4096,
    "not UTF-8": b'{"schema": 1, "sessions": [], "x": "\xff\xfe"}',
    "not an object": b"[1, 2, 3]",
    "no schema": b'{"sessions": []}',
    "wrong shape": b'{"schema": 1, "sessions": [{"id": 5}]}',
    "a bool for a number": b'{"schema": 1, "bests": {"demo": {"classic": {"score": true}}}}',
    "nested 5,000 deep": b'{"schema": 1, "x": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    "a 5,000-digit number": b'{"schema": 1, "x": ' + b"7" * 5000 + b"}",
    "NaN seconds": ANSWER.replace(b"1.5", b"NaN"),
    "infinite seconds": ANSWER.replace(b"1.5", b"1e999"),
    "a lone surrogate": ANSWER.replace(b'"q": "q1"', b'"q": "\\ud800"'),
    "a negative count": b'{"schema": 1, "folded": {"demo": {"classic": {"sessions": -9, '
                        b'"complete": 0, "answers": 0, "correct": 0, "score": 0}}}}',
    "more right than answered": b'{"schema": 1, "folded": {"demo": {"classic": {"sessions": 1, '
                                b'"complete": 1, "answers": 2, "correct": 3, "score": 0}}}}',
    "progress never seen": b'{"schema": 1, "progress": {"demo": {"q1": {"seen": 0, "right": 0, '
                           b'"box": 1, "due": "2026-01-01T10:00:00+00:00", '
                           b'"last": "2026-01-01T10:00:00+00:00"}}}}',
}


@pytest.mark.parametrize("content", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_damaged_file_is_set_aside_and_the_last_good_copy_restored(
        path: Path, content: bytes) -> None:
    saved_store(path, "a", "b")  # the .bak holds session a
    path.write_bytes(content)
    store = ScoreStore(path)
    book = store.load()
    [message] = store.take_messages()
    [aside] = asides(path)
    assert aside.read_bytes() == content  # kept exactly as it was
    assert str(aside) in message and "damaged" in message and "restored" in message
    assert [s.id for s in book.sessions] == ["a"]
    assert session_ids(path) == ["a"]  # the good copy is back in place
    store.save(session("c"))
    assert session_ids(path) == ["a", "c"] and asides(path) == [aside]


def test_the_file_the_damaged_ones_are_made_from_is_whole() -> None:
    book, _schema = parse(ANSWER)
    assert [(a.question, a.seconds) for a in book.sessions[0].answers] == [("q1", 1.5)]


@pytest.mark.parametrize("content", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_damaged_file_with_no_good_copy_is_set_aside_and_play_starts_afresh(
        path: Path, content: bytes) -> None:
    path.write_bytes(content)
    store = ScoreStore(path)
    assert store.load().sessions == []
    [message] = store.take_messages()
    [aside] = asides(path)
    assert aside.read_bytes() == content and "new score file" in message
    store.save(session("a"))
    assert session_ids(path) == ["a"]


def test_a_file_damaged_while_a_game_runs_is_set_aside_by_its_next_save(path: Path) -> None:
    store = saved_store(path, "a")
    path.write_text("{ oops", encoding="utf-8")
    store.save(session("b"))
    assert "damaged" in store.take_messages()[0]
    assert len(asides(path)) == 1
    assert session_ids(path) == ["a", "b"]


def test_the_files_own_text_in_a_message_is_spelled_out(path: Path) -> None:
    path.write_bytes(b'{"schema": 1, "bests": {"\\u001b[2J\\u009b": 5}}')
    store = ScoreStore(path)
    store.load()
    [message] = store.take_messages()
    assert "'bests.<U+001B>[2J<U+009B>' must be an object" in message


def test_a_newer_versions_file_is_shown_but_never_written(path: Path) -> None:
    data = {"schema": SCHEMA + 1, "sessions": [json.loads(json.dumps({
        "id": "old", "pack": "demo", "mode": "classic", "horizon": "x", "seed": "1",
        "topic": "", "started": "2026-01-01T10:00:00+00:00",
        "ended": "2026-01-01T10:05:00+00:00", "score": 700, "questions": 7,
        "best_streak": 7, "complete": True, "answers": [], "mood": "new field"}))],
        "something_new": {"x": 1}}
    text = json.dumps(data)
    path.write_text(text, encoding="utf-8")
    store = ScoreStore(path)
    assert [s.score for s in store.load().sessions] == [700]
    [message] = store.take_messages()
    assert "newer version" in message
    saved = store.save(session("mine"))
    assert saved.ranked  # the round still gets its results
    assert path.read_text(encoding="utf-8") == text and asides(path) == []
    assert store.take_messages() == []  # told once


def fail_with(error_number: int):
    def fail(*_args, **_kwargs):
        raise OSError(error_number, os.strerror(error_number))
    return fail


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_a_write_that_fails_leaves_the_old_file_whole_and_no_temp_file(
        path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    store = saved_store(path, "a")
    before = path.read_bytes()
    if where == "write":
        # What a full disk does: the data does not fit.
        monkeypatch.setattr(atomic.os, "fdopen", lambda fd, *a, **k: _FullDisk(fd))
    else:
        monkeypatch.setattr(atomic.os, where, fail_with(errno.ENOSPC))
    saved = store.save(session("b"))
    assert path.read_bytes() == before
    assert temps(path) == []
    [message] = store.take_messages()
    assert "Could not save your scores" in message and "No space left" in message
    # The round still counts in memory, and the next save that works writes it.
    assert saved.ranked and [s.id for s in store.book.sessions] == ["a", "b"]
    monkeypatch.undo()
    store.save(session("c"))
    assert session_ids(path) == ["a", "b", "c"]
    assert store.take_messages() == ["Scores are saved again."]


class _FullDisk:
    """A file whose writes fail as on a full disk."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)

    def write(self, _text: str) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_temp_files_left_by_a_save_that_died_are_cleaned_by_the_next(path: Path) -> None:
    store = saved_store(path, "a")
    stale = path.with_name(".scores.json.abc123.tmp")
    stale.write_text('{"half": ', encoding="utf-8")
    store.save(session("b"))
    assert not stale.exists() and session_ids(path) == ["a", "b"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions, which root ignores")
def test_an_unwritable_folder_gives_a_clear_message_and_play_goes_on(path: Path) -> None:
    store = saved_store(path, "a")
    path.parent.chmod(0o500)
    try:
        store.save(session("b"))
        store.save(session("c"))
        [message] = store.take_messages()
        assert "Could not save your scores" in message and "Permission denied" in message
        assert session_ids(path) == ["a"]
    finally:
        path.parent.chmod(0o700)


def test_a_lock_that_cannot_be_taken_is_a_failed_save_not_a_crash(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = saved_store(path, "a")
    monkeypatch.setattr("quiz.store.lock.os.open", fail_with(errno.EROFS))
    store.save(session("b"))
    assert "Read-only file system" in store.take_messages()[0]
    assert session_ids(path) == ["a"]
