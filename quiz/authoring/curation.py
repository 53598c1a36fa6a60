"""Curating a draft: a person's decisions on the candidates `quiz draft` found,
and the pack they make.

Nothing here knows Textual: the review screen (quiz/ui/screens/review.py) is a
shell over it. The spoiler policy holds here, in one place: a drafting tool
never files a fact as safe by itself. Every candidate starts `unreviewed`
(hidden from players), accepting one leaves its level as it is, and only the
curator's own choice files it under `none` or one of the draft's levels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from quiz.authoring.drafting import Candidate
from quiz.authoring.drafting.packtext import Filed, check_names, drafted, pack_text, single_line
from quiz.core.answers import answer_key
from quiz.core.loader import load_data
from quiz.core.pack import NONE_LEVEL, UNREVIEWED_LEVEL, Level
from quiz.store.atomic import write_atomic

# Without levels of its own, a draft offers this one, so that a curator can
# file what gives the story away without starting again.
DEFAULT_LEVEL = Level("ending", "The ending")
# What a curator may rewrite, and what each is called on screen.
EDITABLE = {"ask": "question", "answer": "answer", "statement": "statement"}


class Decision(Enum):
    OPEN = "to review"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Item:
    """One candidate as the curator has it: as drafted, as edited, decided, filed."""

    drafted: Candidate
    fact: Candidate
    decision: Decision = Decision.OPEN
    level: str = UNREVIEWED_LEVEL

    @property
    def edited(self) -> bool:
        return self.fact != self.drafted

    def notes(self) -> list[str]:
        """What the game will make of it that a curator may want to fix."""
        fact = self.fact
        notes = []
        if fact.statement.count(fact.answer) != 1:
            notes.append("the answer is not written once in the statement: no true-or-false "
                         "question from it")
        if answer_key(fact.answer) in answer_key(fact.ask):
            notes.append("the question holds its own answer")
        return notes


class Curation:
    """The candidates, best first, and what the curator has done to each; every
    change can be taken back, one at a time."""

    def __init__(self, candidates: Sequence[Candidate], *, pack_id: str, title: str,
                 source_title: str = "", levels: Sequence[Level] = ()) -> None:
        """Raises ValueError for an invalid id or an empty title."""
        self.title = check_names(pack_id, title)
        self.pack_id = pack_id
        self.source_title = source_title
        self.levels = tuple(levels) or (DEFAULT_LEVEL,)
        self.items: tuple[Item, ...] = tuple(Item(c, c) for c in candidates)
        self._history: list[tuple[Item, ...]] = []
        self._saved = self.items
        self.written: Path | None = None  # where the pack was last written

    @classmethod
    def from_article(cls, article: str, *, pack_id: str, title: str, source_title: str = "",
                     levels: Sequence[Level] = ()) -> Curation:
        """The draft of an article, to curate. Raises ValueError as draft_pack does."""
        check_names(pack_id, title)
        return cls(drafted(article), pack_id=pack_id, title=title, source_title=source_title,
                   levels=levels)

    # -- the curator's changes ---------------------------------------------------------

    @property
    def level_choices(self) -> tuple[str, ...]:
        """The levels a fact can be filed under, in the order the curator cycles them."""
        return (NONE_LEVEL, *(level.id for level in self.levels), UNREVIEWED_LEVEL)

    def _set(self, index: int, item: Item) -> None:
        if item != self.items[index]:
            self._history.append(self.items)
            self.items = (*self.items[:index], item, *self.items[index + 1:])

    def accept(self, index: int) -> None:
        self._set(index, replace(self.items[index], decision=Decision.ACCEPTED))

    def reject(self, index: int) -> None:
        self._set(index, replace(self.items[index], decision=Decision.REJECTED))

    def cycle_level(self, index: int) -> str:
        """File the candidate under the next level; returns it."""
        item = self.items[index]
        choices = self.level_choices
        level = choices[(choices.index(item.level) + 1) % len(choices)]
        self._set(index, replace(item, level=level))
        return level

    def problem(self, field: str, text: str) -> str | None:
        """Why `text` cannot be the candidate's `field` (see EDITABLE), or None."""
        text = single_line(text)
        if not text:
            return f"the {EDITABLE[field]} cannot be empty"
        if field == "answer" and not answer_key(text):
            return ("the answer needs a letter or a digit: typed answers are compared "
                    "without punctuation")
        return None

    def edit(self, index: int, field: str, text: str) -> None:
        """Rewrite the ask, answer or statement; raises ValueError (see `problem`)."""
        if (problem := self.problem(field, text)) is not None:
            raise ValueError(problem)
        text = single_line(text)
        fact = replace(self.items[index].fact, **{field: text})
        if field == "answer":  # an accepted form that is now the answer is no other form
            fact = replace(fact, accept=tuple(a for a in fact.accept
                                              if answer_key(a) != answer_key(text)))
        self._set(index, replace(self.items[index], fact=fact))

    def undo(self) -> int | None:
        """Take the last change back; returns the index of the candidate it was
        made to, or None when there is nothing left to take back."""
        if not self._history:
            return None
        before = self._history.pop()
        changed = next(n for n, (old, new) in enumerate(zip(before, self.items)) if old != new)
        self.items = before
        return changed

    # -- where it stands ------------------------------------------------------------------

    def count(self, decision: Decision) -> int:
        return sum(item.decision is decision for item in self.items)

    def accepted(self) -> list[Item]:
        return [item for item in self.items if item.decision is Decision.ACCEPTED]

    def summary(self) -> str:
        """'12 accepted · 5 rejected · 43 to review', with how many accepted facts
        have no level yet."""
        unreviewed = sum(item.level == UNREVIEWED_LEVEL for item in self.accepted())
        accepted = f"{self.count(Decision.ACCEPTED)} accepted"
        if unreviewed:
            accepted += f" ({unreviewed} unreviewed)"
        return " · ".join([accepted, f"{self.count(Decision.REJECTED)} rejected",
                           f"{self.count(Decision.OPEN)} to review"])

    @property
    def unsaved(self) -> bool:
        """Has anything changed since the pack was last written (or since the start)?"""
        return self.items != self._saved

    # -- the pack ----------------------------------------------------------------------------

    def pack_text(self) -> str:
        """The pack of the accepted facts, in the draft's order, each at its
        level. Raises ValueError when none is accepted."""
        accepted = [Filed(item.fact, item.level) for item in self.accepted()]
        if not accepted:
            raise ValueError("no candidate is accepted yet: only accepted ones go into the pack")
        text = pack_text(accepted, pack_id=self.pack_id, title=self.title,
                         source_title=self.source_title, levels=self.levels, curated=True)
        # Checked as `quiz packs add` will check it: a pack that would not load
        # is never written.
        loaded = load_data(text.encode("utf-8"), f"{self.pack_id}.yaml", "user")
        if loaded.pack is None:
            raise ValueError(loaded.errors[0].message)
        return text

    def save(self, path: Path) -> None:
        """Write the pack to `path` (whole or not at all). Raises ValueError when
        nothing is accepted, OSError when the file cannot be written."""
        write_atomic(path, self.pack_text())
        self._saved = self.items
        self.written = path
