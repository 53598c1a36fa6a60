"""A person a sentence names only by a pronoun or a plain noun: "Already booked, he
was sent off in the 78th minute" -> "Who was sent off in the 78th minute?", answered
by whom "he" stands for; "a pizzaiolo called Raffaele Esposito baked three pizzas"
-> "Which pizzaiolo baked three pizzas?"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lemminflect import getAllLemmas

from quiz.authoring.drafting.defined import acted, own
from quiz.authoring.drafting.entities import NameBook
from quiz.authoring.drafting.insitu import ASIDE, FINAL_PUNCTUATION
from quiz.authoring.drafting.mentions import Sentence
from quiz.authoring.drafting.patterns import Found
from quiz.authoring.drafting.span import Clause
from quiz.authoring.drafting.subjects import who_subject
from quiz.authoring.drafting.verbs import is_noun

# "He", "She", or either after a short opening phrase ("Already booked, he…").
_PRONOUN_SUBJECT = re.compile(r"^(?:[A-Z][\w'’-]*(?: [\w'’-]+){0,4}, )?(He|she|She|he) (?=[a-z])")
# Below the questions that name their answer: a stand-in asks whom nothing else does.
_SCORE = 30
# "a pizzaiolo called Raffaele Esposito baked…": what the person is, then the name.
_CALLED = re.compile(r"\b(?:a|an) ((?:[a-z][\w'’-]* ){0,2}?)([a-z]+) (?:called|named) $")


def standin_facts(sentence: Sentence, book: NameBook) -> Iterator[Found]:
    """Who a sentence's "he" or "she" is, asked by what the sentence says of them."""
    text, referent = sentence.text, sentence.referent
    match = _PRONOUN_SUBJECT.match(text)
    before = sentence.context.split(text, 1)[0]
    if (match and referent and " " in referent and book.kind(referent) == "person"
            and referent.split()[-1] not in text and referent.split()[-1] in before):
        # Whom the paragraph has just named, not whom an earlier one was about.
        # The rest is the referent's clause: a name after the pronoun would be the
        # question's subject, the "his" in it the referent's own.
        said = f"{referent} {text[match.end():]}"
        ask = who_subject(Clause(said, 0, len(referent)), "person")
        if ask and not re.search(r"\b(?:he|she|him|her|his|hers|it|its|they|them|their)\b", ask, re.IGNORECASE):
            yield Found("person", *match.span(1), _SCORE, ask, answer=referent)
    for name in sentence.names:
        called = _CALLED.search(text, max(0, name.start - 60), name.start)
        noun = called.group(2) if called else ""
        # "pizzaiolo": a word no dictionary has is a noun here, before "called".
        if called is None or book.kind(name.plain) != "person" or not (is_noun(noun) or not getAllLemmas(noun)):
            continue
        rest = ASIDE.split(FINAL_PUNCTUATION.sub("", text[name.end:]), maxsplit=1)[0].split()
        if rest and acted(rest) and not re.search(r"\b(?:he|she|him|his)\b", " ".join(rest)):
            yield Found("person", name.start, name.end, _SCORE,
                        f"Which {called.group(1)}{called.group(2)} {own(' '.join(rest))}?")
