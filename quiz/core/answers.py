"""Folding text so that typed answers and spoiler terms compare as people expect,
and judging typed answers as a fair quizmaster would.

Folding is only ever used to compare; what is displayed is always the text as
the pack wrote it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.core.forms import Item

# Letters that Unicode does not decompose into a base letter plus a mark, so
# stripping accents alone would leave them unmatched by what people type.
_SPECIAL = str.maketrans({
    "ł": "l", "ø": "o", "æ": "ae", "ı": "i", "đ": "d", "ð": "d", "þ": "th",
    "œ": "oe", "ħ": "h", "ŋ": "n", "ŧ": "t", "ĸ": "k", "ſ": "s", "ɨ": "i",
})
_WORD = re.compile(r"[^\W_]+")
# A typo is forgiven only in words this long: in shorter ones one letter is
# too often another word ("Luna", "Lina").
TYPO_MIN_LETTERS = 6
# No rule makes a right answer much longer than the answer it matches (the
# longest is "nine hundred ninety-nine thousand..." for "999,999"): a longer
# line is refused before any work, so a 4 MiB line costs nothing.
_LENGTH_SLACK = 200
_LENGTH_FACTOR = 4
# A name's last part is no surname when it is one of these.
_NAME_SUFFIXES = frozenset({"jr", "sr"})
# What a firm's name may end with and go without (folded).
COMPANY_SUFFIXES = frozenset("co inc ltd llc plc corp gmbh ag sa bv nv".split())
_ARTICLES = frozenset({"a", "an", "the"})
# Words an acronym may leave out: "FBI" for the Federal Bureau of Investigation.
_MINOR_WORDS = _ARTICLES | {"of", "and", "for", "on", "in", "to", "at", "de", "del", "la", "y"}
# How many of a name's last words are said alone ("Gallardo", "Félix Gallardo",
# "Ángel Félix Gallardo"): bounded, so that a hostile answer costs no more
# than its length.
_LAST_WORDS = 3
# How long an acronym is ("UN" to "NASDAQ"), and so how many words it stands for.
_ACRONYM_LETTERS = range(2, 11)


def _plain(text: str) -> str:
    """Lower-case, without accents; punctuation still there."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_SPECIAL)
    # Recompose what NFKD split without marks (Hangul syllables), so a second
    # fold finds nothing left to change.
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case words without accents or punctuation, single-spaced.

    "Félix  GALLARDO!" -> "felix gallardo"; "Straße" -> "strasse"; "１９８９" -> "1989".
    fold(fold(x)) == fold(x) for every x.
    """
    return " ".join(_WORD.findall(_plain(text)))


def answer_key(text: str) -> str:
    """What two answers must share to count as the same: spacing ignored too."""
    return fold(text).replace(" ", "")


def meaning(text: str) -> tuple[Item, ...]:
    """What a typed answer says: words (spacing aside) without a leading article,
    numbers and dates however written (see forms.py)."""
    # Imported here: the game's start folds pack text but judges no typed answer.
    from quiz.core.forms import reading

    return tuple(reading(_plain(text)))


class Judge:
    """Judges typed answers against the answers of one pack (or of what a player
    may see of it). Built once, used for every question.

    `people`: the answers (and accepted forms) that name people. A surname alone
    then counts for a person's name when no other person there ends with it, and
    a typo that comes as near to another person as to the answer is refused.
    """

    def __init__(self, people: Iterable[str] = ()) -> None:
        self._people: dict[tuple[Item, ...], str] = {}  # name -> its surname
        self._surnamed: dict[str, set[tuple[Item, ...]]] = defaultdict(set)
        for name in people:
            surname, said = _surname(name), meaning(name)
            if said:
                self._people[said] = surname
            if surname:
                self._surnamed[surname].add(said)

    def matches(self, response: str, accepted: Iterable[str], wrong: Iterable[str] = ()) -> bool:
        """Is the typed response right? `accepted`: the answer and its other
        accepted forms; `wrong`: the question's wrong options, if it has any."""
        accepted = list(accepted)
        longest = max((len(a) for a in accepted), default=0)
        if len(response) > _LENGTH_FACTOR * longest + _LENGTH_SLACK:
            return False
        typed = meaning(response)
        if not typed:
            return False  # nothing typed is "I don't know"
        answers = [meaning(a) for a in accepted]
        if any(_same(typed, a) for a in answers):
            return True
        if self._is_surname_of(typed, answers):
            return True
        if not any(_one_typo(typed, a) for a in answers):
            return False
        rivals = [meaning(w) for w in wrong]
        rivals += [p for p in self._people if p not in answers]
        return not any(_same(typed, r) or _one_typo(typed, r) for r in rivals)

    def _is_surname_of(self, typed: tuple[Item, ...], answers: list[tuple[Item, ...]]) -> bool:
        if len(typed) != 1 or not isinstance(typed[0], str):
            return False
        named = self._surnamed.get(typed[0], set())
        return (any(self._people.get(a) == typed[0] for a in answers)
                and all(name in answers for name in named))


def matches(response: str, accepted: Iterable[str], wrong: Iterable[str] = (),
            people: Iterable[str] = ()) -> bool:
    """Does a typed response match any accepted answer? (See Judge; build one
    Judge for many questions rather than pass `people` each time.)"""
    return Judge(people).matches(response, accepted, wrong)


def _surname(name: str) -> str:
    """The last part of a name of two parts or more ("Zavala-Avelar" in
    "Alfredo Zavala-Avelar"), folded; "" if it has none made of letters."""
    parts = _name_parts(name)
    return parts[-1] if len(parts) >= 2 and parts[-1].isalpha() else ""


def _name_parts(name: str) -> list[str]:
    """A name's words as written apart, each folded without its spacing
    ("Zavala-Avelar" is one), without a leading article or a closing Jr or Sr."""
    parts = [key for key in map(answer_key, name.split()) if key]
    if len(parts) > 1 and parts[0] in _ARTICLES:
        parts.pop(0)
    if len(parts) > 1 and parts[-1] in _NAME_SUFFIXES:
        parts.pop()
    return parts


@dataclass(frozen=True)
class Naming:
    """What an answer text names, to tell whether two texts are forms of one
    thing. `whole`: what it says (its answer key and its reading, so a date or
    an amount however written; an acronym's letters). `shorter`: what it says
    shortened: a name's last words or its first and last, the acronym of its
    words, a date without its year."""

    whole: frozenset[Hashable]
    shorter: frozenset[Hashable]

    def meets(self, other: Naming) -> bool:
        """Is one of the two texts the other, or a shorter form of it?"""
        return bool(self.whole & other.whole or self.whole & other.shorter
                    or self.shorter & other.whole)


def naming(text: str) -> Naming:
    """The Naming of an answer text, in time linear in its length."""
    from quiz.core.forms import Day

    said = meaning(text)
    if not said:
        return Naming(frozenset(), frozenset())
    whole: set[Hashable] = {("says", said), ("key", answer_key(text))}
    shorter: set[Hashable] = set()
    if any(isinstance(item, Day) and item.year is not None for item in said):
        shorter.add(("says", tuple(Day(item.month, item.day) if isinstance(item, Day) else item
                                   for item in said)))
    words = text.split()
    if len(words) > 1 and words[0].casefold() in _ARTICLES:
        words = words[1:]
    letters = words[0].replace(".", "") if len(words) == 1 else ""
    if len(letters) in _ACRONYM_LETTERS and letters.isalpha() and letters.isupper():
        whole.add(("acronym", fold(letters)))
    if len(said) == 1 and isinstance(said[0], str):  # words only: a name, or one said in words
        parts = _name_parts(text)
        count = len(parts)
        shorter.update(("says", ("".join(parts[k:]),))
                       for k in range(max(1, count - _LAST_WORDS), count)
                       if parts[k] not in _ARTICLES)
        if count >= 3:
            shorter.add(("says", (parts[0] + parts[-1],)))
        if count >= 2 and parts[-1] in COMPANY_SUFFIXES:  # "Yeongdo Eomuk" for "… Co."
            shorter.add(("says", ("".join(parts[:-1]),)))
        if count in _ACRONYM_LETTERS:
            shorter.add(("acronym", "".join(part[0] for part in parts)))
            major = "".join(part[0] for part in parts if part not in _MINOR_WORDS)
            if len(major) in _ACRONYM_LETTERS:
                shorter.add(("acronym", major))
    return Naming(frozenset(whole), frozenset(shorter))


def same_thing(a: str, b: str) -> bool:
    """Are two answer texts forms of one thing, so that neither may be offered as
    a wrong option of the other? The same answer key or reading ("September 1,
    1936" and "1 September 1936"), a name and its last words or first and last
    ("Murphy" and "Steve Murphy"), an acronym and its words ("DEA" and "Drug
    Enforcement Administration"); a leading article aside."""
    return naming(a).meets(naming(b))


def _same(a: Sequence[Item], b: Sequence[Item]) -> bool:
    from quiz.core.forms import same_item

    return len(a) == len(b) and all(same_item(x, y) for x, y in zip(a, b))


def _one_typo(a: Sequence[Item], b: Sequence[Item]) -> bool:
    """The same but for one typo in one run of words long enough to forgive it;
    numbers and dates must be exactly the same."""
    from quiz.core.forms import same_item

    if len(a) != len(b):
        return False
    typos = 0
    for x, y in zip(a, b):
        if isinstance(x, str) and isinstance(y, str) and x != y:
            typos += 1
            if typos > 1 or min(len(x), len(y)) < TYPO_MIN_LETTERS or not _one_edit(x, y):
                return False
        elif not same_item(x, y):
            return False
    return typos == 1


def _one_edit(a: str, b: str) -> bool:
    """Are two different words one substitution, insertion, deletion or swap of
    neighbours apart (Damerau-Levenshtein distance 1)? In linear time."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    if a[i + 1:] == b[i + 1:]:
        return True
    return (i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
            and a[i + 2:] == b[i + 2:])


def padded_fold(text: str) -> str:
    """Folded and padded with spaces: a padded term is `in` a padded text exactly
    when the text holds the term as whole words. Fold each once, test many."""
    return f" {fold(text)} "


def contains_term(text: str, term: str) -> bool:
    """Does the text hold the term as whole words (folded both sides)?"""
    padded_term = padded_fold(term)
    return padded_term != "  " and padded_term in padded_fold(text)
