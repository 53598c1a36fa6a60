"""Lines whose wrapped rows hang under their text, not under their bullet.

A list of questions wraps at the terminal's width: "• " and "  → " start a
line, and the rows it wraps onto start where its text starts, so each bullet
stands out at the left. Textual wraps a line back to the margin; this Visual
wraps each line's text in the width left beside its lead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.segment import Segment
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

# What a line starts with that its wrapped rows hang under: spaces, a bullet or
# an arrow and the space after it.
_LEAD = re.compile(r" *(?:[•→] )?")


class Hanging(Visual):
    """Plain text (never markup), one line per item of `lines`."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.plain = "\n".join(lines)
        self._lines = []
        for line in self.plain.split("\n"):
            lead = _LEAD.match(line).group(0)  # always matches, if only ""
            self._lines.append((lead, Content(line[len(lead):])))

    @staticmethod
    def _fit(lead: str, text: Content, width: int) -> tuple[str, Content, int]:
        """The lead to hang under, the text to wrap and the width it wraps in. In a
        width too narrow to hang, the lead is part of the text."""
        if width - len(lead) < 8:
            return "", Content(lead) + text, width
        return lead, text, width - len(lead)

    def render_strips(self, width: int, height: int | None, style: Style,
                      options: RenderOptions) -> list[Strip]:
        if not width:
            return []
        base = style.rich_style
        strips: list[Strip] = []
        for line in self._lines:
            lead, text, room = self._fit(*line, width)
            first, *rest = text.render_strips(room, None, style, options) or [Strip.blank(0)]
            strips.append(Strip.join([Strip([Segment(lead, base)]), first]))
            strips += [Strip.join([Strip.blank(len(lead), base), row]) for row in rest]
        return strips[:height] if height is not None else strips

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((len(lead) + text.get_optimal_width(rules, container_width)
                    for lead, text in self._lines), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return sum(max(1, text.get_height(rules, room))
                   for _, text, room in (self._fit(*line, width) for line in self._lines))
