"""Finding and loading every pack: the built-in ones, then the player's own.

One broken pack never stops the others: it is listed with its problems.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from quiz.core.loader import Loaded, load_pack, shown_name
from quiz.core.pack import Location, Pack, Problem

PACK_SUFFIXES = (".yaml", ".yml")


@dataclass
class Catalog:
    packs: list[Pack] = field(default_factory=list)
    failed: list[Loaded] = field(default_factory=list)

    def get(self, pack_id: str) -> Pack | None:
        return next((p for p in self.packs if p.id == pack_id), None)


def pack_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.suffix in PACK_SUFFIXES and p.is_file() and not p.name.startswith("."))


def load_catalog(builtin: Path, user: Path | None = None,
                 load: Callable[[Path, str], Loaded] = load_pack) -> Catalog:
    """Built-in packs first; a user pack whose id is taken is refused, not merged.
    `load` reads one file (the game passes one that remembers packs it has read)."""
    catalog = Catalog()
    sources = [(builtin, "built-in")] + ([(user, "user")] if user else [])
    for folder, origin in sources:
        try:
            files = pack_files(folder)
        except OSError as error:
            # Like a pack that does not load: listed with its problem, and the
            # other folder's packs still play.
            shown = shown_name(folder)
            catalog.failed.append(Loaded(shown, problems=[Problem(
                Location(shown), f"cannot read this folder: {error.strerror or error}")]))
            continue
        for path in files:
            loaded = load(path, origin)
            if loaded.pack is None:
                catalog.failed.append(loaded)
                continue
            taken = catalog.get(loaded.pack.id)
            if taken is not None:
                loaded.problems.append(Problem(
                    Location(loaded.path),
                    f"pack id '{loaded.pack.id}' is already used by {taken.path} "
                    f"({taken.origin}); change the id to load this pack"))
                loaded.pack = None
                catalog.failed.append(loaded)
                continue
            catalog.packs.append(loaded.pack)
    return catalog
