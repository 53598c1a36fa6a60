"""A name an article defines by what it did: "Lapu-Lapu, the chieftain who defeated
Magellan" -> "Which chieftain defeated Magellan?", the question a quiz writer makes of
an aside that says who or what someone is; and a person said by a post, before the
name ("the Governor, Lord Glasgow, signed…") or after it ("…, and the Portuguese
striker sent the penalty…")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.authoring.drafting.entities import NameBook
from quiz.authoring.drafting.mentions import Sentence, text_before
from quiz.authoring.drafting.patterns import Found
from quiz.authoring.drafting.verbs import finite_verb, is_noun, names_a_person
from quiz.authoring.drafting.words import AUXILIARIES, COMMON, DEMONYM_PEOPLE, ROLES, TITLES

# ", the old Roman street that runs through the historic centre": up to three words
# before the noun, and a relative clause up to the aside's end.
_DEFINED = re.compile(
    r",? (?:the|a|an) ((?:[A-Za-z][\w-]* ){0,3}?)([a-z][\w-]*) (who|that|which) "
    r"([^,;:()“”\"]+?)(?=[,;:)]|\.?$)")
# Words after which "which relief keeper…" no longer reads: "which first woman",
# "which only yokozuna" need the sentence's own order.
_RANKED = re.compile(r"^(?:first|only|last|next|second|third|same|other|[a-z]+est)$|'s$|’s$")
# A clause that begins with these still has its verb next: "who later became".
_ADVERBS = frozenset("later once first also still then now soon briefly famously".split())
# Words that point outside the aside: "the customs officer who falls for her" is about
# someone the question would not name.
_POINTERS = frozenset("he she they him them it we us you me i this these those here there".split())
# Below a name's other questions: the aside asks the name where nothing else does.
_SCORE = 40
# A name that ends a longer one: "Company of Cutlers in " before "Hallamshire".
_OF_NAME = re.compile(r"[A-Z][\w'’-]* (?:of|in|for|de|del|la|and)(?: the)? $")


def defined_facts(sentence: Sentence, book: NameBook) -> Iterator[Found]:
    """"Via dei Tribunali, the old Roman street that runs through the historic centre" ->
    "Which old Roman street runs through the historic centre?"."""
    text = sentence.text
    for name in sentence.names:
        if name.text != name.plain:
            continue
        match = _DEFINED.match(text, name.end)
        if match is None:
            continue
        modifiers, noun, relative, clause = match.groups()
        if not is_noun(noun) or any(_RANKED.match(w) for w in modifiers.split()):
            continue
        if not acted(clause.split()):
            continue
        known = book.kind(name.plain)
        person = relative == "who" or names_a_person(f"the {noun}")
        if known == "person" and not person:
            continue  # "with Otto Hahn, a partnership that lasted…": the aside is of the work
        if _OF_NAME.search(text_before(text, name.start)):
            continue  # "the Company of Cutlers in Hallamshire, the guild that…": the whole name's
        # "the Little Mesters, the craftsmen who…": a guild, whose wrong options are bodies.
        kind = known if known not in (None, "title") else "person" if person else noun
        yield Found(kind, name.start, name.end, _SCORE, f"Which {modifiers}{noun} {own(clause)}?")


# "…, said Mariela Ferraro, 44, who has run the company since 2019": what the person
# did, in a relative clause after the name (and an age).
_WHO_AFTER = re.compile(r"(?:, (?:aged )?\d{1,3})?, who ([^,;:()“”\"]+?)(?=[,;:)]|\.?$)")


def relative_facts(sentence: Sentence, book: NameBook) -> Iterator[Found]:
    """"John Desmond Bernal, who had taken the first X-ray photographs of a protein
    crystal" -> "Who had taken the first X-ray photographs of a protein crystal?"."""
    text = sentence.text
    for name in sentence.names:
        match = _WHO_AFTER.match(text, name.end)
        if (match is None or book.kind(name.plain) != "person" or name.text != name.plain
                or name.plain in DEMONYM_PEOPLE):  # "the 27-year-old Swede, who rides for…"
            continue
        clause = own(match.group(1))
        words = clause.split()
        # "Jacques Boivin, who ran Sucrerie Boivin": the clause must not give the name away.
        if (acted(words) and name.plain.split()[-1] not in clause
                and not re.search(r"\b(?:he|she|him|his|her|they|them|their|it|its)\b", clause)):
            # Below a question the main clause asks of the same person.
            yield Found("person", name.start, name.end, _SCORE - 5, f"Who {clause}?")


# "when the Governor, Lord Glasgow, signed the Electoral Act": the post before the name.
_POST_BEFORE = re.compile(r"\b[Tt]he ((?:[a-z][\w-]* ){0,2}?)([A-Za-z][a-z]+), $")
_DID_AFTER = re.compile(r", ([^,;:()“”\"]+?)(?=[,;:)]|\.?$)")


def posted_facts(sentence: Sentence, book: NameBook) -> Iterator[Found]:
    """"…when the Governor, Lord Glasgow, signed the Electoral Act into law" ->
    "Which Governor signed the Electoral Act into law?"."""
    text = sentence.text
    for name in sentence.names:
        post = _POST_BEFORE.search(text, max(0, name.start - 60), name.start)
        # "the defending champion, Brighton Chirwa of Zimbabwe, held on": where he is from
        # is his, not what he did.
        end = name.end + len(re.match(r"(?: of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?", text[name.end:]).group())
        did = _DID_AFTER.match(text, end) if post else None
        if did is None or book.kind(name.plain) != "person" or name.text != name.plain:
            continue
        modifiers, noun = post.groups()
        if not (noun in ROLES or noun.lower() in ROLES or noun in TITLES or noun.lower() in TITLES):
            continue
        if any(_RANKED.match(w) for w in modifiers.split()) or not acted(did.group(1).split()):
            continue
        yield Found("person", name.start, name.end, _SCORE, f"Which {modifiers}{noun} {own(did.group(1))}?")


# "…, and the Portuguese striker sent the penalty into the top corner": the sentence's
# subject, said again by what he is.
_EPITHET = re.compile(r", and the ((?:[A-Z][a-z]+ |[a-z][\w-]* ){0,2}?)([a-z]+) ([^,;:()“”\"]+?)(?=[,;:)]|\.?$)")


def epithet_facts(sentence: Sentence, book: NameBook) -> Iterator[Found]:
    """"Luis Ferreira was brought down by Sam Whitfield, and the Portuguese striker sent
    the penalty into the top corner" -> "Who sent the penalty into the top corner?"."""
    text = sentence.text
    subject = next((n for n in sentence.names if n.start == 0), None)
    if subject is None or book.kind(subject.plain) != "person":
        return
    for match in _EPITHET.finditer(text, subject.end):
        noun, clause = match.group(2), own(match.group(3))
        if noun in ROLES and not any(_RANKED.match(w) for w in match.group(1).split()) and acted(
                clause.split()) and not re.search(r"\b(?:he|she|his|her|him)\b", clause):
            yield Found("person", subject.start, subject.end, _SCORE + 10, f"Who {clause}?")
            return


def own(clause: str) -> str:
    """The clause without a next one that has its own subject: "signed the Act into law
    and New Zealand became…" -> "signed the Act into law"."""
    return re.split(r" (?:and|but) (?=[A-Z]|(?:the|a|an) [a-z]+ [a-z]+(?:s|ed)\b)", clause, maxsplit=1)[0]


def acted(words: list[str]) -> bool:
    """Does the relative clause say what its noun did, whole and about nobody else:
    "defeated the Portuguese explorer Ferdinand Magellan on Mactan in 1521", not
    "a rival had built" (an object's clause) nor "falls for her"?"""
    if len(words) < 2:
        return False
    at = 1 if words[0] in _ADVERBS else 0
    if not (words[at] in AUXILIARIES or finite_verb(words[at])):
        return False
    for index, word in enumerate(words):
        if word.lower() in _POINTERS:
            return False
        after = words[index + 1] if index + 1 < len(words) else None
        if word == "her" and (after is None or after in COMMON):
            return False  # "her" as an object, someone else
    return True
