"""Whom "he" or "she" stands for in each sentence, and what "it" does.

A question is asked out of its paragraph, so "he" must become a name; the wrong
name makes a false question ("Cutler had been beaten with what?" of his partner).
The rule a reader follows: the person the sentence before was about, its first
subject, unless that person is plainly of the other sex than the pronoun.
"""

from __future__ import annotations

import re
from collections import Counter

from quiz.authoring.drafting.entities import NameBook
from quiz.authoring.drafting.mentions import Sentence
from quiz.authoring.drafting.nationality import DEMONYMS
from quiz.authoring.drafting.verbs import finite_verb
from quiz.authoring.drafting.words import FOUNDED, ROLES, TITLES

_MALE = frozenset("""
he him his himself father son brother husband boyfriend king prince emperor duke lord sir
uncle nephew grandfather widower actor businessman chairman spokesman mr
""".split())
_FEMALE = frozenset("""
she her hers herself mother daughter sister wife girlfriend queen princess empress duchess
lady dame aunt niece grandmother widow actress businesswoman chairwoman spokeswoman mrs ms
""".split())
_OBJECT = re.compile(r"\b(?:her|him)\b(?= (?:to|in|on|as|a|an|the|for|with|from|at|into|and|up|out|off|back)\b|[,.;])")
_PRONOUNS = frozenset("he him his himself she her hers herself".split())
# "Her team, Rosa Veloce, said she…": a body, not a person the pronoun may be.
_BODY_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:team|club|side|company|firm|employer|band|"
                          r"label|party|school|university|country|government|ship|publisher), $")
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|He|She|His|Her)\b")
_WORKS = frozenset("""
symphony concerto sonata quartet opera oratorio requiem painting portrait fresco sculpture statue
novel poem play album song film
""".split())
_ACTED = re.compile(r" (?:also )?(?:play(?:s|ed)|star(?:s|red)|appear(?:s|ed)|trained|won an? (?:BAFTA|Emmy|"
                    r"Oscar|SAFTA)|made (?:his|her) (?:screen |stage )?debut)\b")
_HOW_FAR = 6  # sentences a person stays in mind
_FOUNDED_IT = re.compile(rf"(?:{FOUNDED}) [^,]{{1,40}}, it ")
_LEADING = re.compile(r"(?:When|After|Before|Once|Although|Though|While|Until|Since|As)\b[^.;]*?, "
                      r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) (?!(?:and|or|who|which)\b)[a-z]+")
_NAMED = re.compile(r"(?:The|A|An) [^,;]{1,40}? (?:is|was) ")
# What is said of an actor, not of the part: "He played the doctor in Harbour Lights".
_ACTING = re.compile(r"\b(?:play(?:s|ed|ing)?|star(?:s|red|ring)?|role|roles|cast|actor|actress|"
                     r"award|BAFTA|Emmy|SAFTA|Oscar|trained|debut|best known|appear(?:s|ed)?|seen)\b")


def resolve(all_sentences: list[Sentence], book: NameBook, company: str | None = None) -> None:
    """Set each sentence's `referent` (for its first he/she) and `thing` (for "it"),
    which in a business story may be the `company` it is about."""
    # Who plays whom, and who made the film: in an article with a cast, "she died in
    # 2003" is the real woman's, never the actress's or the director's.
    played = {actor.plain: part.plain for s in all_sentences for actor, part, _ in s.cast}
    playing = {part: actor for actor, part in played.items()}
    makers = _makers(all_sentences) if played else frozenset()
    # A film's story is of the part its lead plays, the first the article casts.
    main = next(iter(played.values()), None) or _main_person(all_sentences, book, makers | played.keys())
    sexes = _sexes(all_sentences, book, main)
    recent: list[str] = []  # most recent first
    surnames = {n.plain.split()[-1] for s in all_sentences for n in s.names
                if _person(book, n.plain)}
    # "He died in 2016" is asked of Raymond Cutler, not of "Cutler": a question is read
    # out of its article, so a surname the article gives one full name is said whole.
    whole: dict[str, set[str]] = {}
    # "Romanos was defeated, and in 1072 he was blinded": a man the article has named
    # in full ("Romanos IV Diogenes") may go by his first name alone.
    given: dict[str, set[str]] = {}
    for name in {n.plain for s in all_sentences for n in s.names if _person(book, n.plain)}:
        if " " in name:
            whole.setdefault(name.split()[-1], set()).add(name)
            given.setdefault(name.split()[0], set()).add(name)
    firsts = {first: max(names, key=len) for first, names in given.items()  # "Romanos IV" is he too
              if all(max(names, key=len).startswith(n) for n in names)
              and first not in whole and not _person(book, first)}
    thing: str | None = None
    before = ""  # the sentence before
    last_named: str | None = None  # the last thing the sentence before named
    last_body: str | None = None  # and the last place or body
    alone: str | None = None  # and the one thing it named
    paragraph = 0
    introduced = False  # a cast line names whom the paragraph after it is about
    led: str | None = None  # whom the last paragraph opened about
    opening = False
    for sentence in all_sentences:
        if sentence.paragraph != paragraph and not sentence.furniture:
            # A new paragraph turns back to whom the last one opened about ("Sobhraj
            # was arrested… ¶ In 2003 he was spotted…"), or else to the one the
            # article is about; and "it" is whatever it names first.
            paragraph, opening = sentence.paragraph, True
            thing = None
            back = led or main
            if back and not introduced:
                recent = [back, *[p for p in recent if p != back]]
        introduced = bool(sentence.furniture and sentence.cast)
        # "His enemy, Alp Arslan, …; he was on his way": a question's "he" is a subject's.
        pronoun = _SUBJECT_PRONOUN.search(sentence.text) or _PRONOUN.search(sentence.text)
        # "The man is Abebe Bikila, and in 1960 he won…": whom the sentence names.
        named = _NAMED.match(sentence.text)
        own = pronoun and next((firsts.get(n.plain, n.plain) for n in sentence.names
                                if n.start < pronoun.start()
                                and (_person(book, n.plain) or n.plain in firsts)
                                and (_is_subject(sentence.text, n.end) or named and n.start == named.end())
                                and _pick([firsts.get(n.plain, n.plain)], sexes, pronoun.group().lower())
                                and not _BODY_BEFORE.search(sentence.text[:n.start])),
                               None)
        # "When the new king, Christian IV, cut his funding and he left Denmark, Tycho took
        # his instruments…": a "he" before the main clause is its subject's.
        lead = _LEADING.match(sentence.text)
        if (lead and pronoun and pronoun.start() < lead.start(1) and _person(book, lead.group(1))
                and _pick([lead.group(1)], sexes, pronoun.group().lower())):
            own = lead.group(1)
        # "The real Legasov recorded tapes before he took his own life": his own.
        sentence.referent = own or _pick(recent, sexes, pronoun.group().lower() if pronoun else "")
        if own in played and re.search(rf"\b{re.escape(own)} (?:plays|played|portrays|portrayed)\b", sentence.text):
            # "Rasmus Holm plays Tycho from the duel against his cousin": the part's cousin.
            own = sentence.referent = played[own]
        full = whole.get(sentence.referent or "", ())
        if len(full) == 1 and not own:
            sentence.referent = next(iter(full))
        if not own and sentence.referent in played and not _ACTING.search(sentence.text):
            # "Julian Ashdown as Cecil Rhodes. The sickly son of a vicar, he arrives at the
            # diggings aged 18": the part's life; "He played the young doctor in…" the actor's.
            sentence.referent = played[sentence.referent]
        elif (not own and sentence.referent in playing and pronoun
                and _ACTED.match(sentence.text, pronoun.end())):
            sentence.referent = playing[sentence.referent]  # "He played the doctor in…"
        sentence.female = sexes.get(sentence.referent or "") == "female"
        if thing is None and sentence.paragraph == paragraph:
            if sentence.text.startswith(("It ", "Its ")) and company and re.search(
                    rf"\b(?:[Tt]he (?:company|firm)|{re.escape(company)})\b", before):
                # "The company was founded in 1962… It now employs 120 workers": the
                # firm a business story is about, where the sentence before spoke of it.
                thing = company
            elif sentence.text.startswith(("It ", "Its ")):
                # "…his Symphony No. 7, which he dedicated to Leningrad. It was first
                # performed in Kuybyshev": the last thing the sentence before named.
                thing = last_named
            elif _FOUNDED_IT.match(sentence.text):
                # "Start at Antica Pizzeria da Michele. Founded in 1870, it serves…":
                # what was founded is a place or body, the last the sentence before named.
                thing = last_body
        sentence.thing = thing
        if thing is None and sentence.text.startswith("It ") and not _EXPLETIVE.match(sentence.text):
            sentence.thing = alone  # for this sentence only: the next may name its own
        if sentence.furniture:
            # An infobox line ("Born: 7 November 1878, Vienna") is about the article's one.
            sentence.referent = main or sentence.referent
            if sentence.cast:  # "John Lithgow as Winston Churchill", then "The actor…"
                recent = _first(sentence.cast[0][0].plain, recent)
            continue
        if re.match(r"(?:The|A|An|This|That|These|Those) [a-z]", sentence.text):
            thing = None  # "The mission is led by…": "it" next is the mission, not a name
        subject = None
        for name in sentence.names:
            if sentence.text[:name.start].strip(" “\"") in ("", "The"):
                if _person(book, name.plain):
                    subject = subject or name.plain
                elif book.kind(name.plain) and not re.match(r" [a-z]+\b(?! (?:is|was|has))",
                                                            sentence.text[name.end:]) and not (
                        name.plain in surnames):
                    # "The Greenland shark…" is the shark's, and "Shostakovich" his.
                    thing = name.plain
            elif thing and name.plain != thing and book.kind(name.plain) == book.kind(thing) is not None:
                thing = name.plain  # "he wrote the Symphony No. 7, … It was first performed"
        opener = played.get(subject, subject) if subject not in makers else None
        if subject is None:
            # "The man at its centre is Charles Sobhraj, a conman…": whom it names.
            subject = next((n.plain for n in sentence.names if named and n.start == named.end()
                            and _person(book, n.plain)), None)
        asked = None
        if subject is None and sentence.text.endswith("?"):
            # "Where have I seen Julian Ashdown before? He played…": whom it asks
            # about, the actor himself.
            asked = subject = next((n.plain for n in reversed(sentence.names)
                                    if _person(book, n.plain)), None)
        if subject is None:
            # "…, when his partner, Gil Tolliver, was found dead. He had been beaten":
            # the first person the sentence makes a subject of; but "she was
            # questioned; Tassi was convicted" is still about her.
            first = re.search(r"\b(?:he|she|He|She)\b", sentence.text)
            # The last of them: "…after Sutcliffe won the toss, … Brierley hit…. He…".
            # "His paternal uncle, C. V. Raman, won…" is said of whom "his" is: the
            # "he" after it is still that one, where that one is whom the article is
            # about; "In 1665 his assistant, George Viccars, opened a box… he was
            # buried" is the assistant's story.
            subject = next((n.plain for n in reversed(sentence.names) if _person(book, n.plain)
                            and _is_subject(sentence.text, n.end)
                            and not (first and first.start() < n.start)
                            and not (_OWNED_BEFORE.search(sentence.text, max(0, n.start - 40), n.start)
                                     and sentence.referent == main)),
                           None)
        if opening:
            # The first sentence's subject, or whom its opening "He" stands for.
            led = opener or (sentence.referent if re.match(r"(?:He|She)\b", sentence.text)
                             else led)
            opening = False
        subject = subject if asked else played.get(subject, subject)
        if subject and subject not in makers:
            recent = _first(subject, recent)
        # What a next "It" may be: a work the sentence names by what it is ("his
        # Symphony No. 7"), or the thing it is about ("…, the Mona Lisa was shown").
        before = sentence.text
        last_body = next((n.plain for n in reversed(sentence.names)
                          if book.kind(n.plain) in ("place", "organization")), None)
        # "…to keep an eye on Bennu. It has a 1-in-2,700 chance…": the one thing the
        # sentence before named, where no noun was its subject.
        things = {n.plain for n in sentence.names if not _person(book, n.plain)
                  and not sentence.text[:n.start].endswith("(")  # "(Saiga tatarica)"
                  and not _WORD_OF.match(sentence.text, n.end)}  # "the Arabian oryx"
        alone = (next(iter(things)) if len(things) == 1 and _NO_NOUN_SUBJECT.match(sentence.text)
                 and not any(_person(book, n.plain) for n in sentence.names) else None)
        last_named = next((n.plain for n in reversed(sentence.names)
                           if book.kind(n.plain) in _WORKS
                           or book.kind(n.plain) != "person" and _opens_clause(sentence.text, n.start)
                           and _BE_AFTER.match(sentence.text, n.end)), None)


def _first(person: str, recent: list[str]) -> list[str]:
    return [person, *[p for p in recent if p != person]][:_HOW_FAR]


def _pick(recent: list[str], sexes: dict[str, str], pronoun: str) -> str | None:
    """The latest person the pronoun can stand for: not one known to be of the other sex."""
    other = "female" if pronoun in _MALE else "male" if pronoun in _FEMALE else ""
    if other == "male":
        # A ship, a country, a boat is "she" too: only a woman the article names is.
        return next((p for p in recent if sexes.get(p) == "female"), None)
    return next((p for p in recent if sexes.get(p) != other), None)


def _person(book: NameBook, name: str) -> bool:
    """A person, or one the article names by a post only a person holds ("Alp
    Arslan, the second Seljuk sultan")."""
    kind = book.kind(name)
    return (kind == "person" or kind in TITLES or kind in ROLES) and name not in DEMONYMS


# "It is a pity that…", "It takes 40 litres of sap…", "It is Lindgren's fourth win":
# an "it" that stands for nothing named, or for what happened, not a thing.
_EXPLETIVE = re.compile(r"It (?:is|was|'s|seems|seemed|remains|appears|appeared)"
                        r" (?:not )?(?:[^.;]{0,40}?\b(?:that|to|how|whether)\b|(?:[A-Z][\w-]* )*[A-Z][\w-]*['’]s\b)"
                        r"|It (?:takes|took|costs|cost|means|meant)\b")
_WORD_OF = re.compile(r" (?!(?:is|was|has|had|and|or|in|on|at|to|of|for|by|with|from)\b)[a-z]")
# A sentence whose subject is no noun that an "it" after it could be: "There is another
# reason to keep an eye on Bennu", "They flew on to Darwin".
_NO_NOUN_SUBJECT = re.compile(r"(?:There (?:is|are|was|were)|He|She|They|We|I|You) [a-z]")
_BE_AFTER = re.compile(r" (?:is|was|has|had)\b")


def _opens_clause(text: str, start: int) -> bool:
    """Does the name open the sentence or a clause after a comma ("…, the Mona Lisa")?
    Read just before it: a sentence of thousands of names must not cost their square."""
    head = text[max(0, start - 6):start]
    return start <= 4 and text[:start] in ("", "The ", "the ") or head.endswith((", ", ", The ", ", the "))


# "His paternal uncle, " before a name: looked for just before it, not in all the text
# before (a sentence of thousands of names would cost their square).
_OWNED_BEFORE = re.compile(r"\b(?:His|Her|his|her) [a-z ]{1,30}, $")


def _is_subject(text: str, end: int) -> bool:
    """Does a finite verb follow the name, past an aside in brackets or between commas
    ("Alp Arslan, the second Seljuk sultan, had not come"), a comma or an adverb?"""
    match = re.match(r"(?:\s*\([^()]*\))?(?:, (?:the|a|an|his|her|their) [^,;]{1,60}(?=,))?,?\s+"
                     r"(?:[a-z]+ly\s+)?([a-z]+)\b", text[end:end + 120])
    return bool(match) and finite_verb(match.group(1))


def _sexes(all_sentences: list[Sentence], book: NameBook, main: str | None) -> dict[str, str]:
    """"Her father, Philipp Meitner", "Kirby … her award": what the article says of
    each person's sex, where it says anything; a person it says both of is left out."""
    votes: dict[str, Counter[str]] = {}
    for sentence in all_sentences:
        people = [n for n in sentence.names if _person(book, n.plain)]
        for name in people:
            # "Her father, Philipp Meitner": the noun before a name is said of it;
            # the pronoun there is somebody else's.
            around = re.findall(r"[a-z]+", sentence.text[max(0, name.start - 20):name.start].lower())
            after = sentence.text[name.end:name.end + 25].lower()
            words = [w for w in around[-2:] if w not in _PRONOUNS]
            words += re.findall(r"^,? (?:the |a |an |his |her )?([a-z]+)", after)
            if len(people) == 1 and name.start == 0:
                # The person a sentence opens with, its only one, is whom its
                # pronouns stand for ("Kirby's Margaret won her…").
                # Not "Pickering set her to work": a pronoun a verb takes is someone else.
                words += [w.lower() for w in _PRONOUN.findall(_OBJECT.sub("", sentence.text[name.end:]))]
            tally = votes.setdefault(name.plain, Counter())
            tally.update("male" for w in words if w in _MALE)
            tally.update("female" for w in words if w in _FEMALE)
    # A profile's subject is whom most of its "she"s or "he"s are about.
    told = Counter(w.lower() for s in all_sentences if not s.furniture
                   for w in _PRONOUN.findall(s.text))
    female = sum(told[w] for w in ("she", "her"))
    male = sum(told[w] for w in ("he", "him", "his"))
    if main and max(female, male) >= 3 and max(female, male) >= 3 * min(female, male):
        votes.setdefault(main, Counter())["female" if female > male else "male"] += 1
    sexes = {}
    for name, tally in votes.items():
        if tally["male"] and not tally["female"]:
            sexes[name] = "male"
        elif tally["female"] and not tally["male"]:
            sexes[name] = "female"
    # "Meitner" is Lise Meitner's sex, where the article's Meitners agree or she is
    # whom it is about (her father Philipp aside).
    by_surname: dict[str, set[str]] = {}
    for name, sex in sexes.items():
        by_surname.setdefault(name.split()[-1], set()).add(sex)
    for surname, found in by_surname.items():
        if main and main.split()[-1] == surname and main in sexes:
            sexes.setdefault(surname, sexes[main])
        elif len(found) == 1:
            sexes.setdefault(surname, found.pop())
    return sexes


_MAKER = re.compile(r"\b(?:directed|written|created|produced|shot|scored|adapted) by "
                      r"((?:[A-Z][\w’'-]*\s?){1,3})|\b(?:[Dd]irector|[Ww]riter|[Cc]reator|"
                      r"[Ss]howrunner) ((?:[A-Z][\w’'-]*\s?){1,3})"
                      # "Hiwot Tesfaye's patient, handsome biopic", "Tesfaye, who wrote the script"
                      r"|((?:[A-Z][\w’'-]*\s?){1,3})['’]s (?:[a-z-]+,? ){0,3}"
                      r"(?:film|biopic|documentary|drama|series|miniseries|feature|movie|thriller)\b"
                      r"|((?:[A-Z][\w’'-]*\s?){1,3}), who (?:wrote|directed|co-wrote) the (?:script|film)")


def _makers(all_sentences: list[Sentence]) -> frozenset[str]:
    """Who directed, wrote or made the work an article is about, and so is nobody
    its story's "he" stands for."""
    found = {next(filter(None, m.groups())).strip() for s in all_sentences
             for m in _MAKER.finditer(s.text)}
    return frozenset(found | {name.split()[-1] for name in found})


def _main_person(all_sentences: list[Sentence], book: NameBook,
                 aside: frozenset[str] | set[str] = frozenset()) -> str | None:
    """Whom a biography or profile is about: the person its first lines name, or
    else the one it names most (not one of `aside`, a film's makers and cast)."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    lead = [s for s in all_sentences if not s.furniture][:2]
    for sentence in lead:
        for name in sentence.names:
            if _person(book, name.plain) and name.plain not in aside:
                return name.plain
    for sentence in all_sentences:
        if sentence.furniture:
            continue
        for name in sentence.names:
            if _person(book, name.plain) and name.plain not in aside:
                surname = name.plain.split()[-1]
                counts[surname] += 1
                first.setdefault(surname, name.plain)
    if not counts:
        return None
    surname, _ = max(counts.items(), key=lambda item: (item[1], -list(first).index(item[0])))
    return first[surname]
