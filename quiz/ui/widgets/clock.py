"""Blitz: the time left, as a bar that empties and the seconds."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

WARNING_AT = 10  # seconds left: the bar turns the warning colour...
ERROR_AT = 5     # ...then the error colour


class Clock(Widget):
    """One line: a bar of blocks, as long as the time left, and the seconds.
    Each tick sets `seconds`, nothing more: it redraws one line, and only when
    what it shows changes."""

    seconds: reactive[int] = reactive(0)

    def __init__(self, total: float, id: str | None = None) -> None:
        super().__init__(id=id)
        self.total = total
        self.set_reactive(Clock.seconds, round(total))

    def show(self, seconds_left: float) -> None:
        # Rounded as the line mode and the progress line round it: "0 s" is time up.
        self.seconds = max(0, round(seconds_left))

    def watch_seconds(self, seconds: int) -> None:
        self.set_class(ERROR_AT < seconds <= WARNING_AT, "-warning")
        self.set_class(seconds <= ERROR_AT, "-error")

    def render(self) -> Content:
        figure = f" {self.seconds:>3} s"
        width = max(0, self.size.width - len(figure))
        filled = min(width, round(width * self.seconds / self.total)) if self.total else 0
        return Content("█" * filled + "░" * (width - filled) + figure)
