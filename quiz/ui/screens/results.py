"""The end of a round: score, accuracy, streak, what was missed, how to replay."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from quiz.core.pack import Pack
from quiz.core.round import Round
from quiz.core.scorebook import Saved
from quiz.core.wording import results
from quiz.ui.commands import Place, bindings
from quiz.ui.outcomes import WhatNext
from quiz.ui.widgets.top_bar import TopBar


class ResultsScreen(Screen[WhatNext]):
    """A round's results; dismissed with what the player wants next."""

    PLACE = Place.RESULTS
    BINDINGS = bindings(PLACE)

    def __init__(self, pack: Pack, round_: Round, saved: Saved | None = None) -> None:
        super().__init__()
        self.pack = pack
        self.round = round_
        self.saved = saved

    def compose(self) -> ComposeResult:
        yield TopBar("results")
        with VerticalScroll(id="results-body"):
            yield Static(id="headline", markup=False)
            yield Static(id="figures", markup=False)
            yield Static(id="best", markup=False)
            # Buttons before the missed list, which can be long: the focus then
            # keeps the score in view.
            with Horizontal(id="result-buttons"):
                yield Button("Play again (r)", id="again", variant="primary")
                yield Button("Same round (a)", id="same")
                yield Button("Menu (Esc)", id="menu")
            yield Static(id="replay-line", markup=False)
            yield Static(id="missed", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.render_results()
        self.watch(self.app, "horizon_stamp", self.render_results, init=False)
        self.query_one("#again", Button).focus()

    def render_results(self) -> None:
        # At the horizon of now: what was answered with spoilers on is not shown
        # once they are off.
        shown = results(self.round, self.app.game.view(self.pack), self.saved)
        self.query_one("#headline", Static).update(Content(shown.headline))
        self.query_one("#figures", Static).update(Content("\n".join(shown.figures)))
        best = self.query_one("#best", Static)
        best.update(Content("\n".join(shown.best)))
        best.set_class(bool(self.saved and self.saved.new_best), "-new")
        self.query_one("#missed", Static).update(Content("\n".join(shown.missed)))
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
