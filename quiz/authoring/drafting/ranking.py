"""Every candidate fact of an article, best first."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from quiz.core.answers import answer_key, naming
from quiz.authoring.drafting.creatures import as_species, creature_of, mark
from quiz.authoring.drafting.defined import defined_facts, epithet_facts, posted_facts, relative_facts
from quiz.authoring.drafting.entities import NameBook
from quiz.authoring.drafting.mentions import Sentence
from quiz.authoring.drafting.events import as_team, event_of, teams_of, with_event
from quiz.authoring.drafting.heads import named_heads, with_head_named
from quiz.authoring.drafting.makers import credit_facts, maker_facts
from quiz.authoring.drafting.naming import naming_facts
from quiz.authoring.drafting.nationality import nationality_facts
from quiz.authoring.drafting.openers import opener_facts
from quiz.authoring.drafting.places import place_noun
from quiz.authoring.drafting.patterns import (
    based_facts, cast_facts, life_facts, named_facts, nickname_facts, numeric_facts, ordinal_facts,
    role_facts,
)
from quiz.authoring.drafting.fair import has_main_verb, speech
from quiz.authoring.drafting.shortening import MAX_ASK_WORDS, dangling, pointless
from quiz.authoring.drafting.standins import standin_facts
from quiz.authoring.drafting.things import thing_facts
from quiz.authoring.drafting.wheres import where_facts
from quiz.authoring.drafting.referents import resolve
from quiz.authoring.drafting.topic import as_work, company_of, named, topic_of, with_company
from quiz.authoring.drafting.sentences import (
    MAX_CHARS, MAX_WORDS, MIN_WORDS, caption, furniture, paragraphs, sentences,
)
from quiz.authoring.drafting.words import COMMON, NAME_PARTICLE

MAX_FACTS = 60
# "in the 1910s and 1920s": a year or decade one of two.
_PAIRED = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?\d{4}s?\b")
_PAIRED_BEFORE = re.compile(r"\b\d{4}s?\s+(?:and|or)\s+(?:the\s+)?$")
# What a cast is in: a show or a film the article calls so, not the channel it is on.
_SCREEN = frozenset("series miniseries show drama docuseries film movie biopic play musical".split())
_CHANNEL = re.compile(r"\+$|\bTV\b|\b(?:Netflix|HBO|BBC|ITV|Hulu|Disney|Prime|Channel)\b")
_NATIONALITY_SCORE = 60
# What says when to watch: a release or a slot, which no quiz asks after the week it
# ran (the year a show first aired is history, and asked).
_CINEMAS = r"\bin (?:UK |US |Irish |Australian )?cinemas\b"
_LISTING = re.compile(rf"{_CINEMAS}|\b(?:(?:is |are )?streaming|streams|"
                      r"airs|arrives on|continues on|returns on|starts on|begins on|"
                      r"on (?:BBC|ITV|Channel \d|Sky|S4C|RT[ÉE]|CBC|ABC|PBS|SBS|TVNZ)\b)")
_IN_CINEMAS = re.compile(_CINEMAS)
_YEAR = re.compile(r"\b[12]\d{3}\b")
_AS_FOR = re.compile(r"As for ((?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}), the ([a-z]+)\b")
_UNASKED = -1000  # the score of a question that only lends its answer's form

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


# "Then comes 1989 and the fight over Uhuru Park": the verb before its subject, which
# no question shape turns ("Then comes what year…?").
_INVERTED = re.compile(r"(?:Then|Next|Now|Here|Soon),? (?:come|comes|came|go|goes|went)\b")


def _fits(text: str) -> bool:
    return (len(text) <= MAX_CHARS and MIN_WORDS <= len(text.split()) <= MAX_WORDS
            and not _INVERTED.match(text))


@dataclass(frozen=True)
class _Article:
    """What the whole article tells that a question drawn from one sentence needs."""

    book: NameBook
    topic: tuple[str, frozenset[str]] | None  # the work or name it is about, and its nouns
    event: str | None  # the contest a sports report is of
    company: str | None  # the firm a business story is about
    teams: frozenset[str]  # a sports report's sides, as it names them
    creature: tuple[str, str] | None  # the species a piece is about, one and many
    heads: dict[str, str]  # "the airlift": the one name it gives a noun ("Berlin Airlift")


def _candidates(sentence: Sentence, article: _Article) -> Iterator[Candidate]:
    book, topic, event, company = article.book, article.topic, article.event, article.company
    text = sentence.text
    long_penalty = 10 if len(text.split()) > 40 else 0
    speech_penalty = 15 if speech(text) else 0
    found = [*cast_facts(sentence)]
    if sentence.furniture:
        found += [*life_facts(sentence)]  # an infobox's "Born:" and "Died:" lines
    else:
        found += [*life_facts(sentence), *nickname_facts(sentence), *numeric_facts(sentence),
                  *named_facts(sentence, book), *role_facts(sentence, book, company),
                  *ordinal_facts(sentence), *based_facts(sentence),
                  *thing_facts(sentence), *naming_facts(sentence),
                  *defined_facts(sentence, book), *posted_facts(sentence, book),
                  *epithet_facts(sentence, book), *standin_facts(sentence, book),
                  *relative_facts(sentence, book), *where_facts(sentence, book),
                  *opener_facts(sentence, company), *maker_facts(sentence, book, topic),
                  *credit_facts(sentence, book, topic)]
    if not sentence.furniture:
        for start, end, answer, ask, accept in nationality_facts(sentence):
            yield Candidate("nationality", answer, text, ask, sentence.paragraph, sentence.context,
                            _NATIONALITY_SCORE - long_penalty - speech_penalty, accept,
                            (sentence.order, start))
    listing = _LISTING.search(text)
    # "As for OSIRIS-REx, the spacecraft has…": the noun is the name just given,
    # whatever else the article calls a spacecraft.
    topical = _AS_FOR.match(text)
    heads = {**article.heads, topical.group(2): topical.group(1)} if topical else article.heads
    for item in found:
        if text[item.start:item.start + 1].isdigit() and (
                _PAIRED.match(text, item.end) or _PAIRED_BEFORE.search(text, 0, item.start)):
            continue  # "in the 1910s and 1920s": one of two is no answer
        if re.match(r"-[a-z]", text[item.end:item.end + 2]) and text[item.start:item.end].islower():
            continue  # "a slap-down": the answer would be half a word
        answer = item.answer or text[item.start:item.end].strip()
        if item.kind in ("date", "time", "year") and listing and not _YEAR.search(answer):
            continue  # "in UK cinemas from 14 March", "Sundays at 9pm on ITV1": a listing, no fact
        if not item.answer and (not answer or answer.lower() in COMMON or (
                text.count(answer) > 1 and not _named_again(text, answer, item.kind))):
            continue
        ask = with_event(named(item.ask, answer, topic), item.kind, event) if item.ask else None
        ask = with_company(ask, sentence, company, book) if ask else None
        ask = with_head_named(ask, answer, heads) if ask else None
        other = (_OTHER_WORK.search(text) or _PLAYED_IN.search(text)) if item.kind in ("actor", "character") else None
        if other and place_noun(other.group(1)):
            other = None  # "played the doctor in Leeds": where, not in what
        if ask and other and other.group(1) not in ask and (not topic or topic[0] not in other.group(1)):
            # "Kinnaman played Stephen Holder in the US crime series The Killing": that
            # part was in that show, not the one the article is about.
            ask = f"{ask[:-1]} in {other.group(1)}?"
        elif (ask and topic and item.kind in ("actor", "character") and topic[0] not in ask
                and topic[1] & _SCREEN and not _CHANNEL.search(topic[0])):
            # "Which actor plays Lupe Carrasco in The Big Ditch?": a cast question says
            # which show, as a quiz read out of its article must.
            ask = f"{ask[:-1]} in {topic[0]}?"
        if ask and _IN_CINEMAS.search(ask) and not _YEAR.search(ask):
            continue  # "Which film is in cinemas from Friday?": a listing asked of its title
        if (ask is None or answer_key(answer) in answer_key(ask) or len(ask.split()) > MAX_ASK_WORDS
                or dangling(ask) or not has_main_verb(ask)):
            continue
        ask = re.sub(r"\bsome (?=how (?:much|many)\b)", "", ask)  # "worth some how much?"
        ask, kind = as_team(ask, answer, item.kind, article.teams)
        ask = as_species(ask, answer, article.creature)
        ask, answer, kind = as_work(ask, answer, kind, topic)
        # "Who was born?" is no question, but "Jared Harris" in it is a form of the
        # answer another question asks: ranked last, it lends its answer and goes.
        score = item.score - long_penalty if not pointless(ask) else _UNASKED
        if item.kind != "nickname":
            score -= speech_penalty
        yield Candidate(_pack_kind(kind, answer), answer, text, ask, sentence.paragraph,
                        sentence.context, score, item.accept, (sentence.order, item.start))


def _named_again(text: str, answer: str, kind: str) -> bool:
    """Is a name the sentence gives twice the same one each time, so that asking for
    one leaves the question fair ("on its way to the asteroid Apophis, which it will
    reach shortly after Apophis passes…")? Not a person's, whom a namesake shares
    ("Theiler … Sir Arnold Theiler"), nor a piece of a longer name ("Peace … the
    Nobel Peace Prize") or word ("Ethiopia … Ethiopian")."""
    if kind in _SOMEONE or not answer[:1].isupper():
        return False
    for at in (m.start() for m in re.finditer(re.escape(answer), text)):
        before, after = text[max(0, at - 30):at], text[at + len(answer):at + len(answer) + 2]
        if (re.search(r"[\w’'-]$|[A-Z][\w’'-]* $", before) or re.match(r"[\w’'-]| [A-Z]", after)):
            return False
    return True


def _pack_kind(kind: str, answer: str) -> str:
    """The kind a pack files a fact under, whose answers are its wrong options: a
    country's are countries and a city's cities, so that "Vilnius" is never the
    false swap for "Lithuania" it lies in."""
    if kind == "company":
        return "organization"  # a company's wrong options are the article's other bodies
    if kind != "place":
        return kind
    noun = place_noun(answer)
    return noun if noun in ("country", "city") else kind


def _context(paragraph: str, parts: list[str], index: int) -> str:
    """What the curator sees above a fact: the paragraph, or the lines around the fact."""
    if len(paragraph) <= 800:
        return paragraph
    window = " ".join(parts[max(0, index - 1):index + 2])
    head = "… " if index > 1 else ""
    tail = " …" if index + 2 < len(parts) else ""
    return f"{head}{window}{tail}"


def _sentences_of(paras: list[str]) -> list[Sentence]:
    out = []
    for number, paragraph in enumerate(paras, start=1):
        parts = sentences(paragraph)
        aside = furniture(paragraph) or caption(paragraph, paras[number - 2] if number > 1 else None)
        for index, text in enumerate(parts):
            out.append(Sentence(text, number, len(out), _context(paragraph, parts, index), aside))
    return out


def find_candidates(article: str) -> list[Candidate]:
    """Every candidate fact in an article, best first; raises ValueError when it is empty."""
    paras = paragraphs(article)
    if not paras:
        raise ValueError("the article is empty: there is no text to draft facts from")
    all_sentences = _sentences_of(paras)
    book = NameBook(all_sentences)
    company = company_of(all_sentences, book)
    resolve(all_sentences, book, company)
    creature = creature_of(all_sentences)
    mark(all_sentences, creature)
    topic = topic_of(all_sentences, book)
    if topic and f"The {topic[0]}" in article:
        topic = (f"The {topic[0]}", topic[1])  # "The Crown", as the article writes it
    event = event_of(all_sentences)
    told = _Article(book, topic, event, company,
                    teams_of(all_sentences, book, event), creature,
                    # "Japan Series Game 7": a name cut before its number is no name.
                    named_heads((n.plain, book.kind(n.plain)) for s in all_sentences for n in s.names
                                if not re.match(r" \d", s.text[n.end:n.end + 2])))
    found = [c for s in all_sentences if _fits(s.text) for c in _candidates(s, told)]
    return [_named_in_full(c, book) for c in _rank(found)]


_SURNAME = re.compile(r"(?<![\w’'-])([A-Z][a-z][\w’'-]+)(?!['’]?[\w-]| [A-Z])")
# A word just before that makes it part of a longer name: "Giuseppe Ferraro", "de Valette".
_NAMED_BEFORE = re.compile(rf"(?:[A-Z][\w’'.-]*|{NAME_PARTICLE}) $")


def _asked_in_full(ask: str, answer: str, book: NameBook) -> str:
    """"Kerr won which award?" -> "Fiona Kerr won which award?": the one person the
    article names in full by that surname, said so in the question."""
    for match in _SURNAME.finditer(ask):
        if _NAMED_BEFORE.search(ask, max(0, match.start() - 30), match.start()):
            continue
        full = book.people_named(match.group(1))
        if len(full) == 1:
            name = next(iter(full))
            if name not in ask and name != answer and match.group(1) not in answer.split():
                return f"{ask[:match.start()]}{name}{ask[match.end():]}"
    return ask


def _rank(found: Iterable[Candidate]) -> list[Candidate]:
    """One fact per thing asked, best first: the other forms of its answer the
    article uses ("Murphy" for "Steve Murphy", "FBI" for the bureau) become its
    `accept`, never a fact of their own nor, in play, its wrong options."""
    kept: list[Candidate] = []
    whole: dict[Hashable, int] = {}
    shorter: dict[Hashable, int] = {}
    asked: set[str] = set()
    firsts: dict[int, str] = {}  # a kept fact's first word, which it may go by
    parts: dict[str, int] = {}  # an actor's surname: the fact that asks which part he plays
    for candidate in sorted(found, key=_rank_key):
        if candidate.ask in asked:
            continue
        player = _PART_OF.match(candidate.ask)
        if player and player.group(1).split()[-1] in parts:
            # "Major Esterhazy (Yannick Sorel)", then "Sorel plays Ferdinand Walsin
            # Esterhazy": one part, two names, each the other's false swap else.
            at = parts[player.group(1).split()[-1]]
            kept[at] = _also(kept[at], candidate.answer, frozenset())
            continue
        if player:
            parts[player.group(1).split()[-1]] = len(kept)
        names = naming(candidate.answer)
        first = _first_word(candidate)
        if first:
            # "Kestrel" for the firm "Kestrel Tweed", "Halden" for Halden Foods: a
            # company goes by its first word as a person by her last.
            names = replace(names, shorter=names.shorter | naming(first).whole)
        twin = next((whole.get(h, shorter.get(h)) for h in names.whole
                     if h in whole or h in shorter), None)
        if twin is None:
            twin = next((whole[h] for h in names.shorter if h in whole), None)
        if twin is not None:
            # The first word goes by itself as written: "DIG" carved on a tree is no
            # short form of the "Dig Tree".
            single, word = ((candidate.answer, firsts.get(twin)) if " " not in candidate.answer
                            else (kept[twin].answer, first))
            if word and " " not in single and single != word and single.lower() == word.lower():
                twin = None
        if (twin is not None and answer_key(candidate.answer) != answer_key(kept[twin].answer)
                and _named_after(candidate.kind, kept[twin].kind)):
            twin = None
        if twin is not None and not _part_of(kept[twin].answer, candidate.answer):
            kept[twin] = _also(kept[twin], candidate.answer, names.shorter)
            continue
        asked.add(candidate.ask)
        if first:
            firsts[len(kept)] = first
        for h in names.whole:
            whole.setdefault(h, len(kept))
        for h in names.shorter:
            shorter.setdefault(h, len(kept))
        kept.append(candidate)
    return _shared_surnames_dropped([c for c in kept if c.score > _UNASKED])


def _named_in_full(candidate: Candidate, book: NameBook) -> Candidate:
    """"Who headed the winner? -> Kerr" answered "Jamie Kerr", as the article names him
    once in full: a player is shown the whole name, and may answer either; and a
    surname the question says is said in full too."""
    candidate = replace(candidate, ask=_asked_in_full(candidate.ask, candidate.answer, book))
    if candidate.kind not in _SOMEONE or " " in candidate.answer or not candidate.answer[:1].isupper():
        return candidate
    full = book.people_named(candidate.answer)
    if len(full) != 1:
        return candidate  # "Carvalho": Inês or Manuel, the article does not say
    return replace(candidate, answer=next(iter(full)), accept=(*candidate.accept, candidate.answer))


def _named_after(kind: str, other: str) -> bool:
    """Are two answers of these kinds two things, one named after the other, not two
    forms of one name? The film "Londonderry" is no short form of the Londonderry …
    Company, nor the man "Kitasato" of the Kitasato Institute."""
    kinds = {kind, other}
    return len(kinds) == 2 and ("work" in kinds or bool(kinds & _SOMEONE and kinds & _BODIES))


def _first_word(candidate: Candidate) -> str | None:
    """The first word a thing's name is shortened to, for what is not a person's."""
    words = candidate.answer.split()
    if (len(words) < 2 or candidate.kind in _PEOPLE or not words[0][:1].isupper()
            or words[0].lower() in COMMON or not words[0].isalpha() or place_noun(words[0])):
        return None  # "London Aeroplane Club" is no London
    return words[0]


_OTHER_WORK = re.compile(
    r"\bin (?:the )?(?:[\w-]+ ){0,3}?(?:series|drama|film|show|sitcom|movie|miniseries|soap|play) "
    r"([A-Z][\w’'-]*(?: (?:of |the |and )?[A-Z][\w’'-]*){0,4})")
# "Dunn played the young footballer Danny in Terrace": a part in another work, said
# in the past, without calling it a series.
_PLAYED_IN = re.compile(r"\bplayed (?:[^,.;]{0,60}? )?in ([A-Z][\w’'-]*(?: (?:of |the |and )?[A-Z][\w’'-]*){0,4})")
_PART_OF = re.compile(r"Which character does (.+?) play\b")
_SOMEONE = frozenset("person actor character".split())
_BODIES = frozenset("organization company team work place city country".split())
_PEOPLE = frozenset("person actor character nationality place city country".split())


def _shared_surnames_dropped(kept: list[Candidate]) -> list[Candidate]:
    """"Harris" is no answer to accept for Jared Harris where Richard Harris is
    another fact's: it names them both."""
    people = Counter(c.answer.split()[-1] for c in kept if " " in c.answer)
    return [replace(c, accept=tuple(a for a in c.accept if " " in a or people[a] < 2))
            if " " in c.answer else c for c in kept]


def _part_of(one: str, other: str) -> bool:
    """"Vienna" and "University of Vienna": a place a name is of, not its short form."""
    short, long = sorted((one, other), key=len)
    return long.endswith(f" of {short}") or long.endswith(f" of the {short}")


def _also(first: Candidate, other: str, other_shorter: frozenset[Hashable]) -> Candidate:
    """The fact with another form of its answer accepted; the fuller form shown."""
    forms = {answer_key(a) for a in (first.answer, *first.accept)}
    if answer_key(other) in forms:
        return first
    if naming(first.answer).whole & other_shorter:  # "Baskin", and now "Carole Baskin"
        return replace(first, answer=other, accept=(*first.accept, first.answer))
    return replace(first, accept=(*first.accept, other))


def _rank_key(candidate: Candidate) -> tuple[int, tuple[int, int], str, str]:
    return (-candidate.score, candidate.order, candidate.kind, candidate.answer)
