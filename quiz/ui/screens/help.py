"""Every key, on `?`."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from quiz.ui.commands import Place, bindings, help_text

KEYS = help_text()


class HelpScreen(ModalScreen[None]):
    PLACE = Place.HELP
    BINDINGS = bindings(PLACE)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog", classes="help"):
            yield Static("Keys", classes="dialog-title")
            yield Static(KEYS, markup=False)
