"""A question made where the answer stands: its phrase turned into a wh-phrase
("Exotic was sentenced to how many years in prison?"), and what both kinds of
question share about where a phrase ends and how long a question may be."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection

from quiz.authoring.drafting.amounts import UNIT_WORDS
from quiz.authoring.drafting.span import Clause, cut
from quiz.authoring.drafting.places import place_noun
from quiz.authoring.drafting.heads import head_noun, with_adjective
from quiz.authoring.drafting.placephrase import place_phrase
from quiz.authoring.drafting.shortening import TRAILING_PHRASE, loose
from quiz.authoring.drafting.verbs import finite_verb, is_noun, participle, verb_index
from quiz.authoring.drafting.words import (
    COMMON, NAME_PARTICLE, NAME_WORD, NATIONALITIES, NUMBER, PLACE_WORDS, ROLES, THING_CLASSES, TIME_UNIT, TITLES, WEEKDAYS,
    WORD_NUMBERS,
)

# A comma that starts an aside, not one inside a date ("April 27, 1948").
ASIDE = re.compile(r",\s+(?!\d)")
# ", the maker of Ridgeback chips," and ", José de la Serna," after "Spain's viceroy":
# what a long question can do without.
_MIDASIDE = re.compile(rf",\s+(?:(?:the|a|an)\s[^,;]{{3,60}}"
                       rf"|{NAME_WORD}(?: (?:{NAME_PARTICLE} ){{0,2}}{NAME_WORD}){{1,3}}),(?=\s[a-z])")
# Past this a question loses detail.
SHORT_ASK_WORDS = 14
# Only from the first of a run of stops: a long run is not rescanned from each one.
FINAL_PUNCTUATION = re.compile(r"[\s.!?…;:,]+$")


# "…crossed the finishing line off who? -> Castray Esplanade": only a place lies there.
_WHERE_WHO = re.compile(r"\b(?:off|onto|into|along|across|near|past|beside|towards?|through|beyond|"
                        r"around|outside|inside|behind|alongside|aground on|ashore on|landed on) (?:who|whom)\b")


def in_situ(clause: Clause, kind: str) -> str | None:
    """The clause with its answer's phrase turned into a wh-phrase where it stands:
    "Exotic was sentenced to how many years in prison?"."""
    adverb = re.match(r"(?:There|Here|Then) (?=[A-Z])", clause.text)
    if adverb and clause.start >= adverb.end():
        # "There Annie turns back east…", "Then Hawks captain Ben Holroyd turned…": the
        # adverb says when or where only to the sentence before.
        clause = cut(clause, 0, adverb.end())
    found = _wh_phrase(clause, kind)
    if found is None or re.match(r"['’]\s", clause.text[clause.end:]):
        return None  # "Toby Jones' Kolletschka": the name is an owner, not the answer's place
    start, end, wh = found
    text = clause.text
    first = text.split(" ", 1)[0]
    if start and (first.lower() in _OPENING_WORDS or first.endswith("ing") or finite_verb(first)
                  or wh.startswith(("how many", "where")) and re.search(r",\s*$", text[:start])):
        return None  # "Including two counts…": a phrase, not a clause with a subject
    # What follows a comma after the phrase is an aside the question can do without.
    tail = ASIDE.split(FINAL_PUNCTUATION.sub("", text[end:]), maxsplit=1)[0]
    if start and len(f"{text[:start]}{wh}{tail}".split()) > SHORT_ASK_WORDS:
        # "…by what score in two hours and 41 minutes on Centre Court": the
        # phrases after the one asked for are detail a short question can lose
        # (but not after a subject: its verb is still to come).
        stop = next((m.start() for m in TRAILING_PHRASE.finditer(tail)
                    if loose(tail[m.end():], tail[:m.start()])), len(tail))
        tail = tail[:stop]
    head = text[:start]
    if wh == "where" and re.search(r"(?:\bwith (?:a|an)|['’]s|\b(?:his|her|its|their)) (?:[\w-]+ ){0,3}$", head):
        # "…with a spell where around 1638?", "…Mendez's boss where?", "…has her first
        # exhibition where?": where a thing someone has is, not where anything happened.
        return None
    if wh == "where" and re.match(r" to [a-z]", tail):
        # "the first woman in Germany to be…" -> "the first woman in which country to be…".
        noun = place_noun(clause.answer)
        if noun is None:
            return None
        wh = f"in which {noun}"
    if re.search(r",\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|lt)\s[^,]*$"
                 r"|\b(?:when|while|after|before) [A-Z][^,]*, [^,]*$", head):
        # "a copy of the pier, built in a car park where?", "when Amy Johnson, alone
        # over which sea?": an aside's phrase, its clause's verb still to come.
        return None
    if len(f"{head}{wh}{tail}".split()) > SHORT_ASK_WORDS:
        head = _MIDASIDE.sub("", head)  # "Crisp & Co., the maker of Ridgeback chips, for…"
    asked = f"{head}{wh}{tail}"
    asked = " ".join(asked.split())
    if re.search(r"\b(?:when|while|after|before|because|as|if|that|where) (?:who|what|whom)$", asked):
        return None  # "There is a moment … when who?": the clause it opened is gone
    if kind == "person" and (clause.answer.split()[-1] in PLACE_WORDS | {"Reef", "Rock", "Rocks"}
                             or place_noun(clause.answer) or _WHERE_WHO.search(asked)):
        return None  # "thrown onto who? -> Barrett Reef", "to whom? -> Greenland": places
    if re.search(r"\b(?:did|does|do|was|were|is|are),? (?:when|where|what|who)$", asked):
        return None  # "and he did, in January 1757" -> "…did, when?": what he did is elsewhere
    if re.search(r"\b[Ww]hich (?:[Tt]he|an?|An?|when|where|who|as|after)\b|['’]s which\b", asked):
        return None  # "Which The Karachi-born bowler…": the phrase was not the answer's own
    if len(asked.split()) < 4:
        return None
    if start == 0 and re.match(r"(?:in|on|at|when|where|how much)\b", wh):
        return None  # "In what year Meitner shared…": a fronted phrase needs its verb turned
    glued = re.match(r"(?:At|On|In|By|During|After|Before) [^,]*?\d{4},? ([a-z]+)\b", text)
    if glued and glued.end() <= start and participle(glued.group(1)):
        return None  # "At 6:15 on 9 May 1940 loaded with how many refugees?": no subject
    if start == 0:
        asked = asked[:1].upper() + asked[1:]
    elif verb_index(text[:start].split(), 1) is None and not finite_verb(
            (text[end:].split() or [""])[0]):
        return None  # no verb around the phrase: not a clause to ask in
    if re.match(r"(?: [a-z]+){1,2} (?:and|or)\b", text[end:]):
        return f"{asked}?"  # "a $14.5 million roasting and packaging plant": not one noun
    return _measure_after(f"{asked}?")


# "a how many year lease", "a how much grant": the measure asked after its noun.
_NOT_NOUN = r"(?!(?:from|for|to|in|of|at|on|with|by|and|or)\b)"
_MEASURE_BEFORE = re.compile(rf"\b(an?) how (many ([a-z]+)|much) ((?:{_NOT_NOUN}[a-z]+ )?{_NOT_NOUN}[a-z]+)(?=[ ?])")


def _measure_after(ask: str) -> str:
    """"Northbend has signed a how many year lease?" -> "…signed a lease of how many
    years?"; "financed by a how much grant" -> "by a grant of how much"."""
    match = _MEASURE_BEFORE.search(ask)
    if match is None:
        return ask
    unit = match.group(3)
    plural = (getInflection(unit, tag="NNS") or (unit,))[0] if unit else None
    noun = match.group(4).split()[-1]
    lead = "an" if noun[:1] in "aeiou" else "a"
    asked = f"how many {plural}" if plural else "how much"
    return f"{ask[:match.start()]}{lead} {match.group(4)} of {asked}{ask[match.end():]}"


def _wh_phrase(clause: Clause, kind: str) -> tuple[int, int, str] | None:
    """The span to replace and what replaces it."""
    text, start, end = clause.text, clause.start, clause.end
    before = text[:start]
    after = text[end:]
    if re.match(r" \d{1,3}\b(?![.,:]\d| to \d|[-–]\d)", after) and not clause.answer[:1].isdigit():
        return None  # "a Japan Series Game 7": the name goes on with its number
    if re.match(r"['’]s\b", after):
        # "to attend Max Planck's lectures" -> "to attend whose lectures"; a thing's
        # owner ("the Louvre's") is no one to ask "whose" of.
        # Not a subject's (who_subject asks those), nor one a noun goes before
        # ("plays firefighter Vasily Ignatenko's wife"), nor one in a relative clause.
        previous = before.split()[-1:] or [""]
        if (kind != "person" or " " not in clause.answer or not before
                or not re.match(r"['’]s [a-z]", after)  # "including Gino Sorbillo's,": whose what?
                or is_noun(previous[0]) and previous[0] not in _FUNCTION_WORDS
                or re.search(r",\s+(?:where|when|which|who)\b[^,]*$", before)):
            return None
        return start, end + 2, "whose"
    if before[-1:] in "“\"" and after[:1] in "”\"" and before and after:
        # “Jump Seat”, an eight-part drama on FX, … -> "which drama": the title's
        # marks go with it, and so does the aside that says what it is.
        said = _WORK_ASIDE.match(after)
        if said and is_noun(said.group(1)):
            return start - 1, end + said.end(), f"which {said.group(1)}"
        before, start, end = before[:-1], start - 1, end + 1
        after = text[end:]
    if kind == "duration" and len(re.findall(rf"\b{TIME_UNIT}|\bseconds?\b", clause.answer)) > 1:
        # "lasted two hours and 38 minutes", "won in two hours and 41 minutes"
        return start, end, "how much time" if before.endswith(" in ") else "how long"
    if kind in ("count", "duration"):
        if after.startswith("-"):
            return None  # "a 20-minute bus ride": the number is part of a word
        said = _UNIT.search(clause.answer)  # "40 years": the unit is in the answer
        measure = _MEASURE.search(clause.answer)  # "70,900 km": how many kilometres
        said = said or measure
        unit = said or re.match(r"[ -]((?:[a-z][a-z-]* )?[a-z][a-z-]*)", after)
        if unit is None:
            return None
        if re.match(r"(?: [a-z]+)?, [a-z]+,? (?:and|or) ", after) or re.match(
                rf"(?: [a-z]+){{1,2}} and (?:some |about |around |nearly )?{NUMBER} [a-z]+(?:ed|en)\b", after):
            # "110 men, women and children": the count is of all three; "2,000 were
            # killed and some 9,000 injured" counts twice.
            return None
        lead = re.search(r"(?:\b(?:more than|about|nearly|almost|some|around|[Tt]he|[Aa]ll|[Aa]ll the) )$",
                         before)  # "the two crowns" -> "how many crowns"
        begin = lead.start() if lead else start
        words = UNIT_WORDS.get(measure.group(1)) if measure else None
        return begin, end + (0 if said else unit.end()), f"how many {words or unit.group(1)}"
    if kind == "age":
        at_age = re.search(r"\bat the age of $|\baged $", before)
        if at_age:
            return at_age.start(), end, "at what age"
        old = re.match(r" years? old\b", after) if re.search(r"\bat $", before) else None
        if old:  # "came out at 392 years old"
            return start - 3, end + old.end(), "at what age"
        return None
    minute = re.search(r"\b[Ii]n the $", before) if clause.answer.endswith("minute") else None
    if kind == "time" and minute:
        return minute.start(), end, "in which minute"
    if re.search(r"[A-Z][\w’'-]*, (?:the [a-z]+ )?$", before) and re.match(r",? (?:and|or) |, ", after):
        return None  # "by the guitarist Peter Green, the drummer Mick Fleetwood and…": a list
    # "Queen Margherita", "the guitarist Peter Green", "when flanker Aaron Mbeki".
    title = re.search(r"(?:^|(?<=[\s,]))(?:(?:[Tt]he|an?) )?(?<![\w-])([A-Z][a-z]+|[a-z]+) $", before)
    if title and title.group(1).islower() and re.search(r"[A-Z][\w’'-]* $", before[:title.start(1)]):
        title = None  # "Hawks captain": whose captain goes with it, below
    if kind == "person" and title and title.group(1).lower() in TITLES | ROLES:
        return title.start(), end, f"which {title.group(1).lower()}"  # "Queen Margherita"
    if kind == "person" and title and title.group(1) in NATIONALITIES and not title.group().startswith(("the", "The")):
        return title.start(), end, f"which {title.group(1)}"  # "beat Australian Jack Tennant"
    if kind == "date" and re.search(r"\b[Ii]n $", before):
        return before.rindex("n ") - 1, end, "when"  # "in May 2019"
    if kind in _IN_SITU:
        lead = re.search(_IN_SITU_LEAD.get(kind, r"(?!)"), before)
        if lead:
            return lead.start(), end, _IN_SITU[kind][0]
        if kind == "score" and not re.search(
                r"\b(?:beat|beats|beating|defeated|defeating|edged|thrashed|overcame|won|lost|drew)"
                r"\b[^,.;]*$", before):
            return None  # "went in 13-5 down", "in front at 22-21": no "by what score" there
        if kind in ("year", "date") and re.match(
                r" (?!(?:and|or|but|in|on|at|to|for|from|by|with|as|when|while|after|before|"
                r"until|since)\b)[A-Za-z]", after):
            return None  # "his 2002 film", "a 2007 Wired article": a year as a word of the phrase
        if kind in ("year", "date") and (re.search(r"\bbetween $", before)
                                         or re.match(r" (?:and|to|or) \d|[–—-]\d", after)):
            return None  # "between 1978 and 1980": one end of a span is no answer
        the = re.search(r"\bthe $", before)  # "runs to the mid-1950s" -> "to which decade"
        return (the.start() if the else start), end, _IN_SITU[kind][1]
    if AIRED.search(before) and kind not in _IN_SITU:
        # "premiered on HBO" -> "on which network"; "arrives on Strand+" -> "on which
        # streaming service".
        streamer = clause.answer.endswith("+") or clause.answer in _STREAMERS
        return start, end, "which streaming service" if streamer else "which network"
    award = re.search(r"\b(?:Emmy|Grammy|Oscar|BAFTA|Bafta|Golden Globe|Academy Award|Tony)s? for $",
                      before)
    if award and kind not in _IN_SITU and re.match(_CATEGORY, clause.answer):
        return start - len("for "), end, "in which category"  # "the Emmy for Outstanding…"
    if kind == "thing":
        described = re.search(rf"\b(?:[Tt]he|[Aa]n?) ((?:[a-z]+ )?(?:{_CLASS})),? $", before)
        if described:  # "a new element, protactinium" -> "which new element"
            return described.start(), end, f"which {described.group(1)}"
        said = re.match(rf", (?:a|an) ((?:[a-z]+ ){{0,2}}(?:{_CLASS}))\b", after)
        if said:  # "hákarl, a traditional dish" -> "which traditional dish"
            article = re.search(r"\b(?:the|a|an) $", before)  # "invented the crescograph, an…"
            return (article.start() if article else start), end + said.end(), f"which {said.group(1)}"
        return start, end, "what"
    if re.search(r"\b(?:named|called|nicknamed|dubbed) $", before):
        return None  # "a bar owner named who?": the name is what the clause gives
    if re.search(r"\b(?:that|which) $", before) and re.match(r" (?:is|was|had|has|[a-z]+ed)\b", after):
        return None  # "the route that Gustav Vasa is said to have skied": a relative's subject
    city_of = re.search(r"\b[Tt]he (city|town|village|island|port|state|province|county|region|"
                        r"kingdom|republic|duchy) of $", before)
    if city_of and kind not in _IN_SITU:  # "to the city of Leningrad" -> "to which city"
        return city_of.start(), end, f"which {city_of.group(1)}"
    if (re.search(r"(?<![.!?] )(?<!^)\b[A-Z][\w’'-]* (?:(?:and|&) )?$|\b(?:de|da|di|del|della|"
                  r"van|von|du|le|la|al|el|bin|ibn) $", before)
            or re.search(r"\b(?:and|or|&) $", before) and re.search(r"[A-Z][\w’'-]* (?:and|or|&) $", before)
            or re.match(r" [a-z]+[A-Z]", after)  # "Ntshingwayo kaMahole": a name goes on
            or re.match(r" [a-z]+\b", after) and not getAllLemmas(after.split()[0])
            and after.split()[0] not in COMMON
            or re.match(r" (?:and|&) [A-Z]|, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*,? (?:and|or) ", after)):
        # "Best Adapted Screenplay", "Rock and Roll Hall of Fame", "Inter caetera":
        # the answer is only a piece of a longer name.
        return None
    if kind not in ("place", "date", "year") and re.match(r" ([a-z]+)\b", after) and is_noun(
            after.split()[0]) and re.search(r"\b(?:a|an|the|its|his|her|their)(?: [a-z]+)?(?: \d+)? $", before):
        return None  # "a Haddon Trophy final", "the Naples canvas": a name used as a word
    described = re.search(r"\b(?:[Tt]he |a |an )?((?:(?:(?<=\bthe )|(?<=\ba )|(?<=\ban ))(?:[a-z]+(?:-[a-z]+)?|\d{4}) )?"
                          r"(?:(?!The\b)[A-Z][\w-]* ){0,2}(?<![\w-])(?:[a-z]+-)?([a-z]+)),? [“\"]?$", before)
    if described and after[:1] in "”\"" and after:
        end += 1
    if described and (described.group(2) in _NOT_KINDS | _WHERE_WORDS or re.fullmatch(TIME_UNIT, described.group(2))
                      or clause.answer.isupper() and not re.match(r"(?:[Tt]he|an?) ", described.group())):
        # "the young Sigmund Freud", "For almost three months Wolfe…"; "as playoff MVP":
        # a word before an acronym, with no article, is no kind of it.
        described = None
    ahead = before[:described.start()].split()[-1:] if described else []
    after_verb = bool(ahead) and _VERB_BEFORE.search(before[:described.start() - len(ahead[0]) - 1])
    if (after_verb and not re.match(r"(?:[Tt]he|an?) ", described.group()) and ahead[0] == "be"
            and is_noun(described.group(2))):
        return None  # "had expected to be given Aleppo": a verb's object, no kind before it
    if (described and ahead and ahead[0].islower() and ahead[0] not in _FUNCTION_WORDS
            and not re.match(r"(?:[Tt]he|an?) ", described.group())  # "aboard the ship"
            and not finite_verb(ahead[0]) and not ahead[0].endswith("ing") and not after_verb
            and is_noun(described.group(2))):
        # "led by marine biologist Julius Nielsen" -> "led by which marine biologist"
        begin, noun = with_adjective(before, described.start() - len(ahead[0]) - 1,
                              f"{ahead[0]} {described.group(1)}")
        return begin, end, f"which {noun}"
    if (described and is_noun(described.group(2)) and described.group(2) not in WORD_NUMBERS
            and not (ahead and (ahead[0] == "to" and not re.match(r"(?:[Tt]he|an?) ", described.group())
                                or finite_verb(ahead[0])
                                and ahead[0] in ("will", "would", "can", "could", "may",
                                                 "might", "must", "should", "did", "does")))):
        owner = re.search(r"\b(his|her|its|their|(?:[A-Z][\w’'-]* )*[A-Z][\w’'-]*['’]s) $",
                          before[:described.start()])
        if owner:
            # "attacked his opera Lady Macbeth" -> "attacked which of his operas"
            plural = getInflection(described.group(2), tag="NNS")
            noun = described.group(1)[:-len(described.group(2))] + (plural[0] if plural else "")
            return (owner.start(), end, f"which of {owner.group(1)} {noun}") if plural else None
        begin, noun = with_adjective(before, described.start(), described.group(1))
        return begin, end, f"which {noun}"
    # A title's last word is not what it is: "Planet of the Apes" is no planet.
    # "Wolf Hall", "House of the Dragon", "Frank Wild": no hall, house or wild.
    head = head_noun(clause.answer) if kind in ("place", "organization", "event") else None
    if head:
        # "at Mehrabad Airport" -> "at which airport"; "the Treaty of Madrid" -> "which treaty".
        # "named its Chandra X-ray Observatory" -> "named which observatory".
        article = re.search(r"\b(?:[Tt]he|an?|its|their|his|her) ((?:[a-z-]+|\d{4}) )?$", before)
        modifier = article.group(1) or "" if article else ""
        return (article.start() if article else start), end, f"which {modifier}{head}"
    if kind == "place":
        return place_phrase(clause)
    honour = re.search(r"\b(?:awarded|received|given|presented with|granted) the $", before)
    if honour and kind in ("organization", "title", "event"):
        return honour.end() - len("the "), end, "which honour"  # "was awarded the Padma Shri"
    if kind not in _NAMED_KINDS and is_noun(kind):
        # "on the Pampa de Quinua, a plain at about 3,300 metres" -> "on which plain": the
        # kind the article said, and the aside that said it goes.
        the = re.search(r"\bthe $", before)
        said = re.match(rf", (?:a|an|the) ((?:[a-z-]+ )?{kind})\b(?:[^,;]|,(?=\d))*", after)
        noun = said.group(1) if said else kind
        return (the.start() if the else start), end + (said.end() if said else 0), f"which {noun}"
    if re.search(r"\b(?:and|or|&) $", before) or re.match(r" (?:and|or|&) ", after):
        return None  # "John and who had separated?": one of a pair is no phrase to ask
    if kind == "person":
        if (re.search(r"['’]s $|\b(?:the|a|an)(?: [\w-]+)? $|\b(?:its|his|her|their) $", before)
                or after.startswith(" of ")):
            return None  # "Shostakovich's who", "the who film": a person is nobody's thing
        if re.search(r"\b(?:is|are|was|were|be|been)\s$", before):
            return None  # "The tomatoes should be who?": what a thing is, not a person
        following = re.match(r" (?:[a-z]+ly )?([a-z]+)\b", after)
        if following and finite_verb(following.group(1)) and following.group(1) not in _PREPOSITIONS_AS_VERBS:
            return None  # "…, number eight Lewis Gage crashed over": a subject, asked "Who…"
        preposition = re.search(r"\b(?:by|with|for|to|from|against|of|on|at|about|under|behind|beside|before|after|towards?|among|between|over) $", before)
        return start, end, "whom" if preposition else "who"
    return None


_PREPOSITIONS_AS_VERBS = frozenset("as".split())
# "really did command the steamer Loudon": after these, a word is a verb, no noun's adjective.
_VERB_BEFORE = re.compile(r"\b(?:do|does|did|to|will|would|can|could|may|might|must|should|shall)\s*$")
# Nouns a verb takes as an adverb: "singled home Kaito Mori" is no home of his.
_WHERE_WORDS = frozenset("home abroad ashore aboard overseas upstairs downstairs inland away".split())
# Words before a name that say how it was, not what it is.
_NOT_KINDS = frozenset("""
young old late great former future elder younger older western eastern northern southern
north south east west
central upper lower
outside inside beyond behind beside near towards toward across through past around along
""".split())
# Kinds a name is typed by that say too little to ask "which …" with.
_NAMED_KINDS = frozenset("person place organization event title work nickname thing actor character".split())
AIRED = re.compile(r"\b(?:premiered|premieres|aired|airs|debuted|debuts|arrives|arrived|streams|"
                   r"launched|launches|is streaming|will stream|is showing) on $")
# "Best Picture", "Outstanding Limited Series", "Album of the Year": an award's category.
_CATEGORY = (r"(?:Best|Outstanding|Album|Record|Song|Actor|Actress|Director|Picture|Film|Drama|"
             r"Comedy|Lead|Supporting|Original|Adapted)\b")
_STREAMERS = frozenset("Netflix Hulu Max Peacock Crunchyroll".split()) | {"Prime Video", "HBO Max"}
_FUNCTION_WORDS = frozenset("""
by of to in on at with from for as and or but the a an his her its their into onto over under
past through across against between behind beyond near off toward towards via without within
after before during since until about around among than aboard upon beside beneath
""".split())
_WORK_ASIDE = re.compile(r"[”\"], (?:a|an|the) (?:[\w-]+ ){0,3}?([a-z]+)(?![\w-])[^,;]*(?=,|$)")
_CLASS = "|".join(sorted(THING_CLASSES))
_MEASURE = re.compile(rf"^{NUMBER}(?: (?:thousand|million))? ?({'|'.join(map(re.escape, UNIT_WORDS))})$")
_UNIT = re.compile(rf"^{NUMBER}(?: (?:thousand|million|billion))?[ -]((?:[\w-]+ ){{0,4}}[\w-]+)$")
# A clause opening with one of these is part of another: it has no subject to ask with.
_OPENING_WORDS = frozenset("""
including such among and but or who which whom whose where when while whereas because if
although though that after before since until
""".split())
_IN_SITU = {
    "year": ("in what year", "what year"), "date": ("on what date", "what date"),
    "decade": ("in which decade", "which decade"), "money": ("how much", "how much"),
    "percent": ("what percentage", "what percentage"), "ordinal": ("in what place", "in what place"),
    "score": ("by what score", "by what score"), "time": ("at what time", "what time"),
    "chart": ("at what number", "what number"),
}
_IN_SITU_LEAD = {
    "year": r"\b[Ii]n (?:(?:early|late|mid-?) )?$",
    "date": rf"\b[Oo]n (?:(?:{'|'.join(WEEKDAYS)}),? )?$",
    "decade": r"\b[Ii]n the $",
    "score": r"\b(?:by|with) (?:a score of )?$",
    "time": r"\bat $",
    "chart": r"\bat $",
}
