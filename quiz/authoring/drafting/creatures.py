"""An article about one species says "it", "its" and "they" of it long after naming it:
"The axolotl (Ambystoma mexicanum) …. In 1864 the zoologist Auguste Duméril bred
them" is asked "Which zoologist bred axolotls?"."""

from __future__ import annotations

import re
from collections import Counter

from lemminflect import getAllLemmas, getInflection

from quiz.authoring.drafting.mentions import Sentence
from quiz.authoring.drafting.span import Clause
from quiz.authoring.drafting.words import ORG_WORDS, PLACE_WORDS

# "The axolotl (Ambystoma mexicanum)", "the Arctic tern (Sterna paradisaea)".
_COMMON_NAME = re.compile(
    r"\b(?:[Tt]he|an?) ((?:[A-Z][a-z]+ )?[a-z]+(?: [a-z]+)?) \(([A-Z][a-z]+) [a-z]{3,}\)")
# "Welwitschia mirabilis has only two leaves": a sentence that opens with the binomial.
_BINOMIAL = re.compile(r"([A-Z][a-z]{3,}) ([a-z]{4,}(?:us|um|a|is|ae|i|es|ensis))\b")
_OFTEN = 3  # times the article says its name: once in passing is no topic
_PRONOUN = re.compile(r"\b(It|it|Its|its|They|they|them|Their|their)\b")
# "The species was first described…": what the article calls it once named.
_CALLED = re.compile(r"\b[Tt]he (?:species|plant|animal|bird|fish|tree|creature)\b")


def creature_of(all_sentences: list[Sentence]) -> tuple[str, str] | None:
    """(singular, plural) the article's species is said by ("the axolotl", "axolotls"),
    the plural empty when the article names it by its binomial alone; None when the
    article is not about one species."""
    text = " ".join(s.text for s in all_sentences)
    for sentence in all_sentences[:12]:
        match = _COMMON_NAME.search(sentence.text)
        if match and len(re.findall(rf"\b{re.escape(match.group(1).split()[-1])}", text,
                                    re.IGNORECASE)) >= _OFTEN:
            name = match.group(1)
            head = name.split()[-1]
            plural = getInflection(head, tag="NNS")
            return f"the {name}", f"{name[:-len(head)]}{plural[0]}" if plural else ""
        binomial = _BINOMIAL.match(sentence.text)
        if (binomial and not getAllLemmas(binomial.group(2))
                and len(re.findall(rf"\b{binomial.group(1)}\b", text)) >= _OFTEN):
            return binomial.group(), ""
    return _called_animal(all_sentences, text)


# "why the okapi, Africa's shyest large mammal, …": a piece names its animal so.
_ANIMAL_WORDS = r"(?:mammal|animal|species|bird|fish|reptile|amphibian|insect|plant|tree|creature)s?"


def _called_animal(all_sentences: list[Sentence], text: str) -> tuple[str, str] | None:
    """The animal a piece with no binomial in brackets is about: the plain noun its
    opening calls an animal and the piece says "the …" of most."""
    opening = " ".join(s.text for s in all_sentences[:6])
    # "the desert shrew" before "the okapi": the longer name is the likelier one.
    said = [*re.findall(r"\b[Tt]he ([a-z]{3,} [a-z]{3,})\b", text), *re.findall(r"\b[Tt]he ([a-z]{3,})\b", text)]
    counts = Counter(said)
    often = [n for n in counts if counts[n] >= _OFTEN]
    for noun in sorted(often, key=lambda n: (-(" " in n), -counts[n]))[:6]:
        if not re.search(
                rf"\b[Tt]he {noun}(?:, (?:[\w'’-]+ ){{0,4}}|(?: is| was| looks like)? (?:a|an|the) "
                rf"(?:[\w'’-]+ ){{0,3}}){_ANIMAL_WORDS}\b", opening):
            continue
        head = noun.split()[-1]
        plural = getInflection(head, tag="NNS")
        return f"the {noun}", f"{noun[:-len(head)]}{plural[0]}" if plural else ""
    return None


def mark(all_sentences: list[Sentence], creature: tuple[str, str] | None) -> None:
    """Say which sentences' pronouns are the species': "it" in a paragraph that has
    named it (or called it "the species") before, where "it" names nothing else; "they"
    only just after the plural itself, not after a few of them ("The smallest sharks
    carried the signal, so they were born…")."""
    if creature is None:
        return
    singular, plural = creature
    head = singular.split()[-1].lower()
    many = re.compile(rf"(?:^|\d |\b(?:and|of) )(?:[A-Z][a-z]+ )?{re.escape(plural.split()[-1])}\b"
                      if plural else r"(?!)", re.IGNORECASE)
    paragraph, named, they, other = -1, False, False, False
    for sentence in all_sentences:
        if sentence.paragraph != paragraph:
            paragraph, named, they = sentence.paragraph, False, False
        lowered = sentence.text.lower()
        pronoun = re.search(r"\b(?:they|them)\b", lowered)
        # "Arctic terns breed in the Arctic. They spend the winter…": the plural said last.
        they = bool(pronoun and (
            many.search(sentence.text[:pronoun.start()])
            or they and pronoun.start() == 0 and not re.search(r"\b(?:the|these|those) [a-z]+s\b",
                                                               sentence.text[:pronoun.start()])))
        # "Its genome was sequenced in 2019" opening a paragraph: the species', which
        # nothing before it in the paragraph could be.
        here = (head in lowered[:pronoun.start()] if pronoun else head in lowered) or bool(
            re.match(r"(?:It|Its) ", sentence.text))
        # "…around the Okapi Wildlife Reserve, which was set up in 1992. UNESCO made it a
        # World Heritage Site": an "it" inside a sentence may be a place the last one named.
        inside = re.search(r"(?<!^)\b(?:it|its)\b", sentence.text) and not re.match(r"(?:It|Its) ", sentence.text)
        if not sentence.furniture and sentence.thing is None and (here or named and (
                not inside or not other)):
            sentence.creature = (singular, plural if they else "")
        other = any(w in PLACE_WORDS or w in ORG_WORDS for w in re.findall(r"(?<=[a-z] )[A-Z][a-z]+", sentence.text))
        named = named or head in lowered or bool(_CALLED.search(sentence.text))
        they = bool(many.match(sentence.text)) or they and sentence.text.startswith("They ")


def said_of(clause: Clause, creature: tuple[str, str] | None) -> Clause:
    """The clause with the species' pronouns said by its name, outside the answer."""
    if creature is None:
        return clause
    singular, plural = creature
    # Only the first: "Hooker gave it its formal name" -> "gave Welwitschia mirabilis its
    # formal name", the name said once.
    for match in _PRONOUN.finditer(clause.text):
        if clause.start < match.end() and match.start() < clause.end:
            continue
        word = match.group().lower()
        if word in ("they", "them") and not plural:
            return clause
        name = {"it": singular, "its": f"{singular}'s", "their": f"{singular}'s"}.get(word, plural)
        end = match.end()
        if word in ("its", "their") and re.match(r" [A-Z]", clause.text[end:]):
            # "Their Operation Oryx", "Its Arabian Oryx Sanctuary": a name is no animal's
            # (its people's, its state's), and says itself without the owner.
            name, end = "", end + 1
        if match.start() == 0:
            name = name[:1].upper() + name[1:]
        shift = len(name) - (end - match.start()) if match.start() < clause.start else 0
        text = clause.text[:match.start()] + name + clause.text[end:]
        return Clause(text, clause.start + shift, clause.end + shift)
    return clause


def as_species(ask: str, answer: str, creature: tuple[str, str] | None) -> str:
    """"What is the species listed as?" in a piece about the coconut crab: "the species",
    which means nothing out of its article, said by the species' name."""
    called = re.search(r"\b[Tt]he species\b", ask)
    if creature is None or called is None or creature[0].lower() in ask.lower() or answer in creature:
        return ask
    name = creature[0] if called.start() else creature[0][:1].upper() + creature[0][1:]
    return f"{ask[:called.start()]}{name}{ask[called.end():]}"
