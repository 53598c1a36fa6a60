"""Reading a pack file's YAML safely, keeping where each value stood.

We do not let PyYAML build Python objects: its composer is recursive, expands
aliases and types scalars (`no` becomes False). Instead we walk the parser's
events (libyaml's C parser when present) and build our own small tree in which
every scalar is the text as written and every node knows its line and column.
Anything hostile is refused as it streams past, before it can cost memory.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quiz.core.pack import Location, Problem

MAX_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 32

# Trojan-source characters: they reorder what a reader sees on screen.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Every control character (Unicode category Cc: C0, DEL, C1) but newline and
# tab, and the bidi overrides: one regex scans a 4 MiB pack in milliseconds.
# U+FFFE and U+FFFF too: YAML refuses them, and its error has no line to show.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff" + "".join(sorted(_BIDI_CONTROLS))
_BAD = re.compile(f"[{_UNSAFE}]")
# Where one line is expected (a file name, a seed, a line of a list), a newline
# or a tab would break it or forge a line of its own; so would the Unicode line
# and paragraph separators, for whatever splits lines the Unicode way.
_BAD_IN_LINE = re.compile(f"[\t\n\u2028\u2029{_UNSAFE}]")


class PackFileError(Exception):
    """The file cannot be read as a pack at all; carries what was found wrong."""

    def __init__(self, *problems: Problem) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


@dataclass
class Node:
    where: Location


@dataclass
class Scalar(Node):
    value: str = ""


@dataclass
class Seq(Node):
    items: list[Node] = field(default_factory=list)


@dataclass
class Map(Node):
    # key -> (where the key stands, the value)
    entries: dict[str, tuple[Location, Node]] = field(default_factory=dict)


def bad_character(text: str) -> tuple[int, str] | None:
    """The first character a pack may not hold, with its index and a name for it."""
    found = _BAD.search(text)
    if found is None:
        return None
    char = found.group()
    kind = ("bidirectional override" if char in _BIDI_CONTROLS
            else "noncharacter" if char in "\ufffe\uffff" else "control character")
    return found.start(), f"{kind} U+{ord(char):04X}"


def printable(text: str) -> str:
    """Text safe for a terminal: what a pack may not hold is spelled out as
    <U+001B>. For text from outside our code that may run over several lines."""
    return _BAD.sub(_spelled, text)


def printable_line(text: str) -> str:
    """printable(), for one line: newlines and tabs are spelled out too. For what
    comes from outside our code (a file's name, a seed, a score file's text)."""
    return _BAD_IN_LINE.sub(_spelled, text)


def _spelled(found: re.Match[str]) -> str:
    return f"<U+{ord(found.group()):04X}>"


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def decode(data: bytes, file: str) -> str:
    """Bytes to text: UTF-8 (a leading BOM allowed), CRLF folded, no controls."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        good = data[: error.start].decode("utf-8-sig", errors="replace")
        line, column = _position(good, len(good))
        raise PackFileError(Problem(
            Location(file, line, column),
            f"not valid UTF-8 (byte 0x{data[error.start]:02x}); save the file as UTF-8",
        )) from None
    text = text.replace("\r\n", "\n")
    found = bad_character(text)
    if found:
        index, name = found
        line, column = _position(text, index)
        raise PackFileError(Problem(
            Location(file, line, column), f"{name} is not allowed in a pack"))
    return text


# Not blocking: should a named pipe take the file's place after it was looked
# at, opening it returns at once (and fstat refuses it) instead of waiting for
# a writer forever.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)


def read_bytes(path: Path, file: str) -> bytes:
    """A pack file's bytes, refused before reading when it is over the limit or
    is not a regular file: reading a named pipe or a terminal would wait forever."""
    try:
        info = path.stat()
        _check_regular(info.st_mode, file)
        size = info.st_size
        if size > MAX_BYTES:
            raise PackFileError(Problem(
                Location(file), f"file is {size:,} bytes; packs are limited to 4 MiB"))
        with open(os.open(path, _OPEN_FLAGS), "rb") as handle:
            _check_regular(os.fstat(handle.fileno()).st_mode, file)
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise PackFileError(Problem(Location(file), f"cannot read: {error.strerror}")) from None
    if len(data) > MAX_BYTES:  # grew while we looked
        raise PackFileError(Problem(Location(file), "file is over the 4 MiB limit for packs"))
    return data


def _check_regular(mode: int, file: str) -> None:
    if stat.S_ISREG(mode):
        return
    kind = ("a folder" if stat.S_ISDIR(mode) else "a named pipe" if stat.S_ISFIFO(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a device")
    raise PackFileError(Problem(
        Location(file), f"not a regular file ({kind})"))


def parse(text: str, file: str) -> tuple[Node, list[Problem]]:
    """Parse one YAML document into located nodes, refusing hostile input with a
    located problem. Returns the tree and the problems that did not stop the
    reading (duplicate keys), so that the rest of the pack can still be checked."""
    # Imported here: a pack served from the cache needs no parser, and PyYAML
    # costs the game's start a noticeable share of its time.
    import yaml

    try:  # libyaml: fast, and not recursive
        from yaml.cyaml import CParser as parser_class
    except ImportError:  # pragma: no cover - only without libyaml
        from yaml.loader import BaseLoader as parser_class

    builder = _Builder(file)
    parser = parser_class(text)
    try:
        while True:
            event = parser.get_event()
            if event is None or builder.feed(event):
                break
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        # A parser may refuse deep nesting of its own (libyaml 0.2.6 does, at 1,000
        # levels) after looking far ahead, before we saw the events: our own limit,
        # at the first too-deep position, is the message the author should get.
        deep = _too_deep(text[: mark.index], file, parser_class) if mark else None
        if deep is not None:
            raise PackFileError(Problem(deep, _NESTING)) from None
        where = Location(file, mark.line + 1, mark.column + 1) if mark else Location(file)
        problem = (error.problem or error.context or "invalid YAML").strip()
        raise PackFileError(Problem(where, f"YAML syntax error: {problem}")) from None
    except yaml.YAMLError as error:
        raise PackFileError(Problem(Location(file), f"YAML error: {error}")) from None
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose:
            dispose()
    if builder.root is None:
        raise PackFileError(Problem(Location(file, 1, 1), "the file is empty; a pack starts with 'format: 1'"))
    return builder.root, builder.problems


_OPENS = frozenset({"FlowSequenceStartToken", "FlowMappingStartToken",
                    "BlockSequenceStartToken", "BlockMappingStartToken"})
_CLOSES = frozenset({"FlowSequenceEndToken", "FlowMappingEndToken", "BlockEndToken"})
_NESTING = f"nesting deeper than {MAX_DEPTH} levels is not allowed in a pack"


def _too_deep(text: str, file: str, parser_class: Any) -> Location | None:
    """Where nesting first passes MAX_DEPTH in text, found from the scanner's
    tokens, which need no parser's nesting limit; None if it never does."""
    import yaml

    scanner = parser_class(text)
    depth = 0
    try:
        while (token := scanner.get_token()) is not None:
            kind = type(token).__name__
            if kind in _OPENS:
                if depth >= MAX_DEPTH:
                    mark = token.start_mark
                    return Location(file, mark.line + 1, mark.column + 1)
                depth += 1
            elif kind in _CLOSES:
                depth -= 1
    except yaml.YAMLError:
        pass  # the text ends where the parser gave up: what came before counts
    finally:
        dispose = getattr(scanner, "dispose", None)
        if dispose:
            dispose()
    return None


class _Builder:
    """Turns a stream of parser events into located nodes."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.root: Node | None = None
        self.stack: list[Node] = []
        self.pending_key: list[Scalar | None] = []
        self.documents = 0
        self.problems: list[Problem] = []

    def where(self, event: Any) -> Location:
        mark = event.start_mark
        return Location(self.file, mark.line + 1, mark.column + 1)

    def refuse(self, event: Any, message: str) -> None:
        raise PackFileError(Problem(self.where(event), message))

    def feed(self, event: Any) -> bool:
        """Take one of PyYAML's events; True when the stream is over."""
        kind = type(event).__name__
        if kind == "StreamEndEvent":
            return True
        if kind == "DocumentStartEvent":
            self.documents += 1
            if self.documents > 1:
                self.refuse(event, "a pack file holds one YAML document; remove the second '---'")
            return False
        if kind in ("StreamStartEvent", "DocumentEndEvent"):
            return False
        if kind == "AliasEvent":
            self.refuse(event, "YAML aliases (*name) are not allowed in a pack; write the value out")
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            self.refuse(event, f"YAML anchors (&{anchor}) are not allowed in a pack")
        tag = getattr(event, "tag", None)
        if tag not in (None, "!"):
            shown = tag.replace("tag:yaml.org,2002:", "!!", 1)
            self.refuse(event, f"YAML tags ({shown}) are not allowed in a pack")
        if kind == "ScalarEvent":
            found = bad_character(event.value)
            if found:
                self.refuse(event, f"{found[1]} is not allowed in a pack")
            self.add(Scalar(self.where(event), event.value))
        elif kind in ("MappingStartEvent", "SequenceStartEvent"):
            if len(self.stack) >= MAX_DEPTH:
                self.refuse(event, _NESTING)
            node: Node = (Map(self.where(event)) if kind == "MappingStartEvent"
                          else Seq(self.where(event)))
            self.add(node)
            self.stack.append(node)
            self.pending_key.append(None)
        elif kind in ("MappingEndEvent", "SequenceEndEvent"):
            self.stack.pop()
            self.pending_key.pop()
        return False

    def add(self, node: Node) -> None:
        if not self.stack:
            self.root = node
            return
        parent = self.stack[-1]
        if isinstance(parent, Seq):
            parent.items.append(node)
            return
        assert isinstance(parent, Map)
        key = self.pending_key[-1]
        if key is None:
            if not isinstance(node, Scalar):
                raise PackFileError(Problem(node.where, "a key must be plain text"))
            self.pending_key[-1] = node
            return
        self.pending_key[-1] = None
        if key.value in parent.entries:
            first = parent.entries[key.value][0]
            self.problems.append(Problem(
                key.where, f"duplicate key '{key.value}' (first at line {first.line})"))
            return
        parent.entries[key.value] = (key.where, node)
