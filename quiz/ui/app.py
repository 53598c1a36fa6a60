"""The Textual app: screens, the spoiler switch, and actions every screen shares."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from quiz.core.pack import Pack
from quiz.core.round import Round
from quiz.core.scorebook import Saved
from quiz.game import Game
# Only the menu is needed to open: every other screen is imported when first
# shown, so the menu paints sooner (the benchmarks time it).
from quiz.ui.screens.menu import MenuScreen


class QuizApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "quiz"
    BINDINGS = [
        Binding("s", "toggle_spoilers", "Spoilers", id="toggle-spoilers",
                tooltip="Spoiler mode on (asks first) or off (at once)"),
        Binding("question_mark", "help", "Help", id="help", tooltip="Every key"),
    ]

    # Bumped whenever what a player may see changes; screens showing pack text
    # (and the badge) watch it and read the game again at once.
    horizon_stamp: reactive[int] = reactive(0)

    def __init__(self, game: Game, first_round: Round | None = None) -> None:
        super().__init__()
        self.game = game
        self.first_round = first_round

    def on_mount(self) -> None:
        if self.game.settings.theme in self.available_themes:
            self.theme = self.game.settings.theme
        self.push_screen(MenuScreen())
        if self.first_round is not None:
            from quiz.ui.screens.play import PlayScreen

            pack = self.game.catalog.get(self.first_round.config.pack_id)
            if pack is not None:
                self.push_screen(PlayScreen(pack, self.first_round))
        self.show_messages()

    def show_messages(self) -> None:
        """Tell the player what the core had to tell: a file set aside, a save
        that failed."""
        for message in self.game.take_messages():
            self.notify(message, severity="warning", timeout=15, markup=False)

    def record(self, round_: Round) -> Saved | None:
        saved = self.game.record(round_)
        self.show_messages()
        return saved

    # -- spoilers ------------------------------------------------------------------

    @property
    def spoilers_on(self) -> bool:
        """Whether this session shows spoilers: the game's word, never a copy."""
        return self.game.spoilers_on()

    def action_toggle_spoilers(self) -> None:
        from quiz.ui.screens.confirm import ConfirmSpoilers

        if isinstance(self.screen, ConfirmSpoilers):
            return
        self.request_spoilers(not self.spoilers_on)

    def request_spoilers(self, on: bool) -> None:
        """Off applies at once; on waits for a yes."""

        def apply() -> None:
            self.game.set_spoilers(on)

        self._ask_then_apply(self.game.needs_yes(spoilers=on), apply)

    def request_watched(self, pack: Pack, level: str) -> None:
        """What the player has watched of a pack: past what they agreed to, it
        shows what spoiler mode shows, so it waits for the same yes."""
        if level == (self.game.settings.watched_level(pack.id) or pack.safe_through):
            return  # nothing pinned: a pack that moves its default moves the player too
        from quiz.ui.screens.confirm import ConfirmSpoilers

        label = pack.label(level)

        def apply() -> None:
            self.game.set_watched(pack, level)

        self._ask_then_apply(
            self.game.needs_yes(pack=pack, watched=level), apply,
            ConfirmSpoilers(f"Show {label} of {pack.title}?",
                            f"Saying you have watched {label} shows its questions in this "
                            "pack, even with spoiler mode off."))

    def _ask_then_apply(self, ask: bool, apply: Callable[[], None],
                        dialog: Screen[bool] | None = None) -> None:
        from quiz.ui.screens.confirm import ConfirmSpoilers

        def answered(yes: bool | None) -> None:
            if yes:
                self._apply(apply)

        if ask:
            self.push_screen(dialog or ConfirmSpoilers(), answered)
        else:
            self._apply(apply)

    def _apply(self, apply: Callable[[], None]) -> None:
        was_on = self.spoilers_on
        try:
            apply()
        except OSError as error:
            self.notify(f"Could not save settings: {error}", severity="error", markup=False)
        self.horizon_stamp += 1
        if self.spoilers_on != was_on:
            self.notify("Spoilers on: everything is shown." if self.spoilers_on
                        else "Spoilers off: only what you have watched.", timeout=3)

    def save_settings(self) -> None:
        try:
            self.game.save()
        except OSError as error:
            self.notify(f"Could not save settings: {error}", severity="error", markup=False)

    # -- navigation -----------------------------------------------------------------

    def action_pick(self) -> None:
        from quiz.ui.screens.picker import PickerScreen

        self.push_screen(PickerScreen())

    def action_review(self) -> None:
        """One pack: review it now. Several: pick one, review mode chosen."""
        packs = self.game.catalog.packs
        if len(packs) == 1:
            self.start_round(packs[0].id, "review")
        else:
            from quiz.ui.screens.picker import PickerScreen

            self.push_screen(PickerScreen(mode="review"))

    def action_scores(self) -> None:
        from quiz.ui.screens.scores import ScoresScreen

        if not isinstance(self.screen, ScoresScreen):
            self.push_screen(ScoresScreen())

    def action_settings(self) -> None:
        from quiz.ui.screens.settings import SettingsScreen

        if not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen())

    def action_help(self) -> None:
        from quiz.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_menu(self) -> None:
        while len(self.screen_stack) > 2 and not isinstance(self.screen, MenuScreen):
            self.pop_screen()

    def start_round(self, pack_id: str, mode: str = "classic", topic: str = "",
                    seed: str | None = None, length: int | None = None) -> None:
        pack = self.game.catalog.get(pack_id)
        if pack is None:
            return
        round_ = self.game.new_round(pack, mode, length, seed, topic)
        if not round_.total:
            self.notify(round_.empty_note, severity="warning", markup=False)
            return
        from quiz.ui.screens.picker import PickerScreen
        from quiz.ui.screens.play import PlayScreen
        from quiz.ui.screens.scores import ScoresScreen

        screen = PlayScreen(pack, round_)
        if isinstance(self.screen, PickerScreen | MenuScreen | ScoresScreen):
            self.push_screen(screen)
        else:
            self.switch_screen(screen)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Play", "Pick a pack and play a round", self.action_pick)
        yield SystemCommand("Review", "Play the questions you missed or that are due",
                            self.action_review)
        yield SystemCommand("Scores", "Recent rounds, bests, accuracy, progress",
                            self.action_scores)
        yield SystemCommand("Settings", "Spoilers, what you watched, round length, theme",
                            self.action_settings)
        yield SystemCommand("Spoilers on/off", "Toggle spoiler mode", self.action_toggle_spoilers)
        yield SystemCommand("Help", "Every key", self.action_help)
        yield SystemCommand("Menu", "Back to the main menu", self.action_menu)
