"""Questions made from a sentence by asking for the phrase that holds an answer."""

from __future__ import annotations

import re

from lemminflect import getAllInflections

from quiz.authoring.drafting.clauses import OPENERS, clause_of
from quiz.authoring.drafting.counting import how_many
from quiz.authoring.drafting.mentions import Sentence, text_before
from quiz.authoring.drafting.heads import head_noun
from quiz.authoring.drafting.shapes import made_by, shaped_question
from quiz.authoring.drafting.span import Clause
from quiz.authoring.drafting.insitu import (
    ASIDE, FINAL_PUNCTUATION, in_situ,
)
from quiz.authoring.drafting.placephrase import phrase_end
from quiz.authoring.drafting.fair import fair, speech
from quiz.authoring.drafting.shortening import shortened, verbless_clause
from quiz.authoring.drafting.subjects import (
    NAME_LIST, identity, lower_first, named_subject, object_relative, plausible_subject,
    who_subject,
)
from quiz.authoring.drafting.verbs import (
    MODALS, base_form, do_support, finite_verb, is_noun, verb_index,
)
from quiz.authoring.drafting.words import COMMON, WEEKDAYS, WORD_NUMBERS

_DATE_COMMA = re.compile(r",\s*(?=\d)")
_AUXILIARY_VERBS = frozenset("is are was were has have had will would can could".split())
_NEXT_CLAUSE = re.compile(r"(?:^|,\s*|\s+)(?:and|but|yet|so|while|whereas|although|though|when)\b(?!\s+\d)|;")
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|or|when|while|which|who|that|because|where|since|"
                           r"until|although|unless)\b")
# A colon after a lower-case word starts a clause; after a capitalised one
# ("Narcos: Mexico") it is part of a title.
_CLAUSE_COLON = re.compile(r"(?:^|[^\w’'])[a-z][\w’']*:|;")
# What comes before an answer in the phrase a question replaces.
_DETERMINERS = frozenset("the a an his her its their my our your this that these those".split())
_PHRASE_BEFORE = {
    # "in late 1941", "Early in 1941", "in the summer of 1665": when, as the sentence says.
    "year": re.compile(r"\b(?:(?:[Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier) in |[Ii]n (?:(?:early|late|mid-?) |the year |"
                       r"the (?:spring|summer|autumn|fall|winter) of )?)$"),
    "decade": re.compile(r"\b[Ii]n the $"),
    # "At 9:04 on the morning of December 6, 1917": the time goes with the date.
    "date": re.compile(rf"\b(?:(?:[Aa]t \d{{1,2}}[.:]\d{{2}}(?: ?[ap]\.m\.)? )?[Oo]n (?:the (?:morning|afternoon|evening|night) of )?"
                       rf"(?:(?:{'|'.join(WEEKDAYS)}),? )?|[Ii]n )$"),
    # "in neighbouring Gimhae", "in northern Sumatra": a word that says which part.
    "place": re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom) (?:(?P<part>neighbouring|neighboring|nearby|central|"
                        r"(?:north|south)(?:-?(?:east|west))?(?:ern)?|eastern|western|rural|coastal|"
                        r"downtown|suburban|outer|inner) )?$"),
    "age": re.compile(r",? aged $"),
}
_WH = {"year": "In what year", "date": "On what date", "decade": "In which decade",
       "money": "How much", "place": "Where", "age": "At what age"}


def _inverted(text: str, start: int, end: int, wh: str) -> str | None:
    """Cut the phrase [start, end) out of a sentence and ask for it, verb first.

    "After a decade, Gallardo was arrested in 1989." with "in 1989" cut ->
    "In what year, after a decade, was Gallardo arrested?". None when the
    sentence is not built simply enough to turn around safely.
    """
    words = [w for w in re.finditer(r"\S+", text) if not start <= w.start() < end]
    # An auxiliary is the verb when there is one ("Original copies … are kept"):
    # "copies" is a verb's form too.
    # Not one past a comma after the phrase: "…, aged 88, saying he would become" is
    # another clause's.
    # Nor one in a clause "that" opens: "In 1936 Lehmann showed that the Earth has…".
    auxiliaries = [w for w in words if w.group() in _AUXILIARY_VERBS
                   and (w.start() < start or not start
                        or not re.search(r",\s", text[end:w.start()]))
                   and not re.search(r"\b(?:that|which|who)\b", text[end:w.start()])]
    for index, word in enumerate(auxiliaries[:1] or words):
        if word.group() in ("named", "called") and text[word.end() + 1:word.end() + 2].isupper():
            continue  # "a farmer's son named Paolo Soprani copied…": a name, not the verb
        verb = do_support(word.group())
        if word.group() in ("did", "does", "do"):
            verb = word.group()  # "really did spend": the emphatic "did" is the auxiliary
        previous = words[index - 1].group() if index and not auxiliaries else ""
        owner = words[index - 2].group() if index > 1 and not auxiliaries else ""
        if (verb is None or previous[:1].isdigit() or previous.lower() in WORD_NUMBERS
                or previous.lower() in _DETERMINERS or previous.endswith(("'s", "’s"))
                or owner.endswith(("'s", "’s")) and previous.islower() and not is_noun(previous)):
            # "two minutes from time", "Holm's earlier work on silt helped": a noun,
            # whatever else "minutes" and "work" are.
            continue
        between = _DATE_COMMA.sub(" ", text[word.end():start])
        if word.start() < start and _CLAUSE_BREAK.search(between):
            return None
        if 0 < start and word.start() > end and re.search(r",\s", text[end:word.start()]):
            return None  # "After a fire at his sawmill in Battersea…, he fell": the fire's place
        head = _cut(text[:word.start()], start, end)
        if word.start() < start and re.match(r"\s*,", text[end:]):
            tail = text[word.end():start].strip()  # "…die in January 2019, aged 78": an aside
        else:
            tail = _cut(text[word.end():], start - word.end(), end - word.end())
        # A second clause after the phrase has its own verb: the question ends before it,
        # as it does before an aside ("…born, in Bronxville").
        tail = ASIDE.split(_NEXT_CLAUSE.split(tail, maxsplit=1)[0], maxsplit=1)[0]
        return _turned(head, verb, FINAL_PUNCTUATION.sub("", tail), wh)
    return None


def _cut(text: str, start: int, end: int) -> str:
    """Text with [start, end) removed where it falls inside, commas tidied."""
    start, end = max(start, 0), max(end, 0)
    text = f"{text[:start].rstrip()} {text[end:].lstrip()}" if start < len(text) else text
    return re.sub(r"\s+,", ",", " ".join(text.split())).strip(" ,")


# "had first been lit", "has long served": "had" helps the verb after it.
_PERFECT = re.compile(r"(?:(?:[a-z]+ly|first|just|already|never|long|also|not|still|once|ever) )*"
                      r"(?:been|\S+(?:ed|en|wn|ne|un|ung|ought|aught))\b")


def _turned(head: str, verb: str, tail: str, wh: str) -> str | None:
    """wh + verb + subject + the rest, when the words before the verb are a plain subject."""
    if re.search(r"[“”\"]", head + tail) or _CLAUSE_COLON.search(head + tail):
        return None
    prefix, _, subject = ("", "", head) if NAME_LIST.fullmatch(head) else head.rpartition(", ")
    if not plausible_subject(subject) or subject.split()[0].lower() in OPENERS or (prefix and prefix.split()[0].lower() not in COMMON):
        return None
    if re.search(r"\b(?:said|says|told|tells|added|adds)\b", subject):
        return None  # "Where would its chief executive said the group invest…?": a report
    if re.search(r"\bnot$", tail):
        return None  # "Where was much of it filmed not?": the answer is what it was not
    if verbless_clause(tail, "why whether how that"):
        return None  # "…help explain why the B Reactor?": the aside held its verb
    aux, _, base = verb.partition(" ")
    if aux in ("has", "have", "had") and not base and not _PERFECT.match(tail):
        # "Bennu has a chance of hitting Earth in 2182" -> "In what year does Bennu have
        # a chance…?": "has" is the verb itself, not the helper of "has been".
        aux, base = {"has": "does", "have": "do", "had": "did"}[aux], "have"
    if aux in ("is", "are", "was", "were") and re.match(r"(?:a|an|the)\b", tail):
        return None  # "Where was the climax a chase…": the verb says what, not where
    if prefix and prefix.split()[0].lower() in ("a", "an", "the"):
        return None  # "In what year, an outbreak of aspergillosis, did…": a noun, not a when
    if prefix and prefix.split()[0].lower() in ("on", "in", "at", "during", "after", "before"):
        prefix = ""  # "On what date, on his daily walk to church, was Gaudí struck…": detail
    lead = f"{wh}, {lower_first(prefix)}," if prefix else wh
    return " ".join(filter(None, [lead, aux, lower_first(subject), base, tail])) + "?"


def _phrase_start(text: str, start: int, kind: str) -> int | None:
    """Where the phrase that carries an answer starts ("in 1989", "on Thursday, May 2")."""
    before = text_before(text, start)
    if kind == "money":
        verb = re.search(r"(\w+) ((?:more than|over|about|nearly|almost|around) )?$", before)
        if verb is None or do_support(verb.group(1)) is None:
            return None
        return start - len(verb.group(2) or "")  # "took more than $230 million": all of it
    match = _PHRASE_BEFORE[kind].search(before)
    if match is None or "part" in match.groupdict() and match.group("part") and re.search(
            r"[A-Z][^\s,]*,? $", before[:match.start()]):
        return None  # "based in Jaén in southern Spain": where Jaén is
    # An amount is asked for on its own: "cost £4m" -> "How much did it cost?"
    return start if kind == "money" else start - len(before) + match.start()


def question_for(sentence: Sentence, start: int, end: int, kind: str) -> str | None:
    """A short, real question about text[start:end], or None when none reads well."""
    text = sentence.text
    event = _SCENE.match(text[end:]) if kind in ("date", "year") else None
    if event and re.search(r"\b(?:begins|began|opens|opened|starts|started|came) (?:on|in) $",
                           text[:start]):
        # "The story begins on 4 November 1979, when students stormed the embassy": the
        # date is the storming's -> "On what date did students storm the embassy?".
        told = f"{event.group(1)} {text[start - 3:start]}{text[start:end]}."
        sentence = Sentence(told, sentence.paragraph, sentence.order, sentence.context)
        start, end = len(told) - 1 - (end - start), len(told) - 1
    shaped = shaped_question(text, start, end, kind)
    if shaped:
        return shaped
    clause = clause_of(sentence.text, start, end, sentence.referent, sentence.thing,
                       sentence.creature)
    outside = clause.text[:max(clause.start - 1, 0)] + clause.text[clause.end + 1:]
    if speech(outside):
        return None  # a quotation is somebody's words, not a fact to turn round
    # "…, edging the Coastal Orcas 61-57": the clause has the shape the sentence hid.
    shaped = shaped_question(clause.text, clause.start, clause.end, kind)
    if shaped:
        return shaped
    whole = Clause(sentence.text, start, end)
    ask = named_subject(whole, kind) or object_relative(whole) or made_by(whole, kind)
    if ask and fair(ask, whole):
        return ask
    # A question that is short as it comes is better than one cut short.
    return _made(sentence, clause, whole, kind, False) or _made(sentence, clause, whole, kind, True)


def _made(sentence: Sentence, clause: Clause, whole: Clause, kind: str,
          shorten: bool) -> str | None:
    """The first fair question of the makers', in the order they are trusted."""
    for make in (identity, _fronted, who_subject, _who_object, _by_agent, how_many, in_situ):
        if make is identity:
            ask = identity(whole, kind)
            owner = re.search(r"\b(?:[Hh]is|[Hh]er)\b", ask or "")
            # "Mulholland and his assistant, Harvey Van Norman": his, the one just named.
            paired = re.search(r"((?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*) and (?:his|her) [^,]*, $",
                               whole.text[:whole.start])
            if owner and paired:
                ask = f"{ask[:owner.start()]}{paired.group(1)}'s{ask[owner.end():]}"
            elif owner and sentence.referent and sentence.referent != whole.answer:
                # "Tassi, a painter working with her father": her, the article's subject.
                ask = f"{ask[:owner.start()]}{sentence.referent}'s{ask[owner.end():]}"
            elif owner:
                continue  # "Who is his Canadian girlfriend?": whose, the question cannot say
            if ask and fair(ask, whole):
                return ask
            continue
        ask = make(clause, kind)
        if ask and shorten:
            ask = shortened(ask)
        if ask and sentence.female and sentence.referent != clause.answer:
            # "Which element is named after her?": a ship is "her" too, so only a
            # woman the article names is put in.
            ask = re.sub(r"\bher(?=\?$)", sentence.referent, ask)
        if ask and fair(ask, clause):
            return ask[:1].upper() + ask[1:]
    return None


_SCENE = re.compile(r",\s+when\s+((?:the\s+)?[a-z]+s?\s(?:(?! and )[^,;])+?)(?: and [^,;]*)?[.!]?$")


def _fronted(clause: Clause, kind: str) -> str | None:
    """"In what year did the first season premiere?": the phrase asked first, verb turned."""
    if kind not in _WH:
        return None
    text, start, end = clause.text, clause.start, clause.end
    verb = re.search(r"\b([a-z]+) the $", text[:start])
    if kind == "year" and verb and finite_verb(verb.group(1)) and re.match(r" [A-Z]", text[end:]):
        # "Chandrasekhar shared the 1983 Nobel Prize" -> "In what year did Chandrasekhar
        # share the Nobel Prize?": the year of what was won, named without it.
        return _inverted(text, start, end + 1, _WH[kind])
    phrase = _phrase_start(text, start, kind)
    finish = phrase_end(text, end, kind) if phrase is not None else None
    if phrase is None or finish is None:
        return None
    aside = re.match(r",\s+(?:a|an|the)\s(?:[^,;]|,(?=\d))*?(?=,(?!\d)|[.;!?]?$)", text[finish:])
    if aside and verb_index(aside.group().split(), 0) is None:
        # "at Sunset Ridge Big Cat Sanctuary, a refuge for tigers," goes whole; ", a
        # handyman walked out…" is the clause itself.
        finish += aside.end()
    preposition = text[phrase:start].strip().lower()
    if preposition == "from" and head_noun(clause.answer):
        return None  # "rescue from which island" says more than "From where"
    wh = ("When" if kind == "date" and preposition == "in"
          else "From where" if preposition == "from" else _WH[kind])
    return _inverted(text, phrase, finish, wh)


def _who_object(clause: Clause, kind: str) -> str | None:
    """"Tiger King followed Joe Exotic" -> "Who did Tiger King follow?"."""
    text = clause.text
    if kind != "person" or re.match(r"['’]s\b", text[clause.end:]):
        return None
    words = text[:clause.start].split()
    if len(words) > 2 and words[-2] in MODALS and not finite_verb(words[-1]) and words[-1] != "be":
        # "The win will lift Lindqvist…" -> "Who will the win lift?"
        words, verb = words[:-2], f"{words[-2]} {words[-1]}"
        if verb_index(words) is not None or not plausible_subject(" ".join(words)):
            return None
        return f"Who {verb.split()[0]} {lower_first(' '.join(words))} {verb.split()[1]}?"
    if len(words) < 2 or not finite_verb(words[-1]) or verb_index(words[:-1]) is not None:
        return None
    following = re.match(r" ([a-z]+)\b", text[clause.end:])
    if following and finite_verb(following.group(1)):
        return None  # "a pizzaiolo called Raffaele Esposito baked…": he baked, nobody called
    subject, verb = " ".join(words[:-1]), do_support(words[-1])
    when = re.match(r"(?:In|On|By) [^,]*?\d{4},? ", subject)
    if when:  # "In 1936 he married…" -> "Who did Chandrasekhar marry in 1936?"
        subject = subject[when.end():]
    ending = f" {lower_first(when.group().strip(' ,'))}" if when else ""
    tail = ASIDE.split(FINAL_PUNCTUATION.sub("", text[clause.end:]), maxsplit=1)[0]
    if verb is None or " " not in verb or not plausible_subject(subject):
        return None
    aux, base = verb.split()
    return " ".join(filter(None, ["Who", aux, lower_first(subject), base, tail.strip()])) + ending + "?"


_PASSIVE = re.compile(r"(.+?) (is|are|was|were) (?:[a-z]+ly )?([a-z]+) by $")


def _by_agent(clause: Clause, kind: str) -> str | None:
    """"“Rumours” was released by Warner Bros. Records in 1977" -> "Who released
    “Rumours” in 1977?"; "The mission is led by Dante Lauretta" -> "Who leads the mission?"."""
    match = _PASSIVE.fullmatch(clause.text[:clause.start])
    if kind not in ("person", "organization") or match is None:
        return None
    subject, aux, participle = match.groups()
    base = base_form(participle)
    if base is None or subject.split()[0].lower() in OPENERS or not (plausible_subject(subject) or re.fullmatch(r"[“\"][^“”\"]+[”\"]", subject)):
        return None
    forms = getAllInflections(base, upos="VERB")
    tense = {"is": "VBZ", "are": "VBP", "was": "VBD", "were": "VBD"}[aux]
    verb = (forms.get(tense) or forms.get("VB") or (None,))[0]
    after = clause.text[clause.end:]
    tail = "" if re.match(r" of\b|['’]s\b", after) else ASIDE.split(
        FINAL_PUNCTUATION.sub("", after), maxsplit=1)[0]
    # "created by Dewi Kartika and the writer Pieter Hoogland" -> "Who created X with
    # the writer Pieter Hoogland?": the other maker is no second thing made.
    tail = re.sub(r"^ and (?=(?:the |a |an |[A-Z]))", " with ", tail)
    return f"Who {verb} {lower_first(subject)}{tail}?" if verb else None
