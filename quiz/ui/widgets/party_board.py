"""Above a party's question: whose turn it is, and every player's score and
streak."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from quiz.core.pack import Pack
from quiz.core.party import PartyRound, Player, party_horizon, shown
from quiz.core.spoilers import watched_choices


def party_note(pack: Pack, players: tuple[Player, ...]) -> str:
    """The badge of a party's screens, in place of the spoiler switch's: what
    the party may see, in a few words ("Party · Season 1")."""
    level = party_horizon(pack, players).level
    if level is None:
        return "Party · spoilers on"
    return f"Party · {dict(watched_choices(pack)).get(level, watched_choices(pack)[0][1])}"


def whose(party: PartyRound, asking: bool) -> int:
    """The player of the question on screen: asked, or answered and shown."""
    return party.turn if asking else (len(party.answers) - 1) % len(party.players)


def turn_line(party: PartyRound, asking: bool) -> str:
    """'Question 3 of 10 · Ben's turn'; once answered, whose turn comes next."""
    number = party.number if asking else len(party.answers)
    name = party.players[whose(party, asking)].name
    line = f"Question {number} of {party.total} · {shown(name)}'s turn"
    if not asking and not party.finished:
        line += f" · next: {shown(party.player.name)}"
    return line


def score_parts(party: PartyRound, asking: bool) -> list[tuple[str, bool]]:
    """Each player as 'Ana 300, streak 2', in turn order, and whether the
    question on screen is theirs."""
    now = whose(party, asking)
    return [(f"{shown(s.name)} {s.score}" + (f", streak {s.streak}" if s.streak else ""),
             index == now)
            for index, s in enumerate(party.scores)]


class PartyBoard(Vertical):
    """Shows a party round as it stands: call `show` after every change."""

    def compose(self) -> ComposeResult:
        yield Static(id="turn", markup=False)
        yield Static(id="party-scores", markup=False)

    def show(self, party: PartyRound, asking: bool) -> None:
        self.query_one("#turn", Static).update(Content(turn_line(party, asking)))
        parts = [Content.styled(f"▶ {text}", "bold reverse") if theirs else Content(text)
                 for text, theirs in score_parts(party, asking)]
        self.query_one("#party-scores", Static).update(Content("   ").join(parts))

