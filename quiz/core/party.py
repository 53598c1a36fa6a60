"""A hot-seat party: 2-8 named players sharing one screen and one round.

The turn rule: each question goes to the next player in turn (Ana, Ben, Cy,
Ana, ...), not every player answering each question. A question's feedback
shows its answer at once, on the one screen everyone watches: had every player
to answer the same question in turn, the later ones would have to answer blind
to what the earlier ones just did, or everyone would have to wait for a reveal
the line mode cannot hide. One answer per question keeps the round's own rules
(no question gives a later one away, the feedback right after each answer), and
the round is cut to a whole number of turns each, so every player gets as many
questions as the others.

The party's horizon is the lowest of its players' (fail closed): a player who
has watched less sees nothing past what they have watched, and spoiler mode is
on only when every player has accepted it.

Nothing here knows a shell: the TUI and the line mode both play a PartyRound.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quiz.core.pack import Pack
from quiz.core.round import Answer, Round, RoundConfig
from quiz.core.spoilers import Horizon, View, gate, horizon_for, level_named, watched_choices
from quiz.core.yamltext import printable_line

MIN_PLAYERS = 2
MAX_PLAYERS = 8
MAX_NAME = 30
# What a player writes after '=' to accept spoiler mode for themselves
# (`--players "Ana=spoilers,Ben=spoilers"`). A pack level of that id wins: it
# shows less than spoiler mode would.
SPOILERS_WORD = "spoilers"
# The characters `--players` splits on: no name may hold them.
_SEPARATORS = (",", "=")
# Questions each player answers when the party does not say.
DEFAULT_EACH = 5


class PartyError(ValueError):
    """A party that cannot be played, in one line a player can read (names in
    it are spelled out printable)."""


@dataclass(frozen=True)
class Player:
    """One player: a name, what they have watched of the pack (a level id, or
    None for the pack's safe_through), and whether they accepted spoiler mode."""

    name: str
    watched: str | None = None
    spoilers: bool = False

    def horizon(self, pack: Pack) -> Horizon:
        """What this player may see of `pack`, as a solo player would."""
        return horizon_for(pack, self.spoilers, self.watched)

    def spec(self) -> str:
        """This player as `--players` takes them, never with '=spoilers': a
        shared command line plays at each player's watched level at most."""
        return f"{self.name}={self.watched}" if self.watched else self.name


def shown(name: str) -> str:
    """A player's name as any shell shows it: one line, nothing a terminal
    acts on. (Markup is the TUI's to escape: it shows names as plain text.)"""
    return printable_line(name)


def check_players(players: tuple[Player, ...] | list[Player], pack: Pack) -> tuple[Player, ...]:
    """The players, if they can play `pack` together; raises PartyError otherwise:
    2-8 players, each with a name of its own (case aside) and a level the pack has."""
    players = tuple(players)
    if not MIN_PLAYERS <= len(players) <= MAX_PLAYERS:
        raise PartyError(f"a party has {MIN_PLAYERS} to {MAX_PLAYERS} players, "
                         f"not {len(players)}")
    seen: set[str] = set()
    levels = [level for level, _label in watched_choices(pack)]
    for number, player in enumerate(players, start=1):
        name = player.name
        if not name.strip():
            raise PartyError(f"player {number} has no name")
        if name != name.strip():
            raise PartyError(f"player {number}'s name '{shown(name)}' starts or ends with a space")
        if len(name) > MAX_NAME:
            raise PartyError(f"player {number}'s name is longer than {MAX_NAME} characters")
        if any(sep in name for sep in _SEPARATORS):
            raise PartyError(f"player {number}'s name '{shown(name)}' holds ',' or '='")
        if name.casefold() in seen:
            raise PartyError(f"two players are called '{shown(name)}'")
        seen.add(name.casefold())
        if player.watched is not None and player.watched not in levels:
            raise PartyError(f"{shown(name)}: no level '{shown(player.watched)}' in {pack.id}")
    return players


def parse_players(text: str, pack: Pack) -> tuple[Player, ...]:
    """`--players "Ana=season-2,Ben,Cy=spoilers"`: names, each with what they
    have watched (a level's id or label; none: the pack's safe_through), or
    'spoilers' for a player who accepts spoiler mode. Raises PartyError."""
    players = []
    for number, part in enumerate(text.split(","), start=1):
        name, equals, level = part.partition("=")
        name = name.strip()
        if not name:
            raise PartyError(f"player {number} has no name")
        if not equals:
            players.append(Player(name))
            continue
        wanted = level.strip()
        if not wanted:
            raise PartyError(f"{shown(name)}: nothing after '='; give a level or leave '=' out")
        found = level_named(pack, wanted)
        if found is not None:
            players.append(Player(name, found))
        elif wanted.casefold() == SPOILERS_WORD:
            players.append(Player(name, spoilers=True))
        else:
            known = ", ".join(level for level, _ in watched_choices(pack))
            raise PartyError(f"{shown(name)}: no level '{shown(wanted)}' in {pack.id} "
                             f"(levels: {known}, or {SPOILERS_WORD})")
    return check_players(players, pack)


def party_horizon(pack: Pack, players: tuple[Player, ...]) -> Horizon:
    """The lowest of the players' horizons: spoiler mode counts only when every
    player has accepted it, and a level the pack no longer has counts as
    nothing watched (Horizon.rank)."""
    return min((p.horizon(pack) for p in players), key=lambda h: h.rank(pack))


def party_view(pack: Pack, players: tuple[Player, ...]) -> View:
    """The pack as the whole party may see it: gated before any question is made."""
    return gate(pack, party_horizon(pack, players))


def all_accept_spoilers(players: tuple[Player, ...]) -> bool:
    """Has every player accepted spoiler mode?"""
    return all(p.spoilers for p in players)


@dataclass
class PlayerScore:
    """One player's part of a party round so far."""

    name: str
    score: int = 0
    streak: int = 0
    best_streak: int = 0
    correct: int = 0
    answered: int = 0


@dataclass(frozen=True)
class Standing:
    """A player's place on the podium: players with the same score share it."""

    place: int
    name: str
    score: int
    correct: int
    answered: int
    best_streak: int


def standings(scores: list[PlayerScore]) -> list[Standing]:
    """Highest score first; a tie shares a place and the next place is skipped
    (1, 1, 3), as sports rank. Tied players keep their turn order."""
    ranked = sorted(scores, key=lambda s: -s.score)
    out = []
    for n, s in enumerate(ranked):
        place = out[-1].place if out and out[-1].score == s.score else n + 1
        out.append(Standing(place, s.name, s.score, s.correct, s.answered, s.best_streak))
    return out


@dataclass
class PartyRound(Round):
    """A round played by a party, each question to the next player in turn.

    The round's own score and streak are the last answer's player's; the
    party's are in `scores`, one per player, in turn order."""

    players: tuple[Player, ...] = ()
    scores: list[PlayerScore] = field(default_factory=list)

    @classmethod
    def start_party(cls, view: View, config: RoundConfig,
                    players: tuple[Player, ...]) -> PartyRound:
        """A party round over `view` (gate it with `party_view`), cut to a whole
        number of turns each: every player answers as many questions."""
        party = cls.start(view, config)
        assert isinstance(party, PartyRound)
        party.players = tuple(players)
        party.scores = [PlayerScore(p.name) for p in players]
        del party.queue[len(party.queue) - len(party.queue) % len(players):]
        return party

    @property
    def turn(self) -> int:
        """Whose turn it is (or was, once the round is over): an index into `players`."""
        return len(self.answers) % len(self.players)

    @property
    def player(self) -> Player:
        """The player the current question goes to."""
        return self.players[self.turn]

    def whose(self, asking: bool = True) -> int:
        """The player of the question a shell shows, as an index into
        `players`: the one asked, or while the feedback on an answer shows, the
        one who answered it."""
        return self.turn if asking else (len(self.answers) - 1) % len(self.players)

    def answer(self, response: str, seconds: float = 0.0) -> Answer:
        """The current player's answer, scored with their own streak."""
        mine = self.scores[self.turn]
        self.streak = mine.streak
        answer = super().answer(response, seconds)
        mine.streak = self.streak
        mine.best_streak = max(mine.best_streak, mine.streak)
        mine.score += answer.points
        mine.correct += answer.correct
        mine.answered += 1
        return answer

    def standings(self) -> list[Standing]:
        """The podium as it stands."""
        return standings(self.scores)
