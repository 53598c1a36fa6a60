"""Facts -> questions: multiple choice, true/false and type-in.

The generator takes a View (spoilers.gate's output), never a Pack: a fact above
the player's horizon is not there to be asked, offered as a wrong choice or
swapped into a true/false statement.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice

from quiz.core.answers import answer_key, matches
from quiz.core.pack import QUESTION_TYPES, Fact, HandQuestion
from quiz.core.spoilers import View
from quiz.core.yamltext import printable_line

TRUE, FALSE = "True", "False"
MAX_WRONG = 3
# How often each kind of question is drawn when a fact allows several.
_WEIGHTS = {"choice": 2, "true-false": 1, "text": 1}
# Facts of the kind drawn one by one for wrong options, before the draw turns
# to the kind's distinct answers.
_FIRST_DRAWS = 8


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: str
    answer: str
    choices: tuple[str, ...] = ()
    accepted: tuple[str, ...] = ()
    statement: str = ""
    explain: str = ""
    source: str = ""
    topic: str = ""
    level: str = "none"

    @property
    def full_prompt(self) -> str:
        """The prompt as asked: a true/false statement says that it is one."""
        return f"True or false? {self.prompt}" if self.type == "true-false" else self.prompt

    @property
    def notes(self) -> tuple[str, ...]:
        """What the feedback tells after an answer: the fact as stated (when the
        prompt did not already say it), the explanation, the source."""
        notes = []
        if self.statement and self.statement != self.prompt:
            notes.append(self.statement)
        if self.explain:
            notes.append(self.explain)
        if self.source:
            notes.append(f"Source: {self.source}")
        return tuple(notes)

    def check(self, response: str) -> bool:
        """Is this response (a choice's text, True/False, or typed text) right?"""
        if self.type == "text":
            return matches(response, self.accepted)
        return answer_key(response) == answer_key(self.answer)


def new_seed() -> str:
    """A short seed a player can read back and type to replay a round."""
    return str(random.SystemRandom().randrange(1, 1_000_000))


def seed_problem(seed: str) -> str:
    """Why `seed` cannot be a seed ('' if it can). A seed is shown with its round
    and shared as a command line, so it is one line a terminal shows as typed."""
    if printable_line(seed) != seed:
        return "a seed is one line of text, without control characters or tabs"
    return ""


@dataclass
class Kind:
    """The visible facts of one kind, and their answers with the repeats left out."""

    facts: list[Fact] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)  # the first as written of each
    _keys: set[str] = field(default_factory=set)

    def add(self, fact: Fact) -> None:
        self.facts.append(fact)
        key = answer_key(fact.answer)
        if key not in self._keys:
            self._keys.add(key)
            self.answers.append(fact.answer)


def generate(view: View, seed: str, types: Collection[str] = QUESTION_TYPES) -> list[Question]:
    """One question per visible fact and hand-written question, in a seeded order."""
    by_kind: dict[str, Kind] = defaultdict(Kind)
    for fact in view.facts:
        by_kind[fact.kind].add(fact)
    out: list[Question] = []
    for fact in view.facts:
        # A generator of its own per fact: adding a fact to a pack does not
        # change how every other fact is asked under the same seed.
        rng = random.Random(f"{seed}/{fact.id}")
        # The kind asked draws from a stream of its own, so it does not depend on
        # how many wrong options the horizon allows (it stays put when spoilers
        # are turned off mid-round).
        kind_rng = random.Random(f"{seed}/{fact.id}/kind")
        question = _from_fact(fact, by_kind[fact.kind], view, rng, kind_rng, types)
        if question:
            out.append(question)
    for hand in view.questions:
        if hand.type in types:
            out.append(_from_hand(hand, view, random.Random(f"{seed}/{hand.id}")))
    random.Random(seed).shuffle(out)
    return out


def wrong_options(fact: Fact, kind: Kind, rng: random.Random) -> list[str]:
    """Up to three wrong answers: the author's own first, then other facts' answers."""
    taken = {answer_key(a) for a in (fact.answer, *fact.accept)}
    out: list[str] = []
    own = list(fact.distractors)
    if len(own) > MAX_WRONG:
        own = rng.sample(own, MAX_WRONG)
    for option in chain(own, _others(kind, rng)):  # lazily: drawn as needed
        key = answer_key(option)
        if key and key not in taken:
            taken.add(key)
            out.append(option)
            if len(out) == MAX_WRONG:
                break
    return out


def _others(kind: Kind, rng: random.Random) -> Iterator[str]:
    """Answers of the kind's facts in a random order, drawn lazily: three wrong
    options are usually found in the first few facts. When they are not (the
    kind's facts share a few answers), the rest comes from the kind's distinct
    answers: walking every fact again for every fact would make a kind of
    thousands of facts sharing one answer quadratic in its size."""
    for index in islice(_random_order(len(kind.facts), rng), _FIRST_DRAWS):
        yield kind.facts[index].answer
    if len(kind.facts) > _FIRST_DRAWS:
        for index in _random_order(len(kind.answers), rng):
            yield kind.answers[index]


def _random_order(count: int, rng: random.Random) -> Iterator[int]:
    """Indices 0..count-1 in a random order, the first few drawn one by one:
    shuffling them all is wasted when only the first few are wanted."""
    seen: set[int] = set()
    while len(seen) < min(count, _FIRST_DRAWS):  # not random.sample: it copies a small population
        index = rng.randrange(count)
        if index not in seen:
            seen.add(index)
            yield index
    if count > _FIRST_DRAWS:
        rest = [i for i in range(count) if i not in seen]
        rng.shuffle(rest)
        yield from rest


def _from_fact(fact: Fact, kind: Kind, view: View, rng: random.Random,
               kind_rng: random.Random, types: Collection[str]) -> Question | None:
    wrong = wrong_options(fact, kind, rng)
    possible = ["text"]
    if len(wrong) >= 2:
        possible.append("choice")
    if wrong and fact.statement.count(fact.answer) == 1:
        possible.append("true-false")
    possible = [t for t in possible if t in types]
    if not possible:
        return None
    kind = kind_rng.choices(possible, weights=[_WEIGHTS[t] for t in possible])[0]
    common = dict(id=fact.id, type=kind, statement=fact.statement, explain=fact.explain,
                  source=view.source_note(fact.source), topic=fact.topic, level=fact.spoiler)
    if kind == "choice":
        choices = [fact.answer, *wrong]
        rng.shuffle(choices)
        return Question(prompt=fact.ask, answer=fact.answer, choices=tuple(choices), **common)
    if kind == "true-false":
        truth = rng.random() < 0.5
        shown = fact.statement if truth else fact.statement.replace(fact.answer, wrong[0])
        return Question(prompt=shown, answer=TRUE if truth else FALSE,
                        choices=(TRUE, FALSE), **common)
    return Question(prompt=fact.ask, answer=fact.answer,
                    accepted=(fact.answer, *fact.accept), **common)


def _from_hand(hand: HandQuestion, view: View, rng: random.Random) -> Question:
    common = dict(id=hand.id, type=hand.type, prompt=hand.prompt, explain=hand.explain,
                  source=view.source_note(hand.source), topic=hand.topic, level=hand.spoiler)
    if hand.type == "choice":
        wrong = list(hand.choices)
        if len(wrong) > MAX_WRONG:
            wrong = rng.sample(wrong, MAX_WRONG)
        choices = [hand.answer, *wrong]
        rng.shuffle(choices)
        return Question(answer=hand.answer, choices=tuple(choices), **common)
    if hand.type == "true-false":
        return Question(answer=TRUE if hand.answer == "true" else FALSE,
                        choices=(TRUE, FALSE), **common)
    return Question(answer=hand.answer, accepted=(hand.answer, *hand.accept), **common)
