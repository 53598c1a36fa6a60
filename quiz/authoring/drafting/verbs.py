"""Verb forms and plain nouns, from LemmInflect's English lexicon: what a question
turns ("premiered" -> "did premiere") and what it asks by ("Which asteroid…")."""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllInflections, getAllLemmas, getInflection

from quiz.authoring.drafting.words import AUXILIARIES, COMMON, KIN, ROLES, TITLES

MODALS = frozenset("will would can could should may might must shall".split())
# Nouns too plain to say what a name is ("which time?").
_NOT_DESCRIPTIONS = frozenset("""
time times part way lot day days year years one ones thing things kind sort number
""".split()) | {w for w in COMMON if len(w) <= 3}


@lru_cache(maxsize=4096)
def finite_verb(word: str) -> bool:
    """Is the word a verb that can carry a clause: "was", "premiered", "follows"?"""
    if word in AUXILIARIES or word in MODALS:
        return True
    if not word.isalpha() or not word.islower():
        return False
    for pos, lemmas in getAllLemmas(word).items():
        if pos not in ("VERB", "AUX"):
            continue
        for lemma in lemmas:
            forms = getAllInflections(lemma, upos=pos)
            if word in forms.get("VBD", ()) or word in forms.get("VBZ", ()):
                return True
    return False


@lru_cache(maxsize=4096)
def base_form(verb: str) -> str | None:
    """The verb's base: "premiered" -> "premiere", "wrote" -> "write"."""
    lemmas = getAllLemmas(verb).get("VERB") or getAllLemmas(verb).get("AUX")
    return lemmas[0] if lemmas else None


@lru_cache(maxsize=4096)
def past_tense(verb: str) -> str | None:
    """A participle's simple past: "written" -> "wrote", "created" -> "created"."""
    lemma = base_form(verb)
    past = getAllInflections(lemma, upos="VERB").get("VBD") if lemma else None
    return past[0] if past else None


def do_support(verb: str) -> str | None:
    """"premiered" -> "did premiere", "follows" -> "does follow": the verb a question turns."""
    if verb in AUXILIARIES or verb in MODALS:
        return verb
    base = base_form(verb) if finite_verb(verb) else None
    if base is None:
        return None
    present = verb in getAllInflections(base, upos="VERB").get("VBZ", ())
    return f"{'does' if present else 'did'} {base}"


# Nouns of places and buildings the dictionary lacks.
_MORE_NOUNS = frozenset("""
gallery galleries dam dams county counties pizzeria pizzerias steamship steamships barque brig
""".split())


def told_in_past(text: str) -> bool:
    """Does the text tell of the past: a "was" or "were", or a verb in the past tense?"""
    return any(word in ("was", "were") or (do_support(word) or "").startswith("did")
               for word in text.split())


def is_noun(word: str) -> bool:
    """A common noun the dictionary knows ("writer", "agent"), not a verb form."""
    return word in _MORE_NOUNS or (word.isalpha() and word.islower() and word not in _NOT_DESCRIPTIONS
                                   and "NOUN" in getAllLemmas(word) and not finite_verb(word))


def verb_index(words: list[str], begin: int = 1) -> int | None:
    """The first word, from `begin`, that is a finite verb, or None."""
    for index in range(begin, len(words)):
        if finite_verb(words[index].strip(",")):
            return index
    return None


def participle(word: str) -> bool:
    """Is the word a past participle: \"built\", \"written\"?"""
    base = base_form(word)
    return base is not None and word in getInflection(base, tag="VBN")


_HEAD_ENDS = frozenset("of who whom that which in at from with for on by to and".split())


def names_a_person(description: str) -> bool:
    """Is the description's noun one for a person: "the founder of…", "a painter",
    "the daughter of…", "a Spaniard born near Valencia"?"""
    head = ""
    for word in description.split()[1:6]:
        if word[:1].isupper():
            return True  # "a Spaniard", "the BBC's presenter": a name says who
        if word in _HEAD_ENDS or finite_verb(word) or word == "born" or word.endswith("ing"):
            break  # "the second assistant keeper of…": the noun is the last before "of"
        head = word.strip(",")
    return (head in ROLES or head in TITLES or head in KIN
            or re.search(r"(?:er|or|ist|ian|ant|ent|man|woman|ess|ee|ive)$", head) is not None
            and head not in _THINGS)


# Nouns that end like a person's ("-er", "-or") and name a thing: "the Australian
# thriller Tide Pool" is no Australian.
_THINGS = frozenset("""
thriller blockbuster bestseller chiller number letter paper chapter river water computer
container trailer poster monster charter mirror motor tractor harbour harbor border corner
tower theatre theater centre center quarter order power metre meter calendar liner steamer
freighter tanker trawler cruiser destroyer bomber schooner clipper cutter carrier launcher
reactor sector corridor
""".split())


# Past forms that are never passive: "was convicted of libel and fled to London".
_GONE = frozenset("""fled died returned moved went came escaped retired emigrated sailed arrived
left settled travelled traveled lived stayed fought resigned withdrew rode walked ran""".split())
# Verbs whose passive takes a name after it: "was elected a Fellow", "was named captain".
_NAMING = frozenset("elected appointed named made crowned declared voted awarded given granted "
                    "promoted proclaimed chosen".split())
# What follows a verb of moving in the passive: "was lifted and carried nearly 3 km inland".
_MOVED_WHERE = frozenset("into onto across up down off away out back over through along "
                         "towards toward inland".split())
_MOVED_SO_FAR = re.compile(r"\S+ (?:nearly |almost |about |some )?[\d,.]+ (?:kilometres|kilometers|km|miles|"
                           r"metres|meters|feet|yards)\b")


def passive_too(part: str) -> bool:
    """Is a second verb after a passive clause passive too: "…was written by Mazin and
    directed by Renck", "was knighted in 1917 and elected a Fellow", "was captured and
    sent into exile"; not "…and spent five years" (an object), nor "was convicted of
    libel and fled to London"?"""
    first, *following = part.split()
    if not participle(first) or first in _GONE or not following:
        return False
    return (following[0] in ("by", "in", "on", "at", "to", "for", "as", "from", "with")
            or first in _NAMING or following[0] in _MOVED_WHERE or bool(_MOVED_SO_FAR.match(part)))
