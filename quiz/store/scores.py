"""scores.json: the score book on disk, written so that nothing is ever lost.

- Every save happens under a lock file: re-read, apply, write. Two games open
  at once each add their own sessions; neither overwrites the other's. A game
  that holds the lock without saving is waited for only LOCK_WAIT seconds.
- Every write is atomic (atomic.py), and the file it replaces is first kept as
  scores.json.bak: it parsed moments ago, so it is a known good copy. A copy
  that cannot be kept never stops the save.
- A symlinked scores.json stays a link: its target is what is written.
- A damaged file is moved aside as scores.json.corrupt-<time>, never written
  over; the .bak copy takes its place when there is one.
- A file from a newer version is shown but never written.
- When saving fails (a full disk, a read-only folder, a lock not let go), the
  game goes on with its scores in memory, and the next save writes them all: a
  session record holds every answer so far.
"""

from __future__ import annotations

import os
import shutil
import time
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path

from quiz.core.scorebook import Saved, ScoreBook, Session
from quiz.store import paths
from quiz.store.atomic import write_atomic
from quiz.store.jsonfile import JsonError, dumps, open_regular, parse_bytes
from quiz.store.lock import LockBusy, locked
from quiz.store.scorejson import SCHEMA, ShapeError, from_json, schema_of, to_json


# A file as seen: (inode, mtime, size).
Stamp = tuple[int, int, int]
# Seconds a save waits for another game's lock before keeping its scores for
# later. After one such wait, saves try only briefly, so that a game stuck
# holding the lock does not freeze this one at every answer.
LOCK_WAIT = 2.0
LOCK_RETRY_WAIT = 0.1


class Damaged(Exception):
    """The score file is not one we can read; says why in words."""


def parse(raw: bytes) -> tuple[ScoreBook, int]:
    """A score file's bytes -> (book, schema). Raises Damaged."""
    if not raw.strip():
        raise Damaged("the file is empty")
    if b"\0" in raw:
        raise Damaged("the file holds NUL bytes, as after a crash while it was written")
    try:
        data = parse_bytes(raw)
    except JsonError as error:
        raise Damaged(f"it is {error}") from None
    try:
        schema = schema_of(data)
    except ShapeError as error:
        raise Damaged(f"it is not a score file: {error}") from None
    try:
        return from_json(data), schema
    except ShapeError as error:
        if schema > SCHEMA:  # a shape we do not know yet: show nothing, keep it
            return ScoreBook(), schema
        raise Damaged(f"it is not a score file: {error}") from None


class ScoreStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.scores_file()
        self.backup = self.path.with_name(self.path.name + ".bak")
        self.lock = self.path.with_name(self.path.name + ".lock")
        self.book = ScoreBook()
        # Why this session must not write the file ("" when it may).
        self.read_only = ""
        # What the player should be told; the shells show and clear it.
        self.messages: list[str] = []
        # Sessions saved only in memory while writing failed; the next save that
        # works writes them too.
        self._pending: dict[str, Session] = {}
        # The last save found the lock held by a game that did not let go.
        self._busy = False
        # The player was told the .bak copy cannot be kept.
        self._backup_failed = False
        # The file as this store last read or wrote it (inode, mtime, size): while
        # it stands, the book in memory is the file, and a save need not parse it.
        self._seen: Stamp | None = None

    # -- reading -------------------------------------------------------------------

    def load(self) -> ScoreBook:
        try:
            self.book = self._read()
        except Damaged:
            self.book = self._recover()
        now = datetime.now().astimezone()
        for pending in self._pending.values():  # not on disk yet, but played
            self.book.apply(pending, now)
        return self.book

    def _read(self) -> ScoreBook:
        try:
            raw, stamp = _read_stamped(self.path)
        except FileNotFoundError:
            return ScoreBook()
        except OSError as error:
            self._refuse(f"Could not read your scores ({_reason(error)}). Scores are not "
                         "saved this session, so the file is left as it is.")
            return ScoreBook()
        book, schema = parse(raw)
        self._seen = stamp
        if schema > SCHEMA:
            self._refuse(f"{self.path} was written by a newer version of quiz (schema "
                         f"{schema}; this one knows {SCHEMA}). Your scores are shown, but "
                         "this version will not save to that file: update quiz to keep "
                         "saving.")
        return book

    def _recover(self) -> ScoreBook:
        """Set a damaged file aside, under the lock, unless someone mended it first."""
        try:
            with self._locked():
                try:
                    return self._read()
                except Damaged as damage:
                    return self._set_aside(damage)
        except OSError as error:
            try:
                self._read()
            except Damaged as damage:
                self._refuse(f"Your score file {self.path} is damaged ({damage}) and could "
                             f"not be moved aside ({_reason(error)}). Scores are not saved "
                             "this session, so it is not written over.")
            return ScoreBook()

    def _set_aside(self, damage: Damaged) -> ScoreBook:
        target = self._target()
        aside = target.with_name(f"{target.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        n = 1
        while aside.exists():
            n += 1
            aside = aside.with_name(f"{aside.name.split('~')[0]}~{n}")
        os.replace(target, aside)
        told = f"Your score file was damaged ({damage}). It is kept as {aside}"
        try:
            with open_regular(self.backup) as handle:
                raw = handle.read()
            book, schema = parse(raw)
            if schema > SCHEMA:
                raise Damaged("it is from a newer version")
        except (OSError, Damaged):
            self.messages.append(f"{told}; a new score file is started.")
            return ScoreBook()
        try:
            write_atomic(target, raw.decode("utf-8"))
        except OSError as error:
            self._refuse(f"{told}. The last good copy, {self.backup}, could not be put back "
                         f"({_reason(error)}): your scores are shown from it but not saved "
                         "this session.")
            return book
        saved = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.backup.stat().st_mtime))
        self.messages.append(f"{told}; your scores were restored from the last good copy "
                             f"({self.backup.name}, {saved}).")
        return book

    # -- writing -------------------------------------------------------------------

    def save(self, record: Session, now: datetime | None = None) -> Saved:
        """Add or update a session. Never raises for a file problem: the player
        is told, the book in memory keeps the session, and the next save
        writes it."""
        now = now or datetime.now().astimezone()
        if self.read_only:
            return self.book.apply(record, now)
        saved: Saved | None = None
        book = self.book
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._locked():
                target = self._target()
                self._clean_temps(target)
                try:
                    # Another game's save, or a hand edit, changes the stamp.
                    if self._seen is None or self._seen != self._stamp():
                        book = self._read()
                except Damaged as damage:
                    book = self._set_aside(damage)
                    # What this game saved since the good copy was made: applying
                    # a session again counts only what the copy lacks.
                    for known in self.book.sessions:
                        book.apply(known, now)
                if self.read_only:  # unreadable, or a newer version's, as of now
                    return self.book.apply(record, now)
                for pending in self._pending.values():
                    book.apply(pending, now)
                saved = book.apply(record, now)
                no_backup = self._keep_backup(target)
                write_atomic(target, dumps(to_json(book), ensure_ascii=False,
                                           separators=(",", ":")) + "\n")
                if no_backup and not self._backup_failed:
                    self._backup_failed = True
                    self.messages.append(f"Could not keep {self.backup} as a copy of your last "
                                         f"scores ({no_backup}). Your scores are still saved.")
                self._seen = self._stamp()
        except OSError as error:
            # What this save read never reached the book in memory: the next
            # save must read the file again, not trust the stamp.
            self._seen = None
            if not self._pending:
                self.messages.append(_not_saved(self.path, error))
            self._pending[record.id] = record
            self._busy = isinstance(error, LockBusy)
            if saved is None or book is not self.book:
                saved = self.book.apply(record, now)
            return saved
        if self._pending:
            self.messages.append("Scores are saved again.")
            self._pending.clear()
            self._busy = False
        self.book = book
        return saved

    def flush(self, now: datetime | None = None) -> None:
        """The last chance before the game exits: write what is still waiting,
        with the full wait for the lock, and say plainly if it cannot be done."""
        if not self._pending or self.read_only:
            return
        self._busy = False
        waiting = list(self._pending.values())
        for session in waiting:  # a session saved again counts each answer once
            self.save(session, now)
            if not self._pending:
                return
        count = len(self._pending)
        self.messages.append(
            f"{count} round{'s' if count != 1 else ''} played in this game could not be "
            f"saved to {self.path}: {'they are' if count != 1 else 'it is'} lost when "
            "the game closes.")

    def _locked(self) -> AbstractContextManager[None]:
        # Another game's save changes the file: while that happens, the wait goes on.
        return locked(self.lock, LOCK_RETRY_WAIT if self._busy else LOCK_WAIT,
                      progress=self._stamp)

    def _stamp(self) -> Stamp | None:
        try:
            return _stamp_of(self.path.stat())
        except OSError:
            return None

    def _target(self) -> Path:
        """The file to write. A symlinked scores.json is the player's doing (the
        file kept in a synced folder, say): the link stays, its target is updated."""
        return Path(os.path.realpath(self.path))

    def _keep_backup(self, target: Path) -> str:
        """The file about to be replaced parsed under this lock: keep it as the
        last good copy. A hard link costs no copying. The copy is a convenience:
        when it cannot be made (a folder in its place), the save goes on, and
        this says why there is no copy."""
        if not target.exists():
            return ""
        temp = self.backup.with_name(f".{self.path.name}.bak.tmp")
        try:
            try:
                temp.unlink(missing_ok=True)
                try:
                    os.link(target, temp)
                except OSError:  # no hard links here: copy instead
                    shutil.copyfile(target, temp)
                os.replace(temp, self.backup)
            finally:
                # Also after a rename that did nothing: when the copy already was
                # this very file (a save died between here and its write), rename
                # leaves both names in place.
                temp.unlink(missing_ok=True)
        except OSError as error:
            return _reason(error)
        return ""

    def _clean_temps(self, target: Path) -> None:
        """Temp files are only written under the lock, so any found while holding
        it were left by a save that died."""
        for stale in target.parent.glob(f".{target.name}.*.tmp"):
            try:
                stale.unlink()
            except OSError:
                pass

    def _refuse(self, message: str) -> None:
        if not self.read_only:
            self.read_only = message
            self.messages.append(message)

    def take_messages(self) -> list[str]:
        out, self.messages = self.messages, []
        return out


def _read_stamped(path: Path) -> tuple[bytes, Stamp | None]:
    """The file's bytes and the stamp of exactly those bytes. Stamping the path
    after reading would take the stamp of a file another game saved meanwhile,
    and this game's next save would then skip that file and write over it."""
    with open_regular(path) as handle:
        before = _stamp_of(os.fstat(handle.fileno()))
        raw = handle.read()
        after = _stamp_of(os.fstat(handle.fileno()))
    # Saves replace the file whole, so its inode stands for its content; a hand
    # edit in place while we read leaves no stamp to trust, and the next save reads again.
    return raw, after if before == after else None


def _stamp_of(stat: os.stat_result) -> Stamp:
    return stat.st_ino, stat.st_mtime_ns, stat.st_size


def _not_saved(path: Path, error: OSError) -> str:
    if isinstance(error, LockBusy):
        return ("Scores could not be saved: another game is holding the score file "
                f"({_reason(error)}). The game goes on; your scores are kept and saved at "
                "the next chance.")
    return (f"Could not save your scores to {path} ({_reason(error)}). The game goes on; "
            "they are kept until saving works again.")


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
