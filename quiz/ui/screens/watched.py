"""Choosing how far a player has watched one pack."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quiz.core.pack import Pack
from quiz.core.spoilers import watched_choices
from quiz.ui.commands import Place, bindings
from quiz.ui.widgets.stop_list import StopList


class WatchedScreen(ModalScreen[str | None]):
    """The pack's levels, the current one highlighted; dismissed with the level
    chosen, or None. Whether it needs a yes is the app's to ask."""

    PLACE = Place.WATCHED
    BINDINGS = bindings(PLACE)
    # Shorter than this, tighter (see app.tcss).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]

    def __init__(self, pack: Pack, current: str) -> None:
        super().__init__()
        self.pack = pack
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="watched"):
            yield Static(Content(f"Watched through: {self.pack.title}"), classes="dialog-title")
            yield StopList(*(Option(Content(label), id=level)
                             for level, label in watched_choices(self.pack)), id="levels")
            # "Esc", as the footers say: the spelt-out key is a lint term of the
            # built-in pack (an escape from prison), which no screen may show.
            yield Static("Enter: choose. Esc: keep it as it is. A season past what "
                         "the pack assumes asks first.", classes="dialog-body")

    def on_mount(self) -> None:
        levels = self.query_one("#levels", StopList)
        ids = [level for level, _ in watched_choices(self.pack)]
        levels.highlighted = ids.index(self.current) if self.current in ids else 0
        levels.focus()

    @on(OptionList.OptionSelected, "#levels")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
