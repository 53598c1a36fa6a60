"""Wrong options a player cannot rule out by logic alone.

A wrong option is of the answer's kind (the pack's `kind`, never borrowed across
kinds), formatted like the answer where the pool allows (always, for a number),
never another name or form of the answer (answers.naming), never the same thing
as another option, and never something the question itself names.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from quiz.core.answers import Naming, fold, naming
from quiz.core.forms import numeric_word
from quiz.core.pack import REVERSE_SUFFIX, Fact

MAX_WRONG = 3
# How many of a kind's answers one question looks at: enough to find three fair
# ones in any real pack, and a bound that keeps a kind of thousands linear.
LOOK = 24
_LETTERS = re.compile(r"[^\W\d_]+")
_ORDINAL_ENDINGS = {"st": "th", "nd": "th", "rd": "th"}

# fold() and naming() remembered: every round folds the same answers and texts
# again, and folding is the bulk of making a round. Bounded, so a huge pack
# cannot grow them.
folded = lru_cache(maxsize=1 << 14)(fold)
named = lru_cache(maxsize=1 << 14)(naming)


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
    naming: Naming              # its forms, to tell it from the answer's (answers.naming)
    padded: tuple[str, ...]     # it and its other forms, folded for contains-tests
    shape: tuple[bool, str, int]


def shape(folded_text: str) -> tuple[bool, str, int]:
    """How an answer (folded) is formatted: whether it holds a number (in
    figures, in words, or a month), its unit (the word after its last number,
    without a plural s: 'year', 'million'; or the letters the number ends with:
    the 's' of '80s', the 'th' of '13th'), how many words it has."""
    words = folded_text.split()
    numbers = [i for i, word in enumerate(words) if word[:1].isdigit() or numeric_word(word)]
    if not numbers:
        return False, "", len(words)
    last = numbers[-1]
    if last + 1 < len(words):
        unit = words[last + 1].removesuffix("s")
    else:
        ending = words[last].lstrip("0123456789")
        unit = _ORDINAL_ENDINGS.get(ending, ending) if words[last][:1].isdigit() else ""
    return True, unit, len(words)


def numeric(text: str) -> bool:
    """Is the answer a number (a year, a date, an amount, a count with its unit),
    not a name that holds one ('AK-47', 'Apollo 13': a capitalised word)? A wrong
    option of a number is then always of its shape: another unit, or no number,
    would give the answer away."""
    return shape(folded(text))[0] and not any(
        word[0].isupper() and not numeric_word(folded(word)) for word in _LETTERS.findall(text))


def fits(answer: tuple[bool, str, int], option: tuple[bool, str, int]) -> bool:
    """Would the option look like the answer's kin (a number for a number, the
    same unit, about as many words)?"""
    return (answer[:2] == option[:2]
            and abs(answer[2] - option[2]) <= max(1, answer[2] // 2))


def names(text: str) -> set[str]:
    """The words of a text that name someone or something: capitalised, 4+ letters."""
    return {folded(word) for word in _LETTERS.findall(text) if word[0].isupper() and len(word) >= 4}


def _held(padded_text: str, option: _Option) -> bool:
    """Does the text (folded, padded with spaces) hold the option in any of its forms?"""
    return any(form in padded_text for form in option.padded if form.strip())


class Options:
    """The wrong options of every ask of one view, by kind."""

    def __init__(self, all_asks: Sequence[Ask]) -> None:
        # Answers that some ask accepts as one another are one thing, and so are
        # answers that say the same (a date or an amount however written): a
        # union of their keys, so "Camarena" and "Kiki Camarena" are never two
        # options. Not a union by shorter forms: "Kane", accepted for Idris Kane,
        # is no reason to take Iris Kane for him.
        self._parent: dict[str, str] = {}
        self._said: dict[Hashable, str] = {}  # what a text says -> the key of one text saying it
        for ask in all_asks:
            keys = [k for k in map(self._key, ask.forms) if k]
            for key in keys[1:]:
                self._union(keys[0], key)
            for form, key in zip(ask.forms, map(self._key, ask.forms)):
                for said in named(form).whole if key else ():
                    self._union(self._said.setdefault(said, key), key)
        # Everything a thing is called, shorter forms included: no option may be one.
        self._called: dict[str, set[Hashable]] = defaultdict(set)
        for ask in all_asks:
            for form in ask.forms:
                if self._key(form):
                    self._called[self.group(form)].update(named(form).whole, named(form).shorter)
        self._pools: dict[str, list[_Option]] = defaultdict(list)
        self._forms: dict[str, tuple[str, ...]] = {}  # a pooled answer -> it and its forms, padded
        groups: set[tuple[str, str]] = set()
        for ask in all_asks:
            group = self.group(ask.answer)
            if group and (ask.kind, group) not in groups:
                groups.add((ask.kind, group))
                option = self._option(ask.answer, ask.accept)
                self._pools[ask.kind].append(option)
                self._forms.setdefault(option.text, option.padded)

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
        """The thing a text names: the answers it is a form of, by the pack's
        `accept` or by saying the same; its own key when it is none of them."""
        key = self._key(text)
        if not key or key in self._parent:
            return self._find(key) if key else ""
        said = next((self._said[s] for s in named(text).whole if s in self._said), key)
        return self._find(said)

    def _option(self, text: str, forms: Iterable[str] = ()) -> _Option:
        return _Option(text, self.group(text), named(text),
                       tuple(f" {folded(form)} " for form in (text, *forms)),
                       shape(folded(text)))

    def wrong(self, ask: Ask, rng: random.Random) -> list[str]:
        """Up to three fair wrong answers: the author's own first, then the
        kind's, those shaped like the answer before the others (for a number,
        only those)."""
        prompt = f" {folded(ask.ask)} "
        in_prompt = set(prompt.split()) - set(folded(ask.answer).split())
        # What the fact's own statement names is tied to it: "born in Petilla, a
        # village in Navarre" makes Navarre no wrong answer to "Where was he born?".
        statement = f" {folded(ask.fact.statement)} "
        for form in filter(str.strip, ask.forms):  # the answer says nothing of the options
            statement = statement.replace(f" {folded(form)} ", " | ")
        picked = [self._option(ask.answer, ask.accept)]  # the answer, then its wrong options

        def fair(option: _Option, borrowed: bool) -> bool:
            # A borrowed answer sharing a name the prompt holds is most likely
            # the very one the prompt names ("Who arrested Gallardo?" offering
            # Félix Gallardo); the author's own ('Don Miguel' for Miguel's
            # nickname) were chosen for this question. Words the answer shares
            # with the prompt ('Cartel') are just its form.
            return (bool(option.group) and not self._one_thing(option, picked[0])
                    and not _held(prompt, option)
                    and not (borrowed and (names(option.text) & in_prompt
                                           or _held(statement, option))))

        def take(option: _Option) -> None:
            if len(picked) <= MAX_WRONG and not any(self._one_thing(option, other)
                                                    for other in picked):
                picked.append(option)

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
            if len(picked) > MAX_WRONG:
                break
            option = pool[index]
            if fair(option, borrowed=True):
                if fits(answer_shape, option.shape):
                    take(option)
                else:
                    unlike.append(option)
        if not numeric(ask.answer):
            for option in unlike:
                take(option)
        return [option.text for option in picked[1:]]

    def _one_thing(self, a: _Option, b: _Option) -> bool:
        """Are two options forms of one thing: the same by the pack's `accept` or
        by what they say, or one a form of a name the other goes by, whole or
        shorter or longer ('Murphy' and 'Steve Murphy'; 'Joseph Maldonado-Passage'
        and Joe Exotic, when a fact accepts Joseph Allen Maldonado-Passage for
        him)? Not two that only share a shorter form: Steve and Bob Murphy."""
        return (a.group == b.group or a.naming.meets(b.naming)
                or bool(a.naming.whole & self._called.get(b.group, frozenset()))
                or bool(b.naming.whole & self._called.get(a.group, frozenset())))

    def swaps(self, around: str, wrong: Iterable[str]) -> list[str]:
        """The wrong options a false statement may put in place of its answer:
        none that the rest of the statement (`around`: the statement without
        its answer) already holds, whole, by another of its forms or by a name.
        "Boyd Holbrook and Pedro Pascal star" with Pedro Pascal in Holbrook's
        place would still be true."""
        padded = f" {folded(around)} "
        in_statement = names(around)
        return [text for text in wrong
                if not any(form in padded
                           for form in self._forms.get(text, (f" {folded(text)} ",))
                           if form.strip())
                and not names(text) & in_statement]
