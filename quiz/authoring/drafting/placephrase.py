"""Where a place stands in a sentence and how a question asks for it there: "in
Tehran" -> "where", "moved to Florence" -> "moved to which city"."""

from __future__ import annotations

import re
from itertools import takewhile

from quiz.authoring.drafting.entities import PHRASE_FOLLOWERS
from quiz.authoring.drafting.places import place_noun
from quiz.authoring.drafting.span import Clause
from quiz.authoring.drafting.verbs import finite_verb, is_noun, verb_index
from quiz.authoring.drafting.words import NAME_WORD


def phrase_end(text: str, end: int, kind: str) -> int | None:
    """Where that phrase ends; None when cutting it would leave a broken sentence."""
    if kind != "place":
        return end
    after = text[end:]
    country = re.match(rf", {NAME_WORD}(?=[,.;!?]|$)", after)
    if country:
        return end + country.end()
    following = re.match(r" ([\w’']+)", after)
    if not after.strip() or after[0] in ",.;:!?" or (
            following and following.group(1).lower() in PHRASE_FOLLOWERS) or re.match(
            r" (?:around|about|c\.) \d{3,4}\b", after):  # "died in Cairo around 1040"
        return end
    return None


def place_phrase(clause: Clause) -> tuple[int, int, str] | None:
    """"in Tehran" -> "where"; "moved to Florence" -> "moved to which city"; "its Dayton
    plant" -> "its plant in which city"."""
    text, start, end = clause.text, clause.start, clause.end
    before, after = text[:start], text[end:]
    noun = place_noun(clause.answer)
    # "the Basel chess championship" -> "the chess championship in which city".
    nouns = " ".join(takewhile(is_noun, re.match(r"(?: [a-z]+\b(?![-’']))*", after).group().split()))
    if (noun and nouns and re.search(r"\b(?:a|an|the|its|his|her|their) $", before)
            and not after[len(nouns) + 1:].startswith(" of ")  # "the Paris prefect of police"
            # "the Honolulu playwright Leilani Kahale", "the Honolulu lawyer who led…"
            and not re.match(r" (?:[A-Z]|who\b|which\b|that\b)", after[len(nouns) + 1:])
            and verb_index(before.split(), 0) is not None):
        return start, end + len(nouns) + 1, f"{nouns} in which {noun}"
    lead = re.search(r"\b(?:in|at|near) $", before)
    finish = phrase_end(text, end, "place") if lead else None
    if finish is not None:
        return lead.start(), finish, "where"
    # "moved to", "drifting to", "reached", "the outskirts of": where somebody went.
    went = re.search(r"\b([a-z]+) (?:(?:back|on|out|down|up|home|away|off|over|across|through|"
                     r"north|south|east|west|inland|ashore) )?to $", before)
    # "took the painting by train to Florence": a verb of going, a few words back.
    # Not "the Sydney to Hobart yacht race": a name that a noun goes on from.
    following = re.match(r" ([a-z]+)\b", after)
    carried = (noun in ("city", "country", "state", "province") and _GOING.search(before[-60:])
               and not (following and is_noun(following.group(1)) and not finite_verb(following.group(1))
                        and following.group(1) not in ("in", "on", "at", "for", "from", "to", "with", "by")))
    if noun and (went and (finite_verb(went.group(1)) or went.group(1).endswith("ing") or carried)
                 or carried and re.search(r"\b(?:to|for) $", before)  # "moved from Prague to Vienna"
                 or re.search(rf"\b(?:{_PARTS_OF}) of $|\b(?:reached|visited|left|from) $", before)):
        return start, end, f"which {noun}"  # "moved to which city", "a district of which city"
    governed = re.search(
        r"\b(?:of|to|into|across|through|towards?|against|invaded|conquered|annexed|ruled|up) $", before)
    if (noun in ("country", "state", "province") and governed and not re.match(r" [a-z]+\b", after)
            and not re.search(r", \w+ $", before) and verb_index(before.split(), 1) is not None):
        # "the first constitutional president of Bolivia" -> "of which country"; a city's
        # name is also a street's, a village's, a church's, and only a movement says which.
        return start, end, f"which {noun}"
    return None


_GOING = re.compile(r"\b(?:took|sent|sailed|marched|travel(?:l)?ed|moved|flew|returned|came|went|"
                    r"brought|carried|drove|rode|walked|fled|escaped|emigrated|shipped|"
                    r"transferred|deported|exiled|evacuated|headed|set off|set out)\b[^,;]*$")


_PARTS_OF = ("district|suburb|suburbs|outskirts|coast|capital|centre|center|heart|north|south|east|"
             "west|edge|port|streets|region|province|state|county")
