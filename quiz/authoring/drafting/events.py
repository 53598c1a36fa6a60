"""The contest a sports report is about, so that "the final" or "the match" in a
question, which means nothing out of its article, is said by name: "Where did a crowd
of 18,240 watch the Kingfisher Trophy final?"."""

from __future__ import annotations

import re

from quiz.authoring.drafting.entities import NameBook
from quiz.authoring.drafting.mentions import Sentence
from quiz.authoring.drafting.words import MONTHS, WEEKDAYS

_NAME = r"(?:[A-Z][\w'’.-]*\s){1,3}?"
# "the Baltic Open", "Kingfisher Trophy", "Celtic Shield", "All-Ireland SHC".
_CONTEST = re.compile(
    rf"\b({_NAME}(?:Open|Cup|Classic|Trophy|Shield|Championship|Championships|Marathon|Grand Prix|"
    r"SHC|Plate|Bowl|Series|Race|Regatta|Basho|Tournament|Rally))\b")
# "Castleford Athletic 2-1 Marbury Town", "Galway Corsairs 27 Swansea Ospreys 24".
_SCORE_LINE = re.compile(
    r"^((?:[A-Z][\w'’.-]*\s?){1,3}?) \d{1,3}(?:[-–]\d{1,3})?(?: \([^)]*\))?(?: beat)? "
    r"((?:[A-Z][\w'’.-]*\s?){1,3}?)(?: \d{1,3}(?:[-–]\d{1,3})?|:|$)")
_SCORE = re.compile(r"\b\d{1,3}[-–]\d{1,3}\b")
_CALENDAR = frozenset([*MONTHS, *WEEKDAYS])
_LEAD = 6  # sentences a report names its contest in: headline, standfirst, first lines
# "the final", not "the final day": a word after it says which part of the contest.
_UNNAMED = re.compile(r"\bthe (?:match|game|final|grand final|race)\b(?!\s+(?:day|round|lap|stage|quarter|"
                      r"minutes?|set|hole|week|whistle|straight|leg|over|ball|record)\b)")
# "How many tackles did Mateo Ruiz make?", "Sam Brierley hit how many fours?": a
# player's tally, which is of one match.
_TALLY = re.compile(r"How many [a-z]+ did [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? [a-z]+\?$"
                    r"|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? [a-z]+ how many [a-z]+\?$")
# What happens in a match, asked of a minute or a player: "in which minute", "Who
# headed the winner…?"; not what a player is ("Who was the Castleford manager?").
_IN_PLAY = re.compile(r"\bin which minute\b|^Who (?:scored|headed|saved|struck|netted|converted|"
                      r"kicked|opened the scoring|was sent off|was booked|made|hit|bowled|"
                      r"crossed|finished|set up|equalised|levelled|fired)\b")
_NAMED_CONTEST = re.compile(r"\b(?:final|match|game|race|semi-final|quarter-final|tie|derby)\b")
_AT_THE_BREAK = re.compile(r" at (?:half-time|halftime|the break|the first break|the interval)\?$")
# Where a side stands by a result: "a 3-2 win over the Thunder Bay Wolves", "edging the
# Coastal Orcas 61-57", "the Southern Stingers won", "Cork beat Kilkenny".
_SIDE_BEFORE = re.compile(r"\b(?:beat|beating|edged|edging|defeated|defeating|over|against|give|gave|"
                          r"v|vs\.?)\s+(?:the\s+)?$")
_SIDE_AFTER = re.compile(r"\s+(?:\d{1,3}[-–]\d|beat\b|edged\b|defeated\b|won\b|trailed\b|led\b)")
_CALENDAR = frozenset(MONTHS + WEEKDAYS)  # "beat them on Saturday"
_RESULT = re.compile(r"\b\d{1,3}[-–]\d{1,3}\b|\b(?:beat|edged|defeated)\b|\b(?:win|victory) over\b")
# The one question word that stands for the answer: "What won…", "…carried who?".
_SIDE_WH = re.compile(r"^(?:What|Who|Which [a-z]+)\b(?! of\b)|\b(?:who|whom|which [a-z]+)(?=\?$)")


def event_of(all_sentences: list[Sentence]) -> str | None:
    """The contest a report with scores names first ("Kingfisher Trophy final"), or
    the two sides of its score line ("Harlow Wolves v Kestrel Bay"); None for an
    article that is no sports report."""
    text = " ".join(s.text for s in all_sentences)
    # A report gives scores, or a race its name up top ("…to win the Boat Race").
    if len(_SCORE.findall(text)) < 2 and not any(_CONTEST.search(s.text) for s in all_sentences[:_LEAD]):
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
        # "Sunday 2 November 2025 · Herning": a dateline is no score line.
        if line and not {line.group(1).strip(), line.group(2).strip()} & _CALENDAR:
            return f"{line.group(1).strip()} v {line.group(2).strip()} match"
    return None


def with_event(ask: str, kind: str, event: str | None) -> str:
    """The question with its unnamed match named, or the score at a break said of it."""
    if event is None or any(word in ask for word in event.split() if word[:1].isupper()):
        return ask
    unnamed = _UNNAMED.search(ask)
    if unnamed:
        return f"{ask[:unnamed.start()]}the {event}{ask[unnamed.end():]}"
    if (kind == "score" and _AT_THE_BREAK.search(ask) or kind == "count" and _TALLY.match(ask)
            or kind in ("time", "person") and _IN_PLAY.search(ask) and not _NAMED_CONTEST.search(ask)
            and len(ask.split()) + len(event.split()) < 16):
        # "How many tackles did Mateo Ruiz make?", "Who headed the winner in the 89th
        # minute?": in which match, the report knows.
        minute = re.search(r"\bin (?:the \d+\w* |which )minute\b", ask)
        if minute:
            return f"{ask[:minute.end()]} of the {event}{ask[minute.end():]}"
        return f"{ask[:-1]} in the {event}?"
    return ask


def teams_of(all_sentences: list[Sentence], book: NameBook, event: str | None) -> frozenset[str]:
    """The sides a sports report's results are between ("Thunder Bay Wolves"), with the
    shorter names it also calls them by ("Thunder Bay", "the Wolves"); empty for an
    article that is no sports report (its `event_of` None)."""
    if event is None:
        return frozenset()
    sides: set[str] = set()
    for sentence in all_sentences:
        line = _SCORE_LINE.match(sentence.text)
        found = [line.group(1).strip(), line.group(2).strip()] if line else []
        if not sentence.furniture and _RESULT.search(sentence.text):
            text = sentence.text
            found += [name.text for name in sentence.names
                      if book.kind(name.plain) != "person" and name.text not in _CALENDAR
                      and (_SIDE_BEFORE.search(text, max(0, name.start - 16), name.start)
                           or _SIDE_AFTER.match(text, name.end))]
        for side in (side for side in found if side not in _CALENDAR):
            words = side.split()
            sides.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
            sides.update(" ".join(words[n:]) for n in range(1, len(words)))
    return frozenset(sides)


def as_team(ask: str, answer: str, kind: str, teams: frozenset[str]) -> tuple[str, str]:
    """A side is asked as a team, whatever its name says it is: "Which bay took the
    lead?" is "Which team took the lead?", and its wrong options are the other sides."""
    plain = answer[4:] if answer.startswith(("The ", "the ")) else answer
    if kind in ("actor", "character") or plain not in teams:
        return ask, kind
    wh = list(_SIDE_WH.finditer(ask))
    if len(wh) != 1:
        return ask, kind
    team = "Which team" if wh[0].start() == 0 else "which team"
    return f"{ask[:wh[0].start()]}{team}{ask[wh[0].end():]}", "team"
