"""Asking before spoilers are shown."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmSpoilers(ModalScreen[bool]):
    BINDINGS = [
        Binding("y", "answer(True)", "Yes, show spoilers", id="confirm-yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm-no"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static("Turn spoiler mode on?", classes="dialog-title")
            yield Static("Every pack will show everything it holds, including seasons "
                         "you have not watched yet.", classes="dialog-body")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Yes, show spoilers (y)", variant="warning", id="yes")
                yield Button("No (n)", variant="primary", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
