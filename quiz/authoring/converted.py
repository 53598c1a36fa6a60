"""What a format reader hands back: questions as found, and what it could not use.

The readers only understand their format; the checks every pack entry needs
(clean text, distinct options) are made once, in importers.py.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skipped:
    """A question that could not be converted: its first line and why."""

    line: int
    reason: str


@dataclass(frozen=True)
class Converted:
    """One question read from another format, in a pack's terms.

    `choices` are the wrong options only, as in a pack; `topic` is the other
    format's category as written; `name` is how a reason names the question
    where its line is not enough (Open Trivia DB's JSON is often one line).
    """

    line: int
    type: str
    prompt: str
    answer: str
    choices: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    explain: str = ""
    topic: str = ""
    name: str = ""
