"""An article's plain text -> a draft pack of candidate facts for a person to curate.

No model and no network: patterns over the article's sentences find cast lines,
quoted nicknames, dates, years, amounts, ages, counts and named people and
places. Each becomes a fact with a question and an answer, scored so that what
a person would pick comes first. Every fact is filed as `unreviewed`: nothing a
drafting tool writes is shown to a player until a person has judged its spoilers.
"""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from quiz.authoring.names import slug
from quiz.core.answers import answer_key
from quiz.core.nodereader import ID_PATTERN
from quiz.core.pack import UNREVIEWED_LEVEL

MAX_FACTS = 60
SOURCE_ID = "article"
MIN_WORDS, MAX_WORDS, MAX_CHARS = 5, 60, 450
# A repeated answer makes for dull distractor pools: each earlier pick of the
# same answer costs a candidate this much.
REPEAT_PENALTY = 40

# -- words ---------------------------------------------------------------------

# Capitalised only because they open a sentence, or too common to be an answer.
_COMMON = frozenset("""
a about above after again against all almost also although always among an and another any
are around as at away back be because been before being below best better between both but
by can could day days despite did do does down during each early earlier even ever every
few first for former from further get good great had has have he her here hers herself him
himself his how however i if in including inside instead into is it its itself just last
late later least less like little long made make many may me meanwhile might more most much
must my near never new next no nor not now of off often old on once one only or other our
out outside over own part people per perhaps same season series she should show since so
some still such than that the their theirs them then there these they this those though
through thus time to today together tomorrow too under unlike until up upon us very via was
we well were what whatever when where whereas whether which while who whom whose why will
with within without would year years yesterday yet you your warning update note read watch
photo image courtesy source editor credit advertisement episode chapter part act scene deal
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr sir lord lady
president secretary minister governor mayor captain coach director chairman chief head king
queen prince princess general agent officer judge senator manager writer actor actress
star singer author producer creator showrunner striker goalkeeper spokesperson
""".split())
_MONTHS = ("January February March April May June July August September October "
           "November December").split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_PARTICLES = "de|del|della|der|den|di|da|das|do|dos|du|la|las|le|los|van|von|y|bin|ibn|al"
_NICKNAME_SMALL = frozenset("of the de del la el los las and y da di du van von a an in on".split())
_ORG_WORDS = frozenset("""
Cartel Club FC AFC CF SC United Rovers Athletic Wanderers Inc Corp Corporation Company Co
Ltd LLC Group Agency Association Federation League Union Council Committee Commission
Department Ministry Office University College School Institute Foundation Bank Party Army
Navy Police Court Times News Post Press Network Studios Records Pictures Media Entertainment
Administration Bureau Service Services Authority Board Trust Society Orchestra Band Team
""".split())
_PLACE_WORDS = frozenset("""
City Town Village County Province Region District River Lake Bay Sea Ocean Island Islands
Mountain Mountains Mount Hill Hills Valley Park Street Road Avenue Square Bridge Station
Airport Stadium Arena Prison Castle Tower Harbour Harbor Port Beach Coast Forest Desert
Canal Falls Gardens Palace Cathedral Republic Kingdom
""".split())
_EVENT_WORDS = frozenset("""
Operation War Battle Treaty Act Festival Awards Award Prize Cup Championship Olympics Games
Summit Conference Expedition
""".split())
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof st jr sr vs etc inc ltd co corp no gen col lt sgt capt rev gov sen rep
jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est fig
""".split())
# Words that end in s without being a plural a count could be of.
_NOT_PLURAL = frozenset("""
was has is as its his this thus us yes plus across always perhaps whereas towards besides
unless less does goes ours yours hers theirs afterwards news series
""".split())
_SUBJECT_BLOCKERS = frozenset("""
when which who whom whose that and but or nor while where because as if so though although
after before since until unless whether what how why
""".split())
# A question about "it" or "she" out of its paragraph is a riddle.
_PRONOUNS = frozenset("it he she they we i you this that these those".split())
_DETERMINERS = frozenset("the a an his her its their this that these those our my your".split())
# Auxiliaries a question can be formed around by moving them ahead of the subject.
_AUXILIARIES = frozenset(
    "is are was were has have had will would can could should may might".split())
# A few verbs news sentences hang a date or an amount on, with their base form,
# so that "The bridge opened in 1932" can become "In what year did the bridge open?".
_PAST_TO_BASE = {
    "opened": "open", "closed": "close", "premiered": "premiere", "debuted": "debut",
    "launched": "launch", "began": "begin", "started": "start", "ended": "end",
    "finished": "finish", "joined": "join", "left": "leave", "moved": "move",
    "returned": "return", "retired": "retire", "died": "die", "married": "marry",
    "won": "win", "lost": "lose", "signed": "sign", "scored": "score", "dropped": "drop",
    "arrived": "arrive", "cost": "cost", "paid": "pay", "earned": "earn", "raised": "raise",
    "spent": "spend", "grossed": "gross", "received": "receive", "sold": "sell",
    "bought": "buy", "made": "make",
}
_PRESENT_TO_BASE = {"costs": "cost", "earns": "earn", "pays": "pay", "raises": "raise"}
_WORD_NUMBERS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                 "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
                 "seventy eighty ninety hundred dozen").split()

# -- patterns ------------------------------------------------------------------

# Upper-case letters of the Latin, Greek and Cyrillic scripts: `re` has no \p{Lu}.
_UPPER = "".join(c for c in map(chr, range(0x2000)) if c.isupper())
_U = f"[{_UPPER}]"
_NAME_WORD = rf"(?:{_U}\.(?:{_U}\.)*|{_U}[^\W_]*(?:['’](?!s\b)[^\W\d_]+|-[^\W\d_]+)*)"
_NAME = re.compile(
    rf"(?<![\w'’.-]){_NAME_WORD}"
    rf"(?: (?:(?:{_PARTICLES}) )*{_NAME_WORD}"
    rf"| [“\"]{_U}[^“”\"]{{0,30}}[”\"] {_NAME_WORD})*")
_QUOTED = re.compile(r"“([^“”]{1,60})”|\"([^\"]{1,60})\"")
_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{'|'.join(_WORD_NUMBERS)}))"
_NUMBER_BEFORE = r"(?<![\w$€£¥.,:/#-])"
_NUMBER_AFTER = r"(?![\w%]|[.,:/-]\d)"
_CURRENCY = r"(?:US\$|A\$|C\$|\$|€|£|¥)"
_AMOUNT = r"\d+(?:,\d{3})*(?:\.\d+)?"
_SCALE = r"(?:\s?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)"
_MONTH = "|".join(_MONTHS + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                             "Oct", "Nov", "Dec"])
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_TIME_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)"

# A number and the plural it counts: "six police officers", "2.5 million people".
_COUNT = re.compile(
    rf"{_NUMBER_BEFORE}({_NUMBER}(?: (?:thousand|million|billion))?) "
    rf"((?:[a-z][a-z-]* )?(?!(?:{'|'.join(_NOT_PLURAL)})\b)"
    rf"(?:[a-z][a-z-]*s|people|children|men|women))\b{_NUMBER_AFTER}")
# (kind, pattern, group holding the answer, None for whichever group matched);
# earlier kinds win where spans overlap: "February 7, 1985" is a date, not a year.
_NUMERIC = [
    ("money", re.compile(
        rf"(?<![\w$€£¥]){_CURRENCY}\s?{_AMOUNT}(?:\s(?:or|to)\s{_CURRENCY}?{_AMOUNT})?{_SCALE}?"
        rf"(?![\w%:]|[.,/]\d)"
        rf"|(?<![\w.,]){_AMOUNT}{_SCALE}?\s(?:dollars|euros|pounds|pesos|yen|USD|EUR|GBP)\b"), 0),
    ("date", re.compile(
        rf"\b(?:(?:{_MONTH})\.? {_DAY}(?:,? \d{{4}})?|{_DAY} (?:of )?(?:{_MONTH})\.?(?:,? \d{{4}})?"
        rf"|(?:{'|'.join(_MONTHS)}) \d{{4}})\b"), 0),
    ("percent", re.compile(rf"(?<![\w.,]){_AMOUNT}(?:\s?%|\s(?:percent|per cent)\b)"), 0),
    ("age", re.compile(
        rf"{_NUMBER_BEFORE}(\d{{1,3}})[- ]years?[- ]old\b"
        rf"|\b(?:aged|age of|age) (\d{{1,3}})\b"
        rf"|\b(?:[Hh]e|[Ss]he|{_U}[^\W\d_]+) (?:was|is|turned|turns) (\d{{1,3}})"
        rf"(?=[,.;)]| when| at|$)"
        rf"|{_U}[^\W\d_]+, (\d{{1,3}}),"), None),
    ("duration", re.compile(rf"{_NUMBER_BEFORE}({_NUMBER})[- ]{_TIME_UNIT}\b(?![- ]old)"), 1),
    ("decade", re.compile(
        r"(?:\b(?:early|mid|late)[- ])?(?:(?<![\w$])(?:1[5-9]|20)\d0s|[’'‘]\d0s)\b"), 0),
    ("year", re.compile(rf"{_NUMBER_BEFORE}(?:1[5-9]\d\d|20\d\d){_NUMBER_AFTER}"), 0),
    ("count", _COUNT, 1),
]

_CAST_VERB = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:(?:will|to)\s+play|plays|played|portrays|portrayed|"
    r"(?:stars|starred|starring|appears|appeared|returns|returned)\s+as|as)\s+"
    r"(?:the\s+(?:role|part)\s+of\s+|(?:his|her|their)\s+(?:[a-z-]+\s+){1,2})?$")
_CAST_BY = re.compile(
    r"\s*[(,]?\s*(?:who\s+)?(?:is\s+|was\s+|will\s+be\s+)?(?:played|portrayed)\s+by\s+$")
# "played by" is present passive ("C, played by A"); "A played C" is the past.
_PAST_CAST = re.compile(r"\b(?:was|starred|appeared|returned)\b|^(?:played|portrayed)$")
_NICKNAME_CUE = re.compile(
    r"(?:known as|nicknamed|nickname|call(?:s|ed)?(?: (?:it|him|her|them))?|dubbed|aka|"
    r"a\.k\.a\.|alias|so-called)\s*,?\s*$",
    re.IGNORECASE)
_PERSON_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|agent|actor|actress|director|writer|creator|showrunner|"
    r"producer|author|singer|star|President|Secretary|Minister|Governor|Senator|Mayor|coach|"
    r"captain|manager|striker|player|goalkeeper|chairman|spokesperson|spokesman|spokeswoman|"
    r"engineer|architect|journalist|reporter)\.? $", re.IGNORECASE)
_PERSON_AFTER = re.compile(
    r"(?:,? (?:said|says|told|wrote|writes|added|explained|recalled|argued|claimed)\b"
    r"|, \d{1,3},| \(\d{1,3}\)| (?:was|is) \d{1,3}\b)")
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|across|outside|inside|into|through|around|within|throughout) $")
_PHRASE_FOLLOWERS = frozenset("""
in on at for with along after before when where during and but to from since until because
as by of while which who
""".split())
_NEXT_CLAUSE = re.compile(r"(?:^|,\s*|\s+)(?:and|but|yet|so|while|whereas|although|though)\b|;")
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|or|when|while|which|who|that|because|where)\b")
# A colon after a lower-case word starts a clause; after a capitalised one
# ("Narcos: Mexico") it is part of a title.
_CLAUSE_COLON = re.compile(r"(?:^|[^\w’'])[a-z][\w’']*:|;")
# Only from the first of a run of stops: a long run is not rescanned from each one.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"”’)\]]*\s+")
_FINAL_PUNCTUATION = re.compile(r"[\s.!?…;:,]+$")
_QUOTATION = re.compile(r"[“\"]([^“”\"]*)[”\"]?")
# Colour codes and titles from text copied out of a terminal: the whole sequence
# goes, not only its ESC, so that no "[31m" is left in a fact.
_TERMINAL_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,200}(?:\x07|\x1b\\)?")
# What `clean` does to characters a pack may not hold (or that would break a YAML
# line): line separators end the line, other controls become a space so that
# the words either side stay apart, and bidi overrides, invisible marks and lone
# surrogates go.
_CLEANING = {
    **{c: " " for c in [*range(0x20), *range(0x7f, 0xa0), 0xfffe, 0xffff] if chr(c) not in "\n\t"},
    **{ord(c): "\n" for c in "\r\x85\u2028\u2029"},
    **{ord(c): None for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                             "\u200e\u200f\u061c\ufeff\u200b\xad"},
    **{c: None for c in range(0xd800, 0xe000)},
}

_SCORES = {
    "actor": 100, "nickname": 90, "date": 85, "money": 85, "year": 80, "age": 75,
    "character": 70, "percent": 70, "count": 65, "duration": 60, "decade": 60,
    "person": 45, "place": 40, "organization": 30, "event": 30,
}
# What comes before an answer in the phrase a question replaces.
_PHRASE_BEFORE = {
    "year": re.compile(r"\b[Ii]n (?:(?:early|late|mid-?) )?$"),
    "decade": re.compile(r"\b[Ii]n the $"),
    "date": re.compile(rf"\b[Oo]n (?:(?:{'|'.join(_WEEKDAYS)}),? )?$"),
    "place": re.compile(r"\b(?:[Ii]n|[Aa]t) $"),
    "money": re.compile(rf"\b(?:{'|'.join([*_PAST_TO_BASE, *_PRESENT_TO_BASE])}|worth|is|was) $"),
}
_WH = {"year": "In what year", "date": "On what date", "decade": "In which decade",
       "money": "How much", "place": "Where"}


@dataclass(frozen=True)
class Candidate:
    """One candidate fact, as a curator will review it."""

    kind: str
    answer: str
    statement: str
    ask: str
    paragraph: int  # 1-based among the article's non-empty lines
    context: str  # the paragraph, or the sentences around the statement when it is long
    score: int
    accept: tuple[str, ...] = ()
    # Where the statement stands, so that equal scores keep the article's order.
    order: tuple[int, int] = field(default=(0, 0), compare=False, repr=False)


# -- text ------------------------------------------------------------------------

def clean(text: str) -> str:
    """The article as a pack may hold it: no control, bidi or invisible characters."""
    text = _TERMINAL_ESCAPE.sub("", text.replace("\r\n", "\n"))
    return unicodedata.normalize("NFC", text.translate(_CLEANING))


def paragraphs(article: str) -> list[str]:
    """The non-empty lines of an article, single-spaced; a fact's `article#N` counts these."""
    lines = (" ".join(line.split()) for line in clean(article).split("\n"))
    return [line for line in lines if line]


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, keeping a quotation in one piece."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        following = paragraph[match.end():match.end() + 2].lstrip("“\"‘(")[:1]
        if not (following.isupper() or following.isdigit()):
            continue
        if match.group().startswith(".") and _abbreviation_ends(
                paragraph[max(0, match.start() - 12):match.start()]):
            continue
        pieces.append(paragraph[start:match.end()].strip())
        start = match.end()
    pieces.append(paragraph[start:].strip())
    merged: list[str] = []
    for piece in filter(None, pieces):
        # A quotation left open swallows what follows, but only so far: past the
        # longest sentence kept it is no fact anyway.
        if merged and _quote_open(merged[-1]) and len(merged[-1]) <= MAX_CHARS:
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged


def _abbreviation_ends(text: str) -> bool:
    """Does the text end in "Mr", "U.S" or an initial, so that its period ends no sentence?"""
    word = text.rsplit(" ", 1)[-1]
    return ("." in word or word.lower() in _ABBREVIATIONS
            or (len(word) == 1 and word.isupper()))


def _quote_open(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


# -- names -----------------------------------------------------------------------

@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    text: str

    @property
    def plain(self) -> str:
        """The name without a nickname in it: Enrique “Kiki” Camarena -> Enrique Camarena."""
        return " ".join(_QUOTED.sub(" ", self.text).split())


@dataclass
class _Sentence:
    text: str
    paragraph: int
    order: int
    context: str
    names: list[_Name] = field(default_factory=list)
    # (actor, character, verb): the verb tells the tense to ask in.
    cast: list[tuple[_Name, _Name, str]] = field(default_factory=list)


def _raw_names(text: str) -> list[_Name]:
    """Runs of capitalised words, without the common words that open them."""
    out = []
    for match in _NAME.finditer(text):
        start, value = match.start(), match.group()
        while True:
            head, _, rest = value.partition(" ")
            if head.lower().rstrip(".") not in _COMMON or not rest or rest[0] in "“\"":
                break
            start += len(head) + 1
            value = rest
        if value.lower().rstrip(".") not in _COMMON:
            out.append(_Name(start, start + len(value), value))
    return out


def _opens_sentence(text: str, name: _Name) -> bool:
    return name.start < 4 and not text[:name.start].strip("“\"‘( ")


def _words_inside(text: str, name: _Name) -> list[str]:
    """The words of a name that stand where only a name is capitalised."""
    words = name.plain.split()
    return words[1:] if _opens_sentence(text, name) else words


class _NameBook:
    """What the whole article says about each name: a person, a place, an organisation."""

    def __init__(self, sentences: list[_Sentence]) -> None:
        raw = {id(s): _raw_names(s.text) for s in sentences}
        # A word capitalised only where it opens a sentence is not known to be a name.
        self.mid_sentence = {word for s in sentences for n in raw[id(s)]
                             for word in _words_inside(s.text, n)}
        self.evidence: dict[str, Counter[str]] = defaultdict(Counter)
        self.titles: set[str] = set()
        for sentence in sentences:
            sentence.names = [n for n in raw[id(sentence)] if self._is_name(sentence.text, n)]
            sentence.cast = list(_cast_pairs(sentence))
            self._note(sentence)
        people = [name for name in self.evidence if " " in name and self.kind(name) == "person"]
        for name in people:
            self.evidence[name.rsplit(" ", 1)[-1]]["person"] += 2

    def _is_name(self, text: str, name: _Name) -> bool:
        if " " in name.text:
            return True
        return not _opens_sentence(text, name) or name.text in self.mid_sentence

    def _note(self, sentence: _Sentence) -> None:
        text = sentence.text
        for actor, character, _ in sentence.cast:
            self.evidence[actor.plain]["person"] += 3
            self.evidence[character.plain]["person"] += 3
        for name in sentence.names:
            before, after = _before(text, name.start), text[name.end:name.end + 40]
            counter = self.evidence[name.plain]
            if after.startswith(":"):
                self.titles.add(name.plain)
            if _PERSON_BEFORE.search(before) or _PERSON_AFTER.match(after):
                counter["person"] += 2
            if re.search(r"\d[- ]years?[- ]old $", before):
                counter["person"] += 2
            if _PLACE_BEFORE.search(before):
                counter["place"] += 1

    def kind(self, name: str) -> str | None:
        """person, place, organization or event; None when the article does not tell."""
        words = name.split()
        if name in self.titles:
            return None
        if all(w.isupper() for w in words) or any(w in _ORG_WORDS for w in words):
            return "organization"
        if any(w in _PLACE_WORDS for w in words):
            return "place"
        if any(w in _EVENT_WORDS for w in words):
            return "event"
        votes = self.evidence.get(name, Counter())
        if votes["person"] > votes["place"]:
            return "person"
        if votes["place"] > votes["person"]:
            return "place"
        return "person" if len(words) > 1 else None


def _before(text: str, index: int) -> str:
    """The few words before a point, which is all the patterns that look back need."""
    return text[max(0, index - 60):index]


def _person_like(name: _Name) -> bool:
    words = name.plain.split()
    return (0 < len(words) <= 5 and not any(w.isupper() and len(w) > 1 for w in words)
            and not any(w in _ORG_WORDS or w in _PLACE_WORDS for w in words))


def _cast_pairs(sentence: _Sentence) -> Iterator[tuple[_Name, _Name, str]]:
    """(actor, character, verb) for "A plays C", "C (played by A)", "C (A)" and the like."""
    text, names = sentence.text, sentence.names
    for first, second in zip(names, names[1:]):
        gap = text[first.end:second.start]
        if not (_person_like(first) and _person_like(second)):
            continue
        if _CAST_VERB.fullmatch(gap) and not (gap.strip() == "as" and " " not in second.text):
            yield first, second, gap.strip()
        elif _CAST_BY.fullmatch(gap):
            yield second, first, gap.strip(" ,(")
        elif gap == " (" and text[second.end:second.end + 1] == ")" and " " in second.text:
            yield second, first, "("


# -- questions -------------------------------------------------------------------

def _lower_first(text: str) -> str:
    head, _, rest = text.partition(" ")
    if head.lower() in _COMMON:
        head = head[:1].lower() + head[1:]
    return f"{head} {rest}" if rest else head


def _plausible_subject(subject: str) -> bool:
    words = subject.split()
    return (0 < len(words) <= 6 and not any(w.lower() in _SUBJECT_BLOCKERS for w in words)
            and subject.lower() not in _PRONOUNS
            and words[-1].lower() not in _DETERMINERS and not re.search(r"[“”\"();]", subject))


def _inverted(text: str, start: int, end: int, wh: str) -> str | None:
    """Cut the phrase [start, end) out of a sentence and ask for it, verb first.

    "After a decade, Gallardo was arrested in 1989." with "in 1989" cut ->
    "In what year, after a decade, was Gallardo arrested?". None when the
    sentence is not built simply enough to turn around safely.
    """
    for word in re.finditer(r"\S+", text):
        if start <= word.start() < end:
            continue
        verb = _verb(word.group())
        if verb is None:
            continue
        if word.start() < start and _CLAUSE_BREAK.search(text[word.end():start]):
            return None
        head = _cut(text[:word.start()], start, end)
        tail = _cut(text[word.end():], start - word.end(), end - word.end())
        # A second clause after the phrase has its own verb: the question ends before it.
        tail = _NEXT_CLAUSE.split(tail, maxsplit=1)[0]
        return _turned(head, verb, _FINAL_PUNCTUATION.sub("", tail), wh)
    return None


def _verb(word: str) -> str | None:
    """The auxiliary a question moves ahead, with any verb: "was", "opened" -> "did open"."""
    if word in _AUXILIARIES:
        return word
    if word in _PRESENT_TO_BASE:
        return f"does {_PRESENT_TO_BASE[word]}"
    if word in _PAST_TO_BASE:
        return f"did {_PAST_TO_BASE[word]}"
    return None


def _cut(text: str, start: int, end: int) -> str:
    """Text with [start, end) removed where it falls inside, commas tidied."""
    start, end = max(start, 0), max(end, 0)
    text = f"{text[:start].rstrip()} {text[end:].lstrip()}" if start < len(text) else text
    return re.sub(r"\s+,", ",", " ".join(text.split())).strip(" ,")


def _turned(head: str, verb: str, tail: str, wh: str) -> str | None:
    """wh + verb + subject + the rest, when the words before the verb are a plain subject."""
    if re.search(r"[“”\"]", head + tail) or _CLAUSE_COLON.search(head + tail):
        return None
    prefix, _, subject = head.rpartition(", ")
    if not _plausible_subject(subject) or (prefix and prefix.split()[0].lower() not in _COMMON):
        return None
    aux, _, base = verb.partition(" ")
    if aux in ("has", "have", "had") and not re.match(r"\S+(?:ed|en)\b", tail):
        return None  # "had three sons" is not "had been": no question to turn
    lead = f"{wh}, {_lower_first(prefix)}," if prefix else wh
    return " ".join(filter(None, [lead, aux, _lower_first(subject), base, tail])) + "?"


def _fill_in(text: str, start: int, end: int) -> str:
    return f"Fill in the blank: {text[:start]}____{text[end:]}"


def _phrase_start(text: str, start: int, kind: str) -> int | None:
    """Where the phrase that carries an answer starts ("in 1989", "on Thursday, May 2")."""
    before = _before(text, start)
    match = _PHRASE_BEFORE[kind].search(before)
    if match is None:
        return None
    # An amount is asked for on its own: "cost £4m" -> "How much did it cost?"
    return start if kind == "money" else start - len(before) + match.start()


def _phrase_end(text: str, end: int, kind: str) -> int | None:
    """Where that phrase ends; None when cutting it would leave a broken sentence."""
    if kind != "place":
        return end
    after = text[end:]
    country = re.match(rf", {_NAME_WORD}(?=[,.;!?]|$)", after)
    if country:
        return end + country.end()
    following = re.match(r" ([\w’']+)", after)
    if not after.strip() or after[0] in ",.;:!?" or (
            following and following.group(1).lower() in _PHRASE_FOLLOWERS):
        return end
    return None


def _ask(sentence: _Sentence, start: int, end: int, kind: str) -> str | None:
    """A real question about text[start:end] when one can be made safely."""
    text = sentence.text
    if kind in _WH:
        phrase = _phrase_start(text, start, kind)
        phrase_end = _phrase_end(text, end, kind) if phrase is not None else None
        if phrase is not None and phrase_end is not None:
            return _inverted(text, phrase, phrase_end, _WH[kind])
    if kind == "person" and start == 0:
        verb = re.match(r" ([a-z][\w’']*)", text[end:])
        quoted_end = text.rstrip().endswith(("”", '"'))
        if verb and verb.group(1) not in _PHRASE_FOLLOWERS and not quoted_end:
            return "Who" + _FINAL_PUNCTUATION.sub("", text[end:]) + "?"
    if kind == "count":
        return _how_many(text, start)
    return None


def _how_many(text: str, start: int) -> str | None:
    """"Six people were hurt" -> "How many people were hurt?"; "It has 8 rooms" likewise."""
    match = _COUNT.match(text, start)
    if match is None:
        return None
    noun, tail = match.group(2), _FINAL_PUNCTUATION.sub("", text[match.end():])
    if start == 0:
        return f"How many {noun}{tail}?"
    owner = re.fullmatch(r"(.+) (has|have|had) ", text[:start])
    if owner and _plausible_subject(owner.group(1)) and not re.search(r"[“”\"]", tail):
        helper = {"has": "does", "have": "do", "had": "did"}[owner.group(2)]
        return f"How many {noun} {helper} {_lower_first(owner.group(1))} have{tail}?"
    return None


# -- candidates --------------------------------------------------------------------

@dataclass(frozen=True)
class _Found:
    kind: str
    start: int
    end: int
    score: int
    ask: str | None = None
    accept: tuple[str, ...] = ()


def _cast_facts(sentence: _Sentence) -> Iterator[_Found]:
    for actor, character, verb in sentence.cast:
        past = bool(_PAST_CAST.search(verb))
        bonus = {"(": -3, "as": -5}.get(verb, 0)
        plays, does = ("played", "did") if past else ("plays", "does")
        yield _Found("actor", actor.start, actor.end, _SCORES["actor"] + bonus,
                     f"Which actor {plays} {character.text}?")
        accept = (character.plain,) if character.plain != character.text else ()
        yield _Found("character", character.start, character.end, _SCORES["character"] + bonus,
                     f"Which character {does} {actor.text} play?", accept)


def _nickname_facts(sentence: _Sentence) -> Iterator[_Found]:
    text = sentence.text
    for match in _QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        start, end = match.span(group)
        if not _nickname_shaped(match.group(group)):
            continue
        holder = _nickname_holder(sentence, match.start(), match.end())
        cued = holder is not None or _NICKNAME_CUE.search(text[:match.start()])
        ask = f"By what nickname is {holder} known?" if holder else None
        yield _Found("nickname", start, end, _SCORES["nickname"] - (0 if cued else 30), ask)


def _nickname_shaped(text: str) -> bool:
    words = text.split()
    if not 0 < len(words) <= 5 or len(text) > 40 or re.search(r"[,.;:!?]", text):
        return False
    if len(words) == 1 and words[0].lower() in _COMMON:
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    return bool(capitalised) and all(w[:1].isupper() or w.lower() in _NICKNAME_SMALL for w in words)


def _nickname_holder(sentence: _Sentence, start: int, end: int) -> str | None:
    """Whose nickname it is: Enrique “Kiki” Camarena, or Gallardo, known as “El Padrino”."""
    for name in sentence.names:
        if name.start < start and end < name.end:
            return name.plain
    before = sentence.text[:start]
    cue = _NICKNAME_CUE.search(before)
    if cue is None:
        return None
    before = re.sub(r"(?:\s*\([^()]*\))?\s*,?\s*$", "", before[:cue.start()])
    for name in sentence.names:
        if name.end == len(before):
            return name.plain
    return None


def _numeric_facts(sentence: _Sentence) -> Iterator[_Found]:
    text, taken = sentence.text, []
    for kind, pattern, group in _NUMERIC:
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
            if kind in ("count", "duration", "age") and text.count(text[start:end]) > 1:
                start, end = match.span()
            yield _Found(kind, start, end, _SCORES[kind], _ask(sentence, start, end, kind))


def _count_of_year(text: str, match: re.Match[str]) -> bool:
    """'2000 fans' counts fans; 'in 2000' is a year."""
    if re.search(r"\b(?:in|since|by|until|of|from|the|before|after|early|late|mid)\W*$",
                 _before(text, match.start()), re.IGNORECASE):
        return False
    noun = re.match(r" ([a-z][a-z-]*s)\b", text[match.end():])
    return bool(noun) and noun.group(1) not in _NOT_PLURAL


def _real_count(text: str, match: re.Match[str]) -> bool:
    # "Apollo 11 astronauts": a number after a name is part of the name.
    before = _before(text, match.start()).rstrip()
    previous = before.rsplit(" ", 1)[-1]
    return not (previous[:1].isupper() and match.start() > len(previous) + 1)


def _named_facts(sentence: _Sentence, book: _NameBook) -> Iterator[_Found]:
    text = sentence.text
    cast = {n.text for pair in sentence.cast for n in pair[:2]}
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    for name in sentence.names:
        kind = book.kind(name.plain)
        subtitle = re.search(r"(\S+): $", _before(text, name.start))
        if (kind is None or name.text in cast or name.text != name.plain
                or any(s <= name.start < e for s, e in quoted)
                or (subtitle and subtitle.group(1) in book.titles)):
            continue
        ask = _ask(sentence, name.start, name.end, kind)
        yield _Found(kind, name.start, name.end, _SCORES[kind], ask)


def _fits(text: str) -> bool:
    return len(text) <= MAX_CHARS and MIN_WORDS <= len(text.split()) <= MAX_WORDS


def _candidates(sentence: _Sentence, book: _NameBook) -> Iterator[Candidate]:
    text = sentence.text
    long_penalty = 10 if len(text.split()) > 40 else 0
    speech = any(len(m.group(1).split()) > 3 for m in _QUOTATION.finditer(text))
    speech_penalty = 15 if speech else 0
    found = [*_cast_facts(sentence), *_nickname_facts(sentence),
             *_numeric_facts(sentence), *_named_facts(sentence, book)]
    for item in found:
        answer = text[item.start:item.end].strip()
        if not answer or text.count(answer) != 1 or answer.lower() in _COMMON:
            continue
        ask = item.ask
        if ask is None or answer_key(answer) in answer_key(ask):
            ask = _fill_in(text, item.start, item.end)
        score = item.score + (10 if not ask.startswith("Fill in") else 0) - long_penalty
        if item.kind != "nickname":
            score -= speech_penalty
        yield Candidate(item.kind, answer, text, ask, sentence.paragraph, sentence.context,
                        score, item.accept, (sentence.order, item.start))


def _context(paragraph: str, parts: list[str], index: int) -> str:
    """What the curator sees above a fact: the paragraph, or the lines around the fact."""
    if len(paragraph) <= 800:
        return paragraph
    window = " ".join(parts[max(0, index - 1):index + 2])
    head = "… " if index > 1 else ""
    tail = " …" if index + 2 < len(parts) else ""
    return f"{head}{window}{tail}"


def _sentences_of(paras: list[str]) -> list[_Sentence]:
    out = []
    for number, paragraph in enumerate(paras, start=1):
        parts = sentences(paragraph)
        for index, text in enumerate(parts):
            out.append(_Sentence(text, number, len(out), _context(paragraph, parts, index)))
    return out


def find_candidates(article: str) -> list[Candidate]:
    """Every candidate fact in an article, best first; raises ValueError when it is empty."""
    paras = paragraphs(article)
    if not paras:
        raise ValueError("the article is empty: there is no text to draft facts from")
    all_sentences = _sentences_of(paras)
    book = _NameBook(all_sentences)
    found = [c for s in all_sentences if _fits(s.text) for c in _candidates(s, book)]
    return _rank(found)


def _rank(found: Iterable[Candidate]) -> list[Candidate]:
    """One candidate per (sentence, answer), best first, repeated answers pushed down."""
    best: dict[tuple[str, str], Candidate] = {}
    for candidate in found:
        key = (candidate.statement, answer_key(candidate.answer))
        if key not in best or _rank_key(candidate) < _rank_key(best[key]):
            best[key] = candidate
    seen: Counter[str] = Counter()
    out = []
    for candidate in sorted(best.values(), key=_rank_key):
        repeats = seen[answer_key(candidate.answer)]
        seen[answer_key(candidate.answer)] += 1
        out.append(replace(candidate, score=candidate.score - REPEAT_PENALTY * repeats))
    return sorted(out, key=_rank_key)


def _rank_key(candidate: Candidate) -> tuple[int, tuple[int, int], str, str]:
    return (-candidate.score, candidate.order, candidate.kind, candidate.answer)


# -- the pack --------------------------------------------------------------------------

_HEADER = """\
# A DRAFT question pack, written by `quiz draft` from an article's text.
# Source: {source}
#
# Nothing here is checked: these are candidates picked by patterns, best first.
# Every fact is filed as `spoiler: unreviewed`, which the game hides unless
# spoiler mode is on. To make it a pack people can play:
#   1. Read each fact against its paragraph (the comment above it) and check it.
#   2. Set its spoiler level: `none`, or a level you declare under `spoilers:`
#      (see the pack author's guide: `quiz packs guide`).
#   3. Fix the wording of `statement` and `ask`; add `accept` and `distractors`.
#   4. Delete the weak facts, and add a `description:`.
#   5. Check the file, then install it:
#        quiz packs validate FILE
#        quiz packs add FILE
"""


def _quoted(text: str) -> str:
    """A double-quoted YAML scalar: JSON's escapes are YAML's, and `no` stays text."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, indent: str) -> list[str]:
    # Comments end at a line break, and `clean` left none inside the text.
    lines = textwrap.wrap(text, width=88 - len(indent) - 2, break_long_words=False,
                          break_on_hyphens=False)
    return [f"{indent}# {line}".rstrip() for line in lines]


def _single_line(text: str) -> str:
    return " ".join(clean(text).split())


def _fact_ids(candidates: list[Candidate]) -> list[str]:
    used: Counter[str] = Counter()
    out = []
    for number, candidate in enumerate(candidates, start=1):
        base = f"{candidate.kind}-{slug(candidate.answer, str(number), 40)}"
        used[base] += 1
        out.append(base if used[base] == 1 else f"{base}-{used[base]}")
    return out


def _fact_lines(candidate: Candidate, fact_id: str) -> list[str]:
    return [
        f"  # {SOURCE_ID}#{candidate.paragraph}", *_comment(candidate.context, "  "),
        f"  - id: {_quoted(fact_id)}",
        f"    spoiler: {_quoted(UNREVIEWED_LEVEL)}",
        f"    kind: {_quoted(candidate.kind)}",
        f"    statement: {_quoted(candidate.statement)}",
        f"    ask: {_quoted(candidate.ask)}",
        f"    answer: {_quoted(candidate.answer)}",
        *([f"    accept: [{', '.join(map(_quoted, candidate.accept))}]"]
          if candidate.accept else []),
        f"    source: {_quoted(f'{SOURCE_ID}#{candidate.paragraph}')}",
    ]


def draft_pack(article: str, *, pack_id: str, title: str, source_title: str = "") -> str:
    """The YAML text (format 1) of a draft pack drafted from an article's plain text.

    Raises ValueError for an invalid id, an empty title, or an article with
    nothing to draft from.
    """
    if not ID_PATTERN.fullmatch(pack_id):
        raise ValueError(f"pack id '{pack_id}' must be lower-case letters, digits and hyphens "
                         "(like 'my-pack-2'), at most 64 characters")
    title = _single_line(title)
    if not title:
        raise ValueError("the pack needs a title")
    source = _single_line(source_title) or title
    candidates = find_candidates(article)[:MAX_FACTS]
    if not candidates:
        raise ValueError(
            "found no candidate facts in the article: no cast lines, nicknames, dates, "
            f"amounts or names in sentences of {MIN_WORDS} to {MAX_WORDS} words")
    head = [*_HEADER.format(source=source).splitlines(),
            "format: 1", f"id: {_quoted(pack_id)}", f"title: {_quoted(title)}",
            "sources:", f"  - id: {_quoted(SOURCE_ID)}", f"    title: {_quoted(source)}",
            "", "facts:"]
    facts = ["\n".join(_fact_lines(c, i)) for c, i in zip(candidates, _fact_ids(candidates))]
    return "\n".join(head) + "\n" + "\n\n".join(facts) + "\n"
