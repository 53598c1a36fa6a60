"""A sentence cut down to the clause that holds an answer, ready to be asked about.

Journalism packs a fact into a long sentence: an aside in brackets, a title
after a name ("Jeff Lowe, Exotic's partner, took over"), an attribution ("…,
according to Nielsen"), a second clause. A question keeps only the clause the
answer stands in, with its subject, so that it reads short and whole.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from quiz.authoring.drafting.asides import apposed, participle_made_clause, without_apposition
from quiz.authoring.drafting.creatures import said_of
from quiz.authoring.drafting.relatives import (
    PREPOSITIONS, object_relative, participle_phrase, without_reduced_relative,
)
from quiz.authoring.drafting.span import Clause, cut
from quiz.authoring.drafting.verbs import (
    MODALS, base_form, finite_verb, is_noun, participle, passive_too, past_tense, verb_index,
)
from quiz.authoring.drafting.words import AUXILIARIES, COMMON, DEMONYM_PEOPLE, NAME_PARTICLE, NATIONALITIES

_PARENTHESES = re.compile(r"\s*\([^()]{0,120}\)")
# "the Swiss engineer who, with Émile Nouguier, drew…": the aside before the verb.
_RELATIVE_ASIDE = re.compile(r"(?:(?<=\bwho)|(?<=\bwhich)),\s+[^,;]{2,60},(?=\s+[a-z]+\b)")
# What the article says about where it heard a fact, not the fact.
_ATTRIBUTION = re.compile(
    r"(?:,?\s+(?:according to\b|as (?:the )?[\w .’']{1,40}? (?:reported|noted|put it)\b)"
    # A speaker after a comma: "In 2007 UNESCO added them" is a fact, not a source.
    r"|,\s+(?:he|she|they|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*) (?:said|says|told|added|wrote)\b)"
    r"[^.;]*(?=[.;!?]?$)"
    # "Some 5,000 settlers, including many German families, arrived": the aside goes.
    r"|,\s+(?:including|such as|among them)\b[^,.;()]*,(?=\s[a-z]+\b)"
    r"|,\s+(?:including|such as|among them|later|now)\b[^.;]*(?=[.;!?]?$)")
# Where one clause ends and the next begins.
_REPORTING = re.compile(r"(?:tells|told|shows|showed|recounts|recounted|describes|described|"
                        r"explains|explained|reveals|revealed) (?:how|that) ")
_CLAUSE_START = re.compile(
    r";\s+|(?<=[a-z]):\s+(?=[a-zA-Z])"
    # "…, it tells how six diplomats escaped": what it tells is a clause of its own.
    rf"|\b{_REPORTING.pattern}|,\s+(?:and|but|while|whereas|although|though|yet|so)\s+"
    r"|,\s+where\s+(?=(?:he|she|they|it|the|[A-Z])\b)"  # "…, where he studied with Steinberg"
    # "…the final scenes, in which she founds the Iraq Museum, are…": a clause of its own.
    r"|,\s+(?:in|at|on|during|by|from|with|through|under) which\s+(?=(?:he|she|they|it|the)\b|[A-Z])"
    r"|,\s+(?=(?:which|who)\s|(?!including|according)[a-z]+ing\s)|\s+(?:and|but)\s+(?=(?:was|were|is|are|has|had|then)\b)")
_SAID = re.compile(
    r"((?:[A-Z][\w.&’'-]*\s?){1,5}?|the [a-z]+|[A-Z][a-z]+ [a-z]+ (?:[A-Z][\w’'-]*\s?){1,3})"
    # "Ribeira Azulejos, which has made tiles since 1921, said on Monday it will…"
    r"(?:, (?:which|who) [^,;]{1,120},)?"
    r"\s?(?:later |also )?(?:said|says|announced|announces|confirmed|revealed|estimated|"
    r"reported|told [a-z]+|argued|claimed|believed)(?: on \w+| in \w+)?,?(?: that)? "
    r"(?:(it|he|she|they) )?(?=\w)")
_FINDING = re.compile(r"(?:(?:A|An|The) [^,;]{3,80}?|(?:Studies|Tests|Results|Analyses)(?: [^,;]{1,60}?)?) "
                      r"(?:estimates|estimated|suggests|suggested|suggest|shows|showed|show|finds|"
                      r"found|find|concludes|concluded|confirms|confirmed|confirm|"
                      r"tells us|told us|reveals|revealed|notes|noted|records|recorded) that ")
# "…in the 89th minute as Castleford came from behind": a clause of its own.
_SUBORDINATE = re.compile(
    r"\s+(?:when|after|before|while|because|since|until|although|though|whereas|as)\s+"
    r"(?=(?:(?:the\s+|[a-z]+\s+(?=[A-Z]))?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
    r"|(?!(?:his|its|this|was|has|is|as|us)\b)[a-z]{3,}s)\s+([a-z]+)\b)")
_BE = ("is", "are", "was", "were")
_PEOPLE_OF = re.compile(r"\b(?:people|residents|inhabitants|islanders|citizens|members|crew|staff|"
                        r"workers|family|men|women|children|villagers|soldiers|troops|fans)\s+of\s+$")
# "…and the plant should open": a subject of its own, after "and".
_INNER_SUBJECT = re.compile(r"\b(?:and|but) ((?:the|its|his|her|their) [a-z]+|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)"
                            r" (should|will|would|could|can|may|might|must|is|was|are|were|has|had)\b")
# "…and never trailed": an adverb may stand before the second verb.
_ADVERB = r"(?:never|later|also|then|soon|still|eventually|finally|quickly|immediately) "
_AND_VERB = re.compile(rf"(?:\s+(?:and|but|then)|,)\s+(?=(?:{_ADVERB})?([a-z]+)\b)")
OPENERS = frozenset("""
in on at after before during by from since despite following within under over for
later then meanwhile eventually today now yet still however although though when while as
with without amid having once upon
""".split())
_RELATIVE = re.compile(r"(?:which|who)\s+")
# "him", and "her" where no noun follows it: "gave her its medal", "married her in 1937".
_OBJECT = re.compile(r"\bhim\b|\bher\b(?= (?:its|his|their|the|a|an|to|in|on|at|for|with|from|by|as|and|or)\b"
                     r"|[,.;?]|$)")
_POSSESSIVES = frozenset({"his", "her", "their"})
PRONOUN_WORDS = frozenset("he she him her his hers it its they them their this these".split())


def clause_of(text: str, start: int, end: int, referent: str | None = None,
              thing: str | None = None, creature: tuple[str, str] | None = None) -> Clause:
    """The clause of `text` around [start, end), asides and attributions gone."""
    clause = Clause(text, start, end)
    clause = _reported(clause)
    clause = _without(clause, _PARENTHESES)
    clause = _without(clause, _ATTRIBUTION)
    clause = _without(clause, _RELATIVE_ASIDE)
    clause = apposed(clause)
    clause = participle_made_clause(clause)
    clause = without_apposition(_without_participle_aside(clause))
    clause = _own_clause(_leading_subordinate(clause))
    # "In January 1935, at a meeting of the Society in London, Eddington…": two lead-ins.
    clause = without_apposition(_without_opener(_without_opener(clause)))
    clause = without_reduced_relative(clause)
    return said_of(_resolved_it(_resolved(clause, referent), thing), creature)


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


def _without(clause: Clause, pattern: re.Pattern[str]) -> Clause:
    """The clause with every match of the pattern that misses the answer cut out."""
    for match in reversed(list(pattern.finditer(clause.text))):
        if match.end() <= clause.start or match.start() >= clause.end:
            clause = cut(clause, match.start(), match.end())
    return clause


def _without_participle_aside(clause: Clause) -> Clause:
    """"the French cargo ship Mont-Blanc, loaded with 3,000 tonnes of explosives, blew
    up…" -> "…Mont-Blanc blew up…": what the subject was, between it and its verb."""
    for match in re.finditer(r", ([a-z]+) (?:[^,;()]|,(?=\d)){2,80}(?=, ([a-z]+)\b)", clause.text):
        before = clause.text[:match.start()].split()[-1:]
        # "…, died in November 2022, aged 79": "aged" is no verb the subject waits for.
        if (participle(match.group(1)) and finite_verb(match.group(2))
                and not participle(match.group(2)) and before
                and (before[0][:1].isupper() or is_noun(before[0]))
                and (match.end() + 1 <= clause.start or clause.end <= match.start())):
            return cut(clause, match.start(), match.end() + 1)
    return clause


def _has_verb(text: str) -> bool:
    """Has the text a verb of its own, not only a participle set off by a comma ("the
    ship Mont-Blanc, loaded with explosives, blew up": an answer before "blew" is
    still blew's)?"""
    words = text.split()
    return any(finite_verb(word) and not (words[i - 1].endswith(",") and participle(word))
               for i, word in enumerate(words) if i)


def _own_clause(clause: Clause) -> Clause:
    """Only the clause the answer stands in, lent the subject of the one before."""
    text = clause.text
    # A colon after a lower-case word starts a clause ("a closing title card: Johnson
    # died…"); after a capitalised one it is inside a title ("Narcos: Mexico").
    breaks = [m.span() for m in _CLAUSE_START.finditer(text) if not m.group().startswith(":")
              or re.search(r"(?:^|\s)[a-z][\w’']*$", text[:m.start()])]
    # "In 1936 she showed that the Earth has an inner core", asked for 1936: what she
    # showed stays with her verb.
    breaks = [(b, e) for b, e in breaks if not (_REPORTING.match(text, b) and b > clause.start)]
    # "…arrested in 1969 and spent five years…": a second verb, the same subject.
    # ", reached Bennu in 2018": a list of what one subject did, once it has done one.
    # ", aged 104" says how old, no second thing the subject did.
    # "his younger brother, Sergey Vavilov, became…": the comma closes a name's aside,
    # and the verb is the brother's.
    breaks += [m.span() for m in _AND_VERB.finditer(text) if finite_verb(m.group(1))
               and m.group(1) != "aged"
               and (m.group().strip() != "," or verb_index(text[:m.start()].split()) is not None
                    and not re.search(r"[a-z],\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)+$", text[:m.start()])
                    and not participle_phrase(text[m.end():])
                    and (clause.end > m.start() or _has_verb(text[:m.start()])))]
    breaks += [m.span() for m in _SUBORDINATE.finditer(text) if finite_verb(m.group(1))]
    bounds = [(0, 0), *sorted(set(breaks)), (len(text), len(text))]  # one break found twice is one
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
        relative = _RELATIVE.match(part)
        turned = relative and object_relative(text[:begin], part[relative.end():],
                                              start - relative.end(), end - relative.end())
        if turned:
            return turned
        # The subject is lent by the clause just before: "…began when Columbus sailed
        # home and put in at Lisbon" -> "Columbus put in at Lisbon".
        lead = _subject_for(text[:begin], part, text[previous:begin])
        if lead is None:
            return Clause(part, start, end)
        relative_before = re.search(r"\b(?:who|that|which) ([a-z]+)\b[^,“”\"]*(?:,\s*(?:and\s*)?)?$",
                                    text[previous:begin])
        if relative_before and finite_verb(relative_before.group(1)):
            # "Gudnason plays the shipwright who designed Vasa and died in 1627": the
            # shipwright died, not the one the clause before began with; so did "waves
            # that reached 30 metres and swept away 165 villages".
            return Clause(part, start, end)
        if relative:
            part, start, end = part[relative.end():], start - relative.end(), end - relative.end()
        gerund = re.match(r"(?!(?:including|according|following|during|regarding)\b)([a-z]+ing)\b",
                          part)
        if gerund and past_tense(gerund.group(1)):
            # "…, beating Mori 6-4" -> "Kowalska beat Mori 6-4"; "…and the plant should
            # open in 2026, doubling capacity" -> "the plant will double", not the first subject.
            inner = list(_INNER_SUBJECT.finditer(text, previous, begin))
            lead = inner[-1].group(1) if inner else lead
            verb = past_tense(gerund.group(1))
            if inner and inner[-1].group(2) in MODALS:
                verb = f"will {base_form(gerund.group(1))}"
            shift = len(verb) - gerund.end()
            part, start, end = verb + part[gerund.end():], start + shift, end + shift
        return Clause(f"{lead} {part}", start + len(lead) + 1, end + len(lead) + 1)
    return Clause(part, start, end)


def _leading_subordinate(clause: Clause) -> Clause:
    """"When the three survivors staggered into the depot on 21 April 1861, they found
    it deserted", asked for the date -> "The three survivors staggered into the depot
    on 21 April 1861": the clause a sentence opens with, when the answer is in it."""
    lead = re.match(r"(?:Then,\s+)?(?:[Ww]hen|[Aa]fter|[Bb]efore|[Oo]nce|[Uu]ntil|[Aa]s soon as|[Aa]s)\s+"
                    r"(?=(?:the\s|[A-Z]))", clause.text)
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
        match = re.search(rf"(?<![\w’'.-])((?:(?:[A-Z][\w’'.-]*|vs\.|of|the|{NAME_PARTICLE})\b\s?)+)$", before)
        # "the subject of The Vanishing Smile": the name, not the "of" before it.
        if match is None or part.startswith("who") and _PEOPLE_OF.search(
                before[:match.start() + (3 if match.group(1).startswith("of ") else 0)]):
            return None  # "the 264 people of Tristan da Cunha, who left…": the people did
        return re.sub(r"^(?:(?:of|the|vs\.)\s)+", "", match.group(1).strip()) or None
    words = last.rstrip(" ,;").split()
    # "…, and was caught and put to death": the second participle is passive too.
    be = words[0] if len(words) > 1 and words[0] in _BE and participle(words[1]) else None
    if not words or finite_verb(words[0]):
        words = before.split()  # a list of verbs: the subject is the first clause's
    # "…, and in the 1950s identified a second boundary": a time before the verb.
    plain = re.sub(rf"^(?:{_ADVERB}|(?:in|by|during) (?:the )?\d{{4}}s?,? )", "", part)
    first, *following = plain.split()
    if not (finite_verb(first) or first.endswith("ing") and past_tense(first)):
        return None  # a whole clause: it has its own subject
    if following[:1] and following[0] in ("of", "from", "in", "on", "at", "for", "with", "by") and any(
            w in AUXILIARIES for w in following[1:6]) and not {"that", "which", "who"} & set(following[:6]):
        return None  # "…, and exports from the EU have been banned": "exports" is its subject
    index = verb_index(words)
    if index is None or index > 8:
        return None
    # "…was written by Mazin and directed by Renck": the second participle is passive too.
    # "…and spent five years" has an object: active, whatever came before.
    after_passive = any(participle(word) for word in words[index + 1:])  # "were a group known…"
    passive = words[index] in _BE and after_passive and passive_too(plain)
    subject = words[:index + 1] if passive else words[:index]
    # "was caught and put to death … by men of Miran"; not "was convicted and fled to London".
    if be and participle(first) and not passive and subject and (
            " by " in part or first.endswith(("en", "wn"))):
        subject = [*subject, be]
    if subject and subject[0].lower() in OPENERS and subject[-1].lower() in ("he", "she", "they"):
        subject = subject[-1:]  # "After his release in 2009 he moved…": the subject is "he"
    if subject and subject[-1].lower() in PREPOSITIONS | {"the", "a", "an", "of", "and"}:
        return None  # "A crash on the cobbles…": "cobbles" was no verb, and this no subject
    return " ".join(subject)


def _without_opener(clause: Clause) -> Clause:
    """Without "After his release," or "In June 1889" before the subject."""
    there = re.match(r"(?:There|Here|Then|Later|Meanwhile|Soon|Afterwards|Eventually), (?=[a-z])",
                     clause.text)
    if there and clause.start >= there.end():  # "There, in 1616, she became…"
        clause = cut(clause, 0, there.end())
        clause = Clause(clause.text[:1].upper() + clause.text[1:], clause.start, clause.end)
    # "On November 14, 1889, Bly left…": the year's comma is the date's own.
    match = (re.match(r"([A-Z][a-z]*)\b(?:[^,;]|,(?= \d{4}\b)){0,60}?,(?! \d{4}\b)\s+", clause.text)
             or re.match(r"(In|On|By|Since|During|After|Before|Following|Until) (?:the )?"
                         r"[^,;]{0,30}?\d{4}s? "
                         r"(?=(?:the |a |an )?[A-Z])", clause.text))
    # "Nearly four centuries after her death, Artemisia…": any verbless lead-in.
    lead_in = match and (match.group(1).lower() in OPENERS or (
        (match.group(1).lower() in COMMON or bool(getAllLemmas(match.group(1).lower())))
        and verb_index(clause.text[:match.end()].split(), 0) is None
        and len(clause.text[:match.end()].split()) <= 8
        and re.match(r"(?:[A-Z]|(?:he|she|they|it)\b)", clause.text[match.end():])))
    if not lead_in:
        return clause
    # "After taking his degree at Presidency College, Madras, he…": a place's own comma.
    place = re.match(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?,\s+(?=(?:he|she|they|it)\b|[A-Z])",
                     clause.text[match.end():])
    end = match.end() + (place.end() if place else 0)
    if clause.start < end:
        return clause
    clause = cut(clause, 0, end)
    return Clause(clause.text[:1].upper() + clause.text[1:], clause.start, clause.end)


# "The 23-year-old Swede": the person the article named last, said again by age and
# nation. ("The Lahore-born spinner" may be anyone the report named a spinner.)
_DESCRIBED_PERSON = re.compile(
    rf"The (?:\d+-year-old (?:[a-z-]+ )?)?(?:{'|'.join(sorted(DEMONYM_PEOPLE | set(NATIONALITIES)))})"
    rf"(?= (?:[a-z]+ly |{_ADVERB})?([a-z]+)\b(?!-))")


def _resolved(clause: Clause, referent: str | None) -> Clause:
    """"He was sentenced" -> "Exotic was sentenced", when the article just named him;
    "The 23-year-old Swede never trailed" -> "Lindqvist never trailed"."""
    if referent is None:
        return clause
    described = _DESCRIBED_PERSON.match(clause.text)
    if (described and finite_verb(described.group(1)) and clause.start >= described.end()
            and referent.split()[-1] not in clause.text):  # not "The American actor"
        shift = len(referent) - described.end()
        return Clause(referent + clause.text[described.end():], clause.start + shift,
                      clause.end + shift)
    match = re.match(r"(His|Her)\b", clause.text) or re.search(r"\b(He|She|he|she)\b",
                                                               clause.text)
    if not match or clause.start < match.end() <= clause.end:
        return _named_object(clause, referent)
    if referent.split()[-1] in clause.text[:match.start()]:
        return clause  # "Cutler wore a uniform he had bought": named already, "he" reads
    if re.search(rf"\b(?:with|and|alongside) {re.escape(referent.split()[-1])}\b",
                 clause.text[match.end():]):
        return clause  # "he struck north with Wills": not Wills, whoever "he" is
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
    its observatory after him" -> "…after Chandrasekhar"; "gave her its Copley Medal"."""
    match = _OBJECT.search(clause.text[:clause.start]) or _OBJECT.search(clause.text)
    if match and re.search(rf"\b{re.escape(referent.split()[-1])}\b", clause.text[:match.start()]):
        return clause  # "In 1907 Cruz sent him to Lassance": him is not Cruz
    match = _OBJECT.search(clause.text[:clause.start])
    if match is None:
        after = _OBJECT.search(clause.text[clause.end:])
        if after is None or referent in clause.answer:
            return clause
        start, end = clause.end + after.start(), clause.end + after.end()
        return Clause(clause.text[:start] + referent + clause.text[end:], clause.start, clause.end)
    shift = len(referent) - (match.end() - match.start())
    text = clause.text[:match.start()] + referent + clause.text[match.end():]
    return Clause(text, clause.start + shift, clause.end + shift)
