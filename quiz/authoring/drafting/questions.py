"""Questions made from a sentence by asking for the phrase that holds an answer."""

from __future__ import annotations

import re

from quiz.authoring.drafting.entities import COUNT, PHRASE_FOLLOWERS, Sentence, text_before
from quiz.authoring.drafting.words import (
    AUXILIARIES, COMMON, DETERMINERS, NAME_WORD, PAST_TO_BASE, PRESENT_TO_BASE, PRONOUNS,
    SUBJECT_BLOCKERS, WEEKDAYS,
)

_NEXT_CLAUSE = re.compile(r"(?:^|,\s*|\s+)(?:and|but|yet|so|while|whereas|although|though)\b|;")
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|or|when|while|which|who|that|because|where)\b")
# A colon after a lower-case word starts a clause; after a capitalised one
# ("Narcos: Mexico") it is part of a title.
_CLAUSE_COLON = re.compile(r"(?:^|[^\w’'])[a-z][\w’']*:|;")
# Only from the first of a run of stops: a long run is not rescanned from each one.
_FINAL_PUNCTUATION = re.compile(r"[\s.!?…;:,]+$")
QUOTATION = re.compile(r"[“\"]([^“”\"]*)[”\"]?")
# What comes before an answer in the phrase a question replaces.
_PHRASE_BEFORE = {
    "year": re.compile(r"\b[Ii]n (?:(?:early|late|mid-?) )?$"),
    "decade": re.compile(r"\b[Ii]n the $"),
    "date": re.compile(rf"\b[Oo]n (?:(?:{'|'.join(WEEKDAYS)}),? )?$"),
    "place": re.compile(r"\b(?:[Ii]n|[Aa]t) $"),
    "money": re.compile(rf"\b(?:{'|'.join([*PAST_TO_BASE, *PRESENT_TO_BASE])}|worth|is|was) $"),
}
_WH = {"year": "In what year", "date": "On what date", "decade": "In which decade",
       "money": "How much", "place": "Where"}


def _lower_first(text: str) -> str:
    head, _, rest = text.partition(" ")
    if head.lower() in COMMON:
        head = head[:1].lower() + head[1:]
    return f"{head} {rest}" if rest else head


def _plausible_subject(subject: str) -> bool:
    words = subject.split()
    return (0 < len(words) <= 6 and not any(w.lower() in SUBJECT_BLOCKERS for w in words)
            and subject.lower() not in PRONOUNS
            and words[-1].lower() not in DETERMINERS and not re.search(r"[“”\"();]", subject))


def _inverted(text: str, start: int, end: int, wh: str) -> str | None:
    """Cut the phrase [start, end) out of a sentence and ask for it, verb first.

    "After a decade, Gallardo was arrested in 1989." with "in 1989" cut ->
    "In what year, after a decade, was Gallardo arrested?". None when the
    sentence is not built simply enough to turn around safely.
    """
    for word in re.finditer(r"\S+", text):
        if start <= word.start() < end:
            continue
        verb = _verb(word.group())
        if verb is None:
            continue
        if word.start() < start and _CLAUSE_BREAK.search(text[word.end():start]):
            return None
        head = _cut(text[:word.start()], start, end)
        tail = _cut(text[word.end():], start - word.end(), end - word.end())
        # A second clause after the phrase has its own verb: the question ends before it.
        tail = _NEXT_CLAUSE.split(tail, maxsplit=1)[0]
        return _turned(head, verb, _FINAL_PUNCTUATION.sub("", tail), wh)
    return None


def _verb(word: str) -> str | None:
    """The auxiliary a question moves ahead, with any verb: "was", "opened" -> "did open"."""
    if word in AUXILIARIES:
        return word
    if word in PRESENT_TO_BASE:
        return f"does {PRESENT_TO_BASE[word]}"
    if word in PAST_TO_BASE:
        return f"did {PAST_TO_BASE[word]}"
    return None


def _cut(text: str, start: int, end: int) -> str:
    """Text with [start, end) removed where it falls inside, commas tidied."""
    start, end = max(start, 0), max(end, 0)
    text = f"{text[:start].rstrip()} {text[end:].lstrip()}" if start < len(text) else text
    return re.sub(r"\s+,", ",", " ".join(text.split())).strip(" ,")


def _turned(head: str, verb: str, tail: str, wh: str) -> str | None:
    """wh + verb + subject + the rest, when the words before the verb are a plain subject."""
    if re.search(r"[“”\"]", head + tail) or _CLAUSE_COLON.search(head + tail):
        return None
    prefix, _, subject = head.rpartition(", ")
    if not _plausible_subject(subject) or (prefix and prefix.split()[0].lower() not in COMMON):
        return None
    aux, _, base = verb.partition(" ")
    if aux in ("has", "have", "had") and not re.match(r"\S+(?:ed|en)\b", tail):
        return None  # "had three sons" is not "had been": no question to turn
    lead = f"{wh}, {_lower_first(prefix)}," if prefix else wh
    return " ".join(filter(None, [lead, aux, _lower_first(subject), base, tail])) + "?"


def fill_in(text: str, start: int, end: int) -> str:
    return f"Fill in the blank: {text[:start]}____{text[end:]}"


def _phrase_start(text: str, start: int, kind: str) -> int | None:
    """Where the phrase that carries an answer starts ("in 1989", "on Thursday, May 2")."""
    before = text_before(text, start)
    match = _PHRASE_BEFORE[kind].search(before)
    if match is None:
        return None
    # An amount is asked for on its own: "cost £4m" -> "How much did it cost?"
    return start if kind == "money" else start - len(before) + match.start()


def _phrase_end(text: str, end: int, kind: str) -> int | None:
    """Where that phrase ends; None when cutting it would leave a broken sentence."""
    if kind != "place":
        return end
    after = text[end:]
    country = re.match(rf", {NAME_WORD}(?=[,.;!?]|$)", after)
    if country:
        return end + country.end()
    following = re.match(r" ([\w’']+)", after)
    if not after.strip() or after[0] in ",.;:!?" or (
            following and following.group(1).lower() in PHRASE_FOLLOWERS):
        return end
    return None


def question_for(sentence: Sentence, start: int, end: int, kind: str) -> str | None:
    """A real question about text[start:end] when one can be made safely."""
    text = sentence.text
    if kind in _WH:
        phrase = _phrase_start(text, start, kind)
        phrase_end = _phrase_end(text, end, kind) if phrase is not None else None
        if phrase is not None and phrase_end is not None:
            return _inverted(text, phrase, phrase_end, _WH[kind])
    if kind == "person" and start == 0:
        verb = re.match(r" ([a-z][\w’']*)", text[end:])
        quoted_end = text.rstrip().endswith(("”", '"'))
        if verb and verb.group(1) not in PHRASE_FOLLOWERS and not quoted_end:
            return "Who" + _FINAL_PUNCTUATION.sub("", text[end:]) + "?"
    if kind == "count":
        return _how_many(text, start)
    return None


def _how_many(text: str, start: int) -> str | None:
    """"Six people were hurt" -> "How many people were hurt?"; "It has 8 rooms" likewise."""
    match = COUNT.match(text, start)
    if match is None:
        return None
    noun, tail = match.group(2), _FINAL_PUNCTUATION.sub("", text[match.end():])
    if start == 0:
        return f"How many {noun}{tail}?"
    owner = re.fullmatch(r"(.+) (has|have|had) ", text[:start])
    if owner and _plausible_subject(owner.group(1)) and not re.search(r"[“”\"]", tail):
        helper = {"has": "does", "have": "do", "had": "did"}[owner.group(2)]
        return f"How many {noun} {helper} {_lower_first(owner.group(1))} have{tail}?"
    return None
