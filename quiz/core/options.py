"""Wrong options a player cannot rule out by logic alone.

A wrong option is of the answer's kind (the pack's `kind`, never borrowed across
kinds), formatted like the answer where the pool allows, never another name for
the answer, never the same thing as another option, and never something the
question itself names.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from quiz.core.answers import fold
from quiz.core.pack import REVERSE_SUFFIX, Fact

MAX_WRONG = 3
# How many of a kind's answers one question looks at: enough to find three fair
# ones in any real pack, and a bound that keeps a kind of thousands linear.
LOOK = 24
_LETTERS = re.compile(r"[^\W\d_]+")

# fold() remembered: every round folds the same answers and texts again, and
# folding is the bulk of making a round. Bounded, so a huge pack cannot grow it.
folded = lru_cache(maxsize=1 << 14)(fold)


@dataclass(frozen=True)
class Ask:
    """One way to ask a fact: as written, or the other way round."""

    id: str
    fact: Fact
    kind: str
    ask: str
    answer: str
    accept: tuple[str, ...]
    distractors: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.answer, *self.accept)

    @property
    def reversed(self) -> bool:
        return self.id != self.fact.id


def asks(fact: Fact) -> tuple[Ask, ...]:
    forward = Ask(fact.id, fact, fact.kind, fact.ask, fact.answer, fact.accept,
                  fact.distractors)
    if fact.reverse is None:
        return (forward,)
    back = fact.reverse
    return (forward, Ask(fact.id + REVERSE_SUFFIX, fact, back.kind, back.ask, back.answer,
                         back.accept, back.distractors))


@dataclass(frozen=True)
class _Option:
    text: str
    group: str                  # what it is: options of one group are the same thing
    padded: tuple[str, ...]     # it and its other forms, folded for contains-tests
    shape: tuple[bool, str, int]


def shape(folded_text: str) -> tuple[bool, str, int]:
    """How an answer (folded) is formatted: whether it holds a number, the word
    after its last number (its unit: 'years', 'million'), how many words it has."""
    words = folded_text.split()
    numbers = [i for i, word in enumerate(words) if word.isdigit()]
    unit = words[numbers[-1] + 1] if numbers and numbers[-1] + 1 < len(words) else ""
    return bool(numbers), unit, len(words)


def fits(answer: tuple[bool, str, int], option: tuple[bool, str, int]) -> bool:
    """Would the option look like the answer's kin (a number for a number, the
    same unit, about as many words)?"""
    return (answer[:2] == option[:2]
            and abs(answer[2] - option[2]) <= max(1, answer[2] // 2))


def names(text: str) -> set[str]:
    """The words of a text that name someone or something: capitalised, 4+ letters."""
    return {folded(word) for word in _LETTERS.findall(text) if word[0].isupper() and len(word) >= 4}


class Options:
    """The wrong options of every ask of one view, by kind."""

    def __init__(self, all_asks: Sequence[Ask]) -> None:
        # Answers that some ask accepts as one another are one thing: a union of
        # their keys, so "Camarena" and "Kiki Camarena" are never two options.
        self._parent: dict[str, str] = {}
        for ask in all_asks:
            keys = [k for k in map(self._key, ask.forms) if k]
            for key in keys[1:]:
                self._union(keys[0], key)
        self._pools: dict[str, list[_Option]] = defaultdict(list)
        groups: set[tuple[str, str]] = set()
        for ask in all_asks:
            group = self.group(ask.answer)
            if group and (ask.kind, group) not in groups:
                groups.add((ask.kind, group))
                self._pools[ask.kind].append(self._option(ask.answer, ask.accept))

    def _find(self, key: str) -> str:
        root = key
        while self._parent.get(root, root) != root:
            root = self._parent[root]
        while key != root:  # path compression keeps later finds short
            self._parent[key], key = root, self._parent[key]
        return root

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[rb] = ra
            self._parent.setdefault(ra, ra)

    @staticmethod
    def _key(text: str) -> str:
        return folded(text).replace(" ", "")  # answer_key's rule, on the remembered fold

    def group(self, text: str) -> str:
        key = self._key(text)
        return self._find(key) if key else ""

    def _option(self, text: str, forms: Iterable[str] = ()) -> _Option:
        return _Option(text, self.group(text),
                       tuple(f" {folded(form)} " for form in (text, *forms)),
                       shape(folded(text)))

    def wrong(self, ask: Ask, rng: random.Random) -> list[str]:
        """Up to three fair wrong answers: the author's own first, then the
        kind's, those shaped like the answer before the others."""
        prompt = f" {folded(ask.ask)} "
        named = set(prompt.split()) - set(folded(ask.answer).split())
        taken = {self.group(ask.answer)}
        out: list[str] = []

        def fair(option: _Option, borrowed: bool) -> bool:
            # A borrowed answer sharing a name the prompt holds is most likely
            # the very one the prompt names ("Who arrested Gallardo?" offering
            # Félix Gallardo); the author's own ('Don Miguel' for Miguel's
            # nickname) were chosen for this question. Words the answer shares
            # with the prompt ('Cartel') are just its form.
            return (bool(option.group) and option.group not in taken
                    and not any(form in prompt for form in option.padded if form.strip())
                    and not (borrowed and names(option.text) & named))

        def take(option: _Option) -> None:
            if len(out) < MAX_WRONG and option.group not in taken:
                taken.add(option.group)
                out.append(option.text)

        own = list(ask.distractors)
        if len(own) > MAX_WRONG:
            own = rng.sample(own, min(len(own), LOOK))
        for text in own:
            option = self._option(text)
            if fair(option, borrowed=False):
                take(option)
        pool = self._pools[ask.kind]
        answer_shape = shape(folded(ask.answer))
        unlike: list[_Option] = []
        for index in rng.sample(range(len(pool)), min(len(pool), LOOK)):
            if len(out) == MAX_WRONG:
                break
            option = pool[index]
            if fair(option, borrowed=True):
                if fits(answer_shape, option.shape):
                    take(option)
                else:
                    unlike.append(option)
        for option in unlike:
            take(option)
        return out
