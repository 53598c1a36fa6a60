"""The numbers an article states, by kind: money, dates, percentages, ages, lengths of
time, decades, years, counts with their units, scores, times and finishing places."""

from __future__ import annotations

import re

from quiz.authoring.drafting.words import (
    AMOUNT, CURRENCY, DAY, MONTH, MONTHS, NOT_PLURAL, NUMBER, NUMBER_AFTER, NUMBER_BEFORE, SCALE,
    TIME_UNIT, U, WORD_NUMBERS,
)

DATE_TEXT = (rf"(?:(?:{MONTH})\.? {DAY}(?:,? \d{{4}})?|{DAY} (?:of )?(?:{MONTH})\.?(?:,? \d{{4}})?"
             rf"|(?:{'|'.join(MONTHS)}) \d{{4}})")
# A word before the plural that qualifies it: not a plural ("two brothers selling
# chips"), a small word ("15 of the refuges") nor another count ("206 galleys and six").
_QUALIFIER = (rf"(?!(?:of|with|in|on|at|to|for|from|by|and|or|the|a|an|per|than|as|into|over|under"
              rf"|between|people|men|women|children|{'|'.join(WORD_NUMBERS)})\b)[a-z][a-z-]*(?<![^us]s)")
# A number and the plural it counts: "six police officers", "2.5 million people".
# Up to two words may qualify the plural, one of them a people's ("15,000 Christian
# galley slaves", "40 Mapuche guides"), and two nouns may share it ("9,000 sea and river kayaks");
# a people may be the plural itself ("5,800 Colombians").
COUNT = re.compile(
    rf"{NUMBER_BEFORE}({NUMBER}(?: (?:thousand|million|billion))?) "
    rf"((?:{_QUALIFIER} and )?(?:(?:{_QUALIFIER}|{U}[a-z]+) ){{0,2}}(?!(?:{'|'.join(NOT_PLURAL)})\b)"
    rf"(?:[a-z][a-z-]*s|people|children|men|women|{U}[a-z]+ans))\b{NUMBER_AFTER}")
# The words an abbreviated unit is asked in: "how many kilometres".
UNIT_WORDS = {
    "km": "kilometres", "m": "metres", "cm": "centimetres", "mm": "millimetres",
    "kg": "kilograms", "g": "grams", "mg": "milligrams", "mi": "miles", "ft": "feet",
    "lb": "pounds", "lbs": "pounds", "mph": "miles per hour", "km/h": "kilometres per hour",
    "MW": "megawatts", "GW": "gigawatts", "kWh": "kilowatt-hours",
    "°C": "degrees Celsius", "°F": "degrees Fahrenheit",
}
# (kind, pattern, group holding the answer, None for whichever group matched);
# earlier kinds win where spans overlap: "February 7, 1985" is a date, not a year.
NUMERIC = [
    ("money", re.compile(
        rf"(?<![\w$€£¥]){CURRENCY}\s?{AMOUNT}(?:\s(?:or|to)\s{CURRENCY}?{AMOUNT})?{SCALE}?"
        rf"(?![\w%:]|[.,/]\d)"
        # "96 billion won", "R500 rand": a currency no one counts coins of ("350,000
        # ducats" is asked "how many ducats", a count).
        rf"|(?<![\w.,]){AMOUNT}{SCALE}?\s(?:dollars|euros|pounds|pesos|yen|USD|EUR|GBP|rand|"
        rf"kroner|kronor|krona|koruna|korunas|crowns|yuan|baht|ringgit|zloty|reais|Swiss francs|"
        rf"CZK|SEK|NOK|DKK|CHF|PLN|HUF|JPY|CNY|INR|ZAR|AUD|CAD|NZD|Kč|kr)(?!\w)"
        rf"|(?<![\w.,]){AMOUNT}{SCALE}\s(?:won|lira|lire)\b"), 0),
    ("date", re.compile(rf"\b{DATE_TEXT}\b"), 0),
    ("percent", re.compile(rf"(?<![\w.,]){AMOUNT}(?:\s?%|\s(?:percent|per cent)\b)"), 0),
    ("age", re.compile(
        rf"{NUMBER_BEFORE}(\d{{1,3}})[- ]years?[- ]old\b"
        rf"|\b(?:aged|age of|age) (\d{{1,3}})\b"
        rf"|\b(?:[Hh]e|[Ss]he|{U}[^\W\d_]+) (?:was|is|turned|turns) (\d{{1,3}})"
        rf"(?=[,.;)]| when| at|$)"
        rf"|{U}[^\W\d_]+, (\d{{1,3}}),"), None),
    # "two hours and 38 minutes", "4 hours 2 minutes 37 seconds", "one year and 15 days"
    # are one length of time.
    ("duration", re.compile(
        rf"{NUMBER_BEFORE}(?:{NUMBER}|one) {TIME_UNIT}(?:,? (?:and )?{NUMBER} (?:{TIME_UNIT}|seconds?)\b)+"),
     0),
    ("duration", re.compile(rf"{NUMBER_BEFORE}({NUMBER})[- ]{TIME_UNIT}\b(?![- ]old)"), 1),
    ("decade", re.compile(
        r"(?:\b(?:early|mid|late)[- ])?(?:(?<![\w$])(?:1[5-9]|20)\d0s|[’'‘]\d0s)\b"), 0),
    ("year", re.compile(rf"{NUMBER_BEFORE}(?:1[5-9]\d\d|20\d\d){NUMBER_AFTER}"), 0),
    # "in 751", "by 1072", "in the year 2182": a year outside 1500-2099 only where a
    # word before says it is one, and no plural after says it counts ("in 300 ships").
    ("year", re.compile(r"(?:(?<=\b[Ii]n )|(?<=\b[Ss]ince )|(?<=\b[Uu]ntil )|(?<=\b[Bb]y )|(?<=\b[Ff]rom )"
                        r"|(?<=\baround )|(?<=\bc\. )|(?<=\bthe year ))(?:[5-9]\d\d|1[0-4]\d\d|2[1-9]\d\d)"
                        rf"{NUMBER_AFTER}(?! [a-z]+s\b)(?!,\d)"), 0),
    ("count", COUNT, 1),
    # "70,900 km", "1.4 g", "39.1 km/h": a measure whose unit is abbreviated.
    ("count", re.compile(rf"{NUMBER_BEFORE}{AMOUNT}(?: (?:thousand|million))? ?"
                         rf"(?:{'|'.join(sorted(UNIT_WORDS, key=len, reverse=True))})"
                         r"(?![\w/²³])"), 0),
    # "A crowd of 14,386", "an attendance of 11,200": a count whose noun comes first.
    ("count", re.compile(rf"\b(?:crowd|attendance|audience|gate) of ({NUMBER})\b{NUMBER_AFTER}"), 1),
    # "won 6-4 7-5 6-4", "beat them 2-1", "won 2-24 to 1-25" (goals-points, as hurling
    # counts): a score, each set or half a pair of small numbers; a judged sport's
    # "17.93 to 15.40".
    ("score", re.compile(
        r"(?<![\w.-])\d{1,2}[-–]\d{1,2}(?: to \d{1,2}[-–]\d{1,2}(?![\w-]))?(?: \(\d{1,2}[-–]\d{1,2}\))?"
        r"(?: \d{1,2}[-–]\d{1,2}(?: \(\d{1,2}[-–]\d{1,2}\))?){0,4}(?![\w-]|\.\d)"
        r"|(?<![\w.])\d{1,2}\.\d{2} to \d{1,2}\.\d{2}(?![\w.]|\.\d)"), 0),
    # "at 8:02 of the first period", "in 5:31:07" (a race time, whole); not a heat's
    # "17.93", whose minutes would pass 59.
    ("time", re.compile(
        r"\b(?:the )?(\d{1,3}(?:st|nd|rd|th) minute)\b"
        r"|(?<![\d:.])(\d{1,2}:\d{2}:\d{2})(?![\d:])"
        # "1pm." ends its sentence: the stop is the sentence's, "p.m." keeps its own.
        r"|(?<![\d:.])\b(\d{1,2}[.:][0-5]\d ?(?:[ap]\.m\.|[ap]m)?)(?![\w:]|\.\d)|\b(\d{1,2} ?(?:[ap]\.m\.|[ap]m))(?!\w)"), None),
    # "peaked at No. 10": a chart position.
    ("chart", re.compile(r"\b(?:peaked|peaking|reached|hit|debuted|entered [\w ]{0,25}?charts?) at "
                         r"(No\. \d{1,3})\b"), 1),
    ("ordinal", re.compile(
        r"\b(?:finish(?:ed|es)?|placed?|came|ranked|ended|seeded) "
        r"(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
        r"tenth|last)\b"), 1),
]
