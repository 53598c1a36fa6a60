"""What screens return when dismissed, for the App's flow to act on."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the game's start does without the drafter
    from quiz.authoring.curation import Curation


@dataclass(frozen=True)
class RoundChoice:
    """A round to play: what the picker returns, and what `quiz play` and the
    results' "again" ask for. No seed: a new one; no length: the setting's."""

    pack_id: str
    mode: str = "classic"
    topic: str = ""
    seed: str | None = None
    length: int | None = None


class WhatNext(Enum):
    """What the player wants after a round's results."""

    AGAIN = "again"  # a new round of the same pack, mode and topic
    REPLAY = "replay"  # the same round again: the same seed
    MENU = "menu"


@dataclass
class Curating:
    """A draft to curate (`quiz draft ARTICLE --review`): its candidates, and the
    file the pack is written to. The review screen notes where it installed the
    pack, for the command to say once the game has closed."""

    curation: Curation
    path: Path
    installed: Path | None = None
