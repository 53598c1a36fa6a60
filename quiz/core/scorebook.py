"""The score book: sessions, bests and per-question progress, and the rules that
change them. Pure data and rules; the file lives in quiz/store (scores.py,
scorejson.py).

Sessions are keyed by id and carry every answer so far, so saving a session is
idempotent: applying the same record twice, or a longer version of it later,
counts each answer once. That is what makes "save after every answer" and
"re-read, apply, write under a lock" safe.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # reading the score file needs no round (nor the generator behind it)
    from quiz.core.party import Player
    from quiz.core.round import Round

# Sessions kept in full; older ones are folded into per-pack, per-mode totals.
HISTORY_CAP = 250
# Leitner boxes: a right answer moves a question up a box, a wrong one back to
# box 1. Days until a question in each box is due again.
BOX_DAYS = {1: 0, 2: 1, 3: 3, 4: 7, 5: 21}
TOP_BOX = max(BOX_DAYS)
MASTERED_BOX = 4
# Modes whose scores are compared: a review round's score depends on how much
# happened to be due, so it sets no best.
RANKED_MODES = ("classic", "blitz", "survival")
# The latest full rounds' scores a sparkline of progress shows.
RECENT_SCORES = 20


def now_text(now: datetime | None = None) -> str:
    """A timestamp as stored: local time with its offset, to the second."""
    return (now or datetime.now().astimezone()).isoformat(timespec="seconds")


@dataclass
class AnswerRecord:
    question: str
    right: bool
    seconds: float


@dataclass
class PlayerRecord:
    """One player's part of a party round."""

    name: str
    horizon: str      # what they had watched, in words, as the party began
    score: int
    correct: int
    answered: int
    best_streak: int


@dataclass
class Session:
    id: str
    pack: str
    mode: str
    horizon: str      # the level played through, or "everything" with spoilers on
    seed: str
    topic: str
    started: str
    ended: str
    score: int
    questions: int    # how many the round had to ask
    best_streak: int
    complete: bool
    answers: list[AnswerRecord] = field(default_factory=list)
    scoring: str = "points"
    # A party round's players, in turn order; none for a solo round.
    players: list[PlayerRecord] = field(default_factory=list)

    @property
    def correct(self) -> int:
        return sum(a.right for a in self.answers)

    @property
    def ranked(self) -> bool:
        """Does it count for a best? A full solo round of a ranked mode: a
        party's score is several people's, no one's best."""
        return self.complete and self.mode in RANKED_MODES and not self.players

    @property
    def board(self) -> str:
        """The key its best and trend are kept under: its mode, apart for time
        scoring, whose points are on another scale."""
        return board_of(self.mode, self.scoring, bool(self.players))


def board_of(mode: str, scoring: str, party: bool = False) -> str:
    """'classic'; 'classic (time)' for a time-scored round of it, 'classic
    (party)' for a party's, 'classic (party, time)' for both."""
    apart = [word for word, yes in (("party", party), (scoring, scoring != "points")) if yes]
    return f"{mode} ({', '.join(apart)})" if apart else mode


# Every key a best may be kept under, in the order they are shown.
BOARDS = tuple(board_of(mode, scoring) for scoring in ("points", "time") for mode in RANKED_MODES)


@dataclass
class Best:
    score: int
    session: str
    when: str
    correct: int
    answered: int


@dataclass
class Totals:
    """Sessions folded out of the history: what they add up to."""

    sessions: int = 0
    complete: int = 0   # of those sessions, how many were played to the end
    answers: int = 0
    correct: int = 0
    score: int = 0


@dataclass
class QuestionStat:
    seen: int
    right: int
    box: int
    due: str
    last: str

    @property
    def mastered(self) -> bool:
        return self.box >= MASTERED_BOX


@dataclass(frozen=True)
class Saved:
    """What saving a session changed, for the end of the round."""

    previous_best: Best | None
    new_best: bool   # beat a best there was: never the first round, never a tie
    ranked: bool
    score: int
    # A ranked round: the latest full rounds' scores of its pack and mode, this
    # one last, as the book held them once it was saved.
    recent: tuple[int, ...] = ()

    @property
    def first(self) -> bool:
        """The first full round of this pack and mode: nothing to compare with."""
        return self.ranked and self.previous_best is None

    @property
    def difference(self) -> int | None:
        """This score less the previous best (None with nothing to compare)."""
        if not self.ranked or self.previous_best is None:
            return None
        return self.score - self.previous_best.score


@dataclass
class ScoreBook:
    sessions: list[Session] = field(default_factory=list)
    # pack id -> mode -> best
    bests: dict[str, dict[str, Best]] = field(default_factory=dict)
    # pack id -> mode -> totals of folded sessions
    folded: dict[str, dict[str, Totals]] = field(default_factory=dict)
    # pack id -> question id -> progress
    progress: dict[str, dict[str, QuestionStat]] = field(default_factory=dict)

    def best(self, pack: str, mode: str) -> Best | None:
        return self.bests.get(pack, {}).get(mode)

    def session(self, session_id: str) -> Session | None:
        return next((s for s in reversed(self.sessions) if s.id == session_id), None)

    def recent(self, pack: str, board: str) -> tuple[int, ...]:
        """Scores of the latest full rounds of one pack and mode (a `board`:
        time scoring apart), oldest first."""
        return tuple(s.score for s in self.sessions
                     if s.pack == pack and s.board == board and s.ranked)[-RECENT_SCORES:]

    def apply(self, record: Session, now: datetime) -> Saved:
        """Merge a session as it stands now: new answers move their questions'
        Leitner boxes, a session that has just completed may set a best."""
        stored = self.session(record.id)
        counted = len(stored.answers) if stored else 0
        # A party's answers are its guests' too: the review boxes are the owner's.
        progress = {} if record.players else self.progress.setdefault(record.pack, {})
        for answer in record.answers[counted:]:
            _advance(progress, answer, now)
        was_ranked = stored is not None and stored.ranked
        if stored is None:
            self.sessions.append(record)
        else:
            self.sessions[self.sessions.index(stored)] = record
        previous = self.best(record.pack, record.board)
        new_best = False
        if record.ranked and not was_ranked and (previous is None or record.score > previous.score):
            self.bests.setdefault(record.pack, {})[record.board] = Best(
                record.score, record.id, record.ended, record.correct, len(record.answers))
            # The first round sets the best without beating one: "New best!"
            # would say nothing (and would for a score of 0).
            new_best = previous is not None
        self.fold()
        recent = self.recent(record.pack, record.board) if record.ranked else ()
        return Saved(previous, new_best, record.ranked, record.score, recent)

    def fold(self, cap: int = HISTORY_CAP) -> None:
        """Keep the newest `cap` sessions; add the older ones to the totals."""
        excess = len(self.sessions) - cap
        if excess <= 0:
            return
        for old in self.sessions[:excess]:
            totals = self.folded.setdefault(old.pack, {}).setdefault(old.board, Totals())
            totals.sessions += 1
            totals.complete += old.complete
            totals.answers += len(old.answers)
            totals.correct += old.correct
            totals.score += old.score
        del self.sessions[:excess]

    def due(self, pack: str, ids: frozenset[str], now: datetime) -> list[str]:
        """Questions among `ids` to review: missed ones (box 1) and those whose
        time has come, lowest box and longest overdue first."""
        out = []
        for qid, stat in self.progress.get(pack, {}).items():
            if qid in ids and (stat.box == 1 or datetime.fromisoformat(stat.due) <= now):
                out.append((stat.box, stat.due, qid))
        return [qid for _box, _due, qid in sorted(out)]

    def next_due(self, pack: str, ids: frozenset[str]) -> str | None:
        """When the next question among `ids` comes due, if any is waiting."""
        dues = [s.due for q, s in self.progress.get(pack, {}).items() if q in ids]
        return min(dues, key=datetime.fromisoformat) if dues else None


def session_of(round_: Round, now: datetime) -> Session:
    """A round as the score book keeps it: every answer so far."""
    config = round_.config
    return Session(
        id=round_.id, pack=config.pack_id, mode=config.mode, horizon=round_.horizon,
        seed=config.seed, topic=config.topic, started=now_text(round_.started),
        ended=now_text(now), score=round_.score, questions=round_.total,
        best_streak=round_.best_streak, complete=round_.complete,
        answers=[AnswerRecord(a.question.id, a.correct, a.seconds) for a in round_.answers],
        scoring=config.scoring, players=_players(round_),
    )


def _players(round_: Round) -> list[PlayerRecord]:
    from quiz.core.party import PartyRound  # here: reading scores loads no round

    if not isinstance(round_, PartyRound):
        return []
    return [PlayerRecord(s.name, horizon_name(p), s.score, s.correct, s.answered, s.best_streak)
            for p, s in zip(round_.players, round_.scores, strict=True)]


def horizon_name(player: Player) -> str:
    """What a player had watched, as kept: a level id, 'spoilers', or 'default'."""
    return "spoilers" if player.spoilers else player.watched or "default"


def _advance(progress: dict[str, QuestionStat], answer: AnswerRecord, now: datetime) -> None:
    stat = progress.get(answer.question)
    box = stat.box if stat else 1
    box = min(TOP_BOX, box + 1) if answer.right else 1
    progress[answer.question] = QuestionStat(
        seen=(stat.seen if stat else 0) + 1,
        right=(stat.right if stat else 0) + answer.right,
        box=box,
        due=now_text(now + timedelta(days=BOX_DAYS[box])),
        last=now_text(now),
    )
