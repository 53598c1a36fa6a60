"""The bar at the top of every screen: where you are, and the spoiler state."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static


class SpoilerBadge(Static):
    """Always on screen: whether spoiler mode is on. Follows the app's setting."""

    def on_mount(self) -> None:
        self.watch(self.app, "spoilers_on", self._show)

    def _show(self, on: bool) -> None:
        self.update(Content("Spoilers ON" if on else "Spoilers off"))
        self.set_class(on, "-on")


class TopBar(Horizontal):
    def __init__(self, where: str) -> None:
        super().__init__()
        self.where = where

    def compose(self) -> ComposeResult:
        yield Static(Content(f"quiz · {self.where}"), classes="where", markup=False)
        yield SpoilerBadge(classes="badge")
