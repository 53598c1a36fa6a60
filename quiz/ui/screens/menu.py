"""The first screen: play, review, scores, settings, help, quit."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from quiz.ui.widgets.top_bar import TopBar

LOGO = "Q U I Z"


class MenuScreen(Screen[None]):
    # Each button names its key ("Play (p)"), so the footer keeps to the keys
    # that work everywhere: fewer footer widgets, a faster first paint.
    BINDINGS = [
        Binding("p", "app.pick", "Play", id="menu-play", show=False),
        Binding("r", "app.review", "Review", id="menu-review", show=False),
        Binding("h", "app.scores", "Scores", id="menu-scores", show=False),
        Binding("o", "app.settings", "Settings", id="menu-settings", show=False),
        Binding("q", "app.quit", "Quit", id="menu-quit", show=False),
        Binding("up", "app.focus_previous", show=False),
        Binding("down", "app.focus_next", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield TopBar("menu")
        with VerticalScroll(id="menu-body"):
            yield Static(LOGO, id="logo")
            yield Static("Spoiler-aware trivia for the terminal", id="tagline")
            with Center():
                yield Button("Play (p)", id="play", variant="primary")
            with Center():
                yield Button("Review (r)", id="review")
            with Center():
                yield Button("Scores (h)", id="scores")
            with Center():
                yield Button("Settings (o)", id="settings")
            with Center():
                yield Button("Help (?)", id="help")
            with Center():
                yield Button("Quit (q)", id="quit")
            yield Static(id="notes", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#play", Button).focus()
        self.show_notes()

    def on_screen_resume(self) -> None:
        self.show_notes()  # the picker may have reloaded the packs

    def show_notes(self) -> None:
        failed = len(self.app.game.catalog.failed)
        self.query_one("#notes", Static).update(
            f"{failed} pack(s) could not be loaded: see the pack picker." if failed else "")

    @on(Button.Pressed)
    async def _pressed(self, event: Button.Pressed) -> None:
        action = {"play": "pick", "review": "review", "scores": "scores",
                  "settings": "settings", "help": "help", "quit": "quit"}
        await self.app.run_action(action[event.button.id or ""])
