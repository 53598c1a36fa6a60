"""A clause and where the answer stands in it: what every step of cutting a sentence
down to its question works on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Clause:
    """A short clause and where the answer stands in it."""

    text: str
    start: int
    end: int

    @property
    def answer(self) -> str:
        return self.text[self.start:self.end]

    @property
    def words(self) -> int:
        return len(self.text.split())


def cut(clause: Clause, cut_start: int, cut_end: int) -> Clause:
    text = clause.text[:cut_start] + clause.text[cut_end:]
    shift = cut_end - cut_start
    start = clause.start - shift if clause.start >= cut_end else clause.start
    return Clause(text, start, start + (clause.end - clause.start))
