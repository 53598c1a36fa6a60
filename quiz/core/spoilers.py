"""The horizon gate: the one place that decides what a player may see of a pack.

Everything downstream (generation, rounds, screens, exports) works from a View,
which holds only what is at or below the horizon. A View keeps no reference to
its Pack, so nothing past the gate can reach a hidden fact by accident.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property

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
        if self.stale(pack):
            # A stale setting (the pack renamed its levels): see the least, not the most.
            return 0
        return pack.rank(self.level)

    def stale(self, pack: Pack) -> bool:
        """A level the pack does not have (any more): it counts as nothing watched."""
        return (self.level is not None and self.level != NONE_LEVEL
                and all(lv.id != self.level for lv in pack.levels))

    def describe(self, pack: Pack) -> str:
        if not pack.levels and all(e.spoiler == NONE_LEVEL
                                   for e in (*pack.facts, *pack.questions)):
            return "no spoilers in this pack"
        if self.level is None:
            return "spoilers on"
        if self.level == NONE_LEVEL or self.stale(pack):
            return "nothing watched"
        return f"watched through {pack.label(self.level)}"


def horizon_for(pack: Pack, spoilers_on: bool, watched: str | None = None) -> Horizon:
    """Spoiler mode on: everything. Off: what the player watched, else the pack's default."""
    if spoilers_on:
        return Horizon.everything()
    return Horizon(watched or pack.safe_through)


NOTHING_YET = "Nothing yet"


def watched_choices(pack: Pack) -> tuple[tuple[str, str], ...]:
    """What a player may say they have watched of a pack, earliest first: (level id, label)."""
    return ((NONE_LEVEL, NOTHING_YET), *((level.id, level.label) for level in pack.levels))


def level_named(pack: Pack, name: str) -> str | None:
    """The level a player means by its id or by its label, in any case; None if none."""
    wanted = name.strip().casefold()
    choices = watched_choices(pack)
    # Ids first: a label may be spelt like another level's id.
    return next((level for level, _ in choices if level.casefold() == wanted),
                next((level for level, label in choices if label.casefold() == wanted), None))


@dataclass(frozen=True)
class Choice:
    """What a player has chosen to see: spoiler mode, and what they have watched
    of one pack (None: the pack's safe_through)."""

    spoilers_on: bool
    watched: str | None = None


def needs_yes(pack: Pack | None, before: Choice, after: Choice) -> bool:
    """Does going from `before` to `after` show more than the player agreed to?

    Spoiler mode going on does. So does what they have watched going past both
    the pack's safe_through and what they had said before: with spoiler mode off
    it shows exactly what spoiler mode would. Every shell asks the same yes for
    either. The watched level counts even while spoiler mode is on, because it
    is what shows once spoiler mode is off again.
    """
    if after.spoilers_on and not before.spoilers_on:
        return True
    if pack is None or after.watched is None:
        return False
    agreed = Horizon(pack.safe_through).rank(pack)
    if before.watched is not None:
        agreed = max(agreed, Horizon(before.watched).rank(pack))
    return Horizon(after.watched).rank(pack) > agreed


@dataclass(frozen=True)
class View:
    """What one player may see of one pack at one horizon."""

    id: str
    title: str
    description: str
    origin: str
    path: str
    sources: tuple[Source, ...]
    # Only the levels at or below the horizon: what is past it is in `hidden`.
    levels: tuple[Level, ...]
    horizon: str
    facts: tuple[Fact, ...]
    questions: tuple[HandQuestion, ...]
    # (level label, how many questions of it are hidden), earliest level first.
    # Questions, as visible_count counts them: a fact asked both ways is two.
    hidden: tuple[tuple[str, int], ...]

    @property
    def visible_count(self) -> int:
        """Questions this view may ask: a fact asked both ways counts twice."""
        return len(self.entry_ids)

    @property
    def hidden_count(self) -> int:
        return sum(count for _, count in self.hidden)

    def hidden_note(self) -> str:
        """A count of what is hidden that names levels, never content: "35
        hidden: Season 2", or with several levels "45 hidden: 10 Season 1,
        35 Season 2" (one level's count is the total: said once)."""
        if not self.hidden:
            return ""
        if len(self.hidden) == 1:
            return f"{self.hidden_count} hidden: {self.hidden[0][0]}"
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
        title = self._source_titles.get(source_id, source_id)
        return f"{title}, paragraph {paragraph}" if paragraph else title

    @cached_property
    def _source_titles(self) -> dict[str, str]:
        """Built once: every question's note looks its source up, and a pack
        may declare thousands of sources."""
        titles: dict[str, str] = {}
        for source in self.sources:
            titles.setdefault(source.id, source.title)
        return titles


def gate(pack: Pack, horizon: Horizon) -> View:
    """Keep what is at or below the horizon; count the rest by level."""
    limit = horizon.rank(pack)
    facts = tuple(f for f in pack.facts if pack.rank(f.spoiler) <= limit)
    questions = tuple(q for q in pack.questions if pack.rank(q.spoiler) <= limit)
    hidden_levels: Counter[str] = Counter()
    for entry in (*pack.facts, *pack.questions):
        if pack.rank(entry.spoiler) > limit:
            hidden_levels[entry.spoiler] += len(entry.question_ids)
    hidden = tuple(
        (pack.label(level), hidden_levels[level])
        for level in sorted(hidden_levels, key=pack.rank))
    return View(
        id=pack.id, title=pack.title, description=pack.description, origin=pack.origin,
        path=pack.path, sources=pack.sources,
        # A later level's terms name what happens in it ("arrest", "prison").
        levels=tuple(lv for lv in pack.levels if pack.rank(lv.id) <= limit),
        horizon=horizon.describe(pack), facts=facts, questions=questions, hidden=hidden,
    )
