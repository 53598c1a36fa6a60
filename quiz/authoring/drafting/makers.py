"""Who made a work, as reviews say it in passing: "Maeve Carrick's film plays it far too
safe" (who directed the film the review is of), "Wilfrid Wilson Gibson's 1912 poem
"Flannan Isle"" (who wrote the poem), "Created by Dana Whitcombe, the series follows…"
(who created it)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.authoring.drafting.entities import NameBook
from quiz.authoring.drafting.mentions import Sentence
from quiz.authoring.drafting.patterns import SCORES, Found

# What one makes of each work: a film is directed, a drama created, a poem written.
_MADE = {"film": "directed", "biopic": "directed", "movie": "directed", "documentary": "directed",
         "drama": "created", "series": "created", "miniseries": "created", "docuseries": "created",
         "poem": "wrote", "novel": "wrote", "book": "wrote", "memoir": "wrote", "play": "wrote",
         "song": "wrote", "painting": "painted", "portrait": "painted", "opera": "composed",
         "symphony": "composed", "sculpture": "made"}
_WORK = "|".join(_MADE)
# "Maeve Carrick's film", "Ylva Hallberg's eight-part drama", "Hiwot Tesfaye's patient,
# handsome biopic": the review's own work, named by its maker.
_THEIRS = re.compile(rf"['’]s (?:[\w-]+,? ){{0,3}}?({_WORK})\b(?! [A-Z“\"])")
# "Gibson's 1912 poem "Flannan Isle"": another work, named by its title.
_TITLED = re.compile(rf"['’]s (?:(\d{{4}}) )?({_WORK}) ([“\"][^“”\"]{{2,60}}[”\"])")


def maker_facts(sentence: Sentence, book: NameBook,
                topic: tuple[str, frozenset[str]] | None) -> Iterator[Found]:
    """"Who directed Lone Flight?" from "Maeve Carrick's film", where the article is
    about that film; "Who wrote the 1912 poem "Flannan Isle"?" anywhere."""
    text = sentence.text
    for name in sentence.names:
        if book.kind(name.plain) != "person" or " " not in name.plain:
            continue  # "Netflix's drama" is a channel's; a surname alone may be the part's
        titled = _TITLED.match(text, name.end)
        if titled:
            year, work, title = titled.groups()
            made = f"{year} {work}" if year else work
            yield Found("person", name.start, name.end, SCORES["person"] + 20,
                        f"Who {_MADE[work]} the {made} {title}?")
            continue
        theirs = _THEIRS.match(text, name.end)
        if theirs and topic and theirs.group(1) in topic[1] and topic[0] not in name.plain:
            yield Found("person", name.start, name.end, SCORES["person"] + 20,
                        f"Who {_MADE[theirs.group(1)]} {topic[0]}?")


# "Created by Dana Whitcombe and directed by Tomás Arregui, the series follows…",
# "Written by Imogen Draper, it follows…": the credits a sentence opens with.
_CREDIT = re.compile(r"(?:^|\band )([Cc]reated|[Dd]irected|[Ww]ritten|[Pp]roduced|[Cc]o-written|[Nn]arrated) by "
                     r"(?:the [a-z]+(?: [a-z]+)? )?(?=[A-Z])")
_CREDITED = re.compile(r"^(?:(?:Created|Directed|Written|Produced|Co-written|Narrated) by [^,;]{3,80}?"
                       r"(?: and (?:created|directed|written|produced) by [^,;]{3,60}?)?)"
                       r", (?:the (?:[\w-]+ ){0,2}?(?P<noun>[a-z]+)|it) [a-z]+")
_VERBS = {"created": "created", "directed": "directed", "written": "wrote", "produced": "produced",
          "co-written": "co-wrote", "narrated": "narrated"}


def credit_facts(sentence: Sentence, book: NameBook,
                 topic: tuple[str, frozenset[str]] | None) -> Iterator[Found]:
    """"Created by Dana Whitcombe, the series follows…" -> "Who created Flood Tide?"."""
    text = sentence.text
    opening = _CREDITED.match(text)
    work = topic[0] if topic and opening and (opening.group("noun") in topic[1]
                                              or not opening.group("noun")) else None
    if work is None:
        return
    for credit in _CREDIT.finditer(text, 0, opening.end()):
        name = next((n for n in sentence.names if n.start == credit.end()), None)
        if name and book.kind(name.plain) in ("person", None) and " " in name.plain:
            yield Found("person", name.start, name.end, SCORES["person"] + 20,
                        f"Who {_VERBS[credit.group(1).lower()]} {work}?")
