"""What kind of thing a name says it is: "Mehrabad Airport" is an airport, "the
French cargo ship Mont-Blanc" a French cargo ship; what a question asks "which" of."""

from __future__ import annotations

import re

from quiz.authoring.drafting.verbs import is_noun
from quiz.authoring.drafting.words import COMMON, TITLES


def head_noun(name: str) -> str | None:
    """The plain noun a name is made on: "Treaty of Madrid" -> "treaty",
    "Mehrabad Airport" -> "airport", "Federal Trade Commission" -> "commission"."""
    words = name.split()
    if words[0].lower() in TITLES and "of" not in words:
        return None  # "President Gerald Ford" is no ford ("General Archive of the Indies" an archive)
    if "No." in words[1:]:
        words = words[:words.index("No.")]  # "Reactor No. 4" -> "reactor"
        return words[-1].lower() if is_noun(words[-1].lower()) else None
    # "Treaty of Madrid", "International Group for Historic Aircraft Recovery".
    of = next((i for i, w in enumerate(words) if i and w in ("of", "for")), 0)
    word = words[of - 1] if of else words[-1]
    plural = word.endswith("s") and not word.endswith("ss")  # "Transit Systems": no kind
    return word.lower() if len(words) > 1 and is_noun(word.lower()) and not plural else None


def with_adjective(before: str, start: int, noun: str) -> tuple[int, str]:
    """"the French cargo ship Mont-Blanc" -> "which French cargo ship", not "The French
    which cargo ship": a capitalised word between the article and the noun goes with it."""
    # "Jamaican goal shooter Shanice Whyte…" opening a sentence: the same.
    proper = re.search(r"(?:\b(?:[Tt]he|an?) |^)((?:[A-Z][\w-]* ){1,2})$", before[:start])
    if proper is None or proper.group(1).split()[0].lower() in COMMON:  # "In series…"
        return start, noun
    return proper.start(), f"{proper.group(1)}{noun}"
