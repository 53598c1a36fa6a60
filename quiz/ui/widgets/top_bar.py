"""The bar at the top of every screen: where you are, and the spoiler state."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static


class SpoilerBadge(Static):
    """Always on screen: what the player can see (spoiler mode, and any pack
    watched past its default). Follows every change of the horizon."""

    def on_mount(self) -> None:
        self.watch(self.app, "horizon_stamp", self._show)

    def _show(self) -> None:
        game = self.app.game
        self.update(Content(game.seen_note()))  # a level's label is pack text
        self.set_class(game.spoilers_on(), "-on")


class TopBar(Horizontal):
    def __init__(self, where: str, note: str | None = None) -> None:
        """`note`: what the badge says, for a screen the spoiler switch does not
        rule (a party's); without one, the badge follows the switch."""
        super().__init__()
        self.where = where
        self.note = note

    def compose(self) -> ComposeResult:
        yield Static(Content(f"quiz · {self.where}"), classes="where", markup=False)
        if self.note is None:
            yield SpoilerBadge(classes="badge")
        else:
            yield Static(Content(self.note), classes="badge")
