"""Every key, on `?`."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Grid, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from quiz.ui.commands import Place, bindings, help_note, help_sections, help_text

# The same help as plain text (the tests read which keys it names).
KEYS = help_text()


class HelpScreen(ModalScreen[None]):
    PLACE = Place.HELP
    BINDINGS = bindings(PLACE)

    def compose(self) -> ComposeResult:
        # A grid of keys and what they do, each description wrapped by its
        # widget at the dialog's width, under itself: never hard-wrapped
        # for one width and broken again in a narrower box.
        with VerticalScroll(id="dialog", classes="help"):
            yield Static("Keys", classes="dialog-title")
            for heading, rows in help_sections():
                yield Static(heading, classes="help-heading", markup=False)
                with Grid(classes="help-keys"):
                    for keys, what in rows:
                        yield Static(keys, classes="help-key", markup=False)
                        yield Static(what, classes="help-what", markup=False)
            yield Static(help_note(), classes="help-note", markup=False)
