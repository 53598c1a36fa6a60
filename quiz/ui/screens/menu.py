"""The first screen: play, review, scores, settings, help, quit."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from quiz.ui.widgets.top_bar import TopBar

LOGO = "Q U I Z"
# (action, label): the label names the key that does the same from anywhere here.
CHOICES = (("pick", "Play           p"), ("review", "Review         r"),
           ("scores", "Scores         h"), ("settings", "Settings       o"),
           ("help", "Help           ?"), ("quit", "Quit           q"))


class MenuScreen(Screen[None]):
    # Each choice names its key, so the footer keeps to the keys that work
    # everywhere. One list rather than a button per choice: the menu is the
    # first thing painted, and every widget costs its start.
    BINDINGS = [
        Binding("p", "app.pick", "Play", id="menu-play", show=False),
        Binding("r", "app.review", "Review", id="menu-review", show=False),
        Binding("h", "app.scores", "Scores", id="menu-scores", show=False),
        Binding("o", "app.settings", "Settings", id="menu-settings", show=False),
        Binding("q", "app.quit", "Quit", id="menu-quit", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield TopBar("menu")
        with VerticalScroll(id="menu-body"):
            yield Static(LOGO, id="logo")
            yield Static("Spoiler-aware trivia for the terminal", id="tagline")
            with Center():
                yield OptionList(*(Option(label, id=action) for action, label in CHOICES),
                                 id="menu-list")
            yield Static(id="notes", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#menu-list", OptionList).focus()
        self.show_notes()

    def on_screen_resume(self) -> None:
        self.show_notes()  # the picker may have reloaded the packs

    def show_notes(self) -> None:
        failed = len(self.app.game.catalog.failed)
        self.query_one("#notes", Static).update(
            f"{failed} pack(s) could not be loaded: see the pack picker." if failed else "")

    @on(OptionList.OptionSelected, "#menu-list")
    async def _chosen(self, event: OptionList.OptionSelected) -> None:
        await self.app.run_action(event.option.id or "pick")
