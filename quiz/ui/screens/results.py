"""The end of a round: how it ended, the score (large), the figures, the best,
every question answered, how to replay."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Digits, Footer, Label, Static

from quiz.core.pack import Pack
from quiz.core.party import PartyRound
from quiz.core.round import Round
from quiz.core.scorebook import Saved
from quiz.core.wording import results
from quiz.ui.commands import Place, bindings
from quiz.ui.outcomes import WhatNext
from quiz.ui.widgets.hanging import Hanging
from quiz.ui.widgets.party_board import party_note
from quiz.ui.widgets.top_bar import TopBar

# From this width the questions answered get a column of their own, beside the score.
WIDE = 100


class ResultsScreen(Screen[WhatNext]):
    """A round's results; dismissed with what the player wants next."""

    PLACE = Place.RESULTS
    BINDINGS = bindings(PLACE)
    HORIZONTAL_BREAKPOINTS = [(0, "-small"), (60, "-medium"), (WIDE, "-wide")]

    def __init__(self, pack: Pack, round_: Round, saved: Saved | None = None) -> None:
        super().__init__()
        self.pack = pack
        self.round = round_
        self.saved = saved
        # A party's results are a podium, at its players' horizon.
        self.party = round_ if isinstance(round_, PartyRound) else None

    def compose(self) -> ComposeResult:
        if self.party:
            yield TopBar("party: podium", note=party_note(self.pack, self.party.players))
        else:
            yield TopBar("results")
        with VerticalScroll(id="results-body"):
            with Vertical(id="results-main"):
                yield Static(id="headline", markup=False)
                yield Static(id="note", markup=False)
                if self.party:
                    yield Static(id="podium", markup=False)
                with Horizontal(id="score-row"):
                    with Vertical(id="score-box"):
                        yield Label("Score", id="score-label")
                        yield Digits(id="score")
                    yield Static(id="figures", markup=False)
                yield Static(id="best", markup=False)
                # Buttons before the questions answered, which can be many.
                with Horizontal(id="result-buttons"):
                    yield Button("Play again (r)", id="again", variant="primary")
                    yield Button("Same round (a)", id="same")
                    yield Button("Menu (Esc)", id="menu")
                yield Static(id="replay-line", markup=False)
            with VerticalScroll(id="results-answers"):
                yield Static(id="missed", markup=False)
                yield Static(id="right", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.render_results()
        if not self.party:
            self.watch(self.app, "horizon_stamp", self.render_results, init=False)
        # Not scrolled to the buttons: in a small terminal the score, at the
        # top, is what to see first.
        self.query_one("#again", Button).focus(scroll_visible=False)

    def on_resize(self) -> None:
        # The keyboard scrolls what scrolls: the whole page, or when wide the
        # column of questions answered.
        wide = self.size.width >= WIDE
        self.query_one("#results-body").can_focus = not wide
        self.query_one("#results-answers").can_focus = wide

    def render_results(self) -> None:
        # At the horizon of now: what was answered with spoilers on is not shown
        # once they are off.
        shown = results(self.round, self.app.round_view(self.pack, self.round), self.saved)
        self.query_one("#headline", Static).update(Content(shown.headline))
        note = self.query_one("#note", Static)
        note.update(Content("\n".join(shown.note)))
        note.display = bool(shown.note)
        self.query_one("#score", Digits).update(str(shown.score))
        self.query_one("#figures", Static).update(Content("\n".join(shown.figures)))
        # A party's best is no one player's: its podium instead of the score.
        self.query_one("#score-row").display = not self.party
        if self.party:
            self.query_one("#podium", Static).update(Content("\n".join(shown.podium)))
        best = self.query_one("#best", Static)
        best.update(Content("\n".join(shown.best)))
        best.display = bool(shown.best) and not self.party
        best.set_class(bool(self.saved and self.saved.new_best), "-new")
        self.query_one("#missed", Static).update(Hanging(shown.missed))
        right = self.query_one("#right", Static)
        right.update(Hanging(shown.right))
        right.display = bool(shown.right)
        self.query_one("#replay-line", Static).update(Content("\n".join(shown.replay)))

    @on(Button.Pressed, "#again")
    def action_again(self) -> None:
        self.dismiss(WhatNext.AGAIN)

    @on(Button.Pressed, "#same")
    def action_replay(self) -> None:
        self.dismiss(WhatNext.REPLAY)

    @on(Button.Pressed, "#menu")
    def action_menu(self) -> None:
        self.dismiss(WhatNext.MENU)
