"""The horizon gate: the one place that decides what a player may see of a pack.

Everything downstream (generation, rounds, screens, exports) works from a View,
which holds only what is at or below the horizon. A View keeps no reference to
its Pack, so nothing past the gate can reach a hidden fact by accident.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from quiz.core.pack import NONE_LEVEL, Fact, HandQuestion, Level, Pack, Source


@dataclass(frozen=True)
class Horizon:
    """The latest level a player accepts for one pack; None means everything."""

    level: str | None

    @classmethod
    def everything(cls) -> Horizon:
        return cls(None)

    def rank(self, pack: Pack) -> float:
        if self.level is None:
            return float("inf")
        if self.level != NONE_LEVEL and all(lv.id != self.level for lv in pack.levels):
            # A stale setting (the pack renamed its levels): see the least, not the most.
            return 0
        return pack.rank(self.level)

    def describe(self, pack: Pack) -> str:
        if not pack.levels and all(e.spoiler == NONE_LEVEL
                                   for e in (*pack.facts, *pack.questions)):
            return "no spoilers in this pack"
        if self.level is None:
            return "spoilers on"
        if self.level == NONE_LEVEL:
            return "nothing watched"
        return f"watched through {pack.label(self.level)}"


def horizon_for(pack: Pack, spoilers_on: bool, watched: str | None = None) -> Horizon:
    """Spoiler mode on: everything. Off: what the player watched, else the pack's default."""
    if spoilers_on:
        return Horizon.everything()
    return Horizon(watched or pack.safe_through)


@dataclass(frozen=True)
class View:
    """What one player may see of one pack at one horizon."""

    id: str
    title: str
    description: str
    origin: str
    path: str
    sources: tuple[Source, ...]
    levels: tuple[Level, ...]
    horizon: str
    facts: tuple[Fact, ...]
    questions: tuple[HandQuestion, ...]
    # (level label, how many entries of it are hidden), earliest level first.
    hidden: tuple[tuple[str, int], ...]

    @property
    def visible_count(self) -> int:
        return len(self.facts) + len(self.questions)

    @property
    def hidden_count(self) -> int:
        return sum(count for _, count in self.hidden)

    def hidden_note(self) -> str:
        """A count of what is hidden that names levels, never content."""
        if not self.hidden:
            return ""
        parts = ", ".join(f"{count} {label}" for label, count in self.hidden)
        return f"{self.hidden_count} hidden: {parts}"

    @property
    def entry_ids(self) -> frozenset[str]:
        """Ids of every question this view may ask: a fact's, its reverse's, and
        each hand-written one's."""
        return frozenset(i for e in (*self.facts, *self.questions) for i in e.question_ids)

    @property
    def topics(self) -> tuple[str, ...]:
        return tuple(sorted({e.topic for e in (*self.facts, *self.questions) if e.topic}))

    def source_note(self, ref: str) -> str:
        """'Article title, paragraph 3' for a reference like 'article#3'."""
        if not ref:
            return ""
        source_id, _, paragraph = ref.partition("#")
        source = next((s for s in self.sources if s.id == source_id), None)
        title = source.title if source else source_id
        return f"{title}, paragraph {paragraph}" if paragraph else title


def gate(pack: Pack, horizon: Horizon) -> View:
    """Keep what is at or below the horizon; count the rest by level."""
    limit = horizon.rank(pack)
    facts = tuple(f for f in pack.facts if pack.rank(f.spoiler) <= limit)
    questions = tuple(q for q in pack.questions if pack.rank(q.spoiler) <= limit)
    hidden_levels = Counter(
        e.spoiler for e in (*pack.facts, *pack.questions) if pack.rank(e.spoiler) > limit)
    hidden = tuple(
        (pack.label(level), hidden_levels[level])
        for level in sorted(hidden_levels, key=pack.rank))
    return View(
        id=pack.id, title=pack.title, description=pack.description, origin=pack.origin,
        path=pack.path, sources=pack.sources, levels=pack.levels,
        horizon=horizon.describe(pack), facts=facts, questions=questions, hidden=hidden,
    )
