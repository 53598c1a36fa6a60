"""A sentence cut down to the clause that holds an answer, ready to be asked about.

Journalism packs a fact into a long sentence: an aside in brackets, a title
after a name ("Jeff Lowe, Exotic's partner, took over"), an attribution ("…,
according to Nielsen"), a second clause. A question keeps only the clause the
answer stands in, with its subject, so that it reads short and whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lemminflect import getAllLemmas

from quiz.authoring.drafting.verbs import (
    base_form, do_support, finite_verb, is_noun, names_a_person, participle, past_tense,
    verb_index,
)
from quiz.authoring.drafting.places import place_noun
from quiz.authoring.drafting.words import COMMON

_PARENTHESES = re.compile(r"\s*\([^()]{0,120}\)")
# What the article says about where it heard a fact, not the fact.
_ATTRIBUTION = re.compile(
    r"(?:,?\s+(?:according to\b|as (?:the )?[\w .’']{1,40}? (?:reported|noted|put it)\b)"
    # A speaker after a comma: "In 2007 UNESCO added them" is a fact, not a source.
    r"|,\s+(?:he|she|they|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*) (?:said|says|told|added|wrote)\b)"
    r"[^.;]*(?=[.;!?]?$)"
    r"|,\s+(?:including|such as|among them|later|now)\b[^.;]*(?=[.;!?]?$)")
# Where one clause ends and the next begins.
_REPORTING = re.compile(r"(?:tells|told|shows|showed|recounts|recounted|describes|described|"
                        r"explains|explained|reveals|revealed) (?:how|that) ")
_CLAUSE_START = re.compile(
    r";\s+|(?<=[a-z]):\s+(?=[a-zA-Z])"
    # "…, it tells how six diplomats escaped": what it tells is a clause of its own.
    rf"|\b{_REPORTING.pattern}|,\s+(?:and|but|while|whereas|although|though|yet|so)\s+"
    r"|,\s+where\s+(?=(?:he|she|they|it|the|[A-Z])\b)"  # "…, where he studied with Steinberg"
    r"|,\s+(?=(?:which|who)\s|(?!including|according)[a-z]+ing\s)|\s+(?:and|but)\s+(?=(?:was|were|is|are|has|had|then)\b)")
_SAID = re.compile(
    r"((?:[A-Z][\w.&’'-]*\s?){1,5}?|the [a-z]+|[A-Z][a-z]+ [a-z]+ (?:[A-Z][\w’'-]*\s?){1,3})"
    r"\s?(?:later |also )?(?:said|says|announced|announces|confirmed|revealed|estimated|"
    r"reported|told [a-z]+|argued|claimed|believed)(?: on \w+| in \w+)?,?(?: that)? "
    r"(?:(it|he|she|they) )?(?=\w)")
_FINDING = re.compile(r"(?:A|An|The) [^,;]{3,80}? (?:estimates|estimated|suggests|suggested|"
                      r"shows|showed|finds|found|concludes|concluded|confirms|confirmed) that ")
# "…in the 89th minute as Castleford came from behind": a clause of its own.
_SUBORDINATE = re.compile(
    r"\s+(?:when|after|before|while|because|since|until|although|though|whereas|as)\s+"
    r"(?=(?:(?:the\s+|[a-z]+\s+(?=[A-Z]))?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
    r"|(?!(?:his|its|this|was|has|is|as|us)\b)[a-z]{3,}s)\s+([a-z]+)\b)")
_PREPOSITIONS = frozenset("by in on at to for as from with into near under".split())
# "…and never trailed": an adverb may stand before the second verb.
_ADVERB = r"(?:never|later|also|then|soon|still|eventually|finally|quickly|immediately) "
_AND_VERB = re.compile(rf"(?:\s+(?:and|but|then)|,)\s+(?=(?:{_ADVERB})?([a-z]+)\b)")
OPENERS = frozenset("""
in on at after before during by from since despite following within under over for
later then meanwhile eventually today now yet still however although though when while as
with without amid having once upon
""".split())
_RELATIVE = re.compile(r"(?:which|who)\s+")
_POSSESSIVES = frozenset({"his", "her", "their"})
PRONOUN_WORDS = frozenset("he she him her his hers it its they them their this these".split())


@dataclass(frozen=True)
class Clause:
    """A short clause and where the answer stands in it."""

    text: str
    start: int
    end: int

    @property
    def answer(self) -> str:
        return self.text[self.start:self.end]

    @property
    def words(self) -> int:
        return len(self.text.split())


def clause_of(text: str, start: int, end: int, referent: str | None = None,
              thing: str | None = None) -> Clause:
    """The clause of `text` around [start, end), asides and attributions gone."""
    clause = Clause(text, start, end)
    clause = _reported(clause)
    clause = _without(clause, _PARENTHESES)
    clause = _without(clause, _ATTRIBUTION)
    clause = _apposed(clause)
    clause = _participle_made_clause(clause)
    clause = _without_apposition(clause)
    clause = _own_clause(_leading_subordinate(clause))
    # "In January 1935, at a meeting of the Society in London, Eddington…": two lead-ins.
    clause = _without_apposition(_without_opener(_without_opener(clause)))
    clause = _without_reduced_relative(clause)
    return _resolved_it(_resolved(clause, referent), thing)


def _reported(clause: Clause) -> Clause:
    """"Halden Foods said on Monday it had agreed to buy…" -> "Halden Foods had agreed
    to buy…": what was said, with "it" or "he" as the speaker."""
    finding = _FINDING.match(clause.text)
    if finding and clause.start >= finding.end():
        # "A study … estimates that the shark can live…" -> "The shark can live…".
        rest = clause.text[finding.end():]
        text = rest[:1].upper() + rest[1:]
        shift = len(text) - len(clause.text)
        return Clause(text, clause.start + shift, clause.end + shift)
    match = _SAID.match(clause.text)
    if match is None or clause.start < match.end():
        return clause
    speaker, pronoun = match.group(1).strip(), match.group(2)
    lead = speaker if pronoun else ""
    rest = clause.text[match.end():]
    text = f"{lead} {rest}" if lead else rest[:1].upper() + rest[1:]
    shift = len(text) - len(clause.text)
    return Clause(text, clause.start + shift, clause.end + shift)


def _cut(clause: Clause, cut_start: int, cut_end: int) -> Clause:
    text = clause.text[:cut_start] + clause.text[cut_end:]
    shift = cut_end - cut_start
    start = clause.start - shift if clause.start >= cut_end else clause.start
    return Clause(text, start, start + (clause.end - clause.start))


def _without(clause: Clause, pattern: re.Pattern[str]) -> Clause:
    """The clause with every match of the pattern that misses the answer cut out."""
    for match in reversed(list(pattern.finditer(clause.text))):
        if match.end() <= clause.start or match.start() >= clause.end:
            clause = _cut(clause, match.start(), match.end())
    return clause


def _own_clause(clause: Clause) -> Clause:
    """Only the clause the answer stands in, lent the subject of the one before."""
    text = clause.text
    # A colon after a lower-case word starts a clause ("a closing title card: Johnson
    # died…"); after a capitalised one it is inside a title ("Narcos: Mexico").
    breaks = [m.span() for m in _CLAUSE_START.finditer(text) if not m.group().startswith(":")
              or re.search(r"(?:^|[^\w’'])[a-z][\w’']*$", text[:m.start()])]
    # "In 1936 she showed that the Earth has an inner core", asked for 1936: what she
    # showed stays with her verb.
    breaks = [(b, e) for b, e in breaks if not (_REPORTING.match(text, b) and b > clause.start)]
    # "…arrested in 1969 and spent five years…": a second verb, the same subject.
    # ", reached Bennu in 2018": a list of what one subject did, once it has done one.
    # ", aged 104" says how old, no second thing the subject did.
    breaks += [m.span() for m in _AND_VERB.finditer(text) if finite_verb(m.group(1))
               and m.group(1) != "aged" and (m.group().strip() != "," or verb_index(text[:m.start()].split()) is not None
                    and not _participle_phrase(text[m.end():]))]
    breaks += [m.span() for m in _SUBORDINATE.finditer(text) if finite_verb(m.group(1))]
    bounds = [(0, 0), *sorted(breaks), (len(text), len(text))]
    previous = 0
    for (_, begin), (finish, _) in zip(bounds, bounds[1:]):
        if begin <= clause.start and clause.end <= finish:
            break
        previous = begin
    else:
        return clause
    part = text[begin:finish]
    start, end = clause.start - begin, clause.end - begin
    if begin:
        # The subject is lent by the clause just before: "…began when Columbus sailed
        # home and put in at Lisbon" -> "Columbus put in at Lisbon".
        lead = _subject_for(text[:begin], part, text[previous:begin])
        if lead is None:
            return Clause(part, start, end)
        relative = _RELATIVE.match(part)
        if relative:
            part, start, end = part[relative.end():], start - relative.end(), end - relative.end()
        gerund = re.match(r"(?!(?:including|according|following|during|regarding)\b)([a-z]+ing)\b",
                          part)
        if gerund and past_tense(gerund.group(1)):
            # "…, beating Mori 6-4" -> "Kowalska beat Mori 6-4".
            verb = past_tense(gerund.group(1))
            shift = len(verb) - gerund.end()
            part, start, end = verb + part[gerund.end():], start + shift, end + shift
        return Clause(f"{lead} {part}", start + len(lead) + 1, end + len(lead) + 1)
    return Clause(part, start, end)


def _leading_subordinate(clause: Clause) -> Clause:
    """"When the three survivors staggered into the depot on 21 April 1861, they found
    it deserted", asked for the date -> "The three survivors staggered into the depot
    on 21 April 1861": the clause a sentence opens with, when the answer is in it."""
    lead = re.match(r"(?:When|After|Before|Once|Until|As soon as)\s+(?=(?:the\s|[A-Z]))", clause.text)
    comma = re.search(r",\s+(?:he|she|they|it|we|the|[A-Z])", clause.text[lead.end():]) if lead else None
    if comma is None or not lead.end() <= clause.start < clause.end <= lead.end() + comma.start():
        return clause
    part = clause.text[lead.end():lead.end() + comma.start()]
    if verb_index(part.split(), 1) is None:
        return clause
    shift = -lead.end()
    return Clause(part[:1].upper() + part[1:], clause.start + shift, clause.end + shift)


def _subject_for(before: str, part: str, last: str) -> str | None:
    """The subject a clause leaves out: "…, which aired" has the name before it;
    "… disappeared in 1997 and was declared dead" has the first clause's."""
    before = before.rstrip(" ,;")
    if _RELATIVE.match(part):
        # "Hannah Greer, a former court reporter, who wrote…": the name, not the title.
        before = re.sub(r",\s+(?:a|an|the)\s[^,]*$", "", before)
        match = re.search(r"((?:(?:[A-Z][\w’'.-]*|vs\.|of|the)\s?)+)$", before)
        # "the subject of The Vanishing Smile": the name, not the "of" before it.
        return re.sub(r"^(?:(?:of|the|vs\.)\s)+", "", match.group(1).strip()) or None if match else None
    words = last.rstrip(" ,;").split()
    if not words or finite_verb(words[0]):
        words = before.split()  # a list of verbs: the subject is the first clause's
    # "…, and in the 1950s identified a second boundary": a time before the verb.
    first, *following = re.sub(rf"^(?:{_ADVERB}|(?:in|by|during) (?:the )?\d{{4}}s?,? )", "",
                               part).split()
    if not (finite_verb(first) or first.endswith("ing") and past_tense(first)):
        return None  # a whole clause: it has its own subject
    index = verb_index(words)
    if index is None or index > 8:
        return None
    # "…was written by Mazin and directed by Renck": the second participle is passive too.
    # "…and spent five years" has an object: active, whatever came before.
    passive = (words[index] in ("is", "are", "was", "were") and participle(first)
               and following[:1] and following[0] in ("by", "in", "on", "at", "to", "for", "as", "from", "with"))
    subject = words[:index + 1] if passive else words[:index]
    if subject and subject[0].lower() in OPENERS and subject[-1].lower() in ("he", "she", "they"):
        subject = subject[-1:]  # "After his release in 2009 he moved…": the subject is "he"
    if subject and subject[-1].lower() in _PREPOSITIONS | {"the", "a", "an", "of", "and"}:
        return None  # "A crash on the cobbles…": "cobbles" was no verb, and this no subject
    return " ".join(subject)


def _without_reduced_relative(clause: Clause) -> Clause:
    """"the treaty signed on 7 June 1494 in Tordesillas moved the line to 370 leagues"
    -> "the treaty moved the line…", asked about what comes after the verb."""
    words = list(re.finditer(r"\S+", clause.text[:clause.start]))
    for index, word in enumerate(words[1:9], start=1):
        if not (participle(word.group()) and is_noun(words[index - 1].group())
                and _participle_phrase(clause.text[word.start():])):
            continue
        for later in words[index + 2:index + 14]:
            token = later.group()
            if token in ("and", "but", "or", "which", "that", "who") or token.endswith((",", ";")):
                return clause
            if finite_verb(token) and not words[words.index(later) - 1].group() in _PREPOSITIONS:
                return _cut(clause, word.start() - 1, later.start() - 1)
        return clause
    return clause


def _participle_made_clause(clause: Clause) -> Clause:
    """"The drama, created in 2019 by Hannah Osei, follows…", asked about what
    the aside says -> "The drama was created in 2019 by Hannah Osei"."""
    lead = re.match(r"(([A-Z][a-z]+) [^,]{2,80}?), ((?:[A-Z][\w’'&.-]*\s?){1,4}?)\s?(?=[a-z]+\b)",
                    clause.text)
    if (lead and lead.start(1) <= clause.start < lead.end(1)
            and participle(lead.group(2).lower()) and finite_verb(
                clause.text[lead.end():].split(" ", 1)[0])):
        # "Made for $44.5 million, Argo took…" -> "Argo was made for $44.5 million".
        subject = lead.group(3).strip()
        text = f"{subject} was {lead.group(1)[:1].lower()}{lead.group(1)[1:]}"
        shift = len(subject) + len(" was ")
        return Clause(text, clause.start + shift, clause.end + shift)
    match = re.match(r"([^,]{2,60}?), ((\w+) [^,]{2,90}?)(?:,|$)", clause.text)
    if (match is None or not match.start(2) <= clause.start < match.end(2)
            or verb_index(match.group(1).split(), 0) is not None):
        return clause
    if not participle(match.group(3)) or match.group(3) == "aged":
        return clause  # ", aged 104" says when, not what was done
    text = f"{match.group(1)} was {match.group(2)}"
    shift = len(match.group(1)) + len(" was ") - match.start(2)
    return Clause(text, clause.start + shift, clause.end + shift)


_APPOSED = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s(?:of\s|the\s|de\s)?)*[A-Z][\w’'.-]*),\s+"
                      r"((?:the|a|an)\s[^,;()“”\"]{3,90}?)(?=,\s|[.;!?]?$)")


def _apposed(clause: Clause) -> Clause:
    """"Alfredo Geri called in Giovanni Poggi, the director of the Uffizi Gallery",
    asked about the gallery -> "Giovanni Poggi was the director of the Uffizi Gallery":
    a description after a name is a clause about it."""
    for match in _APPOSED.finditer(clause.text):
        if not (match.start(2) <= clause.start and clause.end <= match.end(2)):
            continue
        description = match.group(2)
        if verb_index(re.split(r"\b(?:who|that|which|whose)\b", description)[0].split(), 0) is not None:
            return clause  # "a crowd gathered…": a clause, not what the name is
        name, before = match.group(1), clause.text[:match.start()].split()[-1:]
        if match.start() == 0 or name.split()[0].lower() in COMMON:
            return clause  # the sentence's own subject: _without_apposition reads it
        somebody = re.fullmatch(r"[A-Z][a-z’'-]+(?: [A-Z]\.)*(?: [A-Z][a-z’'-]+){1,2}", name)
        if (place_noun(name) or " " not in name and before[:1] in (["in"], ["at"], ["near"], ["of"],
                                                                   ["to"], ["from"])
                or somebody and not names_a_person(description)
                or re.match(r"(?:the|a|an) (?:[a-z-]+ ){1,2}[A-Z]", description)
                or re.search(r"\s[A-Z]", clause.text[match.start(2):clause.start])):
            # "born in Normandy, the second son of…": the place is not the son; "…,
            # the drummer Mick Fleetwood and…" is a list of people.
            return clause
        verb = "was" if any(w in ("was", "were") or (do_support(w) or "").startswith("did")
                            for w in clause.text.split()) else "is"
        text = f"{match.group(1)} {verb} {description}"
        shift = len(match.group(1)) + len(verb) + 2 - match.start(2)
        return Clause(text, clause.start + shift, clause.end + shift)
    return clause


def _participle_phrase(text: str) -> bool:
    """"built in a car park in Leeds": a participle and its preposition describe what
    came before; "reached Bennu in 2018" is another thing the subject did."""
    words = text.split()[:2]
    return len(words) == 2 and participle(words[0]) and words[1] in _PREPOSITIONS


def _without_opener(clause: Clause) -> Clause:
    """Without "After his release," or "In June 1889" before the subject."""
    there = re.match(r"(?:There|Here|Then|Later|Meanwhile|Soon|Afterwards|Eventually), (?=[a-z])",
                     clause.text)
    if there and clause.start >= there.end():  # "There, in 1616, she became…"
        clause = _cut(clause, 0, there.end())
        clause = Clause(clause.text[:1].upper() + clause.text[1:], clause.start, clause.end)
    match = (re.match(r"([A-Z][a-z]*)\b[^,;]{0,60}?,\s+", clause.text)
             or re.match(r"(In|On|By|Since|During|After|Before|Following|Until) (?:the )?"
                         r"[^,;]{0,30}?\d{4}s? "
                         r"(?=(?:the |a |an )?[A-Z])", clause.text))
    # "Nearly four centuries after her death, Artemisia…": any verbless lead-in.
    lead_in = match and (match.group(1).lower() in OPENERS or (
        (match.group(1).lower() in COMMON or bool(getAllLemmas(match.group(1).lower())))
        and verb_index(clause.text[:match.end()].split(), 0) is None
        and len(clause.text[:match.end()].split()) <= 8
        and re.match(r"(?:[A-Z]|(?:he|she|they|it)\b)", clause.text[match.end():])))
    if lead_in and clause.start >= match.end():
        clause = _cut(clause, 0, match.end())
        return Clause(clause.text[:1].upper() + clause.text[1:], clause.start, clause.end)
    return clause


def _without_apposition(clause: Clause) -> Clause:
    """Without a title between commas after the subject: "Okafor, 62, is" -> "Okafor is";
    with the answer in it, the title is the clause: "Bennu, an asteroid about 500
    metres across, is…" -> "Bennu is an asteroid about 500 metres across"."""
    # A comma inside a number ("49,000") is no aside's end.
    match = re.match(r"([^,]{2,60}?),\s+((?:[^,]|,(?=\d)){1,90}?),\s+(?=([a-z]\w*))", clause.text)
    if not (match and finite_verb(match.group(3))
            and verb_index(match.group(1).split(), 0) is None
            and not re.match(r"(?:he|she|it|they|we|I|there)\b", match.group(2))):
        return clause  # "In 1616, she became the first…, painted": a clause, no aside
    if not match.start(2) <= clause.start < match.end(2):
        return _cut(clause, match.end(1), match.end() - 1)
    if not re.match(r"(?:the|a|an)\s", match.group(2)):
        return clause
    verb = "is" if match.group(3) in ("is", "are") or do_support(match.group(3)) in (
        None, f"does {base_form(match.group(3))}") else "was"
    text = f"{match.group(1)} {verb} {match.group(2)}"
    shift = len(match.group(1)) + len(verb) + 2 - match.start(2)
    return Clause(text, clause.start + shift, clause.end + shift)


def _resolved(clause: Clause, referent: str | None) -> Clause:
    """"He was sentenced" -> "Exotic was sentenced", when the article just named him."""
    if referent is None:
        return clause
    match = re.match(r"(His|Her)\b", clause.text) or re.search(r"\b(He|She|he|she)\b",
                                                               clause.text)
    if not match or clause.start < match.end() <= clause.end:
        return _named_object(clause, referent)
    if referent.split()[-1] in clause.text[:match.start()]:
        return clause  # "Cutler wore a uniform he had bought": named already, "he" reads
    if match.start() >= clause.end:  # "…in 1616, she became": after the answer
        first = clause.text.split(" ", 1)[0]
        if (re.search(r"\b[A-Z]", clause.text[1:clause.start])
                or first[:1].isupper() and first.lower() not in COMMON | OPENERS):
            return clause  # "Lindqvist saved all six break points he faced": his own
        text = clause.text[:match.start()] + referent + clause.text[match.end():]
        return _named_object(Clause(text, clause.start, clause.end), referent)
    name = f"{referent}'s" if match.group(1).lower() in _POSSESSIVES else referent
    shift = len(name) - (match.end() - match.start())
    text = clause.text[:match.start()] + name + clause.text[match.end():]
    clause = Clause(text, clause.start + shift, clause.end + shift)
    return _named_object(clause, referent)


def _resolved_it(clause: Clause, thing: str | None) -> Clause:
    """"It premiered on Tidewell" -> "Saltmarsh premiered on Tidewell"; "its second
    season" -> "Saltmarsh's second season"."""
    match = re.match(r"(It|Its|its)\b", clause.text)
    if thing is None or match is None or clause.start < match.end():
        return clause
    name = f"{thing}'s" if match.group(1).lower() == "its" else thing
    shift = len(name) - match.end()
    return Clause(name + clause.text[match.end():], clause.start + shift, clause.end + shift)


def _named_object(clause: Clause, referent: str) -> Clause:
    """"…convicted him on 17 counts" -> "…convicted Exotic on 17 counts"; "NASA named
    its observatory after him" -> "…after Chandrasekhar"."""
    match = re.search(r"\bhim\b", clause.text[:clause.start])
    if match is None:
        after = re.search(r"\bhim\b", clause.text[clause.end:])
        if after is None or referent in clause.answer:
            return clause
        start = clause.end + after.start()
        text = clause.text[:start] + referent + clause.text[start + 3:]
        return Clause(text, clause.start, clause.end)
    shift = len(referent) - 3
    text = clause.text[:match.start()] + referent + clause.text[match.end():]
    return Clause(text, clause.start + shift, clause.end + shift)
