"""A question too long to read out, cut to its core: the phrases that end it go,
last first, but never what its verb still needs."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from quiz.authoring.drafting.verbs import base_form, finite_verb, is_noun, verb_index
from quiz.authoring.drafting.words import AUXILIARIES

# Past this a question is a reading test.
MAX_ASK_WORDS = 18
# Where a phrase a question can lose may start.
TRAILING_PHRASE = re.compile(
    r" (?=(?:in|on|at|after|before|during|with|for|from|to|across|since|over|under|last|and|"
    r"this|when|while|as|by|inside|outside|near|beyond|between|among)\b)")


def shortened(ask: str) -> str:
    """A question past MAX_ASK_WORDS with the phrases that end it cut, last first, until
    it fits: "In what year did Chandrasekhar share the Nobel Prize in Physics with
    William A. Fowler for his studies of the structure of stars?" loses "for his
    studies…". Only phrases after its verb go, and never an infinitive ("the first
    woman to swim the Channel")."""
    body = ask.rstrip("?")
    words = body.split()
    # The last wh-word asks ("…'s daughter who on what date became…"); "Doctor Who" is a name.
    asked = [*re.finditer(r"^(?:[Ww]ho|[Ww]hat|[Ww]hich|[Ww]here|[Ww]hen|[Hh]ow)\b"
                          r"|\b(?:who|whom|what|which|where|when|how)\b(?: \w+)?", body)]
    verb = verb_index(words, 1) if asked else None
    if verb is not None and words[verb] in ("did", "does", "do"):
        # "In what year did Holm's earlier work on silt help…": the verb is "help", not a
        # noun after a possessive.
        verb = next((i for i in range(verb + 2, len(words)) if base_form(words[i]) == words[i]
                     and not words[i - 1].endswith(("'s", "’s"))
                     and not (words[i - 2].endswith(("'s", "’s")) and not is_noun(words[i - 1]))),
                    None)
    if verb is None:
        return ask
    # The question's own phrase and the two words after its verb stay.
    keep = max(len(" ".join(words[:verb + 3])), asked[-1].end())
    while len(body.split()) > MAX_ASK_WORDS:
        cuts = [m.start() for m in TRAILING_PHRASE.finditer(body, keep)
                if loose(body[m.end():], body[:m.start()]) and not body.startswith(" and", m.start())]
        if not cuts:
            return ask
        body = body[:cuts[-1]].rstrip(" ,")
    return f"{body}?"


def loose(text: str, before: str) -> bool:
    """Can a question lose the phrase that starts the text? Not an infinitive ("the
    first woman to swim the Channel") nor a length of time ("can live for at least 272
    years"): the verb before needs them; nor one a preposition leads into ("for at
    least"), nor what makes a "first" the first ("the first woman in Germany")."""
    if re.search(r"\b(?:for|to|of|in|on|at|by|with|from|back|up|out|off|down|away)$"
                 r"|\b(?:first|last|only|youngest|oldest|largest|biggest|highest|longest)"
                 r"(?: [\w-]+){1,2}$", before) or (
            re.search(r"\d$", before) and re.match(r"(?:to|and) \d", text)):  # "60 to 90 seconds"
        return False  # "for at least 272 years", "put the Welsh back in front"
    if re.search(r"\bto [a-z]+$", before) and not re.match(r"(?:and|when|while|as)\b", text):
        return False  # "agreed to divide between them every land": the verb's object follows
    if verbless_clause(before, "why whether how that what where when"):
        return False  # "helped explain why the B Reactor at Hanford shut down": its verb
    words = text.split(" ", 2)
    if len(words) > 1 and words[0] == "to" and getAllLemmas(words[1]).get("VERB") is not None:
        return False
    return not re.match(r"for (?:(?:about|at least|more than|some|nearly|over|up to) )?\d", text)


def verbless_clause(text: str, openers: str) -> bool:
    """Does the text end in a clause one of the opening words starts, and has that
    clause no verb yet ("…explain why the B Reactor")?"""
    starts = [m.end() for m in re.finditer(rf"\b(?:{'|'.join(openers.split())})\b", text)]
    rest = text[starts[-1]:] if starts else ""
    return bool(starts) and "," not in rest and verb_index(rest.split(), 0) is None


# What a question ends on only when it was cut in the middle of a phrase:
# "…after her mother's death and?", "…the relation of?".
_HANGING_END = re.compile(r"\b(?:and|or|but|that|whose|of|the|a|an|to|with|by|from|its|their)\?$"
                          r"|\b(?:emirs|men|group|team|army|force|company) led\?$"  # "…emirs led?"
                          # "…botanist and geneticist best known?": known for what is gone.
                          r"|\b(?:best|widely|still) (?:known|remembered)\?$")
# "the Swiss engineer who, with whom?": a relative clause cut at its aside.
# "…did which the government take over?": the relative's own subject left in.
_CUT_RELATIVE = re.compile(r"\b(?:who|which|that), |, (?:in|of|at|by|from|with|for|to|on) which [A-Z]"
                           r"|\bwhich (?:the|a|an|he|she|they|we|his|her|its|their)\b"
                           r"|(?i:\b(which|who|what|the)\s+\1\b)"  # "Which which published…"
                           # "Phelan was which first man to lift the cup? -> Waterford"
                           r"|\bwhich (?:first|second|third|fourth|fifth|last|only)\b"
                           r"|\bto which be\b")  # "…had expected to which be given? -> Aleppo"
# "…was which former champion Judith Carrow? -> Olympic": the name the noun was said of.
_WHICH_BEFORE_NAME = re.compile(r"\bwhich (?:[a-z]+ )?([a-z]+) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*\?$")
# "As the crews swept under which bridge?": a clause that opens a sentence, alone.
_SUBORDINATE_ALONE = re.compile(
    r"(?:As(?! an? )|While|If|Although|Though|Because|Once|Until|Whereas|When|Since|After|Before|With) "
    r"(?:the|a|an|he|she|they|it|his|her|their|[A-Z][\w’'-]*(?= [a-z]))\b[^,]*\?$"
    # "How many years later the same general was…?": a fronted phrase, never inverted.
    r"|How (?:many|much) [\w-]+(?: [\w-]+)? (?:later|earlier|afterwards|before|after) "
    r"(?:the|a|an|his|her|their|its|[A-Z])[^,]*\?$")
# "…the Swiss engineer who?": "who" after a noun phrase relates, it does not ask.
_RELATIVE_WHO = re.compile(r"\b(?:the|a|an|his|her|their|its)(?: [\w-]+){0,2} (?!(?:of|to|off|for|by|with|"
                           r"from|at|in|on|and|or)\b)\w+ who\?$")
# "…has argued that coconut crabs on the atoll?": what was said, cut before its verb.
_SAID_THAT = re.compile(r"\b(?:(?:argue|claim|say|said|believe|think|thought|suggest|show|"
                        r"found|find|note|warn|insist|report|tell)(?:s|ed|d)? (?:us )?that|whether|if) ([^?]*)\?$")
# "a telegraph clerk where who is…": a wh-word where a relative clause went on.
_WH_THEN_RELATIVE = re.compile(r"\b(?:where|when|what|which|who) (?:who|which|that|whose)\b")
# "…flee into the which hills": a wh-word inside a noun phrase.
_ARTICLE_WH = re.compile(r"\b(?:the|a|an) (?:which|what|who|whom)\b")
# "…, when the Governor, who?": the name an aside gave, asked as an aside.
_APPOSED_WH = re.compile(r"\b(?:the|a|an) [\w -]{1,30}, (?:who|what|whom)\?$")
_WH = re.compile(r"\b(?:[Ww]ho|[Ww]hom|[Ww]hat|[Ww]hich|[Ww]here|[Ww]hen|[Hh]ow)\b")


def dangling(ask: str) -> bool:
    """Was the question cut off in the middle of what it says? "Who plays the Swiss
    engineer who?", "Who was an astronomer whose discovery of the relation?", "How many
    drilling teams?" have lost the verb or the words their sentence went on with."""
    if (_HANGING_END.search(ask) or _CUT_RELATIVE.search(ask) or _SUBORDINATE_ALONE.match(ask)
            or ";" in ask):  # "…the education service; her mother?": two clauses, cut
        return True
    if re.fullmatch(r"How many (?:[\w-]+ ){0,2}[\w-]+s\?", ask):
        return True
    if _WH_THEN_RELATIVE.search(ask) or _APPOSED_WH.search(ask) or _ARTICLE_WH.search(ask):
        return True
    adjective = re.search(r"\b(?:a|an) ([a-z]+)\?$", ask)
    if adjective and "ADJ" in getAllLemmas(adjective.group(1)) and "NOUN" not in getAllLemmas(adjective.group(1)):
        return True  # "…made camp beneath a steep?": the noun after it is gone
    before_name = _WHICH_BEFORE_NAME.search(ask)
    if before_name and is_noun(before_name.group(1)) and "ADP" not in getAllLemmas(before_name.group(1)):
        return True
    if _RELATIVE_WHO.search(ask):
        return True
    that = _SAID_THAT.search(ask)
    if that and not any(w in AUXILIARIES or finite_verb(w) and "NOUN" not in getAllLemmas(w)
                        for w in that.group(1).split()):
        return True  # "…has argued that coconut crabs on the atoll of Nikumaroro?"
    whose = re.search(r"\bwhose\b", ask)
    # "…an astronomer whose discovery of the relation?" with "Who" asking: a relative
    # "whose" wants its verb; "…by men of Miran, whose son?" asks with it.
    return bool(whose and _WH.search(ask[:whose.start()] + ask[whose.end():])
                and verb_index(ask[whose.end():].rstrip("?").split()) is None)


def pointless(ask: str) -> bool:
    """Does the question name nothing a player could place it by: "Who was killed?",
    "What began?", "Who walked out?" (a "Which zoologist…" says what it asks for)?"""
    words = ask.rstrip("?").split()
    return (len(words) <= 4 and words[0] in ("Who", "What")
            and not any(w.lstrip("“\"‘'(")[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:]))
