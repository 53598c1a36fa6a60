"""What a person or thing is called, in the ways articles say it: "Wu is often called
the "First Lady of Physics"", "the company's secret ledger, known as the Green Book",
"he wrote science fiction under the pen name "Dr. Bacteria"", "In Afrikaans it is
called "tweeblaarkanniedood"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lemminflect import getAllLemmas

from quiz.authoring.drafting.mentions import Sentence
from quiz.authoring.drafting.patterns import Found
from quiz.authoring.drafting.subjects import lower_first
from quiz.authoring.drafting.verbs import do_support, told_in_past
from quiz.authoring.drafting.words import NAME, U

_SCORE = 85
_BE = re.compile(r"\b(?:is|are|was|were)\b")
# "Leavitt's law", "Hubble's constant": a name's own with the noun it names.
_SAID = (rf"(?:the )?[“\"](?P<quoted>[^“”\"]{{2,60}})[”\"]"
         rf"|(?:the )?(?P<name>{U}[\w-]*['’]s [a-z]+|{NAME.pattern})"
         # The whole name: "known as Chagas disease" is not "Chagas".
         r"(?=[.,;:!?)”\"]|$|\s+(?:in|on|at|by|for|since|after|from|to|and|or|because|when|while)\b)")
_ADVERB = r"(?:(?:often|also|sometimes|widely|commonly|popularly|still|now|locally|later|simply) )?"
# "Chien-Shiung Wu is often called …", "In Afrikaans it is called …".
_IS_CALLED = re.compile(
    rf"^(?:In (?P<tongue>{U}[a-z]+),? )?(?P<who>(?:{U}[\w’'.-]*\s){{0,4}}{U}[\w’'.-]*|[Hh]e|[Ss]he|[Ii]t"
    rf"|The [a-z][\w–'-]*(?: [a-z][\w–'-]*){{0,3}}) "
    rf"(?P<be>is|was) (?P<adverb>{_ADVERB})(?P<verb>called|known as|nicknamed|dubbed) (?:{_SAID})")
# "…with the company's secret ledger, known as the Green Book"; "“Fine Wind, Clear
# Morning”, better known as “Red Fuji”".
_KNOWN_AS = re.compile(
    rf"(?P<what>[“\"][^“”\"]{{2,60}}[”\"]|\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|{U}[\w’'-]*['’]s)"
    rf"(?: [a-z][\w’'-]*){{1,3}}), (?P<better>better |also |locally |popularly )?known as "
    rf"(?:{_SAID})")
# "A keen photographer, he also wrote science fiction under the pen name "Dr. Bacteria"".
_PEN_NAME = re.compile(
    rf"(?:^|, )(?P<who>[Hh]e|[Ss]he|{U}[\w’'-]*(?: {U}[\w’'-]*){{0,2}}) (?:also )?(?P<verb>[a-z]+)"
    rf"(?P<object>(?: [a-z]+){{0,3}}) under the (?P<kind>pen|stage|code|assumed|ring) name "
    rf"(?:{_SAID})")


# "The newly hatched larvae, called leptocephali, are flat…": a name between commas.
_CALLED_ASIDE = re.compile(
    r"^(?P<what>The(?: [a-z][\w-]*){1,3}), (?:called|known as) (?:[“\"](?P<quoted>[^“”\"]{2,40})[”\"]"
    r"|(?P<name>[a-z]{4,})), (?:[a-z]+ )?(?P<be>are|is|was|were)\b")
# "the press called the condition "radium jaw"": who named it, and what.
_CALLED_IT = re.compile(
    r"\b(?P<who>the [a-z]+) (?P<verb>called|dubbed|nicknamed|named) "
    r"(?P<what>the [a-z]+(?: [a-z]+)?) [“\"](?P<quoted>[^“”\"]{2,40})[”\"]")


def naming_facts(sentence: Sentence) -> Iterator[Found]:
    """A question for each name the sentence says something goes by."""
    text = sentence.text
    match = _IS_CALLED.match(text)
    who = _who(sentence, lower_first(match.group("who"))) if match else None
    if match and who:
        start, end = _span(match)
        tongue = f" in {match.group('tongue')}" if match.group("tongue") else ""
        ask = f"What {match.group('be')} {who} {match.group('adverb')}{match.group('verb')}{tongue}?"
        yield Found("nickname", start, end, _SCORE, ask)
    for match in _KNOWN_AS.finditer(text):
        start, end = _span(match)
        # The tense of the verb nearest before ("Here is …"), else after ("…, was lost").
        before, after = _BE.findall(text[:match.start()]), _BE.findall(text[match.end():])
        # "Knight fled … with the company's secret ledger, known as…": no "was", a past verb.
        nearest = before[-1] if before else after[0] if after else "was" if told_in_past(text) else "is"
        be = "was" if nearest in ("was", "were") else "is"
        what = _owned(sentence, lower_first(match.group("what")))
        if what is None:
            continue
        ask = (f"By what name {be} {what} better known?" if match.group("better") == "better "
               else f"What {be} {what} known as?")
        yield Found("nickname", start, end, _SCORE, ask)
    match = _CALLED_ASIDE.match(text)
    if match and (match.group("quoted") or not getAllLemmas(match.group("name"))):
        # Only a word the dictionary does not know is a name ("called leptocephali").
        yield Found("nickname", *_span(match), _SCORE,
                    f"What {match.group('be')} {lower_first(match.group('what'))} called?")
    match = _CALLED_IT.search(text)
    if match:
        verb = {"called": "call", "dubbed": "dub", "nicknamed": "nickname", "named": "name"}
        yield Found("nickname", *_span(match), _SCORE,
                    f"What did {match.group('who')} {verb[match.group('verb')]} {match.group('what')}?")
    match = _PEN_NAME.search(text)
    who = _who(sentence, match.group("who")) if match else None
    verb = do_support(match.group("verb")) if match else None
    if match and who and verb and " " in verb:
        helper, base = verb.split()
        start, end = _span(match)
        yield Found("nickname", start, end, _SCORE,
                    f"Under what {match.group('kind')} name {helper} {who} {base}{match.group('object')}?")


def _who(sentence: Sentence, word: str) -> str | None:
    """The name a pronoun stands for, or the name itself."""
    if word.lower() in ("he", "she"):
        return sentence.referent
    if word.lower() == "it":
        return sentence.thing or (sentence.creature[0] if sentence.creature else None)
    return word


def _owned(sentence: Sentence, what: str) -> str | None:
    """"her laboratory notebook" -> "Ida Marr's laboratory notebook": whose, by name."""
    owner, _, rest = what.partition(" ")
    if owner not in ("his", "her", "its", "their"):
        return what
    who = _who(sentence, "it" if owner == "its" else "he")
    return f"{who}'s {rest}" if who and owner != "their" else None


def _span(match: re.Match[str]) -> tuple[int, int]:
    return match.span("quoted") if match.group("quoted") else match.span("name")
