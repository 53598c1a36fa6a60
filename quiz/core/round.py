"""A round: which questions, in which order, how answers score, when it ends.

The shells (TUI, line mode) own the clock and the input; every rule of play
lives here, so both play exactly the same game.
"""

from __future__ import annotations

import shlex
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from quiz.core.answers import answer_key
from quiz.core.generate import Question, generate
from quiz.core.giveaways import fair_order, on_screen
from quiz.core.scoring import Points, earned
from quiz.core.spoilers import View
from quiz.core.yamltext import printable, printable_line

# Modes that ask a set number of questions at most.
COUNTED_MODES = ("classic", "review")
BLITZ_SECONDS = 60.0
SURVIVAL_LIVES = 3
# The response a shell gives for "don't know" (a key, an empty answer, "?").
DONT_KNOW = ""


def dont_know(text: str) -> bool:
    """Does this answer say "don't know": nothing, or "?"? It counts as wrong,
    and no typed answer could match either."""
    return text.strip() in ("", "?")


@dataclass(frozen=True)
class RoundConfig:
    pack_id: str
    mode: str = "classic"
    length: int = 10
    seed: str = "1"
    topic: str = ""
    streak_bonus: bool = True
    spoilers_on: bool = False
    # Review: the questions due, in the order to ask them.
    only: tuple[str, ...] = ()
    # "points" (100 a right answer) or "time" (points fall with the time taken).
    scoring: str = "points"
    # A party: its players as `quiz play --players` takes them, to replay it
    # ("" for a solo round). Never a player's "=spoilers".
    players: str = ""
    # A party: how many players share the round (length counts every turn).
    party_size: int = 0

    def points(self, correct: bool, streak: int, seconds: float) -> Points:
        """What an answer earns in this round (scoring.earned). `streak` counts
        the answers right in a row, this one included."""
        return earned(self.mode, self.scoring, self.streak_bonus, correct, streak, seconds)

    def command(self) -> str:
        """The command line that replays this round.

        It never carries '--spoilers on': whoever runs a shared command plays at
        their own horizon, so a shared round cannot spoil anyone. At the same
        horizon it is the same round. Quoted for a shell, and shown as one
        line: a character a terminal would act on is spelled out (the command
        line refuses such seeds, but a round may start another way)."""
        parts = ["quiz", "play", "--pack", self.pack_id, "--mode", self.mode]
        if self.players:
            parts += ["--players", self.players]
        if self.mode in COUNTED_MODES:
            # A party's -n is each player's share.
            parts += ["-n", str(self.length // max(1, self.party_size))]
        parts += ["--seed", self.seed]
        if self.scoring != "points":
            parts += ["--scoring", self.scoring]
        if self.topic:
            parts += ["--topic", self.topic]
        return printable_line(shlex.join(parts))


@dataclass(frozen=True)
class Option:
    """One option of an answered question, as the feedback shows it."""
    text: str
    right: bool
    picked: bool

    @property
    def note(self) -> str:
        """What the option was, in words (a mark must not rest on colour or a
        symbol alone); "" for an option neither right nor picked."""
        if self.picked:
            return "your answer, right" if self.right else "your answer, wrong"
        return "right answer" if self.right else ""


@dataclass(frozen=True)
class Answer:
    question: Question
    response: str
    correct: bool
    earned: Points
    seconds: float
    streak: int

    @property
    def points(self) -> int:
        return self.earned.total

    @property
    def skipped(self) -> bool:
        return dont_know(self.response)

    @property
    def verdict(self) -> str:
        if self.correct:
            return f"Right! {self.earned.text()}"
        if self.skipped:
            return f"Don't know (counts as wrong). The answer: {self.question.answer}"
        return f"Wrong. The answer: {self.question.answer}"

    @property
    def options(self) -> tuple[Option, ...]:
        """The choices as answered (none for a type-in question). The pick is
        found as `Question.check` compares, so a line in a pipe that spells an
        option its own way marks it too."""
        picked = "" if self.skipped else answer_key(self.response)
        return tuple(Option(choice, self.question.check(choice),
                            bool(picked) and answer_key(choice) == picked)
                     for choice in self.question.choices)

    @property
    def typed(self) -> str:
        """A type-in answer repeated, spelled out for a terminal ("" if none)."""
        if self.question.type != "text" or self.skipped:
            return ""
        return f"You typed: {printable(self.response)}"


class End(Enum):
    """Why a round ended."""
    ALL_ANSWERED = "all answered"      # classic, review: the last question answered
    OUT_OF_LIVES = "out of lives"      # survival: the third miss
    TIME_UP = "time up"                # blitz: the clock ran out
    # Blitz and survival end by the clock or by lives; a round that answered
    # every question first ran out of questions.
    NO_QUESTIONS_LEFT = "no questions left"
    STOPPED = "stopped"                # the player ended it


@dataclass
class Round:
    config: RoundConfig
    queue: list[Question]
    answers: list[Answer] = field(default_factory=list)
    score: int = 0
    streak: int = 0
    best_streak: int = 0
    elapsed: float = 0.0   # blitz: seconds used so far
    stopped: bool = False  # ended early by the player (Ctrl-C, end of input, Escape)
    horizon: str = ""      # the view's horizon, in words, when the round began
    # The pack's text on screen all round (giveaways.on_screen), as it began.
    on_screen: tuple[str, ...] = ()
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    started: datetime = field(default_factory=lambda: datetime.now().astimezone())

    @classmethod
    def start(cls, view: View, config: RoundConfig) -> Round:
        """The seed's questions, in its order, leaving out any that an earlier one
        (or the title on screen) gives away, and a fact's second way of asking."""
        questions = [q for q in generate(view, config.seed)
                     if not config.topic or q.topic == config.topic]
        if config.mode == "review":
            by_id = {q.id: q for q in questions}
            questions = [by_id[i] for i in config.only if i in by_id]
        shown = on_screen(view, config.topic)
        limit = config.length if config.mode in COUNTED_MODES else None
        return cls(config, fair_order(questions, shown, limit), horizon=view.horizon,
                   on_screen=shown)

    @property
    def empty_note(self) -> str:
        """Why a round has nothing to ask, in words."""
        if self.config.mode == "review":
            return ("Nothing to review: no missed questions, and none are due yet. "
                    "Play a round, then come back.")
        return ("No questions to ask: everything in this pack is above your spoiler "
                "horizon or outside the topic.")

    # -- state -----------------------------------------------------------------

    @property
    def current(self) -> Question | None:
        return None if self.finished else self.queue[len(self.answers)]

    @property
    def number(self) -> int:
        """1-based number of the current question."""
        return len(self.answers) + 1

    @property
    def total(self) -> int:
        return len(self.queue)

    @property
    def misses(self) -> int:
        return sum(not a.correct for a in self.answers)

    @property
    def lives(self) -> int:
        return max(0, SURVIVAL_LIVES - self.misses)

    @property
    def time_left(self) -> float:
        return max(0.0, BLITZ_SECONDS - self.elapsed)

    @property
    def end(self) -> End | None:
        """Why the round ended; None while it goes on. The player's own stop
        comes first, then the last life, then the clock."""
        mode = self.config.mode
        if self.stopped:
            return End.STOPPED
        if mode == "survival" and self.lives == 0:
            return End.OUT_OF_LIVES
        if mode == "blitz" and self.time_left <= 0:
            return End.TIME_UP
        if len(self.answers) >= len(self.queue):
            return End.NO_QUESTIONS_LEFT if mode in ("blitz", "survival") else End.ALL_ANSWERED
        return None

    @property
    def finished(self) -> bool:
        """Over, for whatever reason: no question is asked after this. True
        right after the answer that loses the last life, so a shell offers the
        results rather than a next question."""
        return self.end is not None

    # -- play -------------------------------------------------------------------

    def answer(self, response: str, seconds: float = 0.0) -> Answer:
        """Score a response to the current question. `seconds` is the time it took."""
        question = self.current
        if question is None:
            if self.config.mode == "blitz" and self.time_left <= 0:
                raise TimeoutError("time is up")
            raise RuntimeError("the round is over")
        if self.config.mode == "blitz":
            self.elapsed += seconds
            if self.time_left <= 0:  # answered after the bell: does not count
                raise TimeoutError("time is up")
        correct = question.check(response)
        self.streak = self.streak + 1 if correct else 0
        earned = self.config.points(correct, self.streak, seconds)
        self.best_streak = max(self.best_streak, self.streak)
        self.score += earned.total
        answer = Answer(question, response, correct, earned, seconds, self.streak)
        self.answers.append(answer)
        return answer

    def tick(self, seconds: float) -> None:
        """Blitz: time passes while the player reads or thinks. Not once the
        round is over: a clock run out after the last answer would turn "no
        questions left" into "time is up"."""
        if self.config.mode == "blitz" and not self.finished:
            self.elapsed += seconds

    def stop(self) -> None:
        """The player ends the round. One already over keeps its own end: an
        Escape on the last feedback does not make a full round one ended early
        (which would also cost it its best)."""
        if not self.finished:
            self.stopped = True

    def safe_versions(self, view: View) -> dict[str, Question]:
        """Each question as this view would generate it now.

        A question generated at a later horizon may hold hidden text even when
        its own fact is still visible (a wrong choice, a true/false swap), so
        after the horizon drops only these versions may be shown."""
        return {q.id: q for q in generate(view, self.config.seed)}

    def restrict(self, view: View) -> int:
        """Apply a lower horizon mid-round: unanswered questions the view no longer
        shows are dropped, the others regenerated within it. A regenerated
        question may show other wrong options than before, which may give a later
        one away: the giveaway rule applies again. Returns how many were dropped."""
        fresh = self.safe_versions(view)
        done = len(self.answers)
        unasked = [fresh[q.id] for q in self.queue[done:] if q.id in fresh]
        remaining = fair_order(unasked, (*self.on_screen, *on_screen(view, self.config.topic)),
                               asked=[a.question for a in self.answers])
        dropped = len(self.queue) - done - len(remaining)
        self.queue = self.queue[:done] + remaining
        return dropped

    def missed_in(self, view: View) -> list[Question]:
        """The missed questions that may be shown at this view's horizon, each in
        a version that holds nothing above it."""
        return self._shown_in(view, self.missed)

    def right_in(self, view: View) -> list[Question]:
        """The questions answered right, as `missed_in` gives the missed: those
        this view may show, each in a version that holds nothing above it."""
        return self._shown_in(view, [a for a in self.answers if a.correct])

    def _shown_in(self, view: View, answers: list[Answer]) -> list[Question]:
        fresh = self.safe_versions(view)
        return [fresh[a.question.id] for a in answers if a.question.id in fresh]

    # -- results ------------------------------------------------------------------

    @property
    def correct(self) -> int:
        return sum(a.correct for a in self.answers)

    @property
    def accuracy(self) -> float:
        return self.correct / len(self.answers) if self.answers else 0.0

    @property
    def seconds(self) -> float:
        """Time spent answering: from each question on screen to its answer
        (the feedback read in between does not count)."""
        return sum(a.seconds for a in self.answers)

    @property
    def missed(self) -> list[Answer]:
        return [a for a in self.answers if not a.correct]

    @property
    def ending(self) -> str:
        """How the round ended, as a headline ("" while it goes on)."""
        end = self.end
        if end is End.NO_QUESTIONS_LEFT:
            return ("No questions left before the clock ran out" if self.config.mode == "blitz"
                    else "Survived every question")
        return _ENDINGS.get(end, "")

    def ending_note(self, view: View) -> str:
        """What happened at the end, beyond the headline, at this view's
        horizon ("" when the headline says it all).

        Time up: the question on screen when the clock ran out, and its answer.
        No questions left: how many there were (the horizon, the topic and the
        giveaway rule decide it), and the time or lives to spare."""
        end = self.end
        if end is End.TIME_UP and (question := self.cut_off_in(view)):
            return f"The clock ran out on: {question.full_prompt}\nThe answer: {question.answer}"
        if end is not End.NO_QUESTIONS_LEFT or not self.total:
            return ""
        asked = (f"All {self.total} questions this round could ask were answered"
                 if self.total > 1 else "The one question this round could ask was answered")
        if self.config.mode == "blitz":
            return f"{asked}, with {self.time_left:.0f} s left."
        lives = "1 life" if self.lives == 1 else f"{self.lives} lives"
        return f"{asked}, with {lives} left."

    def cut_off_in(self, view: View) -> Question | None:
        """Blitz: the question on screen when the clock ran out, in a version
        this view may show (None if there is none, or it is now hidden). It is
        the next one of the queue: an answer after the bell is not kept."""
        if self.end is not End.TIME_UP or len(self.answers) >= len(self.queue):
            return None
        return self.safe_versions(view).get(self.queue[len(self.answers)].id)

    @property
    def complete(self) -> bool:
        """Played to its natural end, not cut short by the player."""
        return self.finished and not self.stopped


_ENDINGS = {
    End.ALL_ANSWERED: "Round over",
    End.OUT_OF_LIVES: "Out of lives",
    End.TIME_UP: "Time is up",
    End.STOPPED: "Round ended early",
}
