"""Packs remembered by content: the same pack as a fresh load, read again only
when the file changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.core.loader import load_pack
from quiz.store import packcache
from quiz.store.packcache import load_pack_cached
from quiz.store.paths import builtin_packs_dir

TESTS = Path(__file__).resolve().parent.parent


@pytest.fixture
def count_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every real load (a cache miss) records its file."""
    loads: list[str] = []
    real = packcache.load_data

    def counted(data: bytes, file: str, origin: str = "built-in"):
        loads.append(file)
        return real(data, file, origin)

    monkeypatch.setattr(packcache, "load_data", counted)
    return loads


@pytest.mark.parametrize("path", [builtin_packs_dir() / "narcos-mexico.yaml",
                                  TESTS / "packs" / "demo.yaml",
                                  TESTS / "packs" / "giveaways.yaml"],
                         ids=["built-in", "demo", "with-reverse-questions"])
def test_a_cached_pack_is_the_pack_a_fresh_load_gives(path: Path, count_loads) -> None:
    fresh = load_pack(path, "user")
    first = load_pack_cached(path, "user")
    again = load_pack_cached(path, "user")
    assert count_loads == [str(path)]  # the second came from the cache
    for loaded in (first, again):
        assert loaded.pack == fresh.pack and loaded.problems == fresh.problems


def test_warnings_and_errors_are_remembered_with_their_lines(tmp_path: Path, count_loads) -> None:
    draft = tmp_path / "draft.yaml"
    draft.write_text("format: 1\nid: d\ntitle: D\nfacts:\n  - id: f\n    spoiler: unreviewed\n"
                     "    kind: k\n    statement: A is B.\n    ask: A is?\n    answer: B\n",
                     encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nid: Bad Id\ntitle: X\n", encoding="utf-8")
    for path in (draft, broken, draft, broken):
        loaded = load_pack_cached(path, "user")
        assert [str(p) for p in loaded.problems] == [str(p) for p in load_pack(path, "user").problems]
        assert loaded.problems
    assert count_loads == [str(draft), str(broken)]


def test_any_change_to_the_file_is_read_afresh(tmp_path: Path, count_loads) -> None:
    path = tmp_path / "pack.yaml"
    text = (TESTS / "packs" / "demo.yaml").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    before = load_pack_cached(path, "user").pack
    path.write_text(text + "\n", encoding="utf-8")  # one byte more
    load_pack_cached(path, "user")
    path.write_text(text.replace(before.title, "A new title"), encoding="utf-8")
    assert load_pack_cached(path, "user").pack.title == "A new title"
    assert len(count_loads) == 3


def test_a_damaged_cache_entry_is_a_miss_and_is_written_again(
        tmp_path: Path, quiz_home: Path, count_loads) -> None:
    path = TESTS / "packs" / "demo.yaml"
    load_pack_cached(path, "user")
    [entry] = (quiz_home / "cache" / "packs").glob("*.json")
    entry.write_text('{"pack": {"id": 5}', encoding="utf-8")
    assert load_pack_cached(path, "user").pack == load_pack(path, "user").pack
    assert load_pack_cached(path, "user").pack is not None
    assert len(count_loads) == 2


def test_an_unwritable_cache_never_stops_a_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args, **_kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(packcache, "write_atomic", refuse)
    path = TESTS / "packs" / "demo.yaml"
    assert load_pack_cached(path, "user").pack == load_pack(path, "user").pack
