"""Folding text so that typed answers and spoiler terms compare as people expect.

Folding is only ever used to compare; what is displayed is always the text as
the pack wrote it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Letters that Unicode does not decompose into a base letter plus a mark, so
# stripping accents alone would leave them unmatched by what people type.
_SPECIAL = str.maketrans({
    "ł": "l", "ø": "o", "æ": "ae", "ı": "i", "đ": "d", "ð": "d", "þ": "th",
    "œ": "oe", "ħ": "h", "ŋ": "n", "ŧ": "t", "ĸ": "k", "ſ": "s", "ɨ": "i",
})
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower-case words without accents or punctuation, single-spaced.

    "Félix  GALLARDO!" -> "felix gallardo"; "Straße" -> "strasse"; "１９８９" -> "1989".
    fold(fold(x)) == fold(x) for every x.
    """
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_SPECIAL)
    # Recompose what NFKD split without marks (Hangul syllables), so a second
    # fold finds nothing left to change.
    text = unicodedata.normalize("NFC", text)
    return " ".join(_WORD.findall(text))


def answer_key(text: str) -> str:
    """What two answers must share to count as the same: spacing ignored too."""
    return fold(text).replace(" ", "")


def matches(response: str, accepted: Iterable[str]) -> bool:
    """Does a typed response match any accepted answer?"""
    key = answer_key(response)
    return bool(key) and any(key == answer_key(a) for a in accepted)


def padded_fold(text: str) -> str:
    """Folded and padded with spaces: a padded term is `in` a padded text exactly
    when the text holds the term as whole words. Fold each once, test many."""
    return f" {fold(text)} "


def contains_term(text: str, term: str) -> bool:
    """Does the text hold the term as whole words (folded both sides)?"""
    padded_term = padded_fold(term)
    return padded_term != "  " and padded_term in padded_fold(text)
