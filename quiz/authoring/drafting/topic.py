"""What an article is about, so that "the series" or "the band" in a question, which
means nothing out of its paragraph, can be said by name: "Who wrote Chernobyl?"."""

from __future__ import annotations

import re
from collections import Counter

from quiz.authoring.drafting.entities import NameBook, Sentence

# Nouns an article calls its subject by, once it has named it.
_CALLED = frozenset("""
series miniseries show drama film movie documentary docuseries biopic band group album book
novel memoir play musical opera mission asteroid comet probe spacecraft club team expedition
ship tournament festival exhibition treaty programme program podcast game
""".split())
_LONGEST = 600
_PLURAL = {f"{noun}s": noun for noun in _CALLED} | {"series": "series"}
# Nouns one thing goes by: a drama is also "the series" and "the show".
_FAMILIES = ("series miniseries show drama docuseries", "film movie biopic documentary",
             "band group", "book novel memoir")
_FAMILY = {noun: set(family.split()) for family in _FAMILIES for noun in family.split()}


def topic_of(all_sentences: list[Sentence], book: NameBook) -> tuple[str, frozenset[str]] | None:
    """The name a headline or lead gives and the article names most (three times at
    least), not a person's, with the nouns the article calls it by: those whose
    nearest name it is ("Few bands … as Fleetwood Mac"; not "NASA's OSIRIS-REx
    mission"); None when there is no such name."""
    counts = Counter(n.plain for s in all_sentences for n in s.names)
    called: dict[str, set[str]] = {}
    for sentence in all_sentences:
        if len(sentence.text) > _LONGEST:
            continue  # a sentence of thousands of names would cost their square
        for match in re.finditer(r"\b[a-z]+\b", sentence.text):
            noun = _PLURAL.get(match.group(), match.group())
            if noun not in _CALLED or not sentence.names:
                continue
            nearest = min(sentence.names, key=lambda n: abs(n.start - match.start()))
            kind = book.kind(nearest.plain)
            # "the streaming service Skylark" is no drama, and Dayton no band.
            if abs(nearest.start - match.start()) < 80 and (
                    kind is None or kind in ("title", "work", "organization", "event")
                    or kind in _FAMILY.get(noun, {noun})):
                called.setdefault(nearest.plain, set()).update(_FAMILY.get(noun, {noun}))
    lead = [n.plain for s in all_sentences[:4] for n in s.names
            if counts[n.plain] >= 3 and book.kind(n.plain) != "person" and n.plain in called]
    if not lead:
        return None
    topic = max(lead, key=lambda name: counts[name])
    return topic, frozenset(called[topic])


def named(ask: str, answer: str, topic: tuple[str, frozenset[str]] | None) -> str:
    """The question with "the (five-part) miniseries" said as the topic's name."""
    if topic is None or topic[0] in answer or answer in topic[0]:
        return ask
    name, nouns = topic
    # Not "the asteroid Apophis": a noun before a name is that name's.
    pattern = re.compile(rf"\b([Tt])he (?:[\w-]+ )?({'|'.join(sorted(nouns))})\b(['’]s)?"
                         r"(?! [A-Z“\"]| (?:that|who|which)\b)")
    match = pattern.search(ask)
    if match is None or name in ask:
        return ask
    said = name + (match.group(3) or "")
    return ask[:match.start()] + said + ask[match.end():]
