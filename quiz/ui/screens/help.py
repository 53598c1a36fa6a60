"""Every key, on `?`."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = """\
Anywhere
  s          spoiler mode on (asks first) or off (at once)
  ?          this help
  ctrl+p     command palette: every main action by name
  ctrl+q     quit

Menu
  p          play: pick a pack and a mode
  r          review: the questions you missed, and those due again
  h          scores: recent rounds, bests, accuracy, progress
  o          settings
  q          quit

Pack picker
  up/down    choose a pack         enter   play it
  tab        mode and topic        escape  back

Playing
  1-4        answer a multiple-choice question
  1/2, t/f   answer true or false
  up/down    move between choices  enter   answer with the one in focus
  type       a type-in answer, then enter
  d          don't know (counts as wrong); on a type-in
             question, enter with the box empty
  enter, n   next question after the feedback
  escape     end the round now (what you answered counts)

Results
  r          play again            a       replay the same round
  escape     back to the menu

Scores
  up/down    scroll                r       review
  escape     back

While you type an answer, letters go to the answer box: s and ? work again
once you have answered.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="help-close"),
        # A modal screen hides the app's keys: `s` works here as it says it does.
        Binding("s", "app.toggle_spoilers", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog", classes="help"):
            yield Static("Keys", classes="dialog-title")
            yield Static(KEYS, markup=False)
