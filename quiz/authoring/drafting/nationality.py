"""Nationalities asked for: "of Polish descent", "posing as a Canadian film crew",
"The Czech left-hander, …" after the article named her."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lemminflect import getAllLemmas

from quiz.authoring.drafting.clauses import clause_of
from quiz.authoring.drafting.mentions import Sentence
from quiz.authoring.drafting.insitu import ASIDE, FINAL_PUNCTUATION
from quiz.authoring.drafting.shortening import MAX_ASK_WORDS
from quiz.authoring.drafting.verbs import finite_verb, is_noun, names_a_person
from quiz.authoring.drafting.words import NAME_PARTICLE, NATIONALITIES

DEMONYMS = frozenset(NATIONALITIES) | {f"{word}s" for word in NATIONALITIES if not word.endswith(("s", "sh", "ch", "se"))}
_DEMONYM = re.compile(r"\b(" + "|".join(sorted(NATIONALITIES, key=len, reverse=True)) + r")\b")
_ORIGIN = frozenset("descent origin origins ancestry heritage extraction birth".split())
# "The 23-year-old Swede, seeded fifth, broke…": who she is, after the article named her.
# "Friedrich Welwitsch, an Austrian botanist": a name, then what it is.
_NAMED_AS = re.compile(rf"(?<![\w’'-])((?:[A-Z][\w’'-]*\s(?:{NAME_PARTICLE}\s)?)*[A-Z][\w’'-]*), (?:a|an) $")
_OPENING = re.compile(r"(?:The|A|An) (?:[\w-]+ ){0,2}?$")


def nationality_facts(sentence: Sentence) -> Iterator[tuple[int, int, str, str, tuple[str, ...]]]:
    """(start, end, answer, ask, accept) for each nationality a question can ask for."""
    text = sentence.text
    for match in _DEMONYM.finditer(text):
        start, end = match.span()
        if text[end:end + 1] == "-" or text[start - 1:start] == "-" and start:
            continue  # "Indian-American": one nationality, neither half of it
        word = match.group()
        adjective = NATIONALITIES[word]
        accept = (word,) if word != adjective else ()
        ask = _ask(sentence, start, end)
        if ask and len(ask.split()) <= MAX_ASK_WORDS:
            yield start, end, adjective, ask, accept


def _ask(sentence: Sentence, start: int, end: int) -> str | None:
    text = sentence.text
    after = text[end:]
    if _OPENING.fullmatch(text[:start]) and re.match(r"(?: [a-z-]+)?,", after) and sentence.referent:
        return f"What nationality is {sentence.referent}?"
    for name in sentence.names:
        between = text[end:name.start].split()
        if (name.start > end and re.fullmatch(r" (?:[a-z-]+ ){1,2}", text[end:name.start])
                and names_a_person(f"a {' '.join(between)}")
                and between[-1] not in ("of", "in", "at", "for", "from", "to", "on", "with", "by")
                and not any(finite_verb(w) and not is_noun(w) for w in between)
                and not re.match(r"['’]s\b", text[name.end:])):
            # "the Norwegian film-maker Lars Eide"; not "the Scottish actor plays
            # Kaʻiulani's father", "the Australian thriller Tide Pool", nor "the British
            # governor of Uganda" (a country is of no nationality).
            return f"What nationality is {name.plain}?"
    clause = clause_of(text, start, end, sentence.referent, sentence.thing, sentence.creature)
    head, tail = clause.text[:clause.start], clause.text[clause.end:]
    if re.search(r"[“”\"]", clause.text) or not head or head.split()[0].lower() in ("he", "she", "it", "they"):
        return None
    noun = re.match(r" ([a-z]+)", tail)
    if re.search(r"\bof $", head) and noun and noun.group(1) in _ORIGIN:
        rest = _rest(tail[noun.end():])
        return f"{head}what {noun.group(1)}{rest}?" if _has_verb(head) else None
    plain = re.fullmatch(rf"((?:(?:[A-Z][\w’'-]*|{NAME_PARTICLE})\s){{1,5}})(?:\([^()]*\) )?(is|was) (?:a|an) ",
                         head)
    if plain and (sentence.referent and plain.group(1).split()[-1] in sentence.referent.split()
                  or names_a_person(f"a{tail}")):
        # "Tomas Varga was a Hungarian painter of river scenes", "Santiago Ramón y Cajal
        # (1852 – 1934) was a Spanish neuroscientist": what he was, of the article's
        # person or of one whose noun names a person ("The Thames is an English river").
        return f"What nationality {plain.group(2)} {plain.group(1).strip()}?"
    named = _NAMED_AS.search(head)
    if named and names_a_person(f"a{tail}"):
        # "…described by Friedrich Welwitsch, an Austrian botanist and physician": the
        # aside says who he was.
        tense = "was" if re.search(r"\b(?:was|were|had)\b|[a-z]ed\b", head) else "is"
        return f"What nationality {tense} {named.group(1)}?"
    article = re.search(r"\b(a|an) $", head)
    words = tail.split()
    count = next((i for i, w in enumerate(words[:4]) if not _noun(w)), len(words[:4]))
    if not (article and 0 < count < 4) or words[count - 1][-1:] not in ("", *",.;") and (
            words[count:count + 1] in (["and"], ["or"])):
        return None  # "a Soviet composer and pianist": the nationality is both's
    lead = head[:article.start()]
    phrase = " ".join(words[:count]).rstrip(",.;")
    rest = _rest(tail[tail.index(phrase) + len(phrase):])
    article = "an" if phrase[:1] in "aeiou" else "a"  # "a Swiss astronomer" -> "an astronomer"
    ask = f"{lead}{article} {phrase} of what nationality{rest}?"
    return ask[:1].upper() + ask[1:] if _has_verb(lead) else None


def _noun(word: str) -> bool:
    """A noun of the phrase: "crew." ends one, whatever else "crew" can be."""
    bare = word.rstrip(",.;")
    return is_noun(bare) or bare != word and "NOUN" in getAllLemmas(bare)


def _rest(tail: str) -> str:
    return ASIDE.split(FINAL_PUNCTUATION.sub("", tail), maxsplit=1)[0]


def _has_verb(head: str) -> bool:
    return any(finite_verb(w) for w in head.split()[1:])
