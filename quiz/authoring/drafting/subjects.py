"""Questions that ask for who or what a sentence is about: its subject ("Who
created the drama?", "Which treaty drew a line?"), a name's description ("Who is
the founder of Big Cat Rescue?"), or the noun a relative clause hangs on ("Which
small moon did NASA's DART probe crash into?")."""

from __future__ import annotations

import re

from quiz.authoring.drafting.clauses import OPENERS
from quiz.authoring.drafting.span import Clause
from quiz.authoring.drafting.heads import head_noun
from quiz.authoring.drafting.insitu import ASIDE, FINAL_PUNCTUATION
from quiz.authoring.drafting.verbs import (
    MODALS, do_support, finite_verb, is_noun, names_a_person, told_in_past, verb_index,
)
from quiz.authoring.drafting.words import (
    COMMON, DETERMINERS, KIN, PRONOUNS, ROLES, SUBJECT_BLOCKERS, TITLES, WORD_NUMBERS,
)

# A description after a name, set off by commas: ", the founder of Big Cat Rescue,".
# "Robert Muirhead, superintendent of the Northern Lighthouse Board,": a post of a
# body needs no article.
_POSTS = "|".join(sorted({*ROLES, *TITLES, *"""
superintendent commander viceroy head leader president chairman editor curator principal
keeper warden abbot dean rector chief secretary treasurer""".split()} - {"former", "late"}))
_DESCRIPTION = (rf"(?:(?:the|a|an|[A-Z][\w-]*['’]s)\s+|(?=(?:{_POSTS}) (?:of|at|for) ))"
                r"[^,;:“”\"()]{3,80}?")
_APPOSITIVE = re.compile(rf",\s+({_DESCRIPTION})(?:,|\.?$)")
_DESCRIBED = re.compile(rf"^({_DESCRIPTION}|(?:His|Her|Their)\s+[^,;:“”\"()]{{3,60}}?),\s+$")
# "…belongs to his daughter, Katsushika Ōi": a relative or a post, named after its owner.
_KIN_BEFORE = re.compile(
    rf"\b((?:his|her|their|(?:[A-Z][\w-]* )*[A-Z][\w-]*['’]s) (?:[a-z-]+ ){{0,2}}(?:{'|'.join(sorted(KIN | ROLES))})),? $")
_AMOUNTS = frozenset("count duration money percent age score time year date decade".split())
# Kinds that say too little to ask by ("Which organization…"); any other kind is a
# noun the article used ("asteroid") and makes the question.
_GENERAL_KINDS = frozenset("person place organization event title work nickname thing".split())


def lower_first(text: str) -> str:
    """The text with its first word in lower case, unless it is a name ("The band" ->
    "the band"; "Queen Elizabeth" stays)."""
    head, _, rest = text.partition(" ")
    if head.lower() in COMMON and not (head.lower() in TITLES and rest[:1].isupper()):
        head = head[:1].lower() + head[1:]
    return f"{head} {rest}" if rest else head


_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
NAME_LIST = re.compile(rf"{_NAME}(?:, {_NAME})*,? and {_NAME}")


def plausible_subject(subject: str) -> bool:
    """Can the words stand as a question's subject: short, whole, no clause in them?"""
    if NAME_LIST.fullmatch(subject):
        return True  # "Meitner, Hahn and Strassmann"
    words = subject.split()
    # "an Ottoman fleet of some 190 ships" is one noun phrase however long; past six
    # words, a comma or a modal says a clause crept in ("Postponed…, the show").
    long = len(words) > 6 and ("," in subject or any(w in MODALS for w in words))
    return (0 < len(words) <= 8 and not long and not any(w.lower() in SUBJECT_BLOCKERS for w in words)
            and subject.lower() not in PRONOUNS
            and words[-1].lower() not in DETERMINERS and not re.search(r"[“”\"();]", subject)
            # "There Annie turns back east": an adverb before the subject is no part of it.
            and words[0].lower() not in ("there", "then", "here", "now"))


def identity(clause: Clause, kind: str) -> str | None:
    """"Carole Baskin, the founder of Big Cat Rescue," -> "Who is the founder of Big Cat Rescue?"."""
    if kind != "person":
        return None
    text = clause.text
    match = _APPOSITIVE.match(text, clause.end)
    if match is None:
        # "Baskin's second husband, Don Lewis, disappeared": the description comes first.
        match = _DESCRIBED.search(text[:clause.start]) or _KIN_BEFORE.search(text[:clause.start])
        if match is None or not re.match(r",|\.?$", text[clause.end:]):
            return None
    # "the qualifier who had knocked out three seeds" describes; "the deal closes" does not.
    if verb_index(re.split(r"\b(?:who|that|which)\b", match.group(1))[0].split(), 0) is not None:
        return None
    if re.match(r"(?:the|a|an) (?:[a-z-]+ ){1,2}[A-Z]", match.group(1)):
        return None  # "…, the drummer Mick Fleetwood and…": another person, not a description
    described = match.group(1)
    if not re.match(r"(?:the|a|an|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s|[A-Z]", described):
        described = f"the {described}"  # "superintendent of the Board": a post, said so
    if not names_a_person(described):
        return None  # "Otto Hahn, a partnership that lasted 30 years": no one is a partnership
    return f"Who {'was' if told_in_past(text) else 'is'} {described}?"


def named_subject(clause: Clause, kind: str) -> str | None:
    """"…when his partner, a bar owner named Gil Tolliver, was found dead in a motel"
    -> "Who was found dead in a motel?": a name closing a description is its subject."""
    text = clause.text
    match = re.match(r",\s+([a-z]+)\b", text[clause.end:])
    if (kind != "person" or match is None or not finite_verb(match.group(1))
            or not re.search(r"(?:\b(?:named|called)|,) $", text[:clause.start])):
        return None
    rest = ASIDE.split(FINAL_PUNCTUATION.sub("", text[clause.end + 1:]), maxsplit=1)[0]
    # "Who had to come too?" could be anyone: the question must name something.
    return f"Who {rest.strip()}?" if re.search(r"\s[A-Z\d]", rest) else None


def object_relative(clause: Clause) -> str | None:
    """"…to study Dimorphos, the small moon that NASA's DART probe crashed into in 2022"
    -> "Which small moon did NASA's DART probe crash into in 2022?"."""
    match = _OBJECT_RELATIVE.match(clause.text, clause.end)
    if match is None:
        return None
    noun, rest = match.group(1), match.group(2).split()
    verb = next((i for i, w in enumerate(rest[:6]) if finite_verb(w)), None)
    if not verb or not plausible_subject(" ".join(w for w in rest[:verb] if not w.endswith("ly"))):
        return None
    turned = do_support(rest[verb])
    if turned is None or " " not in turned:
        return None
    aux, base = turned.split()
    subject = " ".join(rest[:verb])
    return " ".join([f"Which {noun}", aux, lower_first(subject), base, *rest[verb + 1:]]) + "?"


_OBJECT_RELATIVE = re.compile(r", the ((?:[a-z]+ )?[a-z]+) (?:that|which) ([^,;]+?)[.;]?$")


def who_subject(clause: Clause, kind: str) -> str | None:
    """"Hannah Osei created the drama" -> "Who created the drama?"; "The Treaty of
    Zaragoza drew a line" -> "Which treaty drew a line?"; "Affleck's thriller took
    liberties" -> "Whose thriller took liberties?"."""
    text = clause.text
    named = _NAMED_TITLE.fullmatch(text[:clause.start])
    if named and text[clause.end:clause.end + 1] in ("”", '"'):
        # A quoted title: the marks go with it, and so does an aside after it;
        # "the instrumental “Albatross” reached…" is asked "Which instrumental reached…".
        text = text[clause.end + 1:]
        aside = re.match(r",\s+[^,]{1,80},(?=\s)", text)
        text = text[aside.end():] if aside else text
        if named.group(1):
            rest = ASIDE.split(FINAL_PUNCTUATION.sub("", text), maxsplit=1)[0].split()
            if not rest or not finite_verb(rest[0]):
                return None
            return f"Which {named.group(1)} {' '.join(rest)}?"
        clause = Clause(clause.answer + text, 0, len(clause.answer))
        text = clause.text
    # "Poland's Marta Kowalska won…": whose she is goes with the name; so does
    # what she is ("the navigator Pedro Cabral reached…").
    owner = re.fullmatch(r"(?:[A-Z][\w-]*['’]s |[Tt]he |(?:[Tt]he )?(?:[a-z]+ ){1,2}"
                         r"|[Tt]he (?:[a-z]+ )?[a-z]+ of )", text[:clause.start])
    if clause.start and not owner or kind in _AMOUNTS or re.match(r"['’]\s", text[clause.end:]):
        # "Which count slipped out?": a number is asked how many; "Toby Jones' Kolletschka
        # is warm": the name is an owner, not the subject.
        return None
    wh = _subject_wh(clause, kind, text[:clause.start])
    possessive = re.match(r"['’]s\b", text[clause.end:])
    rest = text[clause.end + (2 if possessive else 0):]
    if kind == "person":  # "Annika van Wyk of Cape Town led…": where she is from goes
        rest = re.sub(r"^ of (?:[A-Z][\w'’-]*\s?){1,3}(?= [a-z])", "", rest)
    rest = ASIDE.split(FINAL_PUNCTUATION.sub("", re.split(r"(?<!\d):(?!\d)", rest)[0]), maxsplit=1)[0]
    words = rest.split()
    # "Whose 2002 film…", "Whose eight-episode drama follows…": the noun goes with it,
    # but "two minutes" is no verb.
    owned = next((i for i, w in enumerate(words[:4]) if i and finite_verb(w)
                  and not (words[i - 1][:1].isdigit() or words[i - 1].lower() in WORD_NUMBERS)),
                 None)
    if possessive and kind == "person" and owned:
        return f"Whose {' '.join(words)}?"
    # "The Treaty of Zaragoza in 1529 drew…": a short phrase may come before the verb.
    verb = next((i for i, w in enumerate(words[:4]) if finite_verb(w)), None)
    if verb == 1 and not possessive and words[0] in ("family", "brothers", "sisters", "clan", "dynasty"):
        return f"Which {words[0]} {' '.join(words[1:])}?"  # "The Carvalho family owns…"
    # "Eddington publicly ridiculed…": an adverb may come before it too.
    if possessive or wh is None or verb is None or (verb and not all(
            w in OPENERS or w.endswith("ly") and not w[:1].isupper() for w in words[:verb])):
        return None
    return f"{wh} {' '.join(words)}?"


# Before a quoted title that opens its clause: nothing, or what it is ("The follow-up, ").
_NAMED_TITLE = re.compile(r"(?:[Tt]he ((?:[a-z]+ )?[a-z]+(?:-[a-z]+)?),? )?[“\"]")


def _subject_wh(clause: Clause, kind: str, before: str) -> str | None:
    """How to ask for a subject: by the noun before it, the noun in it, or Who/What."""
    # "the asteroid Bennu", "the nearby town of Pripyat": asked by what it is.
    described = re.fullmatch(r"(?:[Tt]he )?((?:[a-z]+ )?([a-z]+))(?: of)? ", before)
    if described and is_noun(described.group(2)):
        return f"Which {described.group(1)}"
    if before and not re.fullmatch(r"[Tt]he ", before):
        return "Who" if kind == "person" and re.fullmatch(r"[A-Z][\w-]*['’]s ", before) else None
    if kind == "person":
        return "Who"
    head = (head_noun(clause.answer) if kind in ("place", "organization", "event") else None) or (
        kind if kind not in _GENERAL_KINDS else None)  # "Lone Flight" is no flight
    return f"Which {head}" if head else "What"
