"""A count asked as "how many": "At least 431 people died" -> "How many people
died?", "Tidewright makes about 9,000 kayaks a year" -> "How many kayaks does
Tidewright make a year?"."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from quiz.authoring.drafting.amounts import COUNT
from quiz.authoring.drafting.insitu import ASIDE, FINAL_PUNCTUATION
from quiz.authoring.drafting.span import Clause
from quiz.authoring.drafting.subjects import lower_first, plausible_subject
from quiz.authoring.drafting.verbs import MODALS, do_support, participle, verb_index
from quiz.authoring.drafting.words import AUXILIARIES, NUMBER


_WHEN_OPENER = re.compile(r"((?:In|On|By|During) (?:(?:early|late|mid) )?[A-Z]?[\w-]+(?: \d{4})?,? )(.*)")
_APPROXIMATELY = re.compile(
    r"(?:[Aa]t least|[Aa]t most|[Aa]bout|[Aa]round|[Rr]oughly|[Nn]early|[Aa]lmost|[Ss]ome|[Oo]ver"
    r"|[Mm]ore than|[Ff]ewer than|[Ll]ess than|[Uu]p to|[Jj]ust|[Oo]nly|[Aa]n estimated) $")


def how_many(clause: Clause, kind: str) -> str | None:
    """"Six people were hurt" -> "How many people were hurt?"; "It has 8 rooms" likewise."""
    if kind != "count":
        return None
    text, start = clause.text, clause.start
    match = COUNT.match(text, start)
    if match is None:
        return None
    noun, tail = match.group(2), FINAL_PUNCTUATION.sub("", text[match.end():])
    # "110 men, women and children": the count is of all three.
    several = re.match(r", [a-z]+,? (?:and|or) [a-z]+\b", tail)
    if several:
        noun, tail = noun + several.group(), tail[several.end():]
    # "2,000 people were killed and some 9,000 injured": the second count is not asked.
    tail = re.split(rf",? and (?:some |about |around |nearly |perhaps |more than |over |almost )?(?:{NUMBER})\b",
                    tail, maxsplit=1)[0]
    head = _APPROXIMATELY.sub("", text[:start])  # "At least 431 people died": how many died
    # "In late April about 6,000 French soldiers marched…": when goes after the question.
    when = _WHEN_OPENER.fullmatch(head)
    if when:
        head = _APPROXIMATELY.sub("", head[when.end(1):])
    if not head:
        # "17,700 men including Eritrean askari, marched…" asks of the men; "1.5 metres
        # long, steel blue…" has no verb to ask by.
        tail = re.sub(r"^,? including [^,]*,", "", tail)
        tail = _before_aside(tail)  # "…the Gulf of Patras, off western Greece"
        words = tail.split()
        # "1,300 men of the British force died", "6,000 soldiers under General Lorencez
        # marched": whose men, whose soldiers, before the verb.
        at = verb_index(words, 0)
        owned = at is not None and 0 < at <= 6 and words[0] in ("of", "under", "from")
        ending = f" {lower_first(when.group(1).strip(' ,'))}" if when else ""
        return f"How many {noun}{tail}{ending}?" if at == 0 or owned else None
    owner = re.fullmatch(r"(.+) ([a-z]+) ", head)
    tail = ASIDE.split(tail, maxsplit=1)[0]
    if (owner is None or owner.group(1).split()[-1] in AUXILIARIES | MODALS
            or re.search(r"(?:^(?:At|In|On|By|During|After|Before|From|Since|Until|Then)|\b(?:in|on|by)"
                         r" \d{4}\b)", owner.group(1))
            or not plausible_subject(owner.group(1)) or re.search(r"[“”\"]", tail)
            or re.match(r" ([a-z]+)", tail) and (participle(tail.split()[0]) or tail.split()[0] == "of")
            or re.fullmatch(r" (?:tall|long|high|wide|deep|old|away)", tail)):
        # "owns 14 brands sold in 30 countries", "held 121.6 grams of rock": what follows is
        # the count's own; "stands 1.4 metres tall" asks how tall.
        return None
    # "Tidewright makes about 9,000 kayaks a year" -> "How many kayaks does Tidewright
    # make a year?"; "It has 8 rooms" likewise.
    verb = {"has": "does have", "have": "do have", "had": "did have"}.get(owner.group(2)) or do_support(owner.group(2))
    if verb is None or " " not in verb:
        return None
    helper, base = verb.split()
    return f"How many {noun} {helper} {lower_first(owner.group(1))} {base}{tail}?"


def _before_aside(text: str) -> str:
    """The text up to its first aside; "on a cold, bright afternoon" is none."""
    for comma in ASIDE.finditer(text):
        adjective = re.match(r"([a-z]+) [a-z]+", text[comma.end():])
        if not (adjective and "ADJ" in getAllLemmas(adjective.group(1))
                and re.search(r"\b(?:a|an|the) [a-z]+$", text[:comma.start()])):
            return text[:comma.start()]
    return text
