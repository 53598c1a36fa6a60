"""Settings: spoiler mode, what you have watched per pack, round length, theme,
streak bonus. Each change is saved at once; one that shows more asks first."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Select, Static, Switch
from textual.widgets.option_list import Option

from quiz.core.pack import Pack
from quiz.core.spoilers import Horizon
from quiz.ui.commands import Place, bindings
from quiz.ui.widgets.stop_list import StopList
from quiz.ui.widgets.top_bar import TopBar

ROUND_LENGTHS = (5, 10, 15, 20, 25, 30, 50)


class SettingsScreen(Screen[None]):
    """Shows the settings and tells the App what the player changes: the App
    applies it (see QuizApp.change_setting), and the screen follows."""

    PLACE = Place.SETTINGS
    BINDINGS = bindings(PLACE)
    # Shorter than this, tighter (see app.tcss).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]

    def __init__(self) -> None:
        super().__init__()
        self.packs: list[Pack] = []  # those with levels, one row each
        self.rows: list[str] = []  # what each row says

    def compose(self) -> ComposeResult:
        settings = self.app.game.settings
        # One row per pack, from the packs the game loaded: a thousand packs make
        # a thousand rows of one list, not a thousand widgets.
        self.packs = [pack for pack in self.app.game.catalog.packs if pack.levels]
        self.rows = self._rows()
        yield TopBar("settings")
        with VerticalScroll(id="settings-body"):
            with Horizontal(classes="setting"):
                yield Static("Spoiler mode (s)", classes="setting-label")
                yield Switch(value=self.app.spoilers_on, id="spoilers")
            yield Static("Off: each pack shows only what you have watched. On: everything.",
                         classes="setting-help")
            yield Static("Watched through (Enter to change)", classes="setting-heading")
            # An "auto" height measures every row at each layout: past a few
            # packs, a fixed height ("-many") leaves that to scrolling.
            yield StopList(*(Option(Content(row)) for row in self.rows), id="watched",
                           classes="-many" if len(self.packs) > 4 else "")
            yield Static("Past what a pack assumes you have watched, you are asked first."
                         if self.packs else "No pack has spoiler levels.", classes="setting-help")
            with Horizontal(classes="setting"):
                yield Static("Questions in a classic round", classes="setting-label")
                lengths = sorted({*ROUND_LENGTHS, settings.round_length})
                yield Select([(str(n), n) for n in lengths], allow_blank=False,
                             value=settings.round_length, id="length")
            with Horizontal(classes="setting"):
                yield Static("Theme", classes="setting-label")
                themes = sorted(self.app.available_themes)
                yield Select([(t, t) for t in themes], allow_blank=False, id="theme",
                             value=self.app.theme if self.app.theme in themes else themes[0])
            with Horizontal(classes="setting"):
                yield Static("Time scoring", classes="setting-label")
                yield Switch(value=settings.scoring == "time", id="scoring")
            with Horizontal(classes="setting"):
                yield Static("Streak bonus", classes="setting-label")
                yield Switch(value=settings.streak_bonus, id="streak")
            yield Static("Points: 100 a right answer, a streak up to +50. Time: 1,000 at once "
                         "to 500 at 20 s, a streak up to +500.", classes="setting-help")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#watched", StopList).display = bool(self.packs)
        self.watch(self.app, "horizon_stamp", self._horizon_changed, init=False)
        self.query_one("#spoilers", Switch).focus()

    def on_show(self) -> None:
        self.on_resize()

    def on_resize(self) -> None:
        # A short terminal: a row for each list (switches: see app.tcss).
        for control in self.query(Select):
            control.compact = self.size.height < 20

    def _rows(self) -> list[str]:
        watched = self.app.game.settings.watched_level
        return [f"{pack.title}\n  {Horizon(watched(pack.id) or pack.safe_through).describe(pack)}"
                for pack in self.packs]

    def _horizon_changed(self) -> None:
        self._sync_spoilers(self.app.spoilers_on)
        rows = self._rows()
        listing = self.query_one("#watched", StopList)
        for index, (old, new) in enumerate(zip(self.rows, rows)):
            if old != new:
                listing.replace_option_prompt_at_index(index, Content(new))
        self.rows = rows

    def _sync_spoilers(self, on: bool) -> None:
        switch = self.query_one("#spoilers", Switch)
        if switch.value != on:
            with switch.prevent(Switch.Changed):
                switch.value = on

    @on(Switch.Changed, "#spoilers")
    def _spoilers(self, event: Switch.Changed) -> None:
        if event.value != self.app.spoilers_on:
            self.app.change_setting("spoilers", event.value)
            # Until confirmed, the switch shows the real state.
            self._sync_spoilers(self.app.spoilers_on)

    @on(OptionList.OptionSelected, "#watched")
    def _watched(self, event: OptionList.OptionSelected) -> None:
        from quiz.ui.screens.watched import WatchedScreen

        pack = self.packs[event.option_index]
        current = self.app.game.settings.watched_level(pack.id) or pack.safe_through

        def chosen(level: str | None) -> None:
            if level is not None:
                self.app.change_setting("watched", level, pack)

        self.app.push_screen(WatchedScreen(pack, current), chosen)

    @on(Select.Changed, "#length")
    def _length(self, event: Select.Changed) -> None:
        if isinstance(event.value, int):
            self.app.change_setting("round_length", event.value)

    @on(Select.Changed, "#theme")
    def _theme(self, event: Select.Changed) -> None:
        if isinstance(event.value, str):
            self.app.change_setting("theme", event.value)

    @on(Switch.Changed, "#scoring")
    def _scoring(self, event: Switch.Changed) -> None:
        self.app.change_setting("scoring", "time" if event.value else "points")

    @on(Switch.Changed, "#streak")
    def _streak(self, event: Switch.Changed) -> None:
        self.app.change_setting("streak_bonus", event.value)
