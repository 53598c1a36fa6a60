"""Loaded packs remembered by their content, so that a pack read before loads
at once until its file changes.

The key is a hash of the file's bytes, its origin, and the files that hold the
loading rules: any edit of the pack, or an upgrade of quiz, misses the cache.
A cache entry that cannot be read is simply a miss; the cache is never a
reason for a pack to fail.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from quiz.core import lint, loader, pack as pack_module, yamltext
from quiz.core.loader import Loaded, load_data, load_pack, shown_name
from quiz.core.pack import Fact, HandQuestion, Level, Location, Pack, Problem, Reverse, Source
from quiz.core.yamltext import PackFileError, read_bytes
from quiz.store import paths
from quiz.store.atomic import write_atomic

KEEP = 64  # entries; the oldest go first
_RULES = (loader, lint, pack_module, yamltext)
_stamp: bytes | None = None


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
        return _decode(json.loads(entry.read_bytes()), file, origin)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    loaded = load_data(data, file, origin)
    try:
        write_atomic(entry, json.dumps(_encode(loaded), ensure_ascii=False,
                                       separators=(",", ":")))
        _prune(folder)
    except OSError:
        pass
    return loaded


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


def _decode(data: dict[str, Any], file: str, origin: str) -> Loaded:
    problems = [Problem(Location(file, line, column), message, warning)
                for line, column, message, warning in data["problems"]]
    raw = data["pack"]
    if raw is None:
        return Loaded(file, problems=problems)
    pack = Pack(
        id=raw["id"], title=raw["title"], description=raw["description"], path=file,
        origin=origin, sources=tuple(Source(*s) for s in raw["sources"]),
        levels=tuple(Level(i, label, tuple(terms)) for i, label, terms in raw["levels"]),
        safe_through=raw["safe_through"],
        facts=tuple(Fact(*f[:6], tuple(f[6]), tuple(f[7]), *f[8:11],
                         f[11] and Reverse(*f[11][:3], tuple(f[11][3]), tuple(f[11][4])))
                    for f in raw["facts"]),
        questions=tuple(HandQuestion(*q[:5], tuple(q[5]), tuple(q[6]), *q[7:])
                        for q in raw["questions"]),
    )
    return Loaded(file, pack=pack, problems=problems)


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
    for old in entries[:-KEEP]:
        old.unlink(missing_ok=True)
