"""Ids and titles made from file names and text, for packs an author will edit."""

from __future__ import annotations

import re

from quiz.core.answers import fold


def slug(text: str, fallback: str = "pack", limit: int = 64) -> str:
    """A valid id from any text: "Félix Gallardo" -> "felix-gallardo"."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(text)))[:limit].strip("-") or fallback


def title_from_stem(stem: str, fallback: str = "Untitled pack") -> str:
    """"my_show-notes" -> "My show notes"."""
    words = " ".join(stem.replace("_", " ").replace("-", " ").split())
    return words[:1].upper() + words[1:] or fallback
