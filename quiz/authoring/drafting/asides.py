"""A name's description read as a clause of its own, or cut as an aside: "Okafor,
62, is" -> "Okafor is"; "Bennu, an asteroid about 500 metres across, is…" -> "Bennu is
an asteroid about 500 metres across"; "Made for $44.5 million, Argo took…" -> "Argo
was made for $44.5 million"."""

from __future__ import annotations

import re

from quiz.authoring.drafting.places import place_noun
from quiz.authoring.drafting.span import Clause, cut
from quiz.authoring.drafting.verbs import (
    base_form, do_support, finite_verb, names_a_person, participle, told_in_past, verb_index,
)
from quiz.authoring.drafting.words import COMMON


def participle_made_clause(clause: Clause) -> Clause:
    """"The drama, created in 2019 by Hannah Osei, follows…", asked about what
    the aside says -> "The drama was created in 2019 by Hannah Osei"."""
    lead = re.match(r"(([A-Z][a-z]+) [^,]{2,80}?), ((?:[A-Z][\w’'&.-]*\s?){1,4}?)\s?(?=[a-z]+\b)",
                    clause.text)
    if (lead and lead.start(1) <= clause.start < lead.end(1)
            and participle(lead.group(2).lower()) and finite_verb(
                clause.text[lead.end():].split(" ", 1)[0])):
        # "Made for $44.5 million, Argo took…" -> "Argo was made for $44.5 million".
        subject = lead.group(3).strip()
        text = f"{subject} was {lead.group(1)[:1].lower()}{lead.group(1)[1:]}"
        shift = len(subject) + len(" was ")
        return Clause(text, clause.start + shift, clause.end + shift)
    match = re.match(r"([^,]{2,60}?), ((\w+) [^,]{2,90}?)(?:,|$)", clause.text)
    if (match is None or not match.start(2) <= clause.start < match.end(2)
            or verb_index(match.group(1).split(), 0) is not None):
        return clause
    word = match.group(3)
    if word in ("first", "originally", "later", "also", "once", "only") and len(match.group(2).split()) > 1:
        word = match.group(2).split()[1]  # "The race, first held in 1922,"
    if not participle(word) or word == "aged":
        return clause  # ", aged 104" says when, not what was done
    text = f"{match.group(1)} was {match.group(2)}"
    shift = len(match.group(1)) + len(" was ") - match.start(2)
    return Clause(text, clause.start + shift, clause.end + shift)


_APPOSED = re.compile(r"(?<![\w’'°-])((?:[A-Z][\w’'.-]*\s(?:of\s|the\s|de\s)?)*[A-Z][\w’'.-]*),\s+"
                      r"((?:the|a|an)\s[^,;()“”\"]{3,90}?)(?=,\s|[.;!?]?$)")


def apposed(clause: Clause) -> Clause:
    """"Alfredo Geri called in Giovanni Poggi, the director of the Uffizi Gallery",
    asked about the gallery -> "Giovanni Poggi was the director of the Uffizi Gallery":
    a description after a name is a clause about it."""
    for match in _APPOSED.finditer(clause.text):
        if not (match.start(2) <= clause.start and clause.end <= match.end(2)):
            continue
        description = match.group(2)
        if verb_index(re.split(r"\b(?:who|that|which|whose)\b", description)[0].split(), 0) is not None:
            return clause  # "a crowd gathered…": a clause, not what the name is
        name, before = match.group(1), clause.text[:match.start()].split()[-1:]
        if match.start() == 0 or name.split()[0].lower() in COMMON:
            return clause  # the sentence's own subject: _without_apposition reads it
        somebody = re.fullmatch(r"[A-Z][a-z’'-]+(?: [A-Z]\.)*(?: [A-Z][a-z’'-]+){1,2}", name)
        if (place_noun(name) or " " not in name and before[:1] in (["in"], ["at"], ["near"], ["of"],
                                                                   ["to"], ["from"])
                or somebody and not names_a_person(description)
                or re.match(r"(?:the|a|an) (?:[a-z-]+ ){1,2}[A-Z]", description)
                or re.search(r"\s[A-Z]", clause.text[match.start(2):clause.start])):
            # "born in Normandy, the second son of…": the place is not the son; "…,
            # the drummer Mick Fleetwood and…" is a list of people.
            return clause
        verb = "was" if told_in_past(clause.text) else "is"
        text = f"{match.group(1)} {verb} {description}"
        shift = len(match.group(1)) + len(verb) + 2 - match.start(2)
        return Clause(text, clause.start + shift, clause.end + shift)
    return clause


_SAYING_OR_BEING = frozenset("is was are were said says told added announced".split())


def without_apposition(clause: Clause) -> Clause:
    """Without a title between commas after the subject: "Okafor, 62, is" -> "Okafor is";
    with the answer in it, the title is the clause: "Bennu, an asteroid about 500
    metres across, is…" -> "Bennu is an asteroid about 500 metres across"."""
    # A comma inside a number ("49,000") is no aside's end.
    match = re.match(r"([^,]{2,60}?),\s+((?:[^,]|,(?=\d)){1,90}?),\s+(?=([a-z]\w*))", clause.text)
    if not (match and finite_verb(match.group(3))
            and verb_index(match.group(1).split(), 0) is None
            and not re.match(r"(?:he|she|it|they|we|I|there)\b", match.group(2))):
        return clause  # "In 1616, she became the first…, painted": a clause, no aside
    named = (re.fullmatch(r"(?:[Aa]n?|[Tt]he) [a-z][^A-Z’']*", match.group(1))
             and re.fullmatch(r"(?:the )?[A-Z][\w’'-]*(?: (?:of|for|the|[A-Z][\w’'-]*))*", match.group(2))
             and match.group(3) not in _SAYING_OR_BEING)
    if named and clause.start >= match.end():
        # "a fund in her name, the Gertrude Bell Memorial, set up…": said by its name.
        name = match.group(2)[:1].upper() + match.group(2)[1:]
        shift = len(name) + 1 - match.end()
        return Clause(f"{name} {clause.text[match.end():]}", clause.start + shift, clause.end + shift)
    if not match.start(2) <= clause.start < match.end(2):
        return cut(clause, match.end(1), match.end() - 1)
    if not re.match(r"(?:the|a|an)\s", match.group(2)):
        return clause
    verb = "is" if match.group(3) in ("is", "are") or do_support(match.group(3)) in (
        None, f"does {base_form(match.group(3))}") else "was"
    text = f"{match.group(1)} {verb} {match.group(2)}"
    shift = len(match.group(1)) + len(verb) + 2 - match.start(2)
    return Clause(text, clause.start + shift, clause.end + shift)
