"""Scores: recent rounds, bests, accuracy and progress, within the current horizon."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Footer, Static

from quiz.core.scoreboard import Report, Table, build_report
from quiz.ui.commands import Place, bindings
from quiz.ui.widgets.hanging import Hanging
from quiz.ui.widgets.top_bar import TopBar


class ScoresScreen(Screen[None]):
    PLACE = Place.SCORES
    BINDINGS = bindings(PLACE)

    def __init__(self) -> None:
        super().__init__()
        self.fits: list[bool] | None = None  # which tables fit, at the last render

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

    async def on_resize(self) -> None:
        # Only a width that changes which tables fit lays them out again.
        if self.fits is not None and self.fits != self._fitting(self.report()):
            await self.render_report()

    def _fitting(self, report: Report) -> list[bool]:
        """Does each table fit the screen's width in its own column order? The
        body's padding, a scrollbar and the table's cell padding take 6 columns."""
        room = self.size.width - 6
        return [part.width() <= room for _, part in report.parts() if isinstance(part, Table)]

    def report(self) -> Report:
        game = self.app.game
        return build_report(game.scores.book, game.catalog.packs, game.view,
                            datetime.now().astimezone())

    async def render_report(self) -> None:
        """Built afresh from the gate each time: after spoilers go off, what was
        answered above the new horizon is gone from every line."""
        report = self.report()
        self.fits = self._fitting(report)
        fits = iter(self.fits)
        body = self.query_one("#scores-body", VerticalScroll)
        await body.remove_children()
        widgets: list[Widget] = []
        for heading, part in report.parts():
            widgets.append(Static(Content(heading), classes="heading", markup=False))
            if isinstance(part, Table):
                widgets.append(_table(part if next(fits) else part.narrowed()))
            else:
                # Indented lines wrap under their own text, not back at the margin.
                widgets.append(Static(Hanging(part), classes="section", markup=False))
        await body.mount_all(widgets)


def _table(table: Table) -> DataTable:
    """A table that the body scrolls with the rest. Its cells are Text, never
    a str: DataTable reads a str as markup, and a pack id comes from the file."""
    shown: DataTable = DataTable(show_cursor=False, zebra_stripes=True, cursor_type="none",
                                 classes="table")
    shown.can_focus = False
    for n, name in enumerate(table.columns):
        shown.add_column(Text(name, justify="right" if n in table.numbers else "left"))
    for row in table.rows:
        shown.add_row(*(Text(cell, justify="right" if n in table.numbers else "left")
                        for n, cell in enumerate(row)))
    return shown

