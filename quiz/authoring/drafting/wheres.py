"""A place a "where" clause tells of: "a moving coda in London, where the couple
settled in 1949" -> "Where did the couple settle in 1949?"; and a place a sentence
puts after a word that says only which part ("in neighbouring Gimhae")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lemminflect import getAllLemmas

from quiz.authoring.drafting.entities import NameBook
from quiz.authoring.drafting.mentions import Sentence
from quiz.authoring.drafting.patterns import Found
from quiz.authoring.drafting.questions import question_for

# ", where the couple settled in 1949": up to the clause's end.
# "Healesville Sanctuary in Victoria, where", "Nyeri, Kenya, where": the place's own place
# may come between.
_WHERE = re.compile(r"(?:,? (?:in|on) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?|, [A-Z][\w'’-]*)?"
                    r", where ([a-z][^,;:()“”\"]+?)(?=[,;:)]|\.?$)")
_AT = re.compile(r"\b(?:in|at|to|on|into|near|from) (?:the )?\Z")
_PLACES = frozenset("place city country state region".split())
# Below the questions of the sentence's own clause.
_SCORE = 35


def where_facts(sentence: Sentence, book: NameBook) -> Iterator[Found]:
    """Where the clause after a place's "where" happened, asked as its own sentence."""
    text = sentence.text
    for name in sentence.names:
        match = _WHERE.match(text, name.end)
        # "in Naples, where": the place is where something is; "Cullinan, east of
        # Pretoria, where" is Cullinan's, and "New York" no York.
        if (match is None or book.kind(name.plain) not in _PLACES or name.text != name.plain
                or not _AT.search(text, max(0, name.start - 12), name.start) or " " not in name.plain and getAllLemmas(name.plain.lower())):
            continue
        clause = re.split(r" and (?:where|when|then)\b", match.group(1), maxsplit=1)[0]
        pronoun = re.match(r"(?:he|she|they|it)\b", clause)
        if pronoun:
            if not sentence.referent or pronoun.group() in ("they", "it") or " " not in clause:
                continue  # "where they…": whoever they are, the question cannot say
            clause = f"{sentence.referent}{clause[pronoun.end():]}"
        first = clause.split(" ", 1)[0]
        told = f"{first.capitalize()}{clause[len(first):]} in {name.plain}."
        at = told.rindex(name.plain)
        ask = question_for(Sentence(told, sentence.paragraph, sentence.order, told),
                           at, at + len(name.plain), "place")
        if ask and ask.startswith("Where "):
            # "Where had local fishermen been catching the fish?": the clause's own case.
            ask = re.sub(rf"(?<= ){re.escape(first.capitalize())}\b", first, ask, count=1)
            yield Found("place", name.start, name.end, _SCORE, ask)
