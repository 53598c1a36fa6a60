"""Scores: recent rounds, bests, accuracy and progress, within the current horizon."""

from __future__ import annotations

from datetime import datetime

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from quiz.core.scoreboard import build_report
from quiz.ui.commands import Place, bindings
from quiz.ui.widgets.top_bar import TopBar


class ScoresScreen(Screen[None]):
    PLACE = Place.SCORES
    BINDINGS = bindings(PLACE)

    def compose(self) -> ComposeResult:
        yield TopBar("scores")
        yield VerticalScroll(id="scores-body", can_focus=True)
        yield Footer()

    async def on_mount(self) -> None:
        self.app.game.refresh_scores()
        self.app.show_messages()
        await self.render_report()
        self.watch(self.app, "horizon_stamp", self.render_report, init=False)
        self.query_one("#scores-body").focus()

    async def render_report(self) -> None:
        """Built afresh from the gate each time: after spoilers go off, what was
        answered above the new horizon is gone from every line."""
        game = self.app.game
        report = build_report(game.scores.book, game.catalog.packs, game.view,
                              datetime.now().astimezone())
        body = self.query_one("#scores-body", VerticalScroll)
        await body.remove_children()
        widgets = []
        for heading, lines in report.sections():
            widgets.append(Static(heading, classes="heading", markup=False))
            for line in lines:
                # A line of its own, indented by padding: a long one wraps under
                # itself, not back at the margin.
                shown = Static(Content(line.lstrip()), classes="section", markup=False)
                shown.styles.padding = (0, 0, 0, len(line) - len(line.lstrip()))
                widgets.append(shown)
        await body.mount_all(widgets)
