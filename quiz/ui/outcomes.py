"""What screens return when dismissed, for the App's flow to act on."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


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
