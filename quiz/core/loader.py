"""Pack file -> Pack, with every problem located as FILE:LINE:COL.

A problem in one fact does not stop the others from being checked: the author
sees everything wrong in one run. A pack with any error is not returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from quiz.core.answers import answer_key
from quiz.core.lint import lint
from quiz.core.nodereader import NodeReader
from quiz.core.pack import (
    NONE_LEVEL, QUESTION_TYPES, UNREVIEWED_LEVEL, Fact, HandQuestion, Level,
    Location, Pack, Problem, Reverse, Source,
)
from quiz.core.yamltext import (
    Map, Node, PackFileError, decode, parse, printable_line, read_bytes,
)

FORMAT = "1"
_SOURCE_REF = re.compile(r"([a-z0-9][a-z0-9-]*)(?:#([0-9]+))?")
# Paragraph numbers are checked as text: int() refuses a number of thousands of digits.
_MAX_PARAGRAPH_DIGITS = 6
# Names listed in one message: a pack of thousands of levels or sources must not
# make every problem as long as the pack.
_NAMES_SHOWN = 10
# Why an entry filed as `unreviewed` is worth a warning: the end of that warning's text.
UNREVIEWED_NOTE = "'unreviewed' is hidden unless spoiler mode is on"

_PACK_KEYS = {"format", "id", "title", "description", "sources", "spoilers", "facts", "questions"}
_SOURCE_KEYS = {"id", "title", "url"}
_SPOILER_KEYS = {"levels", "safe_through"}
_LEVEL_KEYS = {"id", "label", "terms"}
_FACT_KEYS = {"id", "spoiler", "kind", "statement", "ask", "answer", "accept",
              "distractors", "explain", "source", "topic", "reverse"}
_REVERSE_KEYS = {"ask", "answer", "accept", "distractors", "kind"}
_QUESTION_KEYS = {"id", "type", "spoiler", "prompt", "answer", "choices", "accept",
                  "explain", "source", "topic"}


@dataclass
class Loaded:
    """The outcome of loading one file: a pack, or the reasons there is none."""

    path: str
    pack: Pack | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]


def load_pack(path: Path, origin: str = "built-in", shown_as: str | None = None) -> Loaded:
    """Read, check and lint one pack file. Never raises for bad content."""
    file = shown_name(path, shown_as)
    try:
        data = read_bytes(path, file)
    except PackFileError as error:
        return Loaded(file, problems=list(error.problems))
    return load_data(data, file, origin)


def shown_name(path: Path, shown_as: str | None = None) -> str:
    """How a pack file is named in problems and lists: a file name may hold an
    escape sequence, which must not reach the terminal, or a line break, which
    would forge a line of a list."""
    return printable_line(shown_as or str(path))


def load_data(data: bytes, file: str, origin: str = "built-in") -> Loaded:
    """Check and lint a pack file's bytes; `file` names it in every problem."""
    try:
        root, problems = parse(decode(data, file), file)
    except PackFileError as error:
        return Loaded(file, problems=list(error.problems))
    return build_pack(root, file, origin, problems)


def build_pack(root: Node, file: str, origin: str = "built-in",
               problems: list[Problem] | None = None) -> Loaded:
    """Check a parsed tree; lint it once its shape is right."""
    reader = _Reader(file)
    pack = reader.pack(root, origin)
    problems = sorted([*(problems or []), *reader.problems],
                      key=lambda p: (p.where.line, p.where.column))
    if pack is not None and not any(not p.warning for p in problems):
        problems = sorted([*problems, *lint(pack, reader.spots)],
                          key=lambda p: (p.where.line, p.where.column))
    if any(not p.warning for p in problems):
        return Loaded(file, problems=problems)
    return Loaded(file, pack=pack, problems=problems)


class _Reader(NodeReader):
    """Walks a pack's located tree, collecting problems instead of stopping at the first."""

    def __init__(self, file: str) -> None:
        super().__init__(file)
        # Declared ids, for checks that every entry makes: a set each, so that a
        # pack's checking stays linear in its size.
        self.level_ids: set[str] = set()
        self.source_ids: set[str] = set()
        # The ids named when an entry cites an unknown level or source: joined once.
        self.level_names = ""
        self.source_names = ""
        # Where each item stands, for the lint's messages: "fact:ID", "title", ...
        self.spots: dict[str, Location] = {}
        # (where, "fact 'ID'", "fact") of each entry filed as unreviewed: one warning for all.
        self.unreviewed: list[tuple[Location, str, str]] = []

    def place(self, prefix: str, item_id: str, entry: Map) -> None:
        """Note where a fact or question stands; ids are unique across both."""
        for other in ("fact", "question"):
            first = self.spots.get(f"{other}:{item_id}")
            if item_id and first:
                self.error(self.where(entry, "id"),
                           f"duplicate id '{item_id}' (first at line {first.line})")
                return
        self.spots[f"{prefix}:{item_id}"] = entry.where

    # -- the pack ---------------------------------------------------------------

    def pack(self, root: Node, origin: str) -> Pack | None:
        top = self.mapping(root, "a pack")
        if top is None:
            return None
        self.keys(top, _PACK_KEYS, ("format", "id", "title"), "the pack")
        if "format" in top.entries:
            fmt = self.text(top, "format", "the pack")
            if fmt and fmt != FORMAT:
                self.error(self.where(top, "format"),
                           f"format {fmt} is not supported: this version of quiz reads format {FORMAT}")
                return None
        pack_id = self.ident(top, "the pack")
        title = self.text(top, "title", "the pack")
        description = self.text(top, "description", "the pack", allow_empty=True)
        self.spots["title"] = self.where(top, "title")
        self.spots["description"] = self.where(top, "description")
        sources = self.sources(top)
        levels, safe_through = self.spoilers(top)
        self.level_names = _names([NONE_LEVEL, *(level.id for level in levels)])
        self.source_names = _names([s.id for s in sources]) or "none declared under 'sources'"
        facts = [f for f in (self.fact(n) for n in self.items(top, "facts")) if f]
        questions = [q for q in (self.question(n) for n in self.items(top, "questions")) if q]
        if not facts and not questions and not self.problems:
            self.error(top.where, "the pack has no facts and no questions")
        self.note_unreviewed()
        return Pack(
            id=pack_id, title=title, description=description, path=self.file, origin=origin,
            sources=tuple(sources), levels=tuple(levels), safe_through=safe_through,
            facts=tuple(facts), questions=tuple(questions),
        )

    def sources(self, top: Map) -> list[Source]:
        out: list[Source] = []
        for node in self.items(top, "sources"):
            entry = self.mapping(node, "a source")
            if entry is None:
                continue
            self.keys(entry, _SOURCE_KEYS, ("id", "title"), "a source")
            source_id = self.ident(entry, "a source")
            if source_id in self.source_ids:
                self.error(self.where(entry, "id"), f"duplicate source id '{source_id}'")
            self.source_ids.add(source_id)
            self.spots[f"source:{source_id}"] = self.where(entry, "title")
            out.append(Source(source_id, self.text(entry, "title", "a source"),
                              self.text(entry, "url", "a source")))
        return out

    def spoilers(self, top: Map) -> tuple[list[Level], str]:
        if "spoilers" not in top.entries:
            return [], NONE_LEVEL
        block = self.mapping(top.entries["spoilers"][1], "'spoilers'")
        if block is None:
            return [], NONE_LEVEL
        self.keys(block, _SPOILER_KEYS, ("levels",), "'spoilers'")
        levels: list[Level] = []
        for node in self.items(block, "levels"):
            entry = self.mapping(node, "a spoiler level")
            if entry is None:
                continue
            self.keys(entry, _LEVEL_KEYS, ("id", "label"), "a spoiler level")
            level_id = self.ident(entry, "a spoiler level")
            if level_id in (NONE_LEVEL, UNREVIEWED_LEVEL):
                self.error(self.where(entry, "id"),
                           f"'{level_id}' is built in and cannot be declared as a level")
            elif level_id in self.level_ids:
                self.error(self.where(entry, "id"), f"duplicate spoiler level '{level_id}'")
            self.level_ids.add(level_id)
            levels.append(Level(level_id, self.text(entry, "label", "a spoiler level"),
                                self.texts(entry, "terms", "a spoiler level")))
            self.spots[f"level:{level_id}"] = self.where(entry, "label")
        safe_through = NONE_LEVEL
        if "safe_through" in block.entries:
            safe_through = self.text(block, "safe_through", "'spoilers'")
            if safe_through != NONE_LEVEL and safe_through not in self.level_ids:
                self.error(self.where(block, "safe_through"),
                           f"safe_through names unknown level '{safe_through}'")
                safe_through = NONE_LEVEL
        return levels, safe_through

    def note_unreviewed(self) -> None:
        """One warning for every entry still filed as unreviewed, where the first
        stands: a fresh draft holds sixty, and sixty lines that say the same
        would bury any other problem."""
        if not self.unreviewed:
            return
        where, first, _ = self.unreviewed[0]
        rest = len(self.unreviewed) - 1
        kinds = sorted({kind for _, _, kind in self.unreviewed[1:]})
        noun = " and ".join(f"{kind}s" for kind in kinds) if rest > 1 else "".join(kinds)
        more = f" and {rest:,} more {noun} need" if rest else " needs"
        self.warn(where, f"{first}{more} a spoiler level: {UNREVIEWED_NOTE}")

    def level_of(self, entry: Map, what: str, kind: str) -> str:
        """The spoiler level of a fact or question (its `kind`), failing closed."""
        if "spoiler" not in entry.entries:
            if self.level_ids:
                self.error(entry.where, f"{what} is missing 'spoiler': this pack declares "
                           f"spoiler levels, so every entry must state one ({self.level_names})")
                return UNREVIEWED_LEVEL
            return NONE_LEVEL
        level = self.text(entry, "spoiler", what)
        if level and level not in (NONE_LEVEL, UNREVIEWED_LEVEL) and level not in self.level_ids:
            self.error(self.where(entry, "spoiler"), f"unknown spoiler level '{level}' in "
                       f"{what} (expected one of: {self.level_names})")
            return UNREVIEWED_LEVEL
        if level == UNREVIEWED_LEVEL:
            self.unreviewed.append((self.where(entry, "spoiler"), what, kind))
        return level or UNREVIEWED_LEVEL

    def source_ref(self, entry: Map, what: str) -> str:
        ref = self.text(entry, "source", what)
        if not ref:
            return ""
        match = _SOURCE_REF.fullmatch(ref)
        if not match:
            self.error(self.where(entry, "source"),
                       f"source '{ref}' of {what} must be a source id, optionally '#' and a "
                       "paragraph number, like 'article#3'")
        elif match.group(1) not in self.source_ids:
            self.error(self.where(entry, "source"), f"unknown source '{match.group(1)}' in "
                       f"{what} (known: {self.source_names})")
        elif match.group(2) is not None:
            paragraph = match.group(2).lstrip("0")
            if not paragraph:
                self.error(self.where(entry, "source"), f"paragraphs count from 1 in {what}")
            elif len(paragraph) > _MAX_PARAGRAPH_DIGITS:
                self.error(self.where(entry, "source"),
                           f"the paragraph number in {what} is too long: at most "
                           f"{_MAX_PARAGRAPH_DIGITS} digits")
        return ref

    def distinct_from_answer(self, entry: Map, key: str, answers: tuple[str, ...],
                             values: tuple[str, ...], what: str) -> None:
        keys = {answer_key(a) for a in answers}
        for value in values:
            if answer_key(value) in keys:
                self.error(self.where(entry, key),
                           f"'{value}' in '{key}' of {what} is also an accepted answer")

    def answerable(self, entry: Map, answer: str, what: str) -> None:
        """Answers compare folded (case, accents, punctuation aside): an answer
        of punctuation alone would match any other, or never a typed one."""
        if answer and not answer_key(answer):
            self.error(self.where(entry, "answer"),
                       f"the answer of {what} needs a letter or a digit: answers are "
                       "compared without punctuation")

    def fact(self, node: Node) -> Fact | None:
        entry = self.mapping(node, "a fact")
        if entry is None:
            return None
        before = len(self.problems)
        fact_id = self.ident(entry, "a fact")
        what = f"fact '{fact_id}'" if fact_id else "a fact"
        self.keys(entry, _FACT_KEYS, ("id", "kind", "statement", "ask", "answer"), what)
        self.place("fact", fact_id, entry)
        fact = Fact(
            id=fact_id,
            spoiler=self.level_of(entry, what, "fact"),
            kind=self.text(entry, "kind", what),
            statement=self.text(entry, "statement", what),
            ask=self.text(entry, "ask", what),
            answer=self.text(entry, "answer", what),
            accept=self.texts(entry, "accept", what),
            distractors=self.texts(entry, "distractors", what),
            explain=self.text(entry, "explain", what, allow_empty=True),
            source=self.source_ref(entry, what),
            topic=self.text(entry, "topic", what),
            reverse=self.reverse(entry, what),
        )
        self.answerable(entry, fact.answer, what)
        self.distinct_from_answer(entry, "distractors", (fact.answer, *fact.accept),
                                  fact.distractors, what)
        errors = [p for p in self.problems[before:] if not p.warning]
        return None if errors else fact

    def reverse(self, fact: Map, what: str) -> Reverse | None:
        if "reverse" not in fact.entries:
            return None
        entry = self.mapping(fact.entries["reverse"][1], f"'reverse' of {what}")
        if entry is None:
            return None
        what = f"'reverse' of {what}"
        self.keys(entry, _REVERSE_KEYS, ("ask", "answer", "kind"), what)
        reverse = Reverse(ask=self.text(entry, "ask", what), answer=self.text(entry, "answer", what),
                          kind=self.text(entry, "kind", what),
                          accept=self.texts(entry, "accept", what),
                          distractors=self.texts(entry, "distractors", what))
        self.answerable(entry, reverse.answer, what)
        self.distinct_from_answer(entry, "distractors", (reverse.answer, *reverse.accept),
                                  reverse.distractors, what)
        return reverse

    def question(self, node: Node) -> HandQuestion | None:
        entry = self.mapping(node, "a question")
        if entry is None:
            return None
        before = len(self.problems)
        question_id = self.ident(entry, "a question")
        what = f"question '{question_id}'" if question_id else "a question"
        self.keys(entry, _QUESTION_KEYS, ("id", "type", "prompt", "answer"), what)
        self.place("question", question_id, entry)
        kind = self.text(entry, "type", what)
        if kind and kind not in QUESTION_TYPES:
            self.error(self.where(entry, "type"),
                       f"type '{kind}' of {what} must be one of: {', '.join(QUESTION_TYPES)}")
        question = HandQuestion(
            id=question_id,
            type=kind,
            spoiler=self.level_of(entry, what, "question"),
            prompt=self.text(entry, "prompt", what),
            answer=self.text(entry, "answer", what),
            choices=self.texts(entry, "choices", what),
            accept=self.texts(entry, "accept", what),
            explain=self.text(entry, "explain", what, allow_empty=True),
            source=self.source_ref(entry, what),
            topic=self.text(entry, "topic", what),
        )
        self.answerable(entry, question.answer, what)
        if kind == "choice":
            if not question.choices:
                self.error(entry.where, f"{what} is a choice question but lists no 'choices' "
                           "(the wrong options)")
            self.distinct_from_answer(entry, "choices", (question.answer,), question.choices, what)
        elif "choices" in entry.entries:
            self.error(self.where(entry, "choices"), f"only choice questions take 'choices' ({what})")
        if kind == "true-false" and question.answer not in ("true", "false"):
            self.error(self.where(entry, "answer"),
                       f"the answer of true-false {what} must be true or false")
        if kind != "text" and "accept" in entry.entries:
            self.error(self.where(entry, "accept"), f"only text questions take 'accept' ({what})")
        errors = [p for p in self.problems[before:] if not p.warning]
        return None if errors else question


def _names(names: list[str]) -> str:
    """A list of names for a message, cut short when there are many."""
    if len(names) <= _NAMES_SHOWN:
        return ", ".join(names)
    rest = len(names) - _NAMES_SHOWN
    return ", ".join(names[:_NAMES_SHOWN]) + f" and {rest:,} more"
