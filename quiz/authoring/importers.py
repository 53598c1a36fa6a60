"""Questions from other quiz formats -> a format-1 pack, as YAML text.

Each format has its reader (opentdb.py, gift.py, aiken.py). This module makes
every converted question fit for a pack and writes the pack so that it loads
with no error and no warning: text with control characters is skipped rather
than altered, options that the game could not tell apart are merged, and every
scalar is double-quoted so that YAML never types `no` or `1989`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from quiz.authoring import aiken, gift, opentdb
from quiz.authoring.converted import Converted, Skipped
from quiz.authoring.names import slug, title_from_stem
from quiz.core.answers import answer_key, fold
from quiz.core.nodereader import ID_PATTERN
from quiz.core.yamltext import MAX_BYTES, bad_character

__all__ = ["FORMATS", "Imported", "Skipped", "import_file", "import_text"]

_READERS = {"opentdb": opentdb.read, "gift": gift.read, "aiken": aiken.read}
FORMATS = tuple(_READERS)
_NAMES = {"opentdb": "Open Trivia DB", "gift": "a Moodle GIFT file", "aiken": "an Aiken file"}
# Open Trivia DB's questions are CC BY-SA 4.0: the pack must say where they are from.
_OPENTDB_SOURCE = ("Open Trivia DB (opentdb.com), CC BY-SA 4.0", "https://opentdb.com")
# The error listing every skipped question stays readable for a large file.
_MAX_LISTED = 20


@dataclass(frozen=True)
class Imported:
    """A pack ready to write, how many questions it holds and what was left out."""

    yaml_text: str
    count: int
    skipped: tuple[Skipped, ...]


def import_text(text: str, fmt: str, *, pack_id: str, title: str, source: str = "") -> Imported:
    """Convert a quiz in another format to a pack.

    `source` names where the text came from (a file name) in the pack and in
    errors. Raises ValueError for an unknown format, a bad id or title, input
    that is not the format at all, or input with no question that converts.
    """
    if fmt not in _READERS:
        raise ValueError(f"unknown format '{fmt}' (expected one of: {', '.join(FORMATS)})")
    if not ID_PATTERN.fullmatch(pack_id):
        raise ValueError(f"pack id '{pack_id}' must be lower-case letters, digits and hyphens "
                         "(like 'my-pack-2'), at most 64 characters")
    title = " ".join(title.split())
    problem = _unfit(title) or ("" if title else "is empty")
    if problem:
        raise ValueError(f"the pack title {problem}")
    source = _printable(source)
    shown = source or "the input"

    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ValueError(f"{shown} is empty: there are no questions to import")
    try:
        found = _READERS[fmt](text)
    except ValueError as error:  # the reader cannot make sense of it at all
        raise ValueError(f"{shown}: {error}") from None
    questions: list[Converted] = []
    skipped: list[Skipped] = []
    for item in found:
        checked = item if isinstance(item, Skipped) else _check(item)
        if isinstance(checked, Skipped):
            # Reasons quote the input, and they are printed to a terminal.
            skipped.append(Skipped(checked.line, _shown(checked.reason)))
        else:
            questions.append(checked)
    skipped.sort(key=lambda s: s.line)
    if not questions:
        raise ValueError(_nothing_converted(shown, fmt, skipped))

    yaml_text = _pack_yaml(fmt, pack_id, title, source, questions)
    if len(yaml_text.encode("utf-8")) > MAX_BYTES:
        raise ValueError(f"{shown} makes a pack over the 4 MiB limit for packs; split it into "
                         "smaller files and import each")
    return Imported(yaml_text, len(questions), tuple(skipped))


def import_file(path: Path, fmt: str, *, pack_id: str | None = None,
                title: str | None = None) -> Imported:
    """Convert a file; the pack's id and title come from its name unless given."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError(f"{path} is over 4 MiB; split it into smaller files and import each")
        data = path.read_bytes()
    except OSError as error:
        raise ValueError(f"cannot read {path}: {error.strerror}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise ValueError(f"{path}:{line}: not valid UTF-8 (byte 0x{data[error.start]:02x}); "
                         "save the file as UTF-8 and import it again") from None
    stem = _printable(path.stem)
    if pack_id is None:
        pack_id = slug(stem, "imported")
    if title is None:
        title = title_from_stem(stem, "Imported questions")
    return import_text(text, fmt, pack_id=pack_id, title=title, source=path.name)


def _check(item: Converted) -> Converted | Skipped:
    """The question as the loader will accept it, or why it cannot be."""
    checked = _checked(item)
    if isinstance(checked, Skipped) and item.name:
        return Skipped(checked.line, f"{item.name}: {checked.reason}")
    return checked


def _checked(item: Converted) -> Converted | Skipped:
    # Named by place, not by text: the text is what cannot be shown.
    fields = [("question", item.prompt), ("answer", item.answer),
              ("explanation", item.explain), ("category", item.topic)]
    fields += [(f"wrong option {n}", c) for n, c in enumerate(item.choices, start=1)]
    fields += [(f"other accepted answer {n}", a) for n, a in enumerate(item.accept, start=1)]
    for name, value in fields:
        problem = _unfit(" ".join(value.split()))
        if problem:
            return Skipped(item.line, f"the {name} {problem}")
    prompt, answer = " ".join(item.prompt.split()), " ".join(item.answer.split())
    if not prompt:
        return Skipped(item.line, "the question has no text")
    if not answer:
        return Skipped(item.line, "the right answer is empty")
    if not answer_key(answer):  # the loader's rule: answers compare without punctuation
        return Skipped(item.line, f"the answer '{answer}' has no letters or digits, so no "
                                  "typed answer could match it")

    # Options the game would take for one another (case, accents, punctuation) are one.
    seen = {answer_key(answer)}
    choices = []
    for choice in (" ".join(c.split()) for c in item.choices):
        if choice and answer_key(choice) == answer_key(answer):
            return Skipped(item.line, f"the wrong option '{choice}' is the same as the answer "
                                      f"'{answer}'")
        if choice and answer_key(choice) not in seen:
            seen.add(answer_key(choice))
            choices.append(choice)
    if item.type == "choice" and not choices:
        return Skipped(item.line, "there is no wrong option to choose from")
    accept = []
    for other in (" ".join(a.split()) for a in item.accept):
        if other and answer_key(other) not in seen:
            seen.add(answer_key(other))
            accept.append(other)
    return replace(item, prompt=prompt, answer=answer, choices=tuple(choices),
                   accept=tuple(accept), explain=" ".join(item.explain.split()),
                   topic=fold(item.topic).replace(" ", "-"))


def _unfit(text: str) -> str:
    """Why a pack may not hold this text ('' if it may): the loader's rule, and
    what YAML cannot carry even quoted (lone surrogates, which JSON escapes can
    make but UTF-8 cannot)."""
    found = bad_character(text)
    if found:
        return f"holds a {found[1]}, which a pack may not contain"
    for char in text:
        if unicodedata.category(char) == "Cs":
            return f"holds U+{ord(char):04X}, which is not a character"
    return ""


def _shown(text: str) -> str:
    """Text safe to print: one line, with what a pack may not hold spelled out."""
    return "".join(f"<U+{ord(c):04X}>" if _unfit(c) else c for c in " ".join(text.split()))


def _printable(text: str) -> str:
    """A file name made fit to show in a pack: what it cannot hold is dropped."""
    return "".join(c for c in " ".join(text.split()) if not _unfit(c))


def _nothing_converted(shown: str, fmt: str, skipped: list[Skipped]) -> str:
    lines = [f"no question in {shown} could be converted from {_NAMES[fmt]}:"]
    lines += [f"  line {s.line}: {s.reason}" for s in skipped[:_MAX_LISTED]]
    if len(skipped) > _MAX_LISTED:
        lines.append(f"  ... and {len(skipped) - _MAX_LISTED} more")
    if not skipped:
        lines.append("  nothing in it looks like a question in this format")
    return "\n".join(lines)


def _quote(text: str) -> str:
    # _check has left no line break, tab or control character to escape.
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _pack_yaml(fmt: str, pack_id: str, title: str, source: str,
               questions: list[Converted]) -> str:
    if fmt == "opentdb":
        source_title, url = _OPENTDB_SOURCE
    else:
        source_title, url = f"{_NAMES[fmt][0].upper()}{_NAMES[fmt][1:]}", ""
        source_title += f": {source}" if source else ""
    lines = [
        f"# Imported from {_NAMES[fmt]} by 'quiz packs import'. Check the questions,",
        "# then install the pack with 'quiz packs add'.",
        'format: "1"',
        f"id: {_quote(pack_id)}",
        f"title: {_quote(title)}",
        f"description: {_quote(f'Imported from {_NAMES[fmt]}.')}",
        "sources:",
        f"  - id: {_quote(fmt)}",
        f"    title: {_quote(source_title)}",
        *([f"    url: {_quote(url)}"] if url else []),
        "questions:",
    ]
    for number, question in enumerate(questions, start=1):
        lines += [
            f"  - id: {_quote(f'q{number}')}",
            f"    type: {_quote(question.type)}",
            f"    prompt: {_quote(question.prompt)}",
            f"    answer: {_quote(question.answer)}",
        ]
        for key, values in (("choices", question.choices), ("accept", question.accept)):
            if values:
                lines.append(f"    {key}:")
                lines += [f"      - {_quote(value)}" for value in values]
        if question.explain:
            lines.append(f"    explain: {_quote(question.explain)}")
        if url:  # a licence that asks for credit: every feedback gives it
            lines.append(f"    source: {_quote(fmt)}")
        if question.topic:
            lines.append(f"    topic: {_quote(question.topic)}")
    return "\n".join(lines) + "\n"
