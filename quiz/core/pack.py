"""The pack model: what a loaded, validated pack holds.

Everything here is immutable and plain data; loading and checking live in
loader.py and lint.py, the horizon gate in spoilers.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

NONE_LEVEL = "none"
# What drafting tools write before a person has judged a fact: later than every
# real level, so it is hidden unless spoiler mode is on.
UNREVIEWED_LEVEL = "unreviewed"

QUESTION_TYPES = ("choice", "true-false", "text")
# The id of the question that asks a fact the other way round: '<fact id>~reverse'.
# '~' cannot be in a pack's own ids, so it never clashes with one.
REVERSE_SUFFIX = "~reverse"


@dataclass(frozen=True)
class Location:
    """Where something stands in a pack file: 1-based line and column."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column}"
        return self.file


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) in a pack, where it is."""

    where: Location
    message: str
    warning: bool = False

    def __str__(self) -> str:
        # Imported here: yamltext imports this module.
        from quiz.core.yamltext import printable_line

        kind = "warning: " if self.warning else ""
        # One problem, one line: a message may quote a key with a line break in it.
        return printable_line(f"{self.where}: {kind}{self.message}")


@dataclass(frozen=True)
class Level:
    id: str
    label: str
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str = ""


@dataclass(frozen=True)
class Reverse:
    """A fact asked the other way round: given its answer, name what it is about."""

    ask: str
    answer: str
    kind: str
    accept: tuple[str, ...] = ()
    distractors: tuple[str, ...] = ()

    def texts(self) -> tuple[str, ...]:
        return (self.ask, self.answer, *self.accept, *self.distractors)


@dataclass(frozen=True)
class Fact:
    id: str
    spoiler: str
    kind: str
    statement: str
    ask: str
    answer: str
    accept: tuple[str, ...] = ()
    distractors: tuple[str, ...] = ()
    explain: str = ""
    source: str = ""
    topic: str = ""
    reverse: Reverse | None = None

    def texts(self) -> tuple[str, ...]:
        """Every piece of text this fact could put on a screen."""
        return (self.statement, self.ask, self.answer, *self.accept,
                *self.distractors, self.explain, *(self.reverse.texts() if self.reverse else ()))

    @property
    def question_ids(self) -> tuple[str, ...]:
        """The ids of the questions asked from this fact: one each way."""
        return (self.id, self.id + REVERSE_SUFFIX) if self.reverse else (self.id,)


@dataclass(frozen=True)
class HandQuestion:
    """A question written by the author rather than generated from a fact."""

    id: str
    type: str
    spoiler: str
    prompt: str
    answer: str
    choices: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    explain: str = ""
    source: str = ""
    topic: str = ""

    def texts(self) -> tuple[str, ...]:
        return (self.prompt, self.answer, *self.choices, *self.accept, self.explain)

    @property
    def question_ids(self) -> tuple[str, ...]:
        return (self.id,)


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    description: str = ""
    path: str = ""
    origin: str = "built-in"
    sources: tuple[Source, ...] = ()
    levels: tuple[Level, ...] = ()
    safe_through: str = NONE_LEVEL
    facts: tuple[Fact, ...] = ()
    questions: tuple[HandQuestion, ...] = ()

    def rank(self, level: str) -> int:
        """Order of a level: none is 0, the pack's levels 1..n, unreviewed last.

        An unknown level ranks as unreviewed: the loader refuses them, and if one
        ever slipped through it must fail closed, never count as safe.
        """
        if level == NONE_LEVEL:
            return 0
        return self._declared.get(level, (len(self.levels) + 1, ""))[0]

    def label(self, level: str) -> str:
        if level in self._declared:
            return self._declared[level][1]
        return "not yet reviewed" if level == UNREVIEWED_LEVEL else level

    @cached_property
    def _declared(self) -> dict[str, tuple[int, str]]:
        """Level id -> (rank, label), the first declaration of an id winning.
        Built once: every entry is ranked, and a pack may declare thousands
        of levels."""
        out: dict[str, tuple[int, str]] = {}
        for index, declared in enumerate(self.levels, start=1):
            out.setdefault(declared.id, (index, declared.label))
        return out
