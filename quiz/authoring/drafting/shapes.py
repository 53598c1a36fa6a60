"""Questions a sentence's own shape gives whole, without turning its clause round: a
win's score and margin, the maker named after a work's aside, the state or country
a place is said with."""

from __future__ import annotations

import re

from quiz.authoring.drafting.places import place_noun
from quiz.authoring.drafting.span import Clause
from quiz.authoring.drafting.subjects import lower_first
from quiz.authoring.drafting.verbs import do_support, finite_verb, is_noun, participle, past_tense


def shaped_question(text: str, start: int, end: int, kind: str) -> str | None:
    """The question for text[start:end] that its sentence's shape gives, if any."""
    if kind == "score":
        return _won_by(text, start, end) or _at_the_break(text, start, end)
    if kind == "count":
        return _margin(text, start, end)
    if kind in ("organization", "title", "place", None):
        return (_where_is(text, start, end) if kind == "place" else None) or _watched_at(
            text, start, end) or _beaten(text, start, end)
    if kind == "person":
        return _whose(text, start, end)
    return None


_CROWD_AT = re.compile(r"\bin front of (?:an? )?(?:[\w-]+ )?(?:(?:crowd|attendance) of )?([\d,]{3,})"
                       r"(?: (?:fans|spectators|people))? at (?:the )?$")


def _watched_at(text: str, start: int, end: int) -> str | None:
    """"…by 44 runs in front of a crowd of 18,240 at Edgbaston" -> "Where did a crowd of
    18,240 watch the final?": the ground, asked by who filled it."""
    match = _CROWD_AT.search(text[:start])
    if match is None or not re.match(r"[,.;]|$| (?:on|in|last|this)\b", text[end:]):
        return None
    game = next((g for g in ("final", "match", "game", "race") if re.search(rf"\b{g}\b", text)), "match")
    return f"Where did a crowd of {match.group(1)} watch the {game}?"


# "Chien-Shiung Wu's doctoral adviser was Emilio Segrè".
_WHOSE = re.compile(r"((?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*)['’]s ((?:[a-z-]+ ){0,2}([a-z-]+)) "
                    r"(was|is|became) (?:the )?")


def _whose(text: str, start: int, end: int) -> str | None:
    """"Chien-Shiung Wu's doctoral adviser was Emilio Segrè" -> "Who was Chien-Shiung
    Wu's doctoral adviser?": the person a named one's post or kin is."""
    match = _WHOSE.fullmatch(text[:start])
    if match is None or not is_noun(match.group(3)) or not re.match(r"[,.;]|$", text[end:]):
        return None
    return f"Who {match.group(4)} {match.group(1)}'s {match.group(2)}?"


# "The Vanishing Smile, a six-episode drama created by ": a work, what it is, its maker.
_MADE_BY = re.compile(r"((?:[A-Z][\w’'&:-]*\s)*[A-Z][\w’'&:-]*|[“\"][^“”\"]+[”\"]),\s+(?:a|an|the)\s"
                      r"[^,;]{0,60}?\b([a-z]+ed|written|made|built|drawn|shot|run|sung)\s+by\s+$")


# "Directed by Sofia Lindahl from a script by Graham Ebert, the biopic follows…".
_LEADING_MAKER = re.compile(r"([A-Z][a-z]+) by (?:(?:[^,]{2,60}?) from (?:a|an|the) (script|screenplay) by )?$")
_WORK_AFTER = re.compile(r"(?: (?:and|with|from) [^,]{1,60})?, ((?:the|The) [a-z-]+(?: [a-z-]+)?|"
                         r"(?:[A-Z][\w’'-]*\s)*[A-Z][\w’'-]*) [a-z]+")


def made_by(whole: Clause, kind: str) -> str | None:
    """"…of The Vanishing Smile, a six-episode drama created by Hélène Marchetti" ->
    "Who created The Vanishing Smile?": the work is named, whatever the sentence says of it;
    "Directed by Sofia Lindahl from a script by Graham Ebert, the biopic follows…" ->
    "Who directed the biopic?", "Who wrote the script for the biopic?"."""
    if kind not in ("person", "organization"):
        return None
    lead = _LEADING_MAKER.fullmatch(whole.text[:whole.start])
    work = _WORK_AFTER.match(whole.text, whole.end) if lead else None
    verb = past_tense(lead.group(1).lower()) if lead and participle(lead.group(1).lower()) else None
    if work and verb:
        what = lower_first(work.group(1))
        if what.count(" ") == 2 and finite_verb(what.rsplit(" ", 1)[1]):
            what = what.rsplit(" ", 1)[0]  # "the drama arrived on…": the drama
        return f"Who wrote the {lead.group(2)} for {what}?" if lead.group(2) else f"Who {verb} {what}?"
    match = _MADE_BY.search(whole.text[:whole.start])
    if match is None:
        return None
    verb = past_tense(match.group(2))
    if verb is None or not participle(match.group(2)):
        return None
    return f"Who {verb} {match.group(1)}?"


_TEAM = r"((?:[A-Z][\w’'-]*\s)*[A-Z][\w’'-]*)"
_WINNER = re.compile(rf"(?:\bgave {_TEAM} an?|{_TEAM}['’]s) (?:[a-z]+ )?$")
_LOSER = re.compile(rf" (?:victory|win|triumph) (?:over|against) (?:the )?{_TEAM}")


def _won_by(text: str, start: int, end: int) -> str | None:
    """"…gave Galway Corsairs a dramatic 27-24 victory over Swansea Ospreys" -> "By
    what score did Galway Corsairs beat Swansea Ospreys?"."""
    winner, loser = _WINNER.search(text[:start]), _LOSER.match(text, end)
    if winner is None or loser is None:
        return None
    return f"By what score did {winner.group(1) or winner.group(2)} beat {loser.group(1)}?"


_BREAK = re.compile(r"(?: (?:lead|advantage))? (at (?:half-time|halftime|the break|the interval|the first break))\b")
_WON = r"(beat|defeated|edged|overcame|thrashed|routed|stunned|upset)"
_BEATEN = re.compile(rf"{_TEAM} {_WON} (?:the )?$")
_BEAT = re.compile(rf" {_WON} ((?:the )?{_TEAM})")
_SCORE_AFTER = re.compile(r" (\d{1,3}[-–]\d{1,3}(?: to \d{1,3}[-–]\d{1,3})?)(?![\w-])")


def _at_the_break(text: str, start: int, end: int) -> str | None:
    """"…kicked a penalty for a 15-10 lead at half-time", "led 30-29 at half-time" ->
    "What was the score at half-time?"."""
    match = _BREAK.match(text, end)
    return f"What was the score {match.group(1)}?" if match else None


def _beaten(text: str, start: int, end: int) -> str | None:
    """"The Southern Stingers edged the Coastal Orcas 61-57 in a tense grand final" ->
    "Which team did the Southern Stingers edge 61-57?" and "Which team edged the Coastal
    Orcas 61-57?": either side of a score."""
    winner = _BEAT.match(text, end)
    points = _SCORE_AFTER.match(text, winner.end()) if winner else None
    if winner and points:
        return f"Which team {winner.group(1)} {_team(winner.group(2))} {points.group(1)}?"
    loser, points = _BEATEN.search(text[:start]), _SCORE_AFTER.match(text, end)
    verb = do_support(loser.group(2)) if loser and points else None
    if verb is None or " " not in verb:
        return None
    helper, base = verb.split()
    return f"Which team {helper} {_team(loser.group(1))} {base} {points.group(1)}?"


def _team(name: str) -> str:
    """"The Southern Stingers" -> "the Southern Stingers": the article goes with the team."""
    return f"the {name[4:]}" if name.startswith("The ") else name


_BEAT_BY = re.compile(rf"(?:{_TEAM}|\bthey) (?:beat|defeated|edged|overcame|edged out) (?:the )?{_TEAM} by $")


def _margin(text: str, start: int, end: int) -> str | None:
    """"…carried Pennine Hawks to the title as they beat Wessex Mariners by 44 runs" ->
    "By how many runs did Pennine Hawks beat Wessex Mariners?": "they" is the team
    named last before it."""
    match = _BEAT_BY.search(text[:start])
    unit = re.fullmatch(r"\S+ ([a-z]+)", text[start:end])
    if match is None or unit is None:
        return None
    winner = match.group(1)
    if winner is None:
        teams = [m.group() for m in re.finditer(rf"{_TEAM}(?!['’])", text[:match.start()])
                 if " " in m.group()]
        winner = teams[-1] if teams else None
    return f"By how many {unit.group(1)} did {winner} beat {match.group(2)}?" if winner else None


_RANK = {"city": 1, "region": 2, "province": 2, "state": 2, "county": 2, "canton": 2, "territory": 2,
         "country": 3}


def _where_is(text: str, start: int, end: int) -> str | None:
    """"born in Wheeling, West Virginia" -> "Wheeling is in which state?": the state or
    country a place the article names is said with (not a city everyone can place)."""
    place = re.search(r"\b(?:in|at|near|from|of) ((?:[A-Z][\w’'.-]*\s)*[A-Z][\w’'.-]*), $",
                      text[:start])
    noun = place_noun(text[start:end])
    if place is None or noun is None or not re.match(r"[,.;:)]|$| (?:in|on|to)\b", text[end:]):
        return None
    # "in Florence, Rome and Milan", "in Germany, Madagascar…": a list, where no place is
    # in the next; only a smaller place is in a larger one. And "Austin is in which
    # state?" is an atlas's question, not the article's: a city is not asked of.
    smaller = place_noun(place.group(1))
    if smaller == "city" or _RANK.get(smaller or "", 0) >= _RANK.get(noun, 2):
        return None
    return f"{place.group(1)} is in which {noun}?"
