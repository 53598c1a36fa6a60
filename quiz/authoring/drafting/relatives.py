"""Relative clauses: one whose subject is its own ("the Institute, which the government
took over in 1899" is what the government did to the Institute, asked as such), and a
reduced one a question can do without ("the treaty signed in Tordesillas moved…")."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from quiz.authoring.drafting.span import Clause, cut
from quiz.authoring.drafting.verbs import finite_verb, is_noun, participle
from quiz.authoring.drafting.words import DETERMINERS

PREPOSITIONS = frozenset("by in on at to for as from with into near under".split())

# "which the government took", "which UNESCO made", "which Le Temps published".
_OWN_SUBJECT = re.compile(
    r"((?:the|a|an|his|her|its|their) [a-z]+(?: [a-z]+)??|he|she|they|we"
    r"|(?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*) ([a-z]+)\b")
# What the clause is about, just before its comma: "the Monarch Butterfly Biosphere
# Reserve", "Ukuleles"; not "…in Tokyo", which may be the place of what came before.
_ANTECEDENT = re.compile(
    r"(?:^|(?<=\s))((?:[Tt]he |[Aa]n? )?(?:[A-Z][\w’'.-]*(?: (?:of|for|de|and|the|[A-Z][\w’'.-]*))*"
    r"(?: \d{1,4})?"  # "the Symphony No. 7"
    r"|[“\"][^”\"]{1,80}[”\"]))$")  # or a title: the "Protest against the Tower"
_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|on|from|near|of|into) $")
_PARTICLES = frozenset("over up out off down back away".split())


def object_relative(before: str, rest: str, start: int, end: int) -> Clause | None:
    """"…opened the Institute for Infectious Diseases, which the government took over in
    1899" -> "the government took over the Institute for Infectious Diseases in 1899",
    with `start`, `end` (the answer's place in `rest`) moved with it; None where `rest`
    is no such clause. Where the sentence leaves open what the clause is about, the
    clause keeps its "which", and no question drafted from it survives `dangling`."""
    own = _OWN_SUBJECT.match(rest)
    if own is None or not finite_verb(own.group(2)) or own.group(2) in ("is", "was", "were", "are"):
        return None
    before = before.rstrip(" ,")
    antecedent = _ANTECEDENT.search(before)
    close = rest.find(", ")
    if antecedent and 0 < close < start:
        # "Ukuleles, which the firm began making in 2019, now account for 40 percent":
        # the answer is the sentence's own clause, the relative aside.
        if antecedent.start() or not re.match(r"[a-z]+ ", rest[close + 2:]):
            return None
        lead = antecedent.group(1)
        shift = len(lead) + 1 - (close + 2)
        return Clause(f"{lead} {rest[close + 2:]}", start + shift, end + shift)
    if (antecedent is None or own.group(2) in ("did", "do", "does")  # "which she did at…"
            or _AFTER_PREPOSITION.search(before[:antecedent.start()])):
        # Whose it is the sentence leaves open: a clause dangling() turns away.
        return Clause(f"which {rest}", start + 6, end + 6)
    words = rest[own.end():].split(" ")
    skip = 1 if words[1:2] and (words[1] in _PARTICLES or words[1].endswith("ing")) else 0
    at = own.end() + sum(len(w) + 1 for w in words[:skip + 1]) - 1
    thing = antecedent.group(1)
    first = thing.split()[0]
    if first not in ("The", "A", "An") and getAllLemmas(first.lower()) and not thing.count(" "):
        thing = thing.lower()  # "Ukuleles, which the firm began making" -> "making ukuleles"
    thing = re.sub(r"^(The|An?) ", lambda m: m.group(1).lower() + " ", thing)
    text = f"{rest[:at]} {thing}{rest[at:]}"
    shift = len(thing) + 1 if start >= at else 0
    return Clause(text[:1].upper() + text[1:], start + shift, end + shift)


def without_reduced_relative(clause: Clause) -> Clause:
    """"the treaty signed on 7 June 1494 in Tordesillas moved the line to 370 leagues"
    -> "the treaty moved the line…", asked about what comes after the verb."""
    words = list(re.finditer(r"\S+", clause.text[:clause.start]))
    for index, word in enumerate(words[1:9], start=1):
        if not (participle(word.group()) and is_noun(words[index - 1].group())
                and participle_phrase(clause.text[word.start():])):
            continue
        for later in words[index + 2:index + 14]:
            token = later.group()
            if token in ("and", "but", "or", "which", "that", "who") or token.endswith((",", ";")):
                return clause
            # "the high ground on the slopes of…": a word after "the" is a noun, whatever
            # verb it also spells.
            if finite_verb(token) and not words[words.index(later) - 1].group().lower() in PREPOSITIONS | DETERMINERS:
                return cut(clause, word.start() - 1, later.start() - 1)
        return clause
    return clause


def participle_phrase(text: str) -> bool:
    """"built in a car park in Leeds": a participle and its preposition describe what
    came before; "reached Bennu in 2018" is another thing the subject did."""
    words = text.split()[:2]
    return len(words) == 2 and participle(words[0]) and words[1] in PREPOSITIONS
