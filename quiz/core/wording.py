"""The words both shells show, built once: the TUI and the line mode render
these lines (the TUI may style them), so a player reads the same in either.

Like `scoreboard.Report.sections()` for scores: nothing here knows Textual or a
terminal. Pack text goes in as written; each shell shows it as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from quiz.core.generate import Question
from quiz.core.pack import NONE_LEVEL, Pack
from quiz.core.packwords import counted
from quiz.core.party import PartyRound, Player, shown
from quiz.core.round import Round
from quiz.core.scorebook import Saved
from quiz.core.spoilers import NOTHING_YET, View
from quiz.core.yamltext import printable_line

_BLOCKS = "▁▂▃▄▅▆▇█"


def spark(values: Sequence[int]) -> str:
    """A sparkline: one block per value, scaled from the lowest to the highest.
    "" for fewer than two values: one point is no trend. Give it the scores of
    one pack and mode: a blitz score next to a classic one says nothing."""
    if len(values) < 2:
        return ""
    low, high = min(values), max(values)
    span = high - low
    return "".join(_BLOCKS[(v - low) * (len(_BLOCKS) - 1) // span if span else 3]
                   for v in values)


# -- a round ----------------------------------------------------------------------------

def round_header(view: View, round_: Round) -> list[str]:
    """What is about to be played: the pack, the mode, the seed, what is hidden."""
    config = round_.config
    lines = [f"{view.title} · {config.mode} · {counted(round_.total, 'question')} · "
             f"seed {printable_line(config.seed)}"]
    spoilers = "Spoilers on" if config.spoilers_on else f"Spoilers off: {view.horizon}"
    if view.hidden:
        spoilers += f" ({view.hidden_note()})"
    lines.append(spoilers)
    if config.topic:
        lines.append(f"Topic: {config.topic}")
    return lines


def question_number(round_: Round, asking: bool = True) -> str:
    """'Question 3 of 10': the question asked, or while the feedback on an
    answer shows, the question answered."""
    number = round_.number if asking else len(round_.answers)
    return f"Question {number} of {round_.total}"


def progress(round_: Round, asking: bool = True, thinking: float = 0.0,
             clock: bool = True) -> str:
    """Where the round stands, above the question.

    `asking`: a question waits for its answer; while the feedback on an answer
    shows, the number is that question's. `thinking`: seconds since the
    question went on screen, which a blitz clock counts down as they pass.
    `clock`: the blitz time in words (off where a shell draws a clock of its own)."""
    score, streak = round_.score, round_.streak
    if isinstance(round_, PartyRound):  # the player's own, whose turn it is or was
        mine = round_.scores[round_.whose(asking)]
        score, streak = mine.score, mine.streak
    parts = [question_number(round_, asking), f"Score {score}", f"Streak {streak}"]
    if round_.config.mode == "blitz" and clock:
        parts.append(f"Time {max(0.0, round_.time_left - thinking):.0f} s")
    if round_.config.mode == "survival":
        parts.append(f"Lives {round_.lives}")
    return "   ".join(parts)


def time_up(question: Question) -> str:
    """Blitz: the clock ran out on the question on screen; its answer."""
    return f"Time is up. The answer: {question.answer}"


# -- the end of a round -----------------------------------------------------------------

@dataclass(frozen=True)
class Results:
    """The end of a round in parts, as the results screen places them."""

    headline: str
    note: tuple[str, ...]      # what happened at the end, beyond the headline
    score: int                 # the TUI shows it large; the line mode as `score_line`
    figures: tuple[str, ...]
    best: tuple[str, ...]
    missed: tuple[str, ...]
    right: tuple[str, ...]
    replay: tuple[str, ...]
    # A party round: the podium, in place of the one score and its figures.
    podium: tuple[str, ...] = ()

    @property
    def score_line(self) -> str:
        return f"Score {self.score}"

    def lines(self) -> list[str]:
        """Every line, in the line mode's order: the command to copy comes last."""
        scores = list(self.podium) or [self.score_line, *self.figures]
        return [self.headline, *self.note, *scores, *self.best,
                *self.missed, *self.right, *self.replay]


def results(round_: Round, view: View, saved: Saved | None) -> Results:
    """The end of a round, at the horizon of `view` (the player's now).

    The questions answered are listed as `view` would ask them, not as they
    were asked: spoiler mode may have gone off since, mid-round or on the
    results screen. A question above the new horizon is then left out, and one
    still visible is shown in its version that holds no hidden text (a wrong
    option or a statement may have come from above the horizon). Only a count
    says what was left out."""
    config = round_.config
    return Results(
        headline=round_.ending,
        note=tuple(round_.ending_note(view).splitlines()),
        score=round_.score,
        figures=(f"{round_.correct} of {len(round_.answers)} right ({round_.accuracy:.0%})",
                 f"Best streak {round_.best_streak}",
                 f"Time taken {duration(round_.seconds)}"),
        best=_best(saved, config.mode),
        missed=_missed(round_, view),
        right=_right(round_, view),
        replay=(f"Seed {printable_line(config.seed)}. Replay this round with:",
                config.command()),
        podium=podium(round_) if isinstance(round_, PartyRound) else (),
    )


# -- a party ----------------------------------------------------------------------------

def party_line(players: Sequence[Player], pack: Pack) -> str:
    """Who plays, and what each has watched (a level's label names no content):
    the party plays at the lowest of them."""
    def said(player: Player) -> str:
        if player.spoilers:
            return "spoilers on"
        level = player.watched or pack.safe_through
        return NOTHING_YET if level == NONE_LEVEL else shown(pack.label(level))
    return "Players: " + ", ".join(f"{shown(p.name)} ({said(p)})" for p in players)


def turn_line(party: PartyRound, asking: bool = True) -> str:
    """Whose turn it is, above the question ('Ben's turn'); while the feedback
    on an answer shows, whose it was and whose comes next."""
    line = f"{shown(party.players[party.whose(asking)].name)}'s turn"
    if not asking and not party.finished:
        line += f" · next: {shown(party.player.name)}"
    return line


class ScoreEntry(NamedTuple):
    """One player's part of the scores: the words, and whether the question
    shown (asked, or answered in the feedback) is theirs, for a shell that
    marks that player."""

    text: str
    theirs: bool


def score_entries(party: PartyRound, asking: bool) -> list[ScoreEntry]:
    """Each player's score and streak ('Ana 300 (streak 2)'), in turn order.
    `asking`: as in `turn_line`."""
    now = party.whose(asking)
    return [ScoreEntry(f"{shown(s.name)} {s.score} (streak {s.streak})", index == now)
            for index, s in enumerate(party.scores)]


def scores_line(party: PartyRound) -> str:
    """Every player's score and streak on one line, after an answer."""
    return "Scores: " + " · ".join(entry.text for entry in score_entries(party, asking=False))


def podium(party: PartyRound) -> tuple[str, ...]:
    """The end of a party: each player's place, score and figures, best first;
    players with the same score share a place."""
    return ("Podium:", *(f"{s.place}. {shown(s.name)} {s.score} "
                         f"({s.correct} of {s.answered} right, best streak {s.best_streak})"
                         for s in party.standings()))


def duration(seconds: float) -> str:
    """'45 s', '2 min 14 s', '1 h 5 min': a time to read at a glance."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    if whole < 3600:
        return f"{whole // 60} min {whole % 60} s"
    return f"{whole // 3600} h {whole % 3600 // 60} min"


def _best(saved: Saved | None, mode: str) -> tuple[str, ...]:
    """How a full round stands against the best of its pack and mode, and the
    scores of the latest full rounds."""
    note = best_note(saved)
    if not note:
        return ()
    trend = spark(saved.recent)
    return (note, f"Your last {len(saved.recent)} {mode} rounds  {trend}") if trend else (note,)


def best_note(saved: Saved | None) -> str:
    """A full round against the best before it ("" for a round that is not
    one): "New best!" only for a best beaten, never a first round or a tie."""
    if saved is None or not saved.ranked:
        return ""
    previous = saved.previous_best
    if previous is None:
        return "First full round of this pack and mode."
    if saved.new_best:
        return f"New best! Previous best: {previous.score} (+{saved.difference})."
    if saved.difference == 0:
        return f"Best in this mode: {previous.score} (equalled)."
    return f"Best in this mode: {previous.score} ({-saved.difference} short)."


def _missed(round_: Round, view: View) -> tuple[str, ...]:
    missed = round_.missed_in(view)
    hidden = len(round_.missed) - len(missed)
    lines = ["Missed:", *_listed(missed)] if missed else []
    if not missed and not hidden:
        lines.append("Nothing missed!" if round_.answers else "No questions answered.")
    if hidden:
        # Why: spoiler mode was turned off, or what was watched lowered.
        lines.append(_hidden(hidden, "missed question", view))
    return tuple(lines)


def _right(round_: Round, view: View) -> tuple[str, ...]:
    """The questions answered right, under the missed ones ("" for none)."""
    right = round_.right_in(view)
    hidden = round_.correct - len(right)
    lines = ["Right:", *_listed(right)] if right else []
    if hidden:
        lines.append(_hidden(hidden, "right answer", view))
    return tuple(lines)


def _listed(questions: Sequence[Question]) -> list[str]:
    return [line for q in questions for line in (f"• {q.full_prompt}", f"  → {q.answer}")]


def _hidden(count: int, noun: str, view: View) -> str:
    return f"{counted(count, noun)} hidden: spoilers off, {view.horizon}."
