"""The contest a sports report is about, so that "the final" or "the match" in a
question, which means nothing out of its article, is said by name: "Where did a crowd
of 18,240 watch the Kingfisher Trophy final?"."""

from __future__ import annotations

import re

from quiz.authoring.drafting.entities import Sentence

_NAME = r"(?:[A-Z][\w'’.-]*\s){1,3}?"
# "the Baltic Open", "Kingfisher Trophy", "Celtic Shield", "All-Ireland SHC".
_CONTEST = re.compile(
    rf"\b({_NAME}(?:Open|Cup|Classic|Trophy|Shield|Championship|Championships|Marathon|Grand Prix|"
    r"SHC|Plate|Bowl|Series))\b")
# "Castleford Athletic 2-1 Marbury Town", "Galway Corsairs 27 Swansea Ospreys 24".
_SCORE_LINE = re.compile(
    r"^((?:[A-Z][\w'’.-]*\s?){1,3}?) \d{1,3}(?:[-–]\d{1,3})?(?: \([^)]*\))?(?: beat)? "
    r"((?:[A-Z][\w'’.-]*\s?){1,3}?)(?: \d{1,3}(?:[-–]\d{1,3})?|:|$)")
_SCORE = re.compile(r"\b\d{1,3}[-–]\d{1,3}\b")
_LEAD = 6  # sentences a report names its contest in: headline, standfirst, first lines
_UNNAMED = re.compile(r"\bthe (?:match|game|final|grand final|race)\b")
# "How many tackles did Mateo Ruiz make?", "Sam Brierley hit how many fours?": a
# player's tally, which is of one match.
_TALLY = re.compile(r"How many [a-z]+ did [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? [a-z]+\?$"
                    r"|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? [a-z]+ how many [a-z]+\?$")
_AT_THE_BREAK = re.compile(r" at (?:half-time|halftime|the break|the first break|the interval)\?$")


def event_of(all_sentences: list[Sentence]) -> str | None:
    """The contest a report with scores names first ("Kingfisher Trophy final"), or
    the two sides of its score line ("Harlow Wolves v Kestrel Bay"); None for an
    article that is no sports report."""
    text = " ".join(s.text for s in all_sentences)
    if len(_SCORE.findall(text)) < 2:
        return None
    # Whichever the report says first: a headline's score line names the very match
    # ("Castleford Athletic 2-1 Marbury Town: …"), a later cup only the competition.
    for sentence in all_sentences[:_LEAD]:
        contest = _CONTEST.search(sentence.text)
        if contest:
            name = contest.group(1).strip()
            final = re.search(rf"{re.escape(name)} (?:grand )?final\b|\bfinal of the {re.escape(name)}", text)
            return f"{name} final" if final else name
        line = _SCORE_LINE.match(sentence.text)
        if line:
            return f"{line.group(1).strip()} v {line.group(2).strip()} match"
    return None


def with_event(ask: str, kind: str, event: str | None) -> str:
    """The question with its unnamed match named, or the score at a break said of it."""
    if event is None or any(word in ask for word in event.split() if word[:1].isupper()):
        return ask
    unnamed = _UNNAMED.search(ask)
    if unnamed:
        return f"{ask[:unnamed.start()]}the {event}{ask[unnamed.end():]}"
    if kind == "score" and _AT_THE_BREAK.search(ask) or kind == "count" and _TALLY.match(ask):
        # "How many tackles did Mateo Ruiz make?": in which match, the report knows.
        return f"{ask[:-1]} in the {event}?"
    return ask
