"""What a sentence's opening participle says of its subject: "Founded in 1870 by
Michele Condurro, it serves only two pizzas" -> when it was founded, and by whom."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.authoring.drafting.amounts import DATE_TEXT
from quiz.authoring.drafting.mentions import Sentence
from quiz.authoring.drafting.patterns import Found
from quiz.authoring.drafting.words import FOUNDED, MONTHS, NAME_PARTICLE, NAME_WORD

_NAME = rf"{NAME_WORD}(?: (?:{NAME_WORD}|{NAME_PARTICLE}))*"
OPENER = re.compile(
    rf"({FOUNDED}|Born)"
    rf"(?: in (?P<place>(?!(?:{'|'.join(MONTHS)})\b){_NAME}))?"
    rf"(?: (?:in|on) (?P<when>{DATE_TEXT}|\d{{4}}))?"
    rf"(?: by (?P<by>{_NAME}))?"
    rf", (?P<subject>it|he|she|the (?:company|firm|business)|{_NAME}) [a-z]")
_SCORES = {"year": 80, "date": 85, "place": 50, "person": 55}


def opener_facts(sentence: Sentence, company: str | None) -> Iterator[Found]:
    """The year, date, place and maker an opening participle gives its subject: "In
    what year was Antica Pizzeria da Michele founded?", "Who founded the company?"."""
    match = OPENER.match(sentence.text)
    if match is None or not (match.group("place") or match.group("when") or match.group("by")):
        return
    verb, subject = match.group(1).lower(), match.group("subject")
    if subject == "it":
        subject = sentence.thing
    elif subject in ("he", "she"):
        subject = sentence.referent
    elif subject.startswith("the "):
        subject = company  # "the company" is the firm a business story is about, or unsaid
    if not subject:
        return
    if match.group("when"):
        year = match.group("when").isdigit()
        wh = "In what year" if year else "When"
        yield Found("year" if year else "date", *match.span("when"),
                    _SCORES["year" if year else "date"], f"{wh} was {subject} {verb}?")
    if match.group("place"):
        yield Found("place", *match.span("place"), _SCORES["place"], f"Where was {subject} {verb}?")
    if match.group("by") and verb != "born":
        yield Found("person", *match.span("by"), _SCORES["person"], f"Who {verb} {subject}?")
