"""Settings: spoiler mode, what you have watched per pack, round length, theme,
streak bonus. Each change is saved at once."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Select, Static, Switch

from quiz.core.pack import NONE_LEVEL
from quiz.ui.widgets.top_bar import TopBar

ROUND_LENGTHS = (5, 10, 15, 20, 25, 30, 50)


class SettingsScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="settings-back"),
        Binding("up", "app.focus_previous", show=False),
        Binding("down", "app.focus_next", show=False),
    ]

    def compose(self) -> ComposeResult:
        settings = self.app.game.settings
        yield TopBar("settings")
        with VerticalScroll(id="settings-body"):
            with Horizontal(classes="setting"):
                yield Static("Spoiler mode (s)", classes="setting-label")
                yield Switch(value=settings.spoilers, id="spoilers")
            yield Static("Off: each pack shows only what you have watched. On: everything.",
                         classes="setting-help")
            for pack in self.app.game.catalog.packs:
                with Horizontal(classes="setting"):
                    yield Static(Content(f"Watched through: {pack.title}"), classes="setting-label")
                    options = [(Content("Nothing yet"), NONE_LEVEL),
                               *((Content(level.label), level.id) for level in pack.levels)]
                    yield Select(options, allow_blank=False, classes="watched", name=pack.id,
                                 value=settings.watched_level(pack.id) or pack.safe_through)
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
                yield Static("Streak bonus", classes="setting-label")
                yield Switch(value=settings.streak_bonus, id="streak")
            yield Static("Up to +50 points for answers in a row.", classes="setting-help")
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "spoilers_on", self._sync_spoilers, init=False)
        self.query_one("#spoilers", Switch).focus()

    def _sync_spoilers(self, on: bool) -> None:
        switch = self.query_one("#spoilers", Switch)
        if switch.value != on:
            with switch.prevent(Switch.Changed):
                switch.value = on

    @on(Switch.Changed, "#spoilers")
    def _spoilers(self, event: Switch.Changed) -> None:
        if event.value != self.app.spoilers_on:
            self.app.request_spoilers(event.value)
            # Until confirmed, the switch shows the real state.
            self._sync_spoilers(self.app.spoilers_on)

    @on(Select.Changed, ".watched")
    def _watched(self, event: Select.Changed) -> None:
        pack_id = event.select.name or ""
        pack = self.app.game.catalog.get(pack_id)
        # The Select reports its first value on mount: only a real change counts,
        # so a player who never chose keeps following the pack's safe_through.
        current = self.app.game.settings.watched_level(pack_id) or (pack.safe_through if pack else None)
        if isinstance(event.value, str) and current != event.value:
            self.app.game.settings.watched[pack_id] = event.value
            self.app.save_settings()
            self.app.horizon_stamp += 1

    @on(Select.Changed, "#length")
    def _length(self, event: Select.Changed) -> None:
        if isinstance(event.value, int) and event.value != self.app.game.settings.round_length:
            self.app.game.settings.round_length = event.value
            self.app.save_settings()

    @on(Select.Changed, "#theme")
    def _theme(self, event: Select.Changed) -> None:
        if isinstance(event.value, str) and event.value != self.app.game.settings.theme:
            self.app.theme = event.value
            self.app.game.settings.theme = event.value
            self.app.save_settings()

    @on(Switch.Changed, "#streak")
    def _streak(self, event: Switch.Changed) -> None:
        if event.value != self.app.game.settings.streak_bonus:
            self.app.game.settings.streak_bonus = event.value
            self.app.save_settings()
