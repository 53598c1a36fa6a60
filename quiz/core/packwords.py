"""How a pack is told in a list to choose from: the game's pack picker and
`quiz packs list` say the same. Apart from the words of a round (wording.py),
so that listing packs loads nothing of rounds or questions.
"""

from __future__ import annotations

from pathlib import Path

from quiz.core.loader import Loaded
from quiz.core.spoilers import View


def counted(count: int, noun: str) -> str:
    """'1 question', '2 questions': a count with its noun, singular for one."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def pack_line(view: View) -> str:
    """A pack in one line, under its title in a list to choose from."""
    parts = [counted(view.visible_count, "question"), view.origin]
    if view.hidden:
        parts.append(view.hidden_note())
    return " · ".join(parts)


def pack_lines(view: View) -> list[str]:
    """About a pack, under its title: how many questions at what horizon, what
    is hidden, its topics, where it comes from."""
    lines = [f"{counted(view.visible_count, 'question')} ({view.horizon})"]
    if view.hidden:
        lines.append(view.hidden_note())
    if view.topics:
        lines.append("Topics: " + ", ".join(view.topics))
    lines.append(f"From: {view.origin} pack, {home_short(view.path)}")
    return lines


def home_short(path: str) -> str:
    """A path under the player's home as `~/...`: shorter, and what they would type."""
    try:
        home = str(Path.home()).rstrip("/")
    except (RuntimeError, KeyError):  # no home to be found: the path as it is
        return path
    return f"~{path[len(home):]}" if home and path.startswith(home + "/") else path


def not_loaded(failed: Loaded) -> tuple[str, str]:
    """A pack file that could not be loaded, and its first error."""
    first = failed.errors[0] if failed.errors else "could not be loaded"
    return f"Not loaded: {failed.path}", str(first)
