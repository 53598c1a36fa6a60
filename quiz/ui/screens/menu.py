"""The first screen: play, review, scores, settings, help, quit."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Center, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from quiz.ui.commands import Place, bindings, menu_commands
from quiz.ui.widgets.top_bar import TopBar

LOGO = "Q U I Z"


class MenuScreen(Screen[None]):
    PLACE = Place.MENU
    # Each choice names its key, so the footer keeps to the keys that work
    # everywhere. One list rather than a button per choice: the menu is the
    # first thing painted, and every widget costs its start.
    BINDINGS = bindings(PLACE)
    # Shorter than this, a compact menu (see app.tcss): the title stays on screen.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]

    def compose(self) -> ComposeResult:
        yield TopBar("menu")
        with VerticalScroll(id="menu-body"):
            yield Static(LOGO, id="logo")
            yield Static("Spoiler-aware trivia for the terminal", id="tagline")
            with Center():
                # The option's id is the App's action it runs.
                yield OptionList(*(Option(f"{c.title:<15}{c.keys}", id=c.app_action)
                                   for c in menu_commands()), id="menu-list")
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
