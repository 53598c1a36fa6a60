"""What an article says a name is, in the words next to it: "the asteroid Ryugu",
"Bennu, a carbon-rich asteroid", "a subsidiary of United States Industrial Alcohol"."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from quiz.authoring.drafting.verbs import is_noun
from quiz.authoring.drafting.words import COMMON, KIN, ROLES

# "the town of Pripyat" is a town; "the approval of Crisp" says nothing of what Crisp is.
PLACE_NOUNS = frozenset(
    "town city village county state province island region district kingdom republic port borough"
    .split())
_NOUN_BEFORE = re.compile(rf"\b[Tt]he (?:[a-z]+ )?(?:([a-z]+) |({'|'.join(PLACE_NOUNS)}) of )$")
_OWNED = re.compile(r"\b(?:subsidiary|division|arm|unit|parent company|parent|owner) of (?:the )?$")
_NOUN_AFTER = re.compile(r", (?:a|an|the) (?:[\w-]+ ){0,2}?([a-z]+)(?=[ ,.](?:about|of|in|that|"
                         r"which|from|with|on|at|,|\.)|[,.])")


def described(text: str, start: int, end: int) -> str | None:
    """The plain noun an article puts next to a name to say what it is: "the asteroid
    Ryugu", "Bennu, a carbon-rich asteroid about…"; None for a person's role."""
    # The few words before the name: a search from the sentence's start would make a
    # sentence of many names cost the square of its length.
    match = (_NOUN_BEFORE.search(text, max(0, start - 60), start)
             if text[start - 1:start] == " "
             else None) or _NOUN_AFTER.match(text, end)
    if match is None and _OWNED.search(text, max(0, start - 30), start):
        return "company"  # "a subsidiary of United States Industrial Alcohol": no alcohol
    noun = next(filter(None, match.groups()), None) if match else None
    if noun and match.re is _NOUN_BEFORE and (not is_noun(noun) or "ADJ" in getAllLemmas(noun)):
        return None  # "the offer values Crisp": a verb, not what Crisp is
    if (noun is None or noun in ROLES or noun in COMMON or noun.endswith("ing") or noun in KIN
            or not getAllLemmas(noun).get("NOUN")):  # "a painter working with…"
        return None
    return None if re.search(r"(?:er|or|ist|ian|man|woman)$", noun) else noun
