"""`quiz packs add` installs exactly the bytes it validated."""

from __future__ import annotations

from pathlib import Path

import pytest

import quiz.core.loader as loader
from quiz.authoring.starter import starter_pack
from quiz.core.loader import load_pack
from quiz.store.userpacks import install

# What the file holds by the time a second read would copy it: the validator
# refuses it (an escape sequence in the title).
SWAPPED = b'format: 1\nid: my-show\ntitle: "\\e]0;pwned\\a"\nfacts: []\n'


def test_a_file_that_changes_after_it_was_checked_is_not_what_gets_installed(
        tmp_path: Path, quiz_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "my-show.yaml"
    # A BOM and CRLF line ends: the copy keeps them, byte for byte.
    checked = b"\xef\xbb\xbf" + starter_pack("my-show", "My show", source.name).replace(
        "\n", "\r\n").encode("utf-8")
    source.write_bytes(checked)
    build_pack = loader.build_pack

    def then_swap(*args, **kwargs):
        # The first pack checked is the source: it changes right after.
        loaded = build_pack(*args, **kwargs)
        if source.read_bytes() == checked:
            source.write_bytes(SWAPPED)
        return loaded

    monkeypatch.setattr(loader, "build_pack", then_swap)
    installed = install(source)
    assert source.read_bytes() == SWAPPED  # the swap did happen
    assert installed.path.read_bytes() == checked
    monkeypatch.undo()
    assert load_pack(installed.path, "user").pack.title == "My show"
