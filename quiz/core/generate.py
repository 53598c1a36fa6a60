"""Facts -> questions: multiple choice, true/false and type-in.

The generator takes a View (spoilers.gate's output), never a Pack: a fact above
the player's horizon is not there to be asked, offered as a wrong choice or
swapped into a true/false statement. Which wrong options are fair is options.py's
rule; which questions a round may ask together, giveaways.py's.
"""

from __future__ import annotations

import random
import re
from collections.abc import Collection
from dataclasses import dataclass, field

from quiz.core.answers import Judge, answer_key, fold
from quiz.core.options import MAX_WRONG, Ask, Options, asks
from quiz.core.pack import QUESTION_TYPES, HandQuestion
from quiz.core.spoilers import View

TRUE, FALSE = "True", "False"
# How often each kind of question is drawn when a fact allows several.
_WEIGHTS = {"choice": 2, "true-false": 1, "text": 1}
_ARTICLE = re.compile(r"(?<!\w)(an?)(\s+)$", re.IGNORECASE)
# An initialism is read letter by letter: "an M16", "a UN report".
_INITIALISM = re.compile(r"[A-Z](?:[A-Z0-9]|$)")


def _indefinite(option: str) -> str:
    """'a' or 'an', by how the option is said."""
    if _INITIALISM.match(option):
        return "an" if option[0] in "AEFHILMNORSX" else "a"
    first = fold(option)[:1]
    return "an" if first and first in "aeiou8" else "a"


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
    # The fact or hand-written question it asks: one round asks each once.
    entry: str = ""
    # Texts whose earlier appearance would give this question away.
    secrets: tuple[str, ...] = ()
    # Type-in: the wrong options a typo must not come as near to, and the judge
    # that knows the pack's names (a surname alone is enough when unambiguous).
    rivals: tuple[str, ...] = ()
    judge: Judge = field(default=Judge(), compare=False, repr=False)

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

    @property
    def shown(self) -> tuple[str, ...]:
        """The pack's text this question puts on screen while it is asked and
        after: prompt, choices, the answer (a verdict names it), the notes."""
        return (self.prompt, *self.choices, self.answer, self.statement, self.explain,
                self.source)

    def check(self, response: str) -> bool:
        """Is this response (a choice's text, True/False, or typed text) right?"""
        if self.type == "text":
            return self.judge.matches(response, self.accepted, self.rivals)
        return answer_key(response) == answer_key(self.answer)


def generate(view: View, seed: str, types: Collection[str] = QUESTION_TYPES) -> list[Question]:
    """The questions a round may ask, in a seeded order: one per visible fact,
    one more for a fact with a reverse, one per hand-written question. A round
    asks at most one of a fact's two (round.py)."""
    every = [ask for fact in view.facts for ask in asks(fact)]
    options = Options(every)
    judge = Judge(form for ask in every if _names_someone(ask) for form in ask.forms)
    out: list[Question] = []
    for ask in every:
        # A generator of its own per question: adding a fact to a pack does not
        # change how every other fact is asked under the same seed.
        rng = random.Random(f"{seed}/{ask.id}")
        # The kind asked (and whether a true/false is true) draws from a stream
        # of its own, so it does not depend on how many wrong options the
        # horizon allows (it stays put when spoilers are turned off mid-round).
        kind_rng = random.Random(f"{seed}/{ask.id}/kind")
        wrong = options.wrong(ask, rng)
        question = _from_ask(ask, wrong, *_swaps(ask, wrong, options, judge), view, rng,
                             kind_rng, types, judge)
        if question:
            out.append(question)
    for hand in view.questions:
        if hand.type in types:
            out.append(_from_hand(hand, view, random.Random(f"{seed}/{hand.id}")))
    random.Random(seed).shuffle(out)
    return out


_ASKS_FOR_SOMEONE = re.compile(r"(?:who|whom|whose|which (?:actor|actress|character|person))\b",
                               re.IGNORECASE)
_PERSON_KINDS = re.compile(r"actor|actress|character|person|people|agent|officer|official|"
                           r"trafficker|victim|player|author|director|singer|scientist",
                           re.IGNORECASE)


def _names_someone(ask: Ask) -> bool:
    """Is the answer a person's name (asked with "who", or of a kind of people)?
    Its surname then counts alone when no other person ends with it; a place
    or an organisation's last word ("Cartel") never does."""
    words = ask.answer.split()
    return (len(words) >= 2 and all(word[:1].isupper() for word in words)
            and bool(_ASKS_FOR_SOMEONE.match(ask.ask) or _PERSON_KINDS.search(ask.kind)))


def _swaps(ask: Ask, wrong: list[str], options: Options,
           judge: Judge) -> tuple[tuple[int, int] | None, list[str]]:
    """Where the answer stands in the fact's statement, and the wrong options a
    false statement may put there: none that would leave it true, because the
    rest of the statement already holds it, or the answer's forms accept it."""
    # True/false is asked one way only: the statement is the fact as written.
    # "Kerr headed the winner" asked as "Jamie Kerr": the statement says the form it
    # says, and a wrong option stands where that form stands.
    spot = None if ask.reversed else next(
        (at for at in (_the_answer_in(ask.fact.statement, form)
                       for form in (ask.fact.answer, *ask.fact.accept)) if at), None)
    if not spot:
        return None, []
    around = f"{ask.fact.statement[:spot[0]]} {ask.fact.statement[spot[1]:]}"
    return spot, [text for text in options.swaps(around, wrong)
                  if not judge.matches(text, ask.forms)]


def _from_ask(ask: Ask, wrong: list[str], spot: tuple[int, int] | None, swaps: list[str],
              view: View, rng: random.Random, kind_rng: random.Random,
              types: Collection[str], judge: Judge) -> Question | None:
    fact = ask.fact
    possible = ["text"]
    if len(wrong) >= 2:
        possible.append("choice")
    if swaps:
        possible.append("true-false")
    possible = [t for t in possible if t in types]
    if not possible:
        return None
    kind = kind_rng.choices(possible, weights=[_WEIGHTS[t] for t in possible])[0]
    # Its secrets are the answer and its forms whatever the type: a true/false
    # statement hinges on the answer as much as the question that asks for it.
    common = dict(id=ask.id, type=kind, statement=fact.statement, explain=fact.explain,
                  source=view.source_note(fact.source), topic=fact.topic, level=fact.spoiler,
                  entry=fact.id, secrets=ask.forms)
    if kind == "choice":
        choices = [ask.answer, *wrong]
        rng.shuffle(choices)
        return Question(prompt=ask.ask, answer=ask.answer, choices=tuple(choices), **common)
    if kind == "true-false":
        truth = kind_rng.random() < 0.5
        shown = fact.statement if truth else _swapped(fact.statement, spot, rng.choice(swaps))
        return Question(prompt=shown, answer=TRUE if truth else FALSE,
                        choices=(TRUE, FALSE), **common)
    return Question(prompt=ask.ask, answer=ask.answer, accepted=ask.forms,
                    rivals=tuple(wrong), judge=judge, **common)


def _the_answer_in(statement: str, answer: str) -> tuple[int, int] | None:
    """Where the answer stands in the statement (start, end): there once, as
    whole words; None otherwise (a swap would read wrong). Not a regex: one
    compiled per answer would be most of the work of a big pack."""
    if statement.count(answer) != 1:
        return None
    start = statement.index(answer)
    end = start + len(answer)
    if _word_char(statement[start - 1: start]) or _word_char(statement[end: end + 1]):
        return None
    return start, end


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _swapped(statement: str, spot: tuple[int, int], option: str) -> str:
    """The statement with a wrong option in place of its answer (at `spot`),
    reading naturally: 'a'/'an' before it agrees with the option."""
    before, after = statement[: spot[0]], statement[spot[1]:]
    if article := _ARTICLE.search(before):
        word = _indefinite(option)
        if article.group(1)[0].isupper():
            word = word.capitalize()
        before = before[: article.start(1)] + word + article.group(2)
    return before + option + after


def _from_hand(hand: HandQuestion, view: View, rng: random.Random) -> Question:
    # A hand-written true/false hinges on no one answer: True or False gives nothing away.
    secrets = () if hand.type == "true-false" else (hand.answer, *hand.accept)
    common = dict(id=hand.id, type=hand.type, prompt=hand.prompt, explain=hand.explain,
                  source=view.source_note(hand.source), topic=hand.topic, level=hand.spoiler,
                  entry=hand.id, secrets=secrets)
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
