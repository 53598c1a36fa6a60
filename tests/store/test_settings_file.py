"""settings.json: a file that cannot be read is set aside, never written over,
and a symlinked one stays a link."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from quiz.store.settings import Settings, load_settings, save_settings


@pytest.fixture
def path(quiz_home: Path) -> Path:
    quiz_home.mkdir(parents=True, exist_ok=True)
    return quiz_home / "settings.json"


def asides(path: Path) -> list[Path]:
    return sorted(path.parent.glob("settings.json.corrupt-*"))


BAD_FILES = {
    "not UTF-8": b'{"theme": "\xff"}',
    "not JSON": b'{"spoilers": tru',
    "nested 5,000 deep": b'{"watched": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    "a 5,000-digit number": b'{"round_length": ' + b"1" * 5000 + b"}",
    "NaN": b'{"round_length": NaN}',
    "the wrong type": b'{"spoilers": "yes"}',
}


@pytest.mark.parametrize("content", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_an_unreadable_file_is_set_aside_with_a_message_and_the_defaults_apply(
        path: Path, content: bytes) -> None:
    path.write_bytes(content)
    loaded = load_settings()
    assert loaded.settings == Settings()
    [aside] = asides(path)
    assert aside.read_bytes() == content and str(aside) in loaded.message
    save_settings(Settings(spoilers=True))  # a setting changed: the old file stays aside
    assert aside.read_bytes() == content
    assert load_settings().settings.spoilers is True


def test_a_folder_in_the_way_is_set_aside_too(path: Path) -> None:
    path.mkdir()
    (path / "mine.txt").write_text("kept", encoding="utf-8")
    loaded = load_settings()
    [aside] = asides(path)
    assert str(aside) in loaded.message and (aside / "mine.txt").read_text() == "kept"
    save_settings(Settings(round_length=5))
    assert load_settings().settings.round_length == 5


@pytest.mark.skipif(os.name != "posix", reason="symlinks need privileges on Windows")
def test_a_symlinked_file_stays_a_link_and_its_target_is_updated(
        path: Path, tmp_path: Path) -> None:
    target = tmp_path / "dotfiles" / "quiz-settings.json"
    target.parent.mkdir()
    target.write_text(json.dumps({"round_length": 7}), encoding="utf-8")
    path.symlink_to(target)
    assert load_settings().settings.round_length == 7
    save_settings(Settings(round_length=12))
    assert path.is_symlink() and os.readlink(path) == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["round_length"] == 12
