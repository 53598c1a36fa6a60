"""JSON from outside our code (the score file, settings, the pack cache, an
import), read so that no content can crash the reader or be written back as
something that is not JSON, and no file in its place can make it wait.

Python's json module alone raises RecursionError on deep nesting, ValueError on
an integer of thousands of digits, and accepts NaN and Infinity (and 1e999,
read as infinity), which json.dumps then writes back and no other JSON reader
accepts. Here each of those is a JsonError that says what is wrong.
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import stat
from pathlib import Path
from typing import Any, BinaryIO

# Our own files nest 5 deep; an Open Trivia DB response 4.
MAX_DEPTH = 32
# Far beyond any count or score, far below where reading digits gets slow.
MAX_DIGITS = 30
# A lone UTF-16 surrogate can only come from an escape: only a file holding one
# needs its strings checked.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class JsonError(ValueError):
    """The text is not JSON we accept; the message says why, in words that
    follow "it is" or stand alone."""


def open_regular(path: Path) -> BinaryIO:
    """Open a file to read, refusing anything but a regular file: reading a
    FIFO in its place would wait for a writer forever, a device never end."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def parse_bytes(raw: bytes) -> Any:
    """UTF-8 bytes -> JSON data. Raises JsonError."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise JsonError(f"not UTF-8 text (byte {error.start})") from None
    return parse_text(text)


def parse_text(text: str) -> Any:
    """Text -> JSON data. Raises JsonError."""
    try:
        data = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as error:
        raise JsonError(f"not valid JSON (line {error.lineno}, column {error.colno}: "
                        f"{error.msg})") from None
    except RecursionError:
        raise JsonError(_too_deep()) from None
    _check_depth(data)
    if _SURROGATE_ESCAPE.search(text):
        _check_strings(data)
    return data


def dumps(data: Any, **options: Any) -> str:
    """json.dumps that refuses to write what parse_text would refuse to read."""
    return json.dumps(data, allow_nan=False, **options)


def _int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise JsonError(f"not usable JSON: a number has {len(digits)} digits, over the "
                        f"limit of {MAX_DIGITS}")
    return int(digits)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JsonError(f"not usable JSON: a number is too large to read "
                        f"({text[:20]}{'…' if len(text) > 20 else ''})")
    return value


def _constant(name: str) -> float:
    raise JsonError(f"not valid JSON: {name} is not allowed in JSON")


def _children(node: dict | list) -> list:
    return list(node.values()) if isinstance(node, dict) else node


def _check_depth(data: Any) -> None:
    """Level by level rather than recursively, so depth costs no stack."""
    level = [data] if isinstance(data, dict | list) else []
    for _ in range(MAX_DEPTH):
        level = [child for node in level for child in _children(node)
                 if isinstance(child, dict | list)]
        if not level:
            return
    raise JsonError(_too_deep())


def _too_deep() -> str:
    return f"not usable JSON: lists and objects are nested more than {MAX_DEPTH} deep"


def _check_strings(data: Any) -> None:
    """Refuse a lone surrogate: it parses, but no UTF-8 file can hold it, so
    writing the data back would fail."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack += node
            stack += node.values()
        elif isinstance(node, list):
            stack += node
        elif isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError as error:
                raise JsonError(f"not usable JSON: a lone surrogate "
                                f"(\\u{ord(node[error.start]):04x}) is not text") from None
