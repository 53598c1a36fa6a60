"""What an article is about, so that "the series" or "the band" in a question, which
means nothing out of its paragraph, can be said by name: "Who wrote Chernobyl?"."""

from __future__ import annotations

import re
from collections import Counter

from quiz.authoring.drafting.entities import NameBook
from quiz.authoring.drafting.mentions import Sentence
from quiz.authoring.drafting.places import place_noun
from quiz.authoring.drafting.verbs import finite_verb
from quiz.authoring.drafting.words import NATIONALITIES

# Nouns an article calls its subject by, once it has named it; not "the team" or "the
# group", which a sports report says of either side and of the chasing riders.
_CALLED = frozenset("""
series miniseries show drama film movie documentary docuseries biopic band group album book
novel memoir play musical opera mission asteroid comet probe spacecraft expedition
ship tournament festival exhibition treaty programme program podcast
""".split())
_LONGEST = 600
_PLURAL = {f"{noun}s": noun for noun in _CALLED} | {"series": "series"}
# Nouns one thing goes by: a drama is also "the series" and "the show".
_FAMILIES = ("series miniseries show drama docuseries", "film movie biopic documentary",
             "band group", "book novel memoir")
_FAMILY = {noun: set(family.split()) for family in _FAMILIES for noun in family.split()}


# A review's, a cast page's or a "true story" feature's headline names the work first:
# "'The Last Stone' review: …", "The Big Ditch cast: who plays who in Apple TV+'s…",
# "Narrows: the true story behind…", "The true story behind 'Raisin Bombers', the…",
# "Review: The Long Roll is a stirring…", "The keeper who saved a ship: the true story
# behind 'Storm Light', now on BBC One".
_HEADLINE = re.compile(
    r"^(?:REVIEW|Review): [‘'“\"](?P<q>[A-Z][^‘’'“”\"]{0,60})[’'”\"]"
    r"|^(?:REVIEW|Review): (?P<r>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,5}) (?:is|are|was)\b"
    r"|^[‘'“\"]?(?P<a>[A-Z][^‘’'“”\":–—|()]{0,60}?)[’'”\"]?(?: \(\d{4}\))?(?: season \d+)?"
    r" (?:review|cast|- Full Cast)\b"
    r"|^How (?:true|accurate|real) is (?P<t>[A-Z][^?]{0,60})\?"
    r"|^(?:The (?:real|true) story behind |How )[‘'“\"]?(?P<b>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,5})[’'”\"]?(?:,|:| –)"
    r"|^(?P<s>[A-Z][^:–—|]{0,60}?): the (?:real|true) story\b(?! behind [‘'“\"])"
    r"|^[^:]{0,80}: the (?:real|true) story behind [‘'“\"](?P<d>[A-Z][^‘’'“”\"]{0,60})[’'”\"]"
    r"|^(?P<c>[A-Z][^:–—|]{0,60}?): ")
_SCREEN_FAMILIES = _FAMILIES[:2]  # a series's nouns and a film's


def _headline_topic(all_sentences: list[Sentence]) -> tuple[str, frozenset[str]] | None:
    """The screen work a headline names, as the body writes it, with the nouns of the
    family the article calls it by most ("film", "biopic" or "series", "drama")."""
    if not all_sentences:
        return None
    match = _HEADLINE.match(all_sentences[0].text)
    title = next((g.strip(" '’‘\"“”") for g in match.groups() if g), None) if match else None
    body = " ".join(s.text for s in all_sentences[1:])
    # As the body writes it, capitalised: "the Uncrowned Queen Tea Company" is not it.
    found = next((m for m in re.finditer(rf"(?<![\w-]){re.escape(title.strip())}(?![\w-])", body,
                                         re.IGNORECASE) if m.group()[:1].isupper()), None) if title else None
    if found is None and title and match.group("a") and re.search(r" (?:cast|review)\b", match.group()):
        # "The Bordereau cast: meet the actors…" names its drama though the text calls it
        # only "the series": the headline's words say what it is.
        found = re.match(re.escape(title.strip()), title.strip())
    if found is None:
        return None
    nouns = [re.compile(rf"\b(?:{'|'.join(f.split())})s?\b") for f in _SCREEN_FAMILIES]
    counts = [len(noun.findall(body)) for noun in nouns]
    # "Harbour Town: Kallis hat-trick sinks the Gulls" is no screen work's headline,
    # whatever film of the match the report mentions: a review's or a cast page's
    # says what it is, and any other's must stand beside its noun in a sentence.
    beside = match.group("c") is None or any(
        found.group().lower() in s.text.lower() and any(n.search(s.text) for n in nouns)
        for s in all_sentences[1:])
    if not any(counts) or not beside:
        return None
    family = _SCREEN_FAMILIES[counts.index(max(counts))]
    return found.group(), frozenset(family.split())


def topic_of(all_sentences: list[Sentence], book: NameBook) -> tuple[str, frozenset[str]] | None:
    """The screen work a headline names; or else the name a headline or lead gives
    and the article names most (three times at least), not a person's, with the nouns
    the article calls it by: those whose nearest name it is ("Few bands … as
    Fleetwood Mac"; not "NASA's OSIRIS-REx mission"); None when there is no such name."""
    headline = _headline_topic(all_sentences)
    if headline:
        return headline
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
    text = " ".join(s.text for s in all_sentences)
    # "arrives on Apple TV+": a service a show is on is no show.
    lead = [n.plain for s in all_sentences[:4] for n in s.names
            if counts[n.plain] >= 3 and book.kind(n.plain) != "person" and n.plain in called
            and not n.plain.endswith("+") and not re.search(rf"\bon {re.escape(n.plain)}\b", text)
            and n.plain not in NATIONALITIES]
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


_FIRM = re.compile(r"\b[Tt]he (?:company|firm)(['’]s)?\b")
_FIRM_PLACE = re.compile(r"\b[Tt]he (plant|factory|mill|workshop|brewery|shop|store)\b(?! [A-Z])")
_FIRM_APPOSED = re.compile(r", (?:the|a) [^,.;]{0,40}?\b(?:company|firm|maker|business)\b(?!['’])")
_MODIFIER = re.compile(r" (?!(?:is|was|has|had|will|said|says|and|or|in|on|at|for|to|of|by|with)\b)[a-z]+\b")
_FIRM_AFTER = re.compile(r" (?:shares|stock|sales|revenue|profit|staff|workers|chief|board)\b")
_LEAD = 4  # sentences a business story names its company in: headline, standfirst, lead


def _verb_next(text: str, index: int) -> bool:
    words = [w.strip(",.;") for w in text[index:].split()[:2]]
    if words[:1] and words[0] in ("now", "also", "still", "then", "later"):
        words = words[1:]
    return bool(words) and finite_verb(words[0])


def company_of(all_sentences: list[Sentence], book: NameBook) -> str | None:
    """The company a business story is about: named in its lead and far more often
    than any other firm (a merger story has two, and then "the company" is neither)."""
    text = " ".join(s.text for s in all_sentences)
    if len(_FIRM.findall(text)) < 2:
        return None
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    people: set[str] = set()
    for sentence in all_sentences:
        for name in sentence.names:
            if book.kind(name.plain) == "place" or place_noun(name.plain):
                continue
            if (" " not in name.plain and _MODIFIER.match(sentence.text, name.end)
                    and not _FIRM_AFTER.match(sentence.text, name.end)):
                continue  # "the Clanwilliam doctor": a town used as a word, no firm
            key = name.plain.split()[0]  # "Voltline" and "Voltline Transit Systems"
            # "Sandveld Rooibos, the Clanwilliam company that…": the article says so.
            # "Founded by Mari Tamm, the firm sells…" is no apposition: the firm's verb follows.
            apposed = _FIRM_APPOSED.match(sentence.text, name.end)
            counts[key] += 3 if apposed and not _verb_next(sentence.text, apposed.end()) else 1
            # A caption's "Sandveld Rooibos CEO Thandiwe Mokoena" is no form of the name.
            forms.setdefault(key, Counter())[name.plain] += (
                0 if sentence.furniture and len(name.plain.split()) > 3 else 1)
            if book.kind(name.plain) == "person" and " " in name.plain:
                people.add(key)
    # A firm goes by its first word alone ("Lumo plans…"); a person by the last.
    alone = {key for key, said in forms.items() if key in said}
    lead = {n.plain.split()[0] for s in all_sentences[:_LEAD] for n in s.names}
    ranked = [key for key, _ in counts.most_common() if key in lead and (key not in people or key in alone)]
    if not ranked or counts[ranked[0]] < 3:
        return None
    rival = max((n for key, n in counts.items() if key != ranked[0] and key not in people), default=0)
    if counts[ranked[0]] < 2 * rival:
        return None
    return forms[ranked[0]].most_common(1)[0][0]


def with_company(ask: str, sentence: Sentence, company: str | None, book: NameBook) -> str:
    """"How many people does the company now employ?" -> "How many people does
    Voltline now employ?", unless the sentence names another firm it could be."""
    match = _FIRM.search(ask) or _FIRM_PLACE.search(ask)
    if company is None or match is None or company in ask or any(
            n.plain.split()[0] != company.split()[0] and book.kind(n.plain) == "organization"
            for n in sentence.names):
        return ask
    # "the plant will add 120 jobs" -> "Yeongdo Eomuk's plant will add…".
    if match.re is _FIRM_PLACE:
        said = f"{company}'s {match.group(1)}"
    else:
        said = company + ("'s" if match.group(1) else "")
    return f"{ask[:match.start()]}{said}{ask[match.end():]}"


def as_work(ask: str, answer: str, kind: str,
            topic: tuple[str, frozenset[str]] | None) -> tuple[str, str, str]:
    """The screen work an article is about, asked as one and named whole: "Who is in UK
    cinemas from 14 March? -> Uncrowned Queen" is "Which film is in UK cinemas from 14
    March? -> The Uncrowned Queen"."""
    if topic is None or not re.match(r"(?:Who|What) ", ask) or kind in ("actor", "character"):
        return ask, answer, kind
    name, families = topic
    if name not in (answer, f"The {answer}") or not families & {"film", "series"}:
        return ask, answer, kind
    noun = "film" if "film" in families else "series"
    return f"Which {noun} {ask.split(' ', 1)[1]}", name, "work"
