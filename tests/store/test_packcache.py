"""Packs remembered by content: the same pack as a fresh load, read again only
when the file changes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from quiz.core.loader import load_pack
from quiz.store import packcache
from quiz.store.packcache import load_pack_cached
from quiz.store.paths import builtin_packs_dir
from tests.store.test_scores_sharing import release, returns_promptly

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


def entry_with(text: str, change) -> str:
    """A real entry with one change made to its data."""
    data = json.loads(text)
    change(data)
    return json.dumps(data)


def set_title(data: dict) -> None:
    data["pack"]["title"] = 5


def set_problem(data: dict) -> None:
    data["problems"] = [[1, 1, ["not", "text"], False]]


def cut_a_fact(data: dict) -> None:
    data["pack"]["facts"][0] = data["pack"]["facts"][0][:3]


def list_accept(data: dict) -> None:
    data["pack"]["facts"][0][6] = [1, 2]


def control_in_title(data: dict) -> None:
    data["pack"]["title"] = "\x1b[2J"


def pack_as_list(data: dict) -> None:
    data["pack"] = ["id"]


BAD_ENTRIES = {
    "nested 5,000 deep": lambda text: '{"problems": ' + "[" * 5000 + "]" * 5000 + "}",
    "a 5,000-digit number": lambda text: '{"x": ' + "1" * 5000 + ", " + text[1:],
    "NaN": lambda text: '{"x": NaN, ' + text[1:],
    "a number for the title": lambda text: entry_with(text, set_title),
    "a list for a problem's message": lambda text: entry_with(text, set_problem),
    "a fact cut short": lambda text: entry_with(text, cut_a_fact),
    "numbers for accepted answers": lambda text: entry_with(text, list_accept),
    "a list for the pack": lambda text: entry_with(text, pack_as_list),
    "a control character in the title": lambda text: entry_with(text, control_in_title),
}


@pytest.mark.parametrize("damage", BAD_ENTRIES.values(), ids=BAD_ENTRIES.keys())
def test_an_entry_of_any_other_shape_is_a_miss_and_is_written_again(
        quiz_home: Path, count_loads, damage) -> None:
    path = TESTS / "packs" / "demo.yaml"
    fresh = load_pack(path, "user")
    load_pack_cached(path, "user")
    [entry] = (quiz_home / "cache" / "packs").glob("*.json")
    entry.write_text(damage(entry.read_text(encoding="utf-8")), encoding="utf-8")
    loaded = load_pack_cached(path, "user")
    assert (loaded.pack, loaded.problems) == (fresh.pack, fresh.problems)
    assert load_pack_cached(path, "user").pack == fresh.pack
    assert len(count_loads) == 2  # the damaged entry was replaced by a good one


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_place_of_an_entry_is_a_miss_not_a_wait(quiz_home: Path) -> None:
    path = TESTS / "packs" / "demo.yaml"
    folder = quiz_home / "cache" / "packs"
    folder.mkdir(parents=True)
    entry = folder / f"{packcache._key(path.read_bytes(), 'user')}.json"
    os.mkfifo(entry)
    try:
        loaded = returns_promptly(lambda: load_pack_cached(path, "user"))
        assert loaded.pack == load_pack(path, "user").pack
    finally:
        release(entry)


def small_pack(number: int) -> str:
    return (f"format: 1\nid: p{number}\ntitle: Pack {number}\nfacts:\n  - id: f1\n"
            "    kind: actor\n    statement: Diego Luna plays Gallardo.\n"
            "    ask: Who plays Gallardo?\n    answer: Diego Luna\n")


def test_a_player_with_a_thousand_packs_has_each_parsed_once(
        tmp_path: Path, count_loads, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache kept 64 entries: with more packs than that, every start parsed
    most of them again (1.4 s for 1,000)."""
    files = []
    for number in range(1000):
        path = tmp_path / f"p{number}.yaml"
        path.write_text(small_pack(number), encoding="utf-8")
        files.append(path)
    cache = tmp_path / "cache"
    for path in files:
        load_pack_cached(path, "user", folder=cache)
    assert len(count_loads) == 1000
    monkeypatch.setattr(packcache, "_pruned", set())  # the next start, as a new process
    for path in files:
        assert load_pack_cached(path, "user", folder=cache).pack is not None
    assert len(count_loads) == 1000  # not one parsed again


def test_entries_unused_for_a_month_are_dropped(tmp_path: Path, count_loads) -> None:
    cache = tmp_path / "cache"
    old, used = tmp_path / "old.yaml", tmp_path / "used.yaml"
    old.write_text(small_pack(1), encoding="utf-8")
    used.write_text(small_pack(2), encoding="utf-8")
    load_pack_cached(old, "user", folder=cache)
    load_pack_cached(used, "user", folder=cache)
    month_ago = os.path.getmtime(next(cache.iterdir())) - 31 * 86400
    for entry in cache.iterdir():
        os.utime(entry, (month_ago, month_ago))
    load_pack_cached(used, "user", folder=cache)  # a hit touches its entry
    packcache._pruned.clear()
    fresh = tmp_path / "fresh.yaml"
    fresh.write_text(small_pack(3), encoding="utf-8")
    load_pack_cached(fresh, "user", folder=cache)  # a write prunes
    assert len(list(cache.iterdir())) == 2
    load_pack_cached(used, "user", folder=cache)
    assert count_loads == [str(old), str(used), str(fresh)]
