"""Reading typed values out of a located YAML tree, each problem kept with
its FILE:LINE:COL instead of stopping at the first: the shapes every pack entry
is made of (a mapping, its keys, a text, a list of texts, an id, a list of
entries). What a pack means is the loader's (quiz/core/loader.py)."""

from __future__ import annotations

import re

from quiz.core.pack import Location, Problem
from quiz.core.yamltext import Map, Node, Scalar, Seq

ID_PATTERN = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")


class NodeReader:
    """Checks shapes and collects the problems found, for one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def error(self, where: Location, message: str) -> None:
        self.problems.append(Problem(where, message))

    def warn(self, where: Location, message: str) -> None:
        self.problems.append(Problem(where, message, warning=True))

    def mapping(self, node: Node, what: str) -> Map | None:
        if isinstance(node, Map):
            return node
        self.error(node.where, f"{what} must be a mapping of 'key: value' lines")
        return None

    def keys(self, node: Map, allowed: set[str], required: tuple[str, ...], what: str) -> None:
        for key, (where, _) in node.entries.items():
            if key not in allowed:
                hint = ", ".join(sorted(allowed))
                self.error(where, f"unknown key '{key}' in {what} (expected one of: {hint})")
        for key in required:
            if key not in node.entries:
                self.error(node.where, f"{what} is missing '{key}'")

    def text(self, node: Map, key: str, what: str, *, allow_empty: bool = False) -> str:
        if key not in node.entries:
            return ""
        value = node.entries[key][1]
        if not isinstance(value, Scalar):
            self.error(value.where, f"'{key}' of {what} must be text, not a list or mapping")
            return ""
        if not value.value.strip() and not allow_empty:
            self.error(value.where, f"'{key}' of {what} is empty")
        return value.value.strip()

    def texts(self, node: Map, key: str, what: str) -> tuple[str, ...]:
        if key not in node.entries:
            return ()
        value = node.entries[key][1]
        if isinstance(value, Scalar) and not value.value:
            return ()  # "accept:" with nothing after it
        if not isinstance(value, Seq):
            self.error(value.where, f"'{key}' of {what} must be a list, like [one, two]")
            return ()
        out = []
        for item in value.items:
            if not isinstance(item, Scalar):
                self.error(item.where, f"each entry of '{key}' in {what} must be text")
            elif not item.value.strip():
                self.error(item.where, f"an entry of '{key}' in {what} is empty")
            else:
                out.append(item.value.strip())
        return tuple(out)

    def where(self, node: Map, key: str) -> Location:
        return node.entries[key][1].where if key in node.entries else node.where

    def ident(self, node: Map, what: str) -> str:
        value = self.text(node, "id", what)
        if value and not ID_PATTERN.fullmatch(value):
            self.error(self.where(node, "id"),
                       f"id '{value}' of {what} must be lower-case letters, digits and "
                       "hyphens (like 'my-pack-2'), at most 64 characters")
        return value

    def items(self, root: Map, key: str) -> list[Node]:
        if key not in root.entries:
            return []
        value = root.entries[key][1]
        if isinstance(value, Scalar) and not value.value:
            return []
        if not isinstance(value, Seq):
            self.error(value.where, f"'{key}' must be a list of entries, each starting with '- '")
            return []
        return value.items
