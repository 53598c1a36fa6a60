"""Asking yes or no before something that cannot be undone: showing spoilers,
ending a round, leaving a curation not yet written."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from quiz.ui.commands import Place, bindings


class Confirm(ModalScreen[bool]):
    """A question in a box: y for yes, n or Esc for no. No has the focus, so a
    stray Enter, like a stray Esc, changes nothing."""

    def __init__(self, question: str, body: str, yes: str, no: str = "No (n)") -> None:
        super().__init__()
        self.question = question  # may hold pack text: shown as plain text
        self.body = body
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Content(self.question), classes="dialog-title")
            yield Static(Content(self.body), classes="dialog-body")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.yes, variant="warning", id="yes")
                yield Button(self.no, variant="primary", id="no")
        # Its own: the one beneath would list the keys of the screen it covers.
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class ConfirmSpoilers(Confirm):
    """One question for every change that shows more than the player agreed to:
    spoiler mode on, or a pack watched past its default."""

    PLACE = Place.CONFIRM
    BINDINGS = bindings(PLACE)

    def __init__(self, question: str = "Turn spoiler mode on?",
                 body: str = "Every pack will show everything it holds, including seasons "
                             "you have not watched yet.") -> None:
        super().__init__(question, body, "Yes, show spoilers (y)")


class ConfirmEnd(Confirm):
    """Escape in a round: a stray one must not throw the round away."""

    PLACE = Place.END_ROUND
    BINDINGS = bindings(PLACE)

    def __init__(self) -> None:
        super().__init__("End this round?", "What you answered counts.",
                         "End round (y)", "Keep playing (n)")


class ConfirmLeave(Confirm):
    """Leaving a draft's curation (Esc, Ctrl-C, Ctrl-Q) with changes not yet
    written: a stray key must not throw the work away."""

    PLACE = Place.LEAVE_DRAFT
    BINDINGS = bindings(PLACE)

    def __init__(self, note: str) -> None:
        super().__init__("Leave without writing?", note, "Leave (y)", "Keep curating (n)")
