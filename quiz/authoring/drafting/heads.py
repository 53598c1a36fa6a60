"""What kind of thing a name says it is: "Mehrabad Airport" is an airport, "the
French cargo ship Mont-Blanc" a French cargo ship; what a question asks "which" of."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.authoring.drafting.places import place_noun
from quiz.authoring.drafting.verbs import is_noun
from quiz.authoring.drafting.words import COMMON, TITLES


def head_noun(name: str) -> str | None:
    """The plain noun a name is made on: "Treaty of Madrid" -> "treaty",
    "Mehrabad Airport" -> "airport", "Federal Trade Commission" -> "commission"."""
    words = name.split()
    if words[0].lower() in TITLES and "of" not in words:
        return None  # "President Gerald Ford" is no ford ("General Archive of the Indies" an archive)
    if words[0] in _FEATURES and words[1:2] and words[1][:1].isupper() and not place_noun(name):
        return _FEATURES[words[0]]  # "Lake Van" is a lake, whatever a van is; Cape Town a city
    if "No." in words[1:]:
        words = words[:words.index("No.")]  # "Reactor No. 4" -> "reactor"
        return words[-1].lower() if is_noun(words[-1].lower()) else None
    # "Treaty of Madrid", "International Group for Historic Aircraft Recovery".
    of = next((i for i, w in enumerate(words) if i and w in ("of", "for")), 0)
    word = words[of - 1] if of else words[-1]
    plural = word.endswith("s") and not word.endswith("ss")  # "Transit Systems": no kind
    return word.lower() if len(words) > 1 and is_noun(word.lower()) and not plural else None


# Words that open a place's name and say what it is.
_FEATURES = {"Lake": "lake", "Mount": "mountain", "Mt": "mountain", "Mt.": "mountain",
             "Cape": "cape", "Fort": "fort", "Loch": "loch", "Lough": "lough", "Isle": "island",
             "Mont": "mountain", "Monte": "mountain", "Glen": "glen", "Strait": "strait"}


def with_adjective(before: str, start: int, noun: str) -> tuple[int, str]:
    """"the French cargo ship Mont-Blanc" -> "which French cargo ship", not "The French
    which cargo ship": a capitalised word between the article and the noun goes with it."""
    # "Jamaican goal shooter Shanice Whyte…" opening a sentence: the same.
    proper = re.search(r"(?:\b(?:[Tt]he|an?) |^)((?:[A-Z][\w-]* ){1,2})$", before[:start])
    if proper is None or proper.group(1).split()[0].lower() in COMMON:  # "In series…"
        return start, noun
    return proper.start(), f"{proper.group(1)}{noun}"


_THE_NOUN = re.compile(r"\b([Tt])he ([a-z]+)\b(?! [A-Z“\"]| (?:of|that|who|which)\b)")


def named_heads(names: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """What to say for each plain noun the article gives one name: "the Berlin Airlift"
    for "the airlift", "the Battle of Khalkhin Gol" for "the battle", "OSIRIS-REx" for
    "the mission" it calls it; not a noun two of its names go by, nor a person's (the
    names given as name, kind)."""
    found: dict[str, set[str]] = {}
    for name, kind in names:
        if kind in ("person", "character", "actor"):
            continue
        head = head_noun(name)
        if head:
            found.setdefault(head, set()).add(f"the {name}")
        elif kind and kind.isalpha() and kind.islower() and kind not in _NOT_KINDS and is_noun(kind):
            found.setdefault(kind, set()).add(name)  # "NASA's OSIRIS-REx mission"
    return {head: next(iter(said)) for head, said in found.items() if len(said) == 1}


# Kinds a name book may give that say no kind of thing: "the second half".
_NOT_KINDS = frozenset("first second third last title work event".split())


def with_head_named(ask: str, answer: str, heads: dict[str, str]) -> str:
    """"Who broke the blockade?" -> "Who broke the Berlin Blockade?": a question read
    out of its article says which one."""
    for match in _THE_NOUN.finditer(ask):
        following = re.match(r" ([a-z]+)", ask[match.end():])
        if following and is_noun(following.group(1)):
            continue  # "the water board", "the harbour mouth": the noun is a word of another
        said = heads.get(match.group(2))
        name = said.removeprefix("the ") if said else None
        if name and name not in ask and name not in answer and answer not in name:
            if match.group(1) == "T":
                said = said[:1].upper() + said[1:]
            return f"{ask[:match.start()]}{said}{ask[match.end():]}"
    return ask
