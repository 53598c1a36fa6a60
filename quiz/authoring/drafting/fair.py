"""Whether a drafted question reads as a real one: a clause with its own verb, no
riddle ("it", "his" with no one named), no quotation, none of the shapes a question
takes when turning it round went wrong."""

from __future__ import annotations

import re

from quiz.authoring.drafting.clauses import OPENERS
from quiz.authoring.drafting.shortening import MAX_ASK_WORDS
from quiz.authoring.drafting.span import Clause
from quiz.authoring.drafting.verbs import base_form, finite_verb, is_noun, verb_index
from quiz.authoring.drafting.words import AUXILIARIES, COMMON, WORD_NUMBERS
from quiz.core.answers import answer_key

QUOTATION = re.compile(r"[“\"]([^“”\"]*)[”\"]?")
_FUNCTION_OPENERS = frozenset("""
in on at by for from with after before during since when where who whom whose which what
how why the a an this that these those there it he she they
""".split())
_UNCLEAR = frozenset("he she him it they them this these those".split())
_OWNERS = frozenset("his her its their".split())
_WH_NOUNS = frozenset("year date decade century month many much".split())
_WH_WORDS = frozenset("who whom whose which what when where why how do does did".split())


def has_main_verb(ask: str) -> bool:
    """Is the question a clause, not "Meitnerium, first made where?" or "How many days
    later?": a finite verb outside its relative clauses, and not a name with only an
    aside after it."""
    head, comma, rest = ask.partition(", ")
    first = head.split(" ", 1)[0]
    named = (first[:1].isupper() and first.lower() not in OPENERS | COMMON
             and first.lower() not in WORD_NUMBERS and not _participle_word(first)
             or re.match(r"The [A-Z]", head) is not None)  # "The Rhodes Scholarship, still…"
    if (comma and named and verb_index(head.split(), 0) is None
            and not finite_verb(rest.split(" ", 1)[0]) and not rest[:1].isupper()):
        return False  # "The headstone, with words chosen by whom?"
    # "The South African seamer who wrapped things up?": the verb is the relative's.
    main = re.split(r"(?<=[a-z] )(?:who|that) ", ask, maxsplit=1)[0]
    main = re.sub(r"\bthanks to\b", "", main)  # "The speed of light thanks to whom?": no verb
    words = [w.strip("?,\"“”") for w in main.split()[1:]]
    # "In 2017 a team led by whom?": a participle between a noun and "by" describes the
    # noun; it is no verb of the question's.
    return any((finite_verb(w) or w in AUXILIARIES) and not (
        0 < i < len(words) - 2 and words[i + 1] == "by" and words[i + 2] in ("whom", "which", "what")
        and is_noun(words[i - 1])) for i, w in enumerate(words))


def _participle_word(word: str) -> bool:
    base = base_form(word.lower())
    return base is not None and word.lower().endswith(("ed", "en", "wn", "ng"))


def speech(text: str) -> bool:
    """Does the text quote somebody's words, not just a title ("Catch Me If You Can")?"""
    for match in QUOTATION.finditer(text):
        words = match.group(1).split()
        if not words or re.search(r"[,.!?;:]$", match.group(1)) or any(
                w[:1].islower() and w not in _TITLE_SMALL for w in words):
            return True
    return False


_TITLE_SMALL = frozenset("a an the and or of in on at to for from with by as but nor".split())


# "The locomotive, which earned which nickname?": a relative's "which" left in place;
# "How many pairs did Two years later the team collect?": an opener turned round with
# the verb; "Where did finally land in 762?": no subject between the verb's two words.
_BROKEN = re.compile(
    r",\s+(?:which|who)\b[^?]*\b(?:which|what|whom|who)\b"
    rf"|(?<=[a-z] )(?:{'|'.join(w.capitalize() for w in WORD_NUMBERS)}) (?:[a-z]+ )?(?:later|earlier|after|before)\b"
    r"|^(?:Where|When|Why|How|In what year|On what date) (?:did|does|do|was|were|is|are) [a-z]+ly [a-z]+\b"
    # "…growers in which north?", "…the company that in which city has made…"
    r"|\bwhich (?:north|south|east|west)\b|\b(?:that|who|which) (?:in|at|on|from) (?:which|what)\b"
    r"|\b(?:has|have|had) which [a-z]+ (?:since|for|in|by|from)\b"  # "Aas has which run since 2015?"
    # "Finally landed where in 762?": no subject; "How many saves did Vestergaard make was
    # named…": two clauses; "a young man from neighbouring who?": a place asked who.
    r"|^[A-Z][a-z]+ly [a-z]+ed\b|^How many [^?]* (?:did|does|do) [^?]* (?:was|were|is|are) "
    # "Vestergaard made how many saves was named…", "Who made 19 saves was named…".
    r"|\b(?!(?:and|or|of|with|to|by|for|from|than|but)\b)[a-z]+ (?:how many|how much) [a-z]+ "
    r"(?:was|were|is|are) [a-z]+(?:ed|en)\b"
    r"|^Who (?!(?:was|were|is|are|has|had|have|will|would|did|does)\b)[a-z]+ (?:(?!\b(?:that|which|who|whom|and|but|or|when|after|before|because|while|as|"
    r"where|if|until|since)\b)[^,;?])* (?:was|were) [a-z]+(?:ed|en)\b"
    r"|\b(?:neighbouring|nearby) (?:who|whom)\b"
    r"|\bwhy (?:which|what|who|whom|how)\b"  # "…helped explain why which reactor?"
    r"|\b(?:a|an) how (?:much|many)\b"  # "…comes partly from a how much loan?"
    # "…paddled out at what time and the sets were big?": a second clause came along.
    r"|\b(?:what|which|how many|how much|whom?) [^?]*?\band (?:the|a|an|his|her|their|its) [a-z]+ "
    r"(?:was|were|is|are|had|has)\b")


def fair(ask: str, clause: Clause) -> bool:
    # "filmed not where but in Lithuania?": what something was not is no answer.
    return (len(ask.split()) <= MAX_ASK_WORDS and not _riddle(ask) and has_main_verb(ask)
            and not _BROKEN.search(ask)
            and not re.search(r"\b(?:and|or),? (?:\w+ )?(?:what|which|where|when|whom?)\b", ask)
            and not re.search(r"\bnot (?:where|when|who|whom|which|what|how)\b", ask)
            # "What date – 1997) was…": a bracket cut; "at 1.2 km/h (how many miles per
            # hour)?" asks the aside, not the fact.
            and ask.count("(") == ask.count(")") and not re.search(r"\([^()]*\b(?:how|what|which|who|whom|where|when)\b", ask)
            and not ask.endswith(".?")  # "…agreed to buy which company.?": a stop cut in two
            and answer_key(clause.answer) not in answer_key(ask))


def _riddle(ask: str) -> bool:
    """Does the question hang on a word that only its paragraph explains ("it", "he")?"""
    words = [w.strip(",?").lower() for w in ask.split()]
    # "this Friday", "these years": a determiner with its noun says what it means.
    unclear = next((i for i, w in enumerate(words) if w in _UNCLEAR and not (
        w in ("this", "these", "those") and i + 1 < len(words)
        and (ask.split()[i + 1][:1].isupper() or is_noun(words[i + 1])))), None)
    # "Lindqvist saved all how many break points he faced?": he has his name before him.
    named_before = (unclear is not None and words[unclear] in ("he", "she")
                    and words[unclear - 1].islower() and words[0] not in _FUNCTION_OPENERS
                    and ask[:1].isupper())
    if unclear is not None and not named_before or words[0] == "that":
        return True
    # "When did the European Space Agency launch its Hera spacecraft?": "its" has its
    # owner in the question when a name comes before it.
    # "When did the European Space Agency launch its Hera spacecraft?", "Who won her
    # third title?": the owner is named in the question, or is its answer.
    if re.match(r"(?:Who|What) (?:is|was|are|were) (?:his|her|their)\b", ask):
        return True  # "Who is his girlfriend?": his is somebody the question does not name
    asks_subject = words[0] in ("who", "which", "what", "whose")
    # "The probe is on its way to which moon?": the way is the subject's own.
    owner = next((i for i, w in enumerate(words) if w in _OWNERS
                  and words[i + 1:i + 2] != ["way"]), None)
    if owner is None:
        return False
    # "Where did its oil win a gold medal at the Mario Solinas awards?": an owner word
    # with only "where did" before it opens the subject, and the names after it are
    # not whose; "her rival Jon Berg" names its own.
    tokens = ask.split()
    # "In what year did his assistant open…?" too: a wh-phrase is no name.
    opens = all(w in _FUNCTION_OPENERS or w in AUXILIARIES or w in _WH_WORDS or w in _WH_NOUNS
                for w in words[:owner]) and not any(w[:1].isupper() for w in tokens[owner + 1:owner + 4])
    named = any(w[:1].isupper() for w in tokens[1:])
    return opens or not (asks_subject or named)
