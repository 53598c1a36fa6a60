"""Loaded packs remembered by their content, so that a pack read before loads
at once until its file changes.

The key is a hash of the file's bytes, its origin, and the files that hold the
loading rules: any edit of the pack, or an upgrade of quiz, misses the cache.
A cache entry that cannot be read is simply a miss; the cache is never a
reason for a pack to fail.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quiz.core import lint, loader, pack as pack_module, yamltext
from quiz.core.loader import Loaded, load_data, load_pack, shown_name
from quiz.core.pack import Fact, HandQuestion, Level, Location, Pack, Problem, Reverse, Source
from quiz.core.yamltext import PackFileError, bad_character, read_bytes
from quiz.store import paths
from quiz.store.atomic import write_atomic
from quiz.store.jsonfile import dumps, open_regular, parse_bytes

# An entry not used for this long is dropped; one in use is touched now and then
# (never on every start: a hit costs no write). However many packs a player
# has, each is parsed once, not again on every start.
UNUSED_DAYS = 30
_TOUCH_AFTER = 24 * 3600.0
KEEP = 10_000  # entries at most, the least recently used go first
_RULES = (loader, lint, pack_module, yamltext)
_stamp: bytes | None = None
_pruned: set[Path] = set()  # folders pruned by this process: once is enough


def load_pack_cached(path: Path, origin: str = "built-in", shown_as: str | None = None,
                     folder: Path | None = None) -> Loaded:
    """load_pack, from the cache when this very content was loaded before."""
    file = shown_name(path, shown_as)
    try:
        data = read_bytes(path, file)
    except PackFileError:
        return load_pack(path, origin, shown_as)  # it reports the problem
    folder = folder or paths.cache_dir() / "packs"
    entry = folder / f"{_key(data, origin)}.json"
    try:
        with open_regular(entry) as handle:
            found = _decode(parse_bytes(handle.read()), file, origin)
            _touch(entry, os.fstat(handle.fileno()).st_mtime)
            return found
    except (OSError, ValueError, KeyError):  # JsonError is a ValueError
        pass  # a miss: the entry is written afresh below
    loaded = load_data(data, file, origin)
    try:
        write_atomic(entry, dumps(_encode(loaded), ensure_ascii=False, separators=(",", ":")))
        if folder not in _pruned:
            _pruned.add(folder)
            _prune(folder)
    except OSError:
        pass
    return loaded


def _touch(entry: Path, modified: float) -> None:
    """Mark an entry as in use, at most once a day."""
    if time.time() - modified > _TOUCH_AFTER:
        try:
            os.utime(entry)
        except OSError:
            pass


def _key(data: bytes, origin: str) -> str:
    global _stamp
    if _stamp is None:
        stats = (Path(module.__file__).stat() for module in _RULES)
        _stamp = repr([(s.st_mtime_ns, s.st_size) for s in stats]).encode()
    return hashlib.sha256(_stamp + origin.encode() + b"\0" + data).hexdigest()


def _encode(loaded: Loaded) -> dict[str, Any]:
    pack = loaded.pack
    return {
        "problems": [[p.where.line, p.where.column, p.message, p.warning]
                     for p in loaded.problems],
        "pack": None if pack is None else {
            "id": pack.id, "title": pack.title, "description": pack.description,
            "sources": [[s.id, s.title, s.url] for s in pack.sources],
            "levels": [[lv.id, lv.label, list(lv.terms)] for lv in pack.levels],
            "safe_through": pack.safe_through,
            "facts": [[f.id, f.spoiler, f.kind, f.statement, f.ask, f.answer, list(f.accept),
                       list(f.distractors), f.explain, f.source, f.topic,
                       f.reverse and [f.reverse.ask, f.reverse.answer, f.reverse.kind,
                                      list(f.reverse.accept), list(f.reverse.distractors)]]
                      for f in pack.facts],
            "questions": [[q.id, q.type, q.spoiler, q.prompt, q.answer, list(q.choices),
                           list(q.accept), q.explain, q.source, q.topic]
                          for q in pack.questions],
        },
    }


def _decode(data: object, file: str, origin: str) -> Loaded:
    """An entry back into a Loaded, checked row by row: an entry of any other
    shape (edited, or from a bug) raises ValueError, and is a miss."""
    data = _object(data)
    problems = [Problem(Location(file, line, column), message, warning)
                for line, column, message, warning in _rows(data["problems"], "iisb")]
    if data["pack"] is None:
        return Loaded(file, problems=problems)
    raw = _object(data["pack"])
    _rows([[raw["id"], raw["title"], raw["description"], raw["safe_through"]]], "ssss")
    pack = Pack(
        id=raw["id"], title=raw["title"], description=raw["description"], path=file,
        origin=origin, sources=tuple(Source(*s) for s in _rows(raw["sources"], "sss")),
        levels=tuple(Level(i, label, tuple(terms))
                     for i, label, terms in _rows(raw["levels"], "sst")),
        safe_through=raw["safe_through"],
        facts=tuple(Fact(*f[:6], tuple(f[6]), tuple(f[7]), *f[8:11],
                         f[11] and Reverse(*f[11][:3], tuple(f[11][3]), tuple(f[11][4])))
                    for f in _rows(raw["facts"], "ssssssttsssr")),
        questions=tuple(HandQuestion(*q[:5], tuple(q[5]), tuple(q[6]), *q[7:])
                        for q in _rows(raw["questions"], "sssssttsss")),
    )
    return Loaded(file, pack=pack, problems=problems)


def _object(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return value


def _text(value: object) -> bool:
    # What the loader lets into a pack: no control character reaches the screen
    # through the cache either.
    return type(value) is str and bad_character(value) is None


# What each letter of a row's shape holds: text, a whole number, true or false,
# a list of texts.
_KINDS: dict[str, Callable[[object], bool]] = {
    "s": _text,
    "i": lambda v: type(v) is int,
    "b": lambda v: type(v) is bool,
    "t": lambda v: type(v) is list and all(map(_text, v)),
}
# A fact's reverse: none, or a row of its own (ask, answer, kind, accept, distractors).
_KINDS["r"] = lambda v: v is None or (type(v) is list and len(v) == 5 and all(
    _KINDS[kind](item) for kind, item in zip("ssstt", v)))


def _rows(value: object, shape: str) -> list[list[Any]]:
    if type(value) is not list or not all(
            type(row) is list and len(row) == len(shape)
            and all(_KINDS[kind](item) for kind, item in zip(shape, row)) for row in value):
        raise ValueError(f"not a list of rows shaped {shape}")
    return value


def _prune(folder: Path) -> None:
    """Drop entries unused for UNUSED_DAYS, and the least recently used past KEEP."""
    dated = []
    for entry in folder.glob("*.json"):
        try:
            dated.append((entry.stat().st_mtime, entry))
        except OSError:
            continue
    dated.sort(reverse=True)
    cutoff = time.time() - UNUSED_DAYS * 86400
    for index, (modified, entry) in enumerate(dated):
        if index >= KEEP or modified < cutoff:
            entry.unlink(missing_ok=True)
