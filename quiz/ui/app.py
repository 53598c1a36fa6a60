"""The Textual app: the flow from screen to screen, the settings, and the
actions every screen shares."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Literal

from textual import on
from textual.app import App, SystemCommand
from textual.reactive import reactive
from textual.screen import Screen

from quiz.core.pack import Pack
from quiz.core.party import PartyRound, Player, party_view
from quiz.core.round import Round
from quiz.core.scorebook import Saved
from quiz.core.spoilers import View
from quiz.game import Game
from quiz.ui.commands import Place, applies, bindings, palette_commands
from quiz.ui.messages import Answered
from quiz.ui.outcomes import Curating, RoundChoice, WhatNext

# Only the menu is needed to open: every other screen is imported when first
# shown, so the menu paints sooner (the benchmarks time it).
from quiz.ui.screens.menu import MenuScreen

Setting = Literal["spoilers", "watched", "round_length", "theme", "streak_bonus", "scoring",
                  "picker"]


def make_app(game: Game | None = None,
             start: Round | RoundChoice | Curating | None = None) -> QuizApp:
    """The game's app, as the CLI and the tests build it: on `game` (the player's
    packs, settings and scores, loaded now if not given), opened at the menu, or
    straight into a round (`quiz play`): one made already, or one to make; or
    into a draft to curate (`quiz draft --review`), leaving the game with it."""
    app = QuizApp(game or Game.load(), start if isinstance(start, Round) else None)
    if isinstance(start, RoundChoice):
        app.first_round = app.new_round(start)
    app.curating = start if isinstance(start, Curating) else None
    return app


class QuizApp(App[None]):
    CSS_PATH = ["app.tcss", "round.tcss", "review.tcss", "party.tcss"]
    TITLE = "quiz"
    BINDINGS = bindings(Place.ANYWHERE)

    # Bumped whenever what a player may see changes; screens showing pack text
    # (and the badge) watch it and read the game again at once.
    horizon_stamp: reactive[int] = reactive(0)

    def __init__(self, game: Game, first_round: Round | None = None) -> None:
        super().__init__()
        self.game = game
        self.first_round = first_round
        self.curating: Curating | None = None
        self.menu = MenuScreen()
        # The last party's players and questions each, shown again for the next.
        self.party_players: tuple[Player, ...] = ()
        self.party_each = 0

    def on_mount(self) -> None:
        if self.game.settings.theme in self.available_themes:
            self.theme = self.game.settings.theme
        self.push_screen(self.menu)
        if self.first_round is not None:
            self.play_round(self.first_round)
        if self.curating is not None:
            from quiz.ui.screens.review import ReviewScreen

            self.push_screen(ReviewScreen(self.curating), lambda _: self.exit())
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

    @on(Answered)
    def _answered(self, event: Answered) -> None:
        self.record(event.round)

    # -- what each key does where -------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The App's actions do nothing on their own screen (Settings on the
        settings): the registry says where, each screen says where it is."""
        return applies(action, getattr(self.screen, "PLACE", None), self.in_party)

    @property
    def in_party(self) -> bool:
        """Is a party being set up, played or shown its podium (under whatever
        dialog)? The owner's spoiler switch does not apply to it."""
        return any(getattr(screen, "party", None) for screen in self.screen_stack)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        place = getattr(screen, "PLACE", None)
        for command in palette_commands():
            if command.app_action and applies(command.app_action, place, self.in_party):
                yield SystemCommand(command.title, command.description,
                                    partial(self.run_action, command.action))

    # -- the flow: which screen comes next ----------------------------------------------

    def action_pick(self) -> None:
        self._pick(self._last_pick())

    def action_review(self) -> None:
        """One pack: review it now. Several: pick one, review mode chosen."""
        packs = self.game.catalog.packs
        if len(packs) == 1:
            self.play(RoundChoice(packs[0].id, "review"))
        else:
            self._pick(self._last_pick("review"))

    def _last_pick(self, mode: str | None = None) -> RoundChoice:
        """The picker as it was last left (in this run or one before)."""
        last = self.game.settings.picker
        return RoundChoice(last.get("pack", ""), mode or last.get("mode", ""), last.get("topic", ""))

    def _pick(self, start: RoundChoice) -> None:
        from quiz.ui.screens.picker import PickerScreen

        self.push_screen(PickerScreen(start), self._picked)

    # -- a party: the pack first (the levels each player chooses from are its own),
    # then the players, then the round.

    def action_party(self) -> None:
        self._party_pick(self._last_pick("classic"))

    def _party_pick(self, start: RoundChoice) -> None:
        from quiz.ui.screens.picker import PickerScreen

        self.push_screen(PickerScreen(start, party=True), self._party_picked)

    def _party_picked(self, choice: RoundChoice | None) -> None:
        from quiz.ui.screens.players import PlayersScreen

        pack = self.game.catalog.get(choice.pack_id) if choice else None
        if choice is None or pack is None:
            return
        self.push_screen(PlayersScreen(pack, self.party_players, self.party_each),
                         partial(self._party_named, choice, pack))

    def _party_named(self, choice: RoundChoice, pack: Pack,
                     named: tuple[tuple[Player, ...], int] | None) -> None:
        if named is None:
            self._party_pick(choice)
            return
        self.party_players, self.party_each = named
        if not self.play_party(pack, choice.topic):
            self._party_picked(choice)  # nothing to play: the players again, as typed

    def play_party(self, pack: Pack, topic: str = "", seed: str | None = None) -> bool:
        """Play a round of the party last named, if it asks anything."""
        round_ = self.game.new_party(pack, self.party_players, self.party_each or None,
                                     seed, topic)
        if not round_.total:
            self.notify(round_.empty_note, severity="warning", markup=False)
            return False
        self.play_round(round_)
        return True

    def round_view(self, pack: Pack, round_: Round) -> View:
        """What the screens of a round may show of its pack now: a party's, at
        its players' lowest horizon; a player's own, at theirs (which the switch
        may change mid-round)."""
        if isinstance(round_, PartyRound):
            return party_view(pack, round_.players)
        return self.game.view(pack)

    def _picked(self, choice: RoundChoice | None) -> None:
        if choice is None:
            return
        self.change_setting("picker", {"pack": choice.pack_id, "mode": choice.mode,
                                       "topic": choice.topic})
        if not self.play(choice):
            self._pick(choice)  # nothing to play: the picker again, as it was left

    def new_round(self, choice: RoundChoice) -> Round | None:
        """The round chosen; None, with a note saying why, if it asks nothing."""
        pack = self.game.catalog.get(choice.pack_id)
        if pack is None:
            return None
        round_ = self.game.new_round(pack, choice.mode, choice.length, choice.seed, choice.topic)
        if not round_.total:
            self.notify(round_.empty_note, severity="warning", markup=False)
            return None
        return round_

    def play(self, choice: RoundChoice) -> bool:
        """Play the round chosen, if it asks anything."""
        round_ = self.new_round(choice)
        if round_ is not None:
            self.play_round(round_)
        return round_ is not None

    def play_round(self, round_: Round) -> None:
        from quiz.ui.screens.play import PlayScreen

        pack = self.game.catalog.get(round_.config.pack_id)
        if pack is not None:
            self.push_screen(PlayScreen(pack, round_), partial(self._round_over, pack))

    def _round_over(self, pack: Pack, round_: Round | None) -> None:
        if round_ is not None:
            self._show_results(pack, round_, self.record(round_))

    def _show_results(self, pack: Pack, round_: Round, saved: Saved | None) -> None:
        from quiz.ui.screens.results import ResultsScreen

        self.push_screen(ResultsScreen(pack, round_, saved),
                         partial(self._after_results, pack, round_, saved))

    def _after_results(self, pack: Pack, round_: Round, saved: Saved | None,
                       what: WhatNext | None) -> None:
        if what is None or what is WhatNext.MENU:
            self.action_menu()
            return
        config = round_.config
        seed = config.seed if what is WhatNext.REPLAY else None
        if isinstance(round_, PartyRound):
            # (A party may have come from `quiz play --players`: named there.)
            self.party_players = round_.players
            self.party_each = config.length // len(round_.players)
            if not self.play_party(pack, config.topic, seed):
                self._show_results(pack, round_, saved)
            return
        if not self.play(RoundChoice(pack.id, config.mode, config.topic, seed, config.length)):
            self._show_results(pack, round_, saved)  # nothing to play: the results stay

    def action_menu(self) -> None:
        self.unless_unsaved(self.menu.pop_until_active)

    def action_interrupt(self) -> None:
        """Ctrl-C. In a round: it ends now, without asking (no one presses it
        by accident), and the results show. Anywhere else: the game ends, as
        Ctrl-C ends a terminal program; nothing is lost, everything is saved
        as it changes, but for a draft's curation not yet written: that asks
        first, and a second Ctrl-C leaves."""
        from quiz.ui.screens.play import PlayScreen

        playing = next((s for s in self.screen_stack if isinstance(s, PlayScreen)), None)
        if playing is None:
            self.unless_unsaved(self.exit)
        else:
            playing.end_now()

    async def action_quit(self) -> None:
        """Ctrl-Q, and q on the menu."""
        self.unless_unsaved(self.exit)

    def unless_unsaved(self, then: Callable[[], object]) -> None:
        """Do `then`, which closes screens, once a yes has said that what a screen
        holds unwritten (`unsaved_note`, on a curation) may be lost."""
        from quiz.ui.screens.confirm import ConfirmLeave

        note = next((n for s in self.screen_stack if (n := getattr(s, "unsaved_note", ""))), "")
        if not note or isinstance(self.screen, ConfirmLeave):
            then()
        else:
            self.push_screen(ConfirmLeave(note), lambda yes: then() if yes else None)

    def action_scores(self) -> None:
        from quiz.ui.screens.scores import ScoresScreen

        self.push_screen(ScoresScreen())

    def action_settings(self) -> None:
        from quiz.ui.screens.settings import SettingsScreen

        self.push_screen(SettingsScreen())

    def action_help(self) -> None:
        from quiz.ui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    # -- settings ----------------------------------------------------------------------

    @property
    def spoilers_on(self) -> bool:
        """Whether this session shows spoilers: the game's word, never a copy."""
        return self.game.spoilers_on()

    def action_toggle_spoilers(self) -> None:
        self.change_setting("spoilers", not self.spoilers_on)

    def change_setting(self, setting: Setting, value: bool | int | str | dict[str, str],
                       pack: Pack | None = None) -> None:
        """Every change of a setting, from any screen or key, comes here. Each is
        saved at once. One that shows more than the player agreed to (spoilers
        on, a pack watched past its default) waits for a yes; one that changes
        what may be seen bumps horizon_stamp, and every screen follows."""
        game = self.game
        if setting == "spoilers":
            on = bool(value)
            self._ask_then_apply(game.needs_yes(spoilers=on), partial(game.set_spoilers, on))
        elif setting == "watched":
            assert pack is not None and isinstance(value, str)
            if value == (game.settings.watched_level(pack.id) or pack.safe_through):
                return  # nothing pinned: a pack that moves its default moves the player too
            self._ask_then_apply(
                game.needs_yes(pack=pack, watched=value), partial(game.set_watched, pack, value),
                f"Show {pack.label(value)} of {pack.title}?",
                f"Saying you have watched {pack.label(value)} shows its questions in this "
                "pack, even with spoiler mode off.")
        elif getattr(game.settings, setting) != value:
            setattr(game.settings, setting, value)
            if setting == "theme":
                self.theme = str(value)
            self._save()

    def _ask_then_apply(self, ask: bool, apply: Callable[[], None], *question: str) -> None:
        from quiz.ui.screens.confirm import ConfirmSpoilers

        def answered(yes: bool | None) -> None:
            if yes:
                self._apply(apply)

        if ask:
            self.push_screen(ConfirmSpoilers(*question), answered)
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

    def _save(self) -> None:
        try:
            self.game.save()
        except OSError as error:
            self.notify(f"Could not save settings: {error}", severity="error", markup=False)
