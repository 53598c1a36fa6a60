"""What the things a sentence names are: people, places, organisations, cast."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from lemminflect import getAllLemmas

from quiz.core.answers import COMPANY_SUFFIXES
from quiz.authoring.drafting.cast import cast_pairs, cues_of
from quiz.authoring.drafting.described import PLACE_NOUNS, described
from quiz.authoring.drafting.mentions import ROMAN, Name, Sentence, text_before
from quiz.authoring.drafting.verbs import is_noun
from quiz.authoring.drafting.places import place_noun
from quiz.authoring.drafting.words import (
    COMMON, COMPOUND_NUMBER, DEMONYM_PEOPLE, EVENT_WORDS, KIN, NAME, NAME_PARTICLE, NATIONALITIES, ORG_WORDS, PLACE_WORDS, ROLES,
    TITLES,
)

# What a name is, said right after it: "NASA's OSIRIS-REx mission", "its Hera spacecraft".
_KIND_AFTER = re.compile(r" (mission|spacecraft|probe|rover|telescope|satellite|rocket|ship|"
                         r"submarine|project|programme|program|operation|campaign|band)\b")
# "in Wheeling, West Virginia": the name after a place and a comma is where it lies.
_IN_PLACE = re.compile(r"\b(?:in|at|from|near) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, $")
# "played by" is present passive ("C, played by A"); "A played C" is the past.
PAST_CAST = re.compile(r"\b(?:was|starred|appeared|returned)\b|^(?:played|portrayed)$")
NICKNAME_CUE = re.compile(
    r"(?:known as|nicknamed|nickname|call(?:s|ed)?(?: (?:it|him|her|them))?|dubbed|aka|"
    r"a\.k\.a\.|alias|so-called)\s*,?\s*$",
    re.IGNORECASE)
_PERSON_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|agent|actor|actress|director|writer|creator|showrunner|"
    r"producer|author|singer|star|President|Secretary|Minister|Governor|Senator|Mayor|coach|"
    r"captain|manager|striker|player|goalkeeper|chairman|spokesperson|spokesman|spokeswoman|"
    r"engineer|architect|journalist|reporter|married|divorced)\.? $", re.IGNORECASE)
_PERSON_AFTER = re.compile(
    r"(?:,? (?:said|says|told|wrote|writes|added|explained|recalled|argued|claimed)\b"
    r"|, \d{1,3},| \(\d{1,3}\)| (?:was|is) \d{1,3}\b"
    # "Lise Meitner (7 November 1878 – 27 October 1968)": a life's span.
    r"| \((?:(?:born |b\. )[^()]{0,25}\d{4}|[^()]{0,25}\d{4}\s*[–—-]\s*[^()]{0,25}\d{4})\))")
# "Giovanni Poggi, the director of the Uffizi": a post; not "Green, the drummer Mick
# Fleetwood", a list of others.
_POST_AFTER = re.compile(r", (?:the|a|an|his|her|their) (?:[\w-]+ ){0,2}?([a-z]+)\b(?! [A-Z])")
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|across|outside|inside|into|through|around|within|throughout|reached|"
    r"(?:sailed|flew|moved|retired|emigrated|travell?ed|returned|fled|marched|headed|steamed|"
    r"rowed|drove|rode|walked|came|went|escaped)(?: [a-z]+){0,3} (?:to|from)"
    r"|(?:sailed|flew|travell?ed|marched|steamed|drove|rode|walked|came|went|fled) from "
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? to) $",
    re.IGNORECASE)
PHRASE_FOLLOWERS = frozenset("""
in on at for with along after before when where during and but to from since until because
as by of while which who this last within throughout
""".split())
# "walk to Via dei Tribunali", "the Little Mesters": a plain word in the middle of a
# sentence, capitalised before a name's particle or after "the", begins the name.
_NAME_OPENER = re.compile(rf"(?!(?:The|A|An|In|On|At|And|Or|Of|To) )[A-Z][a-z]+ {NAME_PARTICLE} [A-Z]")
_THE_OPENER = re.compile(r"(?<=[a-z] the )(?!(?:The|A|An|In|On|At|And|Or|Of|To) )[A-Z][a-z]+ [A-Z]")


def _raw_names(text: str) -> list[Name]:
    """Runs of capitalised words, without the common words that open them."""
    out = []
    for match in NAME.finditer(text):
        start, value = match.start(), match.group()
        if text[start - 1:start] == "°" or text[match.end():match.end() + 1] in ("$", "₵", "€", "£"):
            continue  # "485°C", "NZ$48 million": a unit or a currency, nobody's name
        while True:
            head, _, rest = value.partition(" ")
            # "Queen Elizabeth II" keeps her title; "President" alone opening a
            # sentence is no name.
            # A verb opens a name only where it opens the sentence ("Born Joseph…");
            # "Eat Pray Love" is a title.
            opening = not text[:start].strip(" “\"")
            if (head.lower().rstrip(".") not in COMMON and not (opening and _only_a_verb(head))
                    and not re.fullmatch(COMPOUND_NUMBER, head.lower())  # "Fifty-two Americans"
                    and head.lower() not in ROLES and head not in DEMONYM_PEOPLE
                    or _NAME_OPENER.match(value) and start > 1 and text[start - 2].islower()
                    or _THE_OPENER.match(text, start)
                    or head.lower() in TITLES and rest[:1].isupper()
                    or not rest or rest[0] in "“\""
                    # "New Haven", "South Africa", "Great Britain": a common word a
                    # place's name opens with.
                    or head in _PLACE_FIRST | {"Great", "Little", "Long", "Old"}
                    and place_noun(" ".join(value.split()[:2]))):
                break
            start += len(head) + 1
            value = rest
        head, _, rest = value.partition(" ")
        if head in NATIONALITIES and _a_person(rest):
            start, value = start + len(head) + 1, rest  # "beat Australian Jack Tennant"
        if value.lower().rstrip(".") not in COMMON:
            out.extend(_apart(Name(start, start + len(value), value)))
    return out


def _a_person(words: str) -> bool:
    """"Jack Tennant", not "Broadcasting Corporation" nor "Open": a name of two or three
    words, none a body's, a place's or an event's."""
    parts = words.split()
    return 2 <= len(parts) <= 3 and not any(
        w in ORG_WORDS or w in PLACE_WORDS or w in EVENT_WORDS or not w[:1].isupper() for w in parts)


def _apart(name: Name) -> list[Name]:
    """"Dante Lauretta of the University of Arizona" is a person and a university;
    "Annika van Wyk of Cape Town" a person and a city ("Bank of England" is one name)."""
    left, of, right = name.text.partition(" of the ")
    if not of:
        left, of, right = name.text.partition(" of ")
    words = left.split()
    if (not of or len(words) < 2 or getAllLemmas(words[-1].lower())
            or of == " of the " and right.split()[0] not in ORG_WORDS
            or of == " of " and words[0].lower() in _NOBLE):  # "Queen Margherita of Savoy"
        return [name]
    right = name.start + len(left) + len(of)
    return [Name(name.start, name.start + len(left), left),
            Name(right, name.end, name.text[right - name.start:])]


def _only_a_verb(word: str) -> bool:
    """"Played", "Written": a capitalised word that cannot be a name's, only a verb's
    form; "Peter" and "Rob" are verbs too, but as they stand, and names."""
    lemmas = getAllLemmas(word.lower())
    return bool(lemmas) and not set(lemmas) & {"NOUN", "ADJ", "PROPN"} and word.lower() not in lemmas.get("VERB", ())


def _dictionary_words(name: str) -> bool:
    """"Big Cat Rescue", "Outstanding Limited Series": a name made of plain words is
    a title or an organisation's, not a person's."""
    return all(w.lower() in COMMON or w.rstrip(".").isdigit() or getAllLemmas(w.lower())
               for w in name.split())


def _opens_sentence(text: str, name: Name) -> bool:
    return name.start < 4 and not text[:name.start].strip("“\"‘( ")


def _words_inside(text: str, name: Name) -> list[str]:
    """The words of a name that stand where only a name is capitalised."""
    words = name.plain.split()
    return words[1:] if _opens_sentence(text, name) else words


_THE = "the"  # the vote of a name written after "the"
_HONOURS = frozenset("Fellow Member Knight Dame Companion Officer Commander Order".split())

# Titles a place follows as part of the name: "Don John of Austria", "Baron Clive of Plassey".
_NOBLE = TITLES | frozenset("don baron duke duchess count countess earl marquess viscount".split())
# What only a person does, said right after the name (past an aside between commas).
_DOES_AS_PEOPLE_DO = re.compile(
    r"(?:, (?:the|a|an) [a-z][^,;]{1,60},)?,? (?:did not|answered|marched|rode|wrote|told|withdrew|"
    r"ordered|refused|hoped|wanted|believed|studied|married|was born|was crowned|was stabbed)\b")
# What a firm is called by, just before its name: "Old cutlery firm Loxley Blades".
_FIRM_BEFORE = re.compile(r"\b(?:firm|maker|company|roaster|brewer|brewery|distiller|producer|"
                          r"manufacturer|retailer|bottler|exporter|supplier|carmaker) $")
_STORMS = frozenset("Cyclone Hurricane Typhoon Storm".split())
_PLACE_FIRST = frozenset(
    "North South East West Northern Southern Eastern Western New Upper Lower Outer Inner Greater"
    .split())


def _titled(word: str) -> bool:
    """"Lieutenant", "Major-General", "CEO", "Sir": a word before a name, not of it."""
    plain = word.lower().rstrip(".")
    return (plain in TITLES or plain in ROLES or plain in _RANKS or word.isupper()
            or any(part in TITLES or part in _RANKS for part in plain.split("-")[1:]))


_RANKS = frozenset("lieutenant major vice rear brigadier marshal commander chief baron earl count dr prof".split())


class NameBook:
    """What the whole article says about each name: a person, a place, an organisation."""

    def __init__(self, sentences: list[Sentence]) -> None:
        raw = {id(s): _raw_names(s.text) for s in sentences}
        # A word capitalised only where it opens a sentence is not known to be a name.
        self.mid_sentence = {word for s in sentences for n in raw[id(s)]
                             for word in _words_inside(s.text, n)}
        self.evidence: dict[str, Counter[str]] = defaultdict(Counter)
        self.titles: set[str] = set()
        self._people: dict[str, set[str]] | None = None
        for sentence in sentences:
            sentence.names = [n for n in raw[id(sentence)] if self._is_name(sentence.text, n)]
        # Who acts, by all the article says: the real person a drama is about is named
        # again, the actor who plays them seldom, unless a bio follows.
        cues = cues_of(sentences)
        for sentence in sentences:
            sentence.cast = list(cast_pairs(sentence, cues))
            self._note(sentence)
        for name in list(self.evidence):
            words = name.split()
            if len(words) > 2 and words[-1].rstrip(".").lower() in COMPANY_SUFFIXES:
                # "Yeongdo Eomuk Co." is a firm, and so is the "Yeongdo Eomuk" it goes by.
                self.evidence[" ".join(words[:-1])]["organization"] += 3
        people = [name for name in self.evidence if " " in name and self.kind(name) == "person"]
        for name in people:
            self.evidence[name.rsplit(" ", 1)[-1]]["person"] += 2

    def _is_name(self, text: str, name: Name) -> bool:
        if " " in name.text:
            return True
        return not _opens_sentence(text, name) or name.text in self.mid_sentence

    def _note(self, sentence: Sentence) -> None:
        text = sentence.text
        for actor, character, _ in sentence.cast:
            self.evidence[actor.plain]["person"] += 3
            self.evidence[character.plain]["person"] += 3
        for name in sentence.names:
            before, after = text_before(text, name.start), text[name.end:name.end + 40]
            counter = self.evidence[name.plain]
            if after.startswith(":"):
                self.titles.add(name.plain)
            previous = before.rstrip().rsplit(" ", 1)[-1]
            if (_PERSON_BEFORE.search(before) or _PERSON_AFTER.match(after)
                    or previous in DEMONYM_PEOPLE or previous in ROLES | KIN):
                counter["person"] += 2  # "the Englishman William John Wills", "her trainer X"
            post = _POST_AFTER.match(after)
            if post and post.group(1) in ROLES:
                counter["person"] += 2  # "Giovanni Poggi, the director of the Uffizi"
            if re.search(r"\d[- ]years?[- ]old $", before):
                counter["person"] += 2
            if ((not before.strip() or re.fullmatch(r"(?:The|A|An|Its|His|Her|Their) [^,]{1,50}, ", before))
                    and _DOES_AS_PEOPLE_DO.match(text, name.end)):
                counter["person"] += 1  # "Qutuz did not wait", "Baybars, the commander…, rode out"
            titled = name.plain.split()[0].lower() in TITLES
            if _PLACE_BEFORE.search(before) or _IN_PLACE.search(before) and not titled:
                counter["place"] += 1
            if re.search(r"(?:^|\s)the $", before):
                counter[_THE] += 1  # "the Petrograd Conservatory": nobody is "the Ann Reyes"
            kind_after = _KIND_AFTER.match(text, name.end)
            if kind_after and re.search(r"(?:['’]s|\b(?:[Tt]he|its|their|his|her)) $", before):
                counter[kind_after.group(1)] += 2  # "NASA's OSIRIS-REx mission"
            if _FIRM_BEFORE.search(before):
                counter["company"] += 2  # "Porto tile maker Ribeira Azulejos", "the firm Kestrel"
            noun = described(text, name.start, name.end)
            if noun:
                counter[noun] += 2

    def people_named(self, surname: str) -> set[str]:
        """The people the article names in full with this last name, titles left off
        ("Major-General James Wolfe" is James Wolfe)."""
        if self._people is None:
            self._people = self._people_by_surname()
        return self._people.get(surname, set())

    def _people_by_surname(self) -> dict[str, set[str]]:
        """Each last name's people, read once: a question per name must not read every
        name again (an article of thousands of names would cost their square)."""
        # "Loxley" of Loxley Blades, the firm a Loxley founded, or "Morishita" of
        # Osaka-based Morishita Textiles: which? No one's, then.
        inner = {word for name in self.evidence for word in name.split()[:-1]}
        found: dict[str, set[str]] = defaultdict(set)
        for name in self.evidence:
            words = name.split()
            if len(words) < 2 or words[-1] in inner:
                continue
            kind = self.kind(name)
            # "Puebla de Zaragoza", named after General Zaragoza, is no Zaragoza of his.
            if ((kind == "person" or kind in ROLES)
                    and not place_noun(words[0]) and not self.evidence[name]["place"]):
                while len(words) > 2 and _titled(words[0]):
                    words = words[1:]
                if not _titled(words[0]):
                    found[words[-1]].add(" ".join(words))
        # "Raymond Cutler" and "Raymond Dale Cutler" are one man, named whole.
        return {surname: {name for name in names if not any(
                    other != name and other.split()[0] == name.split()[0] and len(other) > len(name)
                    for other in names)}
                for surname, names in found.items()}

    def kind(self, name: str) -> str | None:
        """person, place, organization or event; None when the article does not tell."""
        words = name.split()
        if name in self.titles and self.evidence[name]["person"] < 2:
            return None  # "Narcos: Mexico"; but "Lise Meitner: A Life" is still hers
        votes = self.evidence.get(name, Counter())
        # "Storm Light", a drama's title, is no storm: a storm's name is nobody's word.
        if len(words) > 1 and words[0] in _STORMS and not getAllLemmas(words[1].lower()):
            return words[0].lower()  # "Cyclone Giselle" is a cyclone, not a woman
        if votes["person"] >= 2 and len(words) > 1 and not any(w in ORG_WORDS for w in words):
            return "person"  # "married Sophia Kingdom, whom he had met": no kingdom
        if words[0] in _HONOURS:
            return "title"  # "Fellow of the Royal Society"
        if (all(w.isupper() for w in words) or any(w.rstrip(".") in ORG_WORDS for w in words)
                or name.endswith("+")  # "Disney+", "Strand+": a streaming service
                or any(w.isupper() and len(w.rstrip(".")) > 1 and not ROMAN.fullmatch(w)
                       for w in words)):
            # "BBC One": an acronym is nobody's name; "William A. Fowler" has an initial.
            # "a subsidiary of United States Industrial Alcohol" is a company.
            return "company" if votes["company"] >= 2 else "organization"
        if any(w.rstrip(".") in PLACE_WORDS for w in words) or "upon" in words:
            return "place"  # "Barrow upon Humber": a town on its river
        if any(w in EVENT_WORDS for w in words):
            return "event"
        numbered = re.fullmatch(r"(?:The )?([A-Z][a-z]+) No\. \d+", name)
        if numbered and is_noun(numbered.group(1).lower()):
            return numbered.group(1).lower()  # "Symphony No. 5" is a symphony
        # "Bennu, a carbon-rich asteroid", "the newspaper Pravda": what the article
        # calls it, unless it is plainly somebody.
        nouns = [(n, k) for k, n in votes.items() if k not in ("person", "place", _THE)]
        if nouns and max(nouns)[0] >= votes["person"]:
            noun = max(nouns)[1]
            # "the city of Leningrad", and "in Leningrad" elsewhere: asked "Where…".
            return "place" if noun in PLACE_NOUNS and votes["place"] else noun
        if votes["person"] > votes["place"]:
            return "person"
        if place_noun(name):
            return "place"
        if _dictionary_words(name) or re.search(r" vs?\. ", name):
            return "title"
        # "Sunset Ridge Big Cat Sanctuary", "General Archive of the Indies": a name made
        # on a plain noun is a place's or an organisation's ("Peter Green" is too short).
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        if votes[_THE] > votes["person"] or ((len(words) >= 3 or "of" in words)
                                              and "NOUN" in getAllLemmas(head.lower())):
            return "organization"  # "the Accademia delle Arti": nobody is "the" anyone
        if len(words) > 1 and words[0] in _PLACE_FIRST:
            return "place"  # "South Georgia", "Outer Hebrides", "North Atlantic"
        if votes["place"] > votes["person"]:
            return "place"
        if len(words) > 1 and not votes and self.evidence.get(words[0], Counter())["company"]:
            return "company"  # "Tidewright Kayaks", where the article calls "Tidewright" a maker
        return "person" if len(words) > 1 else None
