"""Installing and removing the player's own packs in the user pack folder.

The rule for ids, written once: built-in packs keep their ids, so a user pack
cannot take one; among user packs an id names one file, so installing a pack
whose id is already installed replaces it only when asked (--force).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quiz.core.catalog import load_catalog, pack_files
from quiz.core.loader import Loaded, load_data, shown_name
from quiz.core.nodereader import ID_PATTERN
from quiz.core.pack import Pack, Problem
from quiz.core.yamltext import PackFileError, printable_line, read_bytes
from quiz.store import paths
from quiz.store.atomic import write_atomic
from quiz.store.packcache import load_pack_cached


class PackRefused(Exception):
    """The pack cannot be installed or removed; says why and what to do, on one
    line with the file names it quotes spelled out."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(printable_line(message))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class Installed:
    pack: Pack
    path: Path
    replaced: Path | None
    loaded: Loaded


def install(source: Path, force: bool = False) -> Installed:
    """Validate `source`, then copy it, as written, into the user pack folder.
    Read once: the bytes checked are the bytes installed, whatever happens to
    the file in between."""
    file = shown_name(source)
    try:
        data = read_bytes(source, file)
        loaded = load_data(data, file, "user")
    except PackFileError as error:  # unreadable, or over the size limit
        loaded = Loaded(file, problems=list(error.problems))
    if loaded.pack is None:
        raise PackRefused(f"{file} has errors; nothing was installed", loaded.errors)
    pack = loaded.pack
    catalog = load_catalog(paths.builtin_packs_dir(), paths.user_packs_dir(), load_pack_cached)
    taken = catalog.get(pack.id)
    if taken is not None and taken.origin != "user":
        raise PackRefused(f"the id '{pack.id}' belongs to a built-in pack; give yours "
                          "another id (the 'id:' line) and add it again")
    folder = paths.user_packs_dir()
    if folder.exists() and not folder.is_dir():
        raise PackRefused(f"{folder} is a file, not a folder: move it aside so that it can "
                          "hold your packs, then add this pack again")
    target = folder / safe_file_name(pack.id)
    existing = _user_files_with_id(pack.id)
    if target.exists() and target not in existing:
        raise PackRefused(f"{target} holds another pack (or one that does not load); "
                          "rename or remove that file, then add this pack again")
    if existing and not force:
        raise PackRefused(f"a pack with id '{pack.id}' is already installed ({existing[0]}); "
                          "add --force to replace it")
    if source.resolve() == target.resolve():
        raise PackRefused(f"{source} is the installed pack itself")
    try:
        write_atomic(target, data)
    except OSError as error:  # named by the pack's file, not the temp file it went through
        raise PackRefused(f"could not write {target} ({error.strerror or error}); "
                          "nothing was installed") from None
    for old in existing:
        if old != target:
            old.unlink()
    return Installed(pack, target, existing[0] if existing else None, loaded)


def remove(pack_id: str) -> Path:
    """Delete the user pack with this id; returns the file it was."""
    if not ID_PATTERN.fullmatch(pack_id):
        raise PackRefused(f"'{pack_id}' is not a pack id (see quiz packs list)")
    files = _user_files_with_id(pack_id)
    broken = paths.user_packs_dir() / safe_file_name(pack_id)
    if not files and broken.is_file() and load_pack_cached(broken, "user").pack is None:
        files = [broken]  # a pack that no longer loads goes by its file name
    if not files:
        catalog = load_catalog(paths.builtin_packs_dir(), load=load_pack_cached)
        if catalog.get(pack_id) is not None:
            raise PackRefused(f"'{pack_id}' is a built-in pack; it cannot be removed")
        raise PackRefused(f"no user pack has the id '{pack_id}' (see quiz packs list)")
    for path in files:
        path.unlink()
    return files[0]


def safe_file_name(pack_id: str) -> str:
    """The loader allows only [a-z0-9-] in ids; this holds even if it did not,
    so that no id can name a file outside the folder."""
    stem = re.sub(r"[^a-z0-9-]+", "-", pack_id.lower()).strip("-.") or "pack"
    return f"{stem}.yaml"


def _user_files_with_id(pack_id: str) -> list[Path]:
    out = []
    for path in pack_files(paths.user_packs_dir()):
        # Cached: installing reads every user pack more than once.
        loaded = load_pack_cached(path, "user")
        if loaded.pack is not None and loaded.pack.id == pack_id:
            out.append(path)
    return out
