"""What the score book says, as a player may see it now.

Both `quiz scores` and the scores screen show this one report. Everything about
a question (its text, its topic, its level, whether it was missed) comes from
the pack as gated at the current horizon: a question answered with spoilers on
drops out of every list, figure and review once they are off. What stays is
numbers that name nothing: a round's score, how many it got right. Names read
from the score file alone (a pack id, a mode) are spelled out printable: the
file is not ours to trust.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from quiz.core.pack import NONE_LEVEL, Fact, HandQuestion, Pack
from quiz.core.packwords import counted
from quiz.core.party import PlayerScore, standings
from quiz.core.scorebook import BOARDS, ScoreBook, Session
from quiz.core.spoilers import View
from quiz.core.wording import spark
from quiz.core.yamltext import printable, printable_line

RECENT = 10
MOST_MISSED = 5


@dataclass(frozen=True)
class SessionLine:
    when: str
    pack: str
    mode: str
    score: int
    correct: int
    answered: int
    complete: bool
    topic: str
    scoring: str = "points"
    # A party round: (place, name, score) for each player, the podium's order.
    players: tuple[tuple[int, str, int], ...] = ()

    def cells(self) -> tuple[str, ...]:
        """The row under RECENT_COLUMNS."""
        mode = " · ".join([self.mode, *(["party"] if self.players else []),
                           *([self.scoring] if self.scoring != "points" else []),
                           *([self.topic] if self.topic else [])])
        right = f"{self.correct}/{self.answered}" + ("" if self.complete else ", ended early")
        return (self.when, self.pack, mode, str(self.score), right)


RECENT_COLUMNS = ("When", "Pack", "Mode", "Score", "Right")


@dataclass(frozen=True)
class BestLine:
    pack: str
    mode: str
    best: int
    when: str
    rounds: int
    recent: tuple[int, ...]

    def cells(self) -> tuple[str, ...]:
        """The row under BEST_COLUMNS."""
        return (self.pack, self.mode, str(self.best), self.when, str(self.rounds),
                spark(self.recent))


BEST_COLUMNS = ("Pack", "Mode", "Best", "Set on", "Full rounds", "Trend")


def podium_line(line: SessionLine) -> str:
    """A party round in one line: when, the pack, each player's place and score."""
    places = " · ".join(f"{place}. {name} {score}" for place, name, score in line.players)
    return f"{line.when} {line.pack}: {places}"


@dataclass(frozen=True)
class Table:
    """Rows in columns: the scores screen shows it as a table, the line mode
    as lines padded to line up (`lines`). Cells are printable, one line each."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numbers: frozenset[int]  # columns of figures, aligned right
    # Where the columns do not all fit: their order, what a player looks for first.
    narrow: tuple[int, ...]

    @classmethod
    def of(cls, columns: tuple[str, ...], rows: Sequence[tuple[str, ...]],
           numbers: Sequence[int], narrow: Sequence[int]) -> Table:
        assert sorted(narrow) == list(range(len(columns))), "narrow orders every column"
        return cls(columns, tuple(tuple(printable_line(c) for c in row) for row in rows),
                   frozenset(numbers), tuple(narrow))

    def narrowed(self) -> Table:
        """The same table, its columns in the narrow order."""
        order = self.narrow
        return Table(tuple(self.columns[n] for n in order),
                     tuple(tuple(row[n] for n in order) for row in self.rows),
                     frozenset(order.index(n) for n in self.numbers), tuple(range(len(order))))

    def width(self) -> int:
        """Terminal columns of the widest of `lines`."""
        return max(_width(line) for line in self.lines())

    def lines(self) -> list[str]:
        table = [self.columns, *self.rows]
        widths = [max(_width(row[n]) for row in table) for n in range(len(self.columns))]
        out = []
        for row in table:
            cells = [(" " * (w - _width(c)) + c) if n in self.numbers else c + " " * (w - _width(c))
                     for n, (c, w) in enumerate(zip(row, widths, strict=True))]
            out.append("  ".join(cells).rstrip())
        return out


def _width(text: str) -> int:
    """Terminal columns: two for a wide character, none for a combining one."""
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@dataclass(frozen=True)
class Accuracy:
    name: str
    right: int
    seen: int

    def text(self) -> str:
        return f"{self.name} {self.right * 100 // self.seen}% ({self.right}/{self.seen})"


@dataclass(frozen=True)
class PackProgress:
    id: str
    title: str
    horizon: str
    visible: int
    seen: int
    mastered: int
    due: int
    by_level: tuple[Accuracy, ...]
    by_topic: tuple[Accuracy, ...]
    # (question, answer, times missed, times seen)
    most_missed: tuple[tuple[str, str, int, int], ...]

    def lines(self) -> list[str]:
        out = [f"{self.title} ({self.horizon})",
               f"  {self.mastered} of {counted(self.visible, 'question')} mastered, "
               f"{self.seen} seen, {self.due} to review"]
        if self.by_level:
            out.append("  By level: " + " · ".join(a.text() for a in self.by_level))
        if self.by_topic:
            out.append("  By topic: " + " · ".join(a.text() for a in self.by_topic))
        if self.most_missed:
            out.append("  Most missed:")
            # A bullet each: a question that wraps hangs under its text, apart from the next.
            out += [f"    • {ask} → {answer} (missed {missed} of {seen})"
                    for ask, answer, missed, seen in self.most_missed]
        return out


@dataclass(frozen=True)
class Report:
    rounds: int
    answers: int
    correct: int
    recent: tuple[SessionLine, ...]
    bests: tuple[BestLine, ...]
    packs: tuple[PackProgress, ...] = field(default=())

    def sections(self) -> list[tuple[str, list[str]]]:
        """(heading, lines) in the order both shells show them, a table as its
        lines lined up."""
        return [(heading, part.lines() if isinstance(part, Table) else part)
                for heading, part in self.parts()]

    def parts(self) -> list[tuple[str, list[str] | Table]]:
        """(heading, lines or a table): what the scores screen lays out. Each
        line and cell is one line as shown: the score file's strings come from
        outside, and what a terminal would act on in them, a line break
        included, is spelled out."""
        return [(heading, part if isinstance(part, Table)
                 else [printable_line(line) for line in part])
                for heading, part in self._parts()]

    def _parts(self) -> list[tuple[str, list[str] | Table]]:
        if not self.rounds:
            return [("Scores", ["No rounds played yet. Play one and it shows here."])]
        accuracy = f"{self.correct * 100 // self.answers}%" if self.answers else "no answers"
        # No sparkline here: scores of every pack and mode side by side are no
        # trend. Each best has its own, of its pack and mode.
        out: list[tuple[str, list[str] | Table]] = [
            ("Overall", [f"{counted(self.rounds, 'round')}, {counted(self.answers, 'answer')}, "
                         f"{accuracy} right"])]
        # Narrow, the score and how many were right come first.
        out.append(("Recent rounds", Table.of(RECENT_COLUMNS, [s.cells() for s in self.recent],
                                              numbers=(3,), narrow=(3, 4, 2, 1, 0))))
        parties = [podium_line(s) for s in self.recent if s.players]
        if parties:
            out.append(("Party rounds", parties))
        if self.bests:
            out.append(("Best scores", Table.of(BEST_COLUMNS, [b.cells() for b in self.bests],
                                                numbers=(2, 4), narrow=(2, 1, 0, 5, 4, 3))))
        for pack in self.packs:
            out.append(("Progress", pack.lines()))
        return out


def build_report(book: ScoreBook, packs: Sequence[Pack], view_of: Callable[[Pack], View],
                 now: datetime) -> Report:
    """`view_of` gates a pack at the player's current horizon."""
    folded = [t for modes in book.folded.values() for t in modes.values()]
    sessions = book.sessions
    views = {p.id: view_of(p) for p in packs}
    recent = tuple(_session_line(s, views) for s in reversed(sessions[-RECENT:]))
    return Report(
        rounds=len(sessions) + sum(t.sessions for t in folded),
        answers=sum(len(s.answers) for s in sessions) + sum(t.answers for t in folded),
        correct=sum(s.correct for s in sessions) + sum(t.correct for t in folded),
        recent=recent,
        bests=tuple(_best_lines(book)),
        packs=tuple(_progress(book, p, views[p.id], now) for p in packs
                    if book.progress.get(p.id)),
    )


def _session_line(session: Session, views: dict[str, View]) -> SessionLine:
    view = views.get(session.pack)
    # A topic is shown only while the pack still shows it at this horizon.
    topic = session.topic if view and session.topic in view.topics else ""
    return SessionLine(
        when=session.started[:16].replace("T", " "), pack=printable(session.pack),
        mode=printable(session.mode), score=session.score, correct=session.correct,
        answered=len(session.answers), complete=session.complete, topic=topic,
        scoring=printable(session.scoring),
        # Names are the file's own text: spelled out, one line each.
        players=tuple((s.place, printable_line(s.name), s.score) for s in standings(
            [PlayerScore(p.name, p.score) for p in session.players])))


def _best_lines(book: ScoreBook) -> Iterator[BestLine]:
    for pack, modes in book.bests.items():
        for board in BOARDS:
            best = modes.get(board)
            if best is None:
                continue
            # Full rounds only, as for bests: a round ended early is no score to beat.
            played = sum(1 for s in book.sessions
                         if s.pack == pack and s.board == board and s.complete)
            folded = book.folded.get(pack, {}).get(board)
            yield BestLine(printable(pack), board, best.score, best.when[:10],
                           played + (folded.complete if folded else 0),
                           book.recent(pack, board))


def _progress(book: ScoreBook, pack: Pack, view: View, now: datetime) -> PackProgress:
    stats = {q: s for q, s in book.progress.get(pack.id, {}).items() if q in view.entry_ids}
    # A fact with a reverse is two questions, 'ID' and 'ID~reverse'.
    entries = {i: e for e in (*view.facts, *view.questions) for i in e.question_ids}
    by_level: dict[str, list[int]] = {}
    by_topic: dict[str, list[int]] = {}
    for qid, stat in stats.items():
        entry = entries[qid]
        level = "No spoilers" if entry.spoiler == NONE_LEVEL else pack.label(entry.spoiler)
        for table, key in ((by_level, level), (by_topic, entry.topic)):
            if key:
                figures = table.setdefault(key, [0, 0])
                figures[0] += stat.right
                figures[1] += stat.seen
    order = {("No spoilers" if lv == NONE_LEVEL else pack.label(lv)): pack.rank(lv)
             for lv in (NONE_LEVEL, *(level.id for level in pack.levels))}
    missed = sorted(((s.seen - s.right, s.seen, q) for q, s in stats.items() if s.right < s.seen),
                    key=lambda t: (-t[0], t[2]))[:MOST_MISSED]
    return PackProgress(
        id=pack.id, title=pack.title, horizon=view.horizon, visible=len(view.entry_ids),
        seen=len(stats), mastered=sum(s.mastered for s in stats.values()),
        due=len(book.due(pack.id, view.entry_ids, now)),
        by_level=tuple(Accuracy(k, r, n) for k, (r, n) in
                       sorted(by_level.items(), key=lambda kv: order.get(kv[0], 99))),
        by_topic=tuple(Accuracy(k, r, n) for k, (r, n) in sorted(by_topic.items())),
        most_missed=tuple((*_asked(entries[q], q), m, n) for m, n, q in missed),
    )


def _asked(entry: Fact | HandQuestion, question_id: str) -> tuple[str, str]:
    """A question's prompt and answer as the pack wrote them, either way round."""
    if isinstance(entry, HandQuestion):
        return entry.prompt, entry.answer
    if entry.reverse and question_id != entry.id:
        return entry.reverse.ask, entry.reverse.answer
    return entry.ask, entry.answer
