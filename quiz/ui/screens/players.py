"""A party's players: up to eight names, in turn order, what each has watched
of the pack chosen, and how many questions each answers."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Select, Static

from quiz.core.pack import Pack
from quiz.core.party import (DEFAULT_EACH, MAX_NAME, MAX_PLAYERS, PartyError, Player,
                             check_players, party_horizon)
from quiz.core.spoilers import watched_choices
from quiz.ui.commands import Place, bindings
from quiz.ui.widgets.top_bar import TopBar

EACH = (3, 5, 10, 15, 20)

Named = tuple[tuple[Player, ...], int]


class PlayersScreen(Screen[Named | None]):
    """Dismissed with the players, in turn order, and the questions each
    answers; or None. A row left empty is no player."""

    PLACE = Place.PARTY
    BINDINGS = bindings(PLACE)
    party = True  # the owner's spoiler switch does not apply here (see QuizApp)
    # Shorter or narrower than these, tighter (see party.tcss).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (18, "-tall")]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-wide")]

    # What keeps the party from playing ("" when nothing does).
    problem: reactive[str] = reactive("", bindings=True)

    def __init__(self, pack: Pack, players: tuple[Player, ...] = (), each: int = 0) -> None:
        """`players`, `each`: shown first (the last party's)."""
        super().__init__()
        self.pack = pack
        self.start = players
        self.each = each or DEFAULT_EACH

    def compose(self) -> ComposeResult:
        choices = [(Content(label), level) for level, label in watched_choices(self.pack)]
        levels = {level for _, level in choices}
        yield TopBar("party: who plays", note="Party")
        with VerticalScroll(id="players-body"):
            yield Static(Content(f"Who plays {self.pack.title}? Two to eight, in turn order. "
                                 "Each says what they have watched."), id="players-intro")
            # Above the rows: on a small screen what keeps Play off is in sight.
            yield Static(id="players-note", markup=False)
            for number in range(MAX_PLAYERS):
                player = self.start[number] if number < len(self.start) else Player("")
                level = player.watched if player.watched in levels else self.pack.safe_through
                with Horizontal(classes="player-row"):
                    yield Input(player.name, placeholder=f"Player {number + 1}",
                                id=f"name-{number}", max_length=MAX_NAME, compact=True,
                                classes="player-name")
                    yield Select(choices, value=level, allow_blank=False, compact=True,
                                 id=f"watched-{number}", classes="player-watched")
            with Horizontal(id="players-foot"):
                yield Static("Questions each", id="each-label")
                yield Select([(str(n), n) for n in sorted({*EACH, self.each})], value=self.each,
                             allow_blank=False, compact=True, id="each")
                yield Button("Play", id="party-start", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self._check()
        self.query_one("#name-0", Input).focus()
        for number in range(MAX_PLAYERS):
            self.watch(self.query_one(f"#watched-{number}", Select), "expanded",
                       self._on_level_list(number), init=False)

    def players(self) -> tuple[Player, ...]:
        """The rows with a name, in order. A player at the pack's default level
        is said as none: a replay command then leaves it out."""
        found = []
        for number in range(MAX_PLAYERS):
            name = self.query_one(f"#name-{number}", Input).value.strip()
            level = self.query_one(f"#watched-{number}", Select).value
            if name:
                watched = level if isinstance(level, str) and level != self.pack.safe_through \
                    else None
                found.append(Player(name, watched))
        return tuple(found)

    @on(Input.Changed)
    @on(Select.Changed)
    def _check(self) -> None:
        players = self.players()
        try:
            if len(players) < 2:  # before core's count: rows start empty
                raise PartyError("type two names or more")
            check_players(players, self.pack)
        except PartyError as error:
            text = str(error)
            self.problem = text[:1].upper() + text[1:] + "."
        else:
            self.problem = ""
        note = self.query_one("#players-note", Static)
        note.set_class(bool(self.problem), "-wrong")
        if self.problem:
            note.update(Content(self.problem))
        else:
            seen = party_horizon(self.pack, players).describe(self.pack)
            note.update(Content(f"Asked only what all of them have seen: {seen}."))
        self.query_one("#party-start", Button).disabled = bool(self.problem)

    @on(Input.Submitted)
    def _next_field(self) -> None:
        self.focus_next()

    def _on_level_list(self, number: int) -> Callable[[bool], None]:
        """What follows when row `number`'s level list opens or closes.
        (Select.Changed would miss a level kept with Enter.)"""
        def closed(expanded: bool) -> None:
            # Focus within: closed from the list, not by a click or Tab
            # elsewhere, which chose the focus. The Select gives itself the
            # focus back (deferred) before it closes on a choice, so our focus
            # comes after and wins; on Escape it does so after, and keeps it.
            if not expanded and self.query_one(f"#watched-{number}", Select).has_focus_within:
                self._after_level(number)
        return closed

    def _after_level(self, number: int) -> None:
        """A level chosen: on to the next name to type, this row's if it has
        none yet. A Select takes no typing: a name typed there went nowhere."""
        names = (self.query_one(f"#name-{n}", Input) for n in range(number, MAX_PLAYERS))
        empty = next((name for name in names if not name.value), None)
        if empty is not None:
            empty.focus()
        else:
            self.focus_next()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not self.problem if action == "start" else True

    @on(Button.Pressed, "#party-start")
    def action_start(self) -> None:
        each = self.query_one("#each", Select).value
        if not self.problem:
            self.dismiss((self.players(), each if isinstance(each, int) else self.each))
