"""Text that wraps at spaces and after a "/": a file path breaks between its
folders, never inside a name (Textual wraps at spaces only, and folds a long
path wherever the width runs out)."""

from __future__ import annotations

import re

from rich.cells import cell_len, chop_cells
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

# A run of text, then the spaces or slashes after it: a line may break after each.
_PIECE = re.compile(r"[^ /]*[ /]*")


def fold(line: str, width: int) -> list[str]:
    """`line` in rows of at most `width` cells, broken after a space or a "/";
    only a name wider than a whole row is cut."""
    width = max(width, 1)
    rows: list[str] = []
    row = ""
    for piece in _PIECE.findall(line):
        if row and cell_len((row + piece).rstrip()) > width:
            rows.append(row.rstrip())
            row = ""
        row += piece
        if cell_len(row.rstrip()) > width:
            *whole, row = chop_cells(row, width)
            rows += whole
    rows.append(row.rstrip())
    return rows


class Folded(Static):
    """A Static for plain text (given as Content) laid out by fold() at its width."""

    def _rows(self, width: int) -> list[str]:
        return [row for line in self.visual.plain.split("\n") for row in fold(line, width)]

    def render(self) -> Content:
        return Content("\n".join(self._rows(self.size.width)))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._rows(width)) if self.visual.plain else 0
