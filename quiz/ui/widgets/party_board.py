"""Above a party's question: whose turn it is, and every player's score and
streak."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

from quiz.core.pack import Pack
from quiz.core.party import PartyRound, Player, party_horizon
from quiz.core.spoilers import watched_choices
from quiz.core.wording import ScoreEntry, question_number, score_entries, turn_line

# Between two players' scores: wide enough to tell them apart at a glance.
GAP = "   "


def party_note(pack: Pack, players: tuple[Player, ...]) -> str:
    """The badge of a party's screens, in place of the spoiler switch's: what
    the party may see, in a few words ("Party · Season 1")."""
    level = party_horizon(pack, players).level
    if level is None:
        return "Party · spoilers on"
    return f"Party · {dict(watched_choices(pack)).get(level, watched_choices(pack)[0][1])}"


class Scores(Static):
    """Every player's score, the player of the question on screen marked; a
    row breaks between two players, never inside one's score (Textual would
    break at any space: 'Dee 0 (streak' above '0)')."""

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self._parts: list[Content] = []

    def show(self, entries: list[ScoreEntry]) -> None:
        self._parts = [Content.styled(f"▶ {text}", "bold reverse") if theirs else Content(text)
                       for text, theirs in entries]
        self.update(Content(GAP).join(self._parts))

    def _rows(self, width: int) -> list[Content]:
        rows: list[list[Content]] = []
        used = 0
        for part in self._parts:
            size = cell_len(part.plain)
            if rows and used + len(GAP) + size <= width:
                rows[-1].append(part)
                used += len(GAP) + size
            else:  # a score wider than a row is wrapped by Textual, as any text
                rows.append([part])
                used = size
        return [Content(GAP).join(row) for row in rows]

    def render(self) -> Content:
        return Content("\n").join(self._rows(self.size.width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return sum(len(row.wrap(width)) for row in self._rows(width)) if width else 0


class PartyBoard(Vertical):
    """Shows a party round as it stands: call `show` after every change."""

    def compose(self) -> ComposeResult:
        yield Static(id="turn", markup=False)
        yield Scores(id="party-scores")

    def show(self, party: PartyRound, asking: bool) -> None:
        # The line mode's words, led by the question's number, which has no
        # progress line of its own on this screen.
        self.query_one("#turn", Static).update(Content(
            f"{question_number(party, asking)} · {turn_line(party, asking)}"))
        self.query_one(Scores).show(score_entries(party, asking))
