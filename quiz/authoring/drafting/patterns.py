"""The facts a sentence holds: cast lines, nicknames, numbers and names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lemminflect import getInflection

from quiz.authoring.drafting.clauses import OPENERS
from quiz.authoring.drafting.amounts import DATE_TEXT, NUMERIC
from quiz.authoring.drafting.entities import NICKNAME_CUE, NameBook, PAST_CAST
from quiz.authoring.drafting.mentions import Sentence, inside, text_before
from quiz.authoring.drafting.places import place_noun
from quiz.authoring.drafting.nationality import DEMONYMS
from quiz.authoring.drafting.insitu import AIRED
from quiz.authoring.drafting.questions import question_for
from quiz.authoring.drafting.verbs import finite_verb, is_noun
from quiz.authoring.drafting.words import (
    COMMON, NAME_PARTICLE, NICKNAME_SMALL, NOT_PLURAL, QUOTED, ROLES, TITLES, U, WORD_NUMBERS,
)

SCORES = {
    "actor": 100, "nickname": 90, "date": 85, "money": 85, "year": 80, "age": 75,
    "character": 70, "percent": 70, "count": 65, "duration": 60, "decade": 60,
    "person": 45, "place": 40, "organization": 30, "event": 30, "title": 25,
    "work": 80, "score": 75, "time": 60, "ordinal": 60, "thing": 55, "species": 70, "chart": 70,
}
# Quoted words after one of these are a work's title, not a nickname or speech.
_WORK_NOUNS = frozenset("""
album song single track film movie book novel memoir series show sitcom drama documentary
docuseries episode play musical opera poem painting podcast game record ep
""".split())
# "“Jump Seat”, an eight-part drama on FX": what the title is, said after it.
_WORK_AFTER = re.compile(r"[”\"],? (?:a|an|the) (?:[\w-]+ ){0,3}?([a-z]+)(?![\w-])")
_ROLE_WORDS = "|".join(sorted(ROLES | TITLES))
# "Castleford manager ", "Marbury captain ": whose post, then the post.
_ROLE_BEFORE = re.compile(rf"(?<![\w'’])({U}[\w'’-]*(?: {U}[\w'’-]*)?) ([a-z]+(?: [a-z]+)?) \Z")
_ROLE_AFTER = re.compile(rf", ({U}[\w'’-]*(?: {U}[\w'’-]*)?['’]s (?:[A-Z]{{2,4}}|(?:{_ROLE_WORDS})"
                         rf"(?: (?:{_ROLE_WORDS}))?))(?=[,.;]|$)")
_ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
_ORDINAL = re.compile(rf"\b({U}[\w'’-]*['’]s|his|her|their|its) ({'|'.join(_ORDINALS)}) "
                      r"((?:straight |consecutive |successive |major |career |[a-z]+-[a-z]+ )*)"
                      r"([a-z]+)\b")
_VENUE = re.compile(rf"\bat ((?:the )?{U}[\w'’-]*(?: {U}[\w'’-]*)*)")
# "Santiago Ramón y Cajal (1 May 1852 – …)", "Chien-Shiung Wu (Chinese: 吳健雄; 31 May
# 1912 – …)": a name may hold a small word, and the brackets a native spelling first.
_LIFE = re.compile(
    rf"^((?:(?:{U}[\w’'.-]*|{NAME_PARTICLE})\s){{1,6}}?)\((?:born |b\. )?(?:[^();]{{1,40}}; )?"
    rf"({DATE_TEXT}|\d{{4}})"
    rf"(?:\s*[–—-]\s*({DATE_TEXT}|\d{{4}}))?\)")
_INFOBOX = re.compile(
    rf"^(Born|Died):? ({DATE_TEXT})(?: \([^()]*\))?(?:, ({U}[\w'’.-]*(?: {U}[\w'’.-]*)*))?")
_CALL = re.compile(
    r"^([A-Z][a-z]+(?: [a-z]+)?) (call|calls|called) "
    r"((?:the|a|an|his|her|its|their) [^,“”\"]{1,60}?) $")
_SPEAKER_AFTER = re.compile(
    r"['’]s (?:report|reporting|story|interview)|,? (?:later |also |once )?(?:said|says|"
    r"reported|reports|told|tells|wrote|writes|added|adds|explained|noted|recalled|"
    r"quipped|joked|insisted|admitted)\b")
_SPEAKER_BEFORE = re.compile(
    r"(?:\b(?:said|says|according to|told|tells|reported by|wrote|writes|recalled|added|"
    r"explained|quoted in|speaking to|interview with|in an interview with)"
    r"(?: (?:the|a|an))?(?: [a-z]+){0,2}|[“\"][^“”\"]*[”\"],?) $")
@dataclass(frozen=True)
class Found:
    kind: str
    start: int
    end: int
    score: int
    ask: str | None = None
    accept: tuple[str, ...] = ()
    answer: str | None = None  # what the question's answer is, where the text says it otherwise


def cast_facts(sentence: Sentence) -> Iterator[Found]:
    for actor, character, verb in sentence.cast:
        past = bool(PAST_CAST.search(verb))
        bonus = {"(": -3, "as": -5}.get(verb, 0)
        plays, does = ("played", "did") if past else ("plays", "does")
        yield Found("actor", actor.start, actor.end, SCORES["actor"] + bonus,
                     f"Which actor {plays} {character.text}?")
        accept = (character.plain,) if character.plain != character.text else ()
        yield Found("character", character.start, character.end, SCORES["character"] + bonus,
                     f"Which character {does} {actor.text} play?", accept)


def nickname_facts(sentence: Sentence) -> Iterator[Found]:
    text = sentence.text
    for match in QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        start, end = match.span(group)
        if not _nickname_shaped(match.group(group)):
            continue
        work = re.search(r"\b([a-z]+(?:-[a-z]+)?),? $", text[:match.start()])
        said = _WORK_AFTER.match(text, match.end() - 1)
        # A title that opens the sentence ("“Dreams”, written by Nicks, became…") is
        # what the sentence is about: a work, unless a cue calls it a nickname.
        leads = match.start() == 0 and not NICKNAME_CUE.search(text[match.end():match.end() + 30])
        # "the instrumental “Albatross”": a title named by what it is.
        named = (work and re.search(r"\b(?:[Tt]he|a|an|his|her|their|its) [a-z-]+,? $",
                                    text[:match.start()]) and is_noun(work.group(1))
                 and not _CALL.search(text[:match.start()]))
        if leads or named or work and work.group(1) in _WORK_NOUNS or (
                said and said.group(1) in _WORK_NOUNS):
            yield Found("work", start, end, SCORES["work"],
                        question_for(sentence, start, end, "work"))
            continue
        holder = _nickname_holder(sentence, match.start(), match.end())
        cued = holder is not None or NICKNAME_CUE.search(text[:match.start()])
        ask = f"By what nickname is {holder} known?" if holder else _called(text[:match.start()])
        if not cued and ask is None:
            # Quoted words nothing calls a nickname are a title ("The follow-up, “Tusk”").
            yield Found("work", start, end, SCORES["work"] - 30,
                        question_for(sentence, start, end, "work"))
            continue
        yield Found("nickname", start, end, SCORES["nickname"] - (0 if cued else 30), ask)


def _called(before: str) -> str | None:
    """"Locals call the disused lighthouse "the Candle"" -> "What do locals call the
    disused lighthouse?"."""
    match = _CALL.search(before)
    if match is None:
        return None
    who, verb, what = match.groups()
    does = {"call": "do", "calls": "does", "called": "did"}[verb]
    return f"What {does} {who[:1].lower() + who[1:]} call {what}?"


def _nickname_shaped(text: str) -> bool:
    words = text.split()
    if not 0 < len(words) <= 5 or len(text) > 40 or re.search(r"[,.;:!?]", text):
        return False
    if len(words) == 1 and words[0].lower() in COMMON:
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    return bool(capitalised) and all(w[:1].isupper() or w.lower() in NICKNAME_SMALL for w in words)


def _nickname_holder(sentence: Sentence, start: int, end: int) -> str | None:
    """Whose nickname it is: Enrique “Kiki” Camarena, or Gallardo, known as “El Padrino”."""
    for name in sentence.names:
        if name.start < start and end < name.end:
            return name.plain
    before = sentence.text[:start]
    cue = NICKNAME_CUE.search(before)
    if cue is None:
        return None
    before = re.sub(r"(?:\s*\([^()]*\))?\s*,?\s*$", "", before[:cue.start()])
    for name in sentence.names:
        if name.end == len(before):
            return name.plain
    return None


def numeric_facts(sentence: Sentence) -> Iterator[Found]:
    text, taken = sentence.text, []
    for kind, pattern, group in NUMERIC:
        for match in pattern.finditer(text):
            index = group if group is not None else next(
                i for i in range(1, len(match.groups()) + 1) if match.group(i))
            start, end = match.span(index)
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if kind == "year" and _count_of_year(text, match):
                continue
            if kind == "count" and not _real_count(text, match):
                continue
            taken.append(match.span())
            accept: tuple[str, ...] = ()
            if kind in ("count", "duration") and match.end() > end:
                # "40 years", "26 countries": a count is said with its unit, and a
                # player who answers "how many countries?" with 26 is right too.
                accept = (text[start:end].strip(),)
                end = match.end()
            elif kind == "age" and text.count(text[start:end]) > 1:
                start, end = match.span()
            ask = _crowd(text, match) if kind == "count" else None
            yield Found(kind, start, end, SCORES[kind],
                        ask or question_for(sentence, start, end, kind), accept)


def ordinal_facts(sentence: Sentence) -> Iterator[Found]:
    """"Castleford's fifth straight win" -> "How many straight wins is that for
    Castleford?", answered "five" (and "fifth", "5th", "5")."""
    text = sentence.text
    for match in _ORDINAL.finditer(text):
        owner, place, words, noun = match.groups()
        # "her third title" is hers whom the sentence opens with; another's is a guess.
        owner = owner[:-2] if owner[-2:] in ("'s", "’s") else _subject_before(sentence, match.start())
        plural = getInflection(noun, tag="NNS")
        if not owner or not plural or not is_noun(noun):
            continue
        number = _ORDINALS.index(place) + 2
        answer = WORD_NUMBERS[number - 2]
        rest = re.match(r"(?: (?:in|of|at|for) (?:(?! and )[^,.;]){1,40}(?=[,.;]| and |$))?",
                        text[match.end():]).group()
        suffix = {2: "nd", 3: "rd"}.get(number, "th")
        yield Found("count", match.start(2), match.end(2), SCORES["ordinal"],
                    f"How many {words}{plural[0]}{rest} is that for {owner}?",
                    (place, f"{number}{suffix}", str(number)), answer)


def _subject_before(sentence: Sentence, index: int) -> str | None:
    """The name just before `index` that a verb follows: "Katerina Novak won her…"."""
    for name in reversed([n for n in sentence.names if n.end <= index]):
        verb = re.match(r" ([a-z]+)\b", sentence.text[name.end:])
        return name.plain if verb and finite_verb(verb.group(1)) else None
    return None


def _crowd(text: str, match: re.Match[str]) -> str | None:
    """"A crowd of 14,386, the biggest at Brook Lane" -> "How many people were in
    the crowd at Brook Lane?": the number is the crowd's, asked by where it gathered."""
    watched = re.fullmatch(r"[\d,]+ (fans|spectators|supporters|people)", match.group())
    if watched and text_before(text, match.start()).endswith("in front of "):
        # "…to win by 13 points in front of 38,412 fans at Adelaide Oval".
        venue = _VENUE.match(text, match.end() + 1)
        return f"How many {watched.group(1)} were at {venue.group(1)}?" if venue else None
    if not re.match(r"(?:crowd|attendance|audience|gate) of", match.group()):
        return None
    venue = _VENUE.search(text, match.end()) or _VENUE.search(text[:match.start()])
    where = f" at {venue.group(1)}" if venue else ""
    return f"How many people were in the {match.group().split()[0]}{where}?"


def _count_of_year(text: str, match: re.Match[str]) -> bool:
    """'2000 fans' counts fans; 'in 2000' is a year."""
    if re.search(r"\b(?:in|since|by|until|of|from|the|before|after|early|late|mid)\W*$",
                 text_before(text, match.start()), re.IGNORECASE):
        return False
    noun = re.match(r" ([a-z][a-z-]*s)\b", text[match.end():])
    return bool(noun) and noun.group(1) not in NOT_PLURAL


def _real_count(text: str, match: re.Match[str]) -> bool:
    # "Apollo 11 astronauts": a number after a name is part of the name.
    before = text_before(text, match.start()).rstrip()
    if re.match(r"(?:hundred|thousand|dozen|million)s?\b", match.group(), re.IGNORECASE):
        return False  # "a few hundred adults": how many is not said
    previous = before.rsplit(" ", 1)[-1]
    if match.group()[:1].isupper() and re.match(r"[A-Za-z]+ [A-Z]", match.group()):
        return False  # "Seven Hundred Metres streams on Apple TV+": a title's words
    return not (previous[:1].isupper() and match.start() > len(previous) + 1)


def named_facts(sentence: Sentence, book: NameBook) -> Iterator[Found]:
    text = sentence.text
    cast = {n.text for pair in sentence.cast for n in pair[:2]}
    quoted = [m.span() for m in QUOTED.finditer(text)]
    for name in sentence.names:
        kind = book.kind(name.plain)
        # "the asteroid Ryugu", "the newspaper Pravda": the noun says what it is, and
        # its wrong options will be other asteroids, other newspapers.
        # "the steamship Augusta Victoria" is a ship, whatever else the book took it for;
        # "the SS Ancon" and "the Danish ferry Falster" too.
        described = re.search(r"\bthe (?:[A-Z][a-z]+ )?([a-z]+) $", text[:name.start])
        if (described and is_noun(described.group(1)) and described.group(1) not in ROLES
                and (kind in (None, "title") or described.group(1) in _VESSELS)):
            kind = described.group(1)
        elif re.match(r"(?:SS|HMS|RMS|USS|MV|HMAS) ", name.text):
            kind = "ship"
        if kind is None and AIRED.search(text[:name.start]):
            kind = "organization"  # "arrives on Netflix this week": a service, however unknown
        subtitle = re.search(r"(\S+): $", text_before(text, name.start))
        if (kind is None or name.text in cast or name.plain in DEMONYMS or name.text != name.plain
                or _credited(text, name.start, name.end)
                or inside(quoted, name.start)
                or (subtitle and subtitle.group(1) in book.titles)):
            continue
        ask = question_for(sentence, name.start, name.end, kind)
        yield Found(kind, name.start, name.end, SCORES.get(kind, SCORES["title"] + 10), ask)


_VESSELS = frozenset("""
ship steamship steamer liner ferry tug lifeboat schooner yacht frigate galley flagship vessel
trawler submarine barque brig sloop clipper aircraft airship locomotive bicycle car horse
""".split())


# "Osaka-based Morishita Textiles", "the Lahore-born spinner Imran Qureshi".
_BASED = re.compile(r"\b(?!The\b)([A-Z][\w’'.]+(?: [A-Z][\w’'.]+)?)-(based|born|headquartered) "
                    r"(?:[a-z]+ ){0,2}?((?:[A-Z][\w’'&.-]*(?: |(?=[,.;:)]|$))){1,4})")


def based_facts(sentence: Sentence) -> Iterator[Found]:
    """"Osaka-based Morishita Textiles" -> "In which city is Morishita Textiles based?"."""
    for match in _BASED.finditer(sentence.text):
        noun = place_noun(match.group(1))
        if noun is None:
            continue
        who, born = match.group(3).strip(), match.group(2) == "born"
        ask = f"In which {noun} {'was' if born else 'is'} {who} {'born' if born else 'based'}?"
        yield Found("place", *match.span(1), SCORES["place"] + 10, ask)


def role_facts(sentence: Sentence, book: NameBook, company: str | None = None) -> Iterator[Found]:
    """"said Castleford manager Helen Marsh" -> "Who is the Castleford manager?": a
    person's post, even where she is only quoted (the question is not her words); in
    a business story, "Chief executive Maria Lindholm said" is its company's."""
    text = sentence.text
    for name in sentence.names:
        if book.kind(name.plain) != "person" or name.text != name.plain:
            continue
        post = re.fullmatch(r"(?:[Cc]hief executive|CEO|[Cc]hairman|[Cc]hairwoman|[Mm]anaging director|"
                            r"[Ff]ounder|[Pp]resident) ", text[:name.start])
        if post and company and company not in text:
            verb = "was" if re.search(r"\b(?:was|were|had|did|said)\b", text) else "is"
            yield Found("person", name.start, name.end, SCORES["person"] + 5,
                        f"Who {verb} {company}'s {post.group().strip().lower().replace('ceo', 'chief executive')}?")
            continue
        after = _ROLE_AFTER.match(text, name.end)
        if after:  # "Denise Marchetti, Voltline's CEO, …"
            verb = "was" if re.search(r"\b(?:was|were|had|did)\b", text) else "is"
            yield Found("person", name.start, name.end, SCORES["person"] + 5,
                        f"Who {verb} {after.group(1)}?")
            continue
        match = _ROLE_BEFORE.search(text, max(0, name.start - 60), name.start)
        if match is None:
            continue
        owner, role = match.group(1), match.group(2).lower()
        if owner.split()[0].lower() in COMMON | OPENERS or match.start() == 0 and (
                book.kind(owner) in ("person", "title") or owner in DEMONYMS
                or owner.split()[0] not in book.mid_sentence):
            # "Then Hawks captain", "Chief executive Maria Lindholm said", "Belgian
            # champion Lotte Van Acker": the sentence's first word is nobody's, unless
            # the article writes it as a name elsewhere ("Klangwerk chief executive").
            continue
        if not all(w in ROLES or w in TITLES for w in role.split()) or owner in book.titles:
            continue
        verb = "was" if re.search(r"\b(?:was|were|had|did|said)\b", text) else "is"
        # Above the same name's other questions: a post is what a quiz asks of a person.
        yield Found("person", name.start, name.end, SCORES["person"] + 5,
                    f"Who {verb} the {owner} {role}?")


def life_facts(sentence: Sentence) -> Iterator[Found]:
    """"Dmitri Shostakovich (25 September 1906 – 9 August 1975) was…": when the
    person an encyclopedia entry opens with was born, and died; and an infobox's
    "Born: 7 November 1878, Vienna, Austria-Hungary", of the person it is about."""
    box = _INFOBOX.match(sentence.text)
    if box and sentence.referent:
        event = "was {} born" if box.group(1) == "Born" else "did {} die"
        wh = event.format(sentence.referent)
        yield Found("date", box.start(2), box.end(2), SCORES["date"], f"When {wh}?")
        if box.group(3):
            verb = "born" if box.group(1) == "Born" else "die"
            yield Found("place", box.start(3), box.end(3), SCORES["place"],
                        f"Where {wh.rsplit(' ', 1)[0]} {verb}?")
        return
    match = _LIFE.match(sentence.text)
    if match is None or not (match.group(3) or re.search(r"\((?:born|b\.)", match.group())):
        return  # "The Lantern Keepers (2025)": a year alone is a film's, not a life's
    words = match.group(1).split()
    while words and words[0].lower() in COMMON and words[0].lower() not in TITLES:
        words = words[1:]  # "When Sir Ernest Shackleton (1874–1922) advertised…"
    name = " ".join(words)
    if not name:
        return
    for group, ask in ((2, f"When was {name} born?"), (3, f"When did {name} die?")):
        if match.group(group):
            yield Found("date", match.start(group), match.end(group), SCORES["date"], ask)


def _credited(text: str, start: int, end: int) -> bool:
    """Is the name who said or reported something ("…, says Abagnale", "as Variety
    reported", "told the Times"): a source of the article, not a fact of it?"""
    return bool(_SPEAKER_AFTER.match(text, end) or _SPEAKER_BEFORE.search(text[:start]))
