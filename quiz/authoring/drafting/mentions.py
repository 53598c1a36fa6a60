"""A name as it stands in a sentence, and a sentence as the drafter reads it: the
pieces every step of drafting shares."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from quiz.authoring.drafting.words import ORG_WORDS, PLACE_WORDS, QUOTED

ROMAN = re.compile(r"[IVX]+")  # "Queen Elizabeth II": a numeral, not an acronym


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str

    @property
    def plain(self) -> str:
        """The name without a nickname in it: Enrique “Kiki” Camarena -> Enrique Camarena."""
        return " ".join(QUOTED.sub(" ", self.text).split())


@dataclass
class Sentence:
    text: str
    paragraph: int
    order: int
    context: str
    # A byline, credit, caption or headline: read for cast lines alone.
    furniture: bool = False
    # Who "he" or "she" at its start stands for: the person the article last led with.
    referent: str | None = None
    thing: str | None = None  # what "it" at its start stands for
    # (singular, plural): what "it" and "they" stand for in an article about a species.
    creature: tuple[str, str] | None = None
    female: bool = False  # the article says the referent is a woman: "her" is hers
    names: list[Name] = field(default_factory=list)
    # (actor, character, verb): the verb tells the tense to ask in.
    cast: list[tuple[Name, Name, str]] = field(default_factory=list)


def inside(spans: list[tuple[int, int]], index: int) -> bool:
    """Is the index inside one of the spans (in order, apart)? In time log(spans),
    so that a sentence of thousands of quotes and names costs no square."""
    at = bisect_right(spans, (index, len(spans) and spans[-1][1] + 1)) - 1
    return at >= 0 and spans[at][0] <= index < spans[at][1]


def text_before(text: str, index: int) -> str:
    """The few words before a point, which is all the patterns that look back need."""
    return text[max(0, index - 60):index]


def person_like(name: Name) -> bool:
    words = name.plain.split()
    return (0 < len(words) <= 5
            and not any(w.isupper() and len(w) > 1 and not ROMAN.fullmatch(w) for w in words)
            and not any(w in ORG_WORDS or w in PLACE_WORDS for w in words))
