"""Who plays whom: "A plays C", "C (played by A)", a cast list's "A as C" and
"C — A", read with what the article says of each name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from quiz.authoring.drafting.mentions import Name, Sentence, inside, person_like
from quiz.authoring.drafting.words import QUOTED

# "A plays C", "A playing C", "A stars as FBI agent C", "A plays Jeffrey's father C":
# up to three words that say what the character is may stand between.
_CAST_VERB = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:(?:will|to)\s+play|plays|played|playing|portrays|portrayed|"
    r"portraying|voices|voiced|(?:stars|starred|starring|appears|appeared|returns|returned)"
    r"\s+as|as)\s+"
    r"(?:the\s+(?:role|part)\s+of\s+|(?:(?:the|a|an|his|her|their)\s+)?"
    r"(?:(?!(?:and|or|with|as|in|on|at|by)\s)(?:[A-Z][\w.-]*(?:['’]s)?|[a-z-]+),?\s+){0,3})?$")
# Words of an article about a screen work, where "C (A)" may name a part and its actor.
_SCREEN_CUE = re.compile(r"\b(?:cast|starring|starred|actors?|actress|film|drama|biopic|miniseries|"
                         r"episodes?|portrays?|portrayed|streaming|shows?|characters?|plays|played by|"
                         r"television|TV|Netflix|HBO)\b", re.I)
# Where "A as C" may start: a sentence, a list, "with", "starring". "…won the Grote
# Prijs Kwaremont as Van Acker attacked" is no cast line.
_CAST_START = re.compile(r"(?:^|[,;:(]\s*|\b(?:and|with|starring|stars?|starred|also|features?|sees|cast|opposite)\s+)$")
# "Ben Miles as Group Captain Peter Townsend", "Keiko Tanabe - Dr. Ada Winslow",
# "Tomás Ibarra ... Deputy Luis Moreno".
# "Laurent Mercier is Gustave Eiffel", a heading over what the actor does with the part.
_CAST_LINE = re.compile(r"([^\W\d_][^:–—]{2,40}?)(?: (as|is|[–—:-])| ?(\.{2,})) (\S.{1,80}?)\.?")
_CAST_WORD = re.compile(
    r"\b(?:(?:will|to) play|play(?:s|ed|ing)|portray(?:s|ed|ing)|voice[sd]|"
    r"star(?:s|red|ring)|appear(?:s|ed)|return(?:s|ed)|as)\b")
# "is played with lovely dryness by Otto Brandauer": a review says how, before whom.
_CAST_BY = re.compile(
    r"\s*[(,]?\s*(?:who\s+)?(?:is\s+|was\s+|will\s+be\s+)?(?:played|portrayed)"
    r"(?:\s+with(?:\s+[a-z-]+){1,3}?)?\s+by\s+$")

# "Keira Doyle (Louise Gipe, a telephone operator who…)": a part with what it was.
_DESCRIBED_PART = re.compile(r", (?:a|an|the|one of) [^()]{3,120}\)")

# "Aubertin, 38, trained at…", "Ribaud plays Alfred's wife", "Fenn, aged nine, makes his
# screen debut", "Holt, a British stage actor, …", "the actor Tom Lee".
_ACTS = re.compile(r"\b([A-Z][\w’'-]+)(?:, (?:aged )?[\w-]+,)? (?:plays|played|stars|starred|trained|"
                   r"is best known|was best known|won an? (?:César|BAFTA|Emmy|Oscar|Golden Globe)|"
                   r"makes (?:his|her) (?:screen |stage )?debut|is a newcomer)\b"
                   r"|\bthe (?:actor|actress) (?:[A-Z][\w’'-]+ )*([A-Z][\w’'-]+)"
                   r"|\b([A-Z][\w’'-]+), an? (?:[A-Z]\w+ )?(?:stage |screen |film |television )?(?:actor|actress)\b")
# "A (C) plays a pepper trader": who plays, outside the brackets, is the actor.
_PLAYS_AFTER = re.compile(r"\s*(?:plays|played|portrays|portrayed|stars|starred)\b")
# "Tadanao Miki, played by Ren Takahashi": a list line that names the part first.
_BY_LINE = re.compile(r"[^,()]{3,40}(?:,| \() ?(?:is )?(?:played|portrayed) by [A-Z]")


@dataclass(frozen=True)
class Cues:
    """What the whole article says of who acts, read once."""

    mentions: Counter[str]  # how often each surname comes up
    screen: bool  # the article is about a screen work: "C (A)" may name a part
    acting: frozenset[str]  # surnames it says play, star or trained
    # Whether its "A — C" list lines put the actor first, where the lines it explains say.
    actor_first: bool | None


def cues_of(sentences: list[Sentence]) -> Cues:
    """What the article says of who acts, from all its sentences (their names found)."""
    mentions = Counter(n.plain.split()[-1] for s in sentences for n in s.names)
    acting = frozenset(next(filter(None, m.groups())) for s in sentences for m in _ACTS.finditer(s.text))
    told = Counter(_acts_first(first, other, acting) for s in sentences for first, other, _ in _list_line(s))
    # A page's "C, played by A" lines say how its "C — A" ones go.
    told[False] += sum(1 for s in sentences if s.furniture and _BY_LINE.match(s.text))
    # Only a list whose lines all go one way, by two of them at least: pages mix them.
    order = True if told[True] >= 2 and not told[False] else False if told[False] >= 2 and not told[True] else None
    if order is None:
        way = _bio_order(sentences)
        order = way if way is not None and not told[not way] else None
    return Cues(mentions, any(_SCREEN_CUE.search(s.text) for s in sentences), acting, order)


def _bio_order(sentences: list[Sentence]) -> bool | None:
    """Whether a list puts the actor first, by the lines under its "Jørn Utzon -
    Anders Holm Lauridsen": the note below a line is about its actor ("Lauridsen, a
    Dane best known for…"), while the part, a real person, is named all over the
    article. Most lines must agree, by three at least."""
    votes: Counter[bool] = Counter()
    for index, sentence in enumerate(sentences):
        for first, other, _ in _list_line(sentence):
            note = " ".join(s.text for s in sentences[index + 1:index + 3]
                            if s.paragraph == sentence.paragraph + 1)
            named = [re.search(rf"\b{re.escape(n.plain.split()[-1])}\b", note) is not None
                     for n in (first, other)]
            if named[0] != named[1]:
                votes[named[0]] += 1
    for way in (True, False):
        if votes[way] >= 3 and votes[way] > 2 * votes[not way]:
            return way
    return None


def _list_line(sentence: Sentence) -> list[tuple[Name, Name, str]]:
    """A cast list's "Alfred Dreyfus — Mathis Aubertin": its two names, in order, and
    what stands between them ("as", a dash, a colon, dots)."""
    line = _CAST_LINE.fullmatch(sentence.text) if sentence.furniture else None
    names = sentence.names
    if not (line and names and names[0].end == line.end(1) and person_like(names[0])):
        return []
    # "Jared Harris as Valery Legasov in the miniseries": the part ends before "in".
    # A caption's "Bram Dekker as Captain Lindemann on the bridge of the Loudon" and
    # "Rebecca Sallis as Gertrude Bell, filmed at Wadi Rum" too.
    # "Claude Imbert is Édouard Lockroy, the minister of commerce": who the part was.
    part = re.split(r", (?=[a-z]+(?:ed|en|wn|ing)\b|(?:the|a|an) [a-z])| (?:in|on|at|aboard|during|with|outside|inside|near|beside) "
                    r"(?=(?:the |a |an )?\S)",
                    line.group(4), maxsplit=1)[0]
    # "Brian Okafor as the surveyor John Tyndale": the part is the name, not its post.
    start = line.start(4) + len(re.match(r"(?:(?:the|a|an|his|her) )?(?:[a-z][\w-]* ){0,3}(?=[A-Z])|", part).group())
    return [(names[0], Name(start, line.start(4) + len(part), sentence.text[start:line.start(4) + len(part)]),
             line.group(2) or "")]


def cast_pairs(sentence: Sentence, cues: Cues) -> Iterator[tuple[Name, Name, str]]:
    """(actor, character, verb) for "A plays C", "C (played by A)", "C (A)" and the like;
    the last only where the article is about a screen work. Which of a pair is the
    actor, where the line does not say, the article tells: whom it says plays or
    trained, how its other list lines go, whom it names again."""
    text = sentence.text
    quoted = [m.span() for m in QUOTED.finditer(text)]
    # "Self Portrait as Saint Catherine" in quotes is a painting's title, not a part.
    names = [n for n in sentence.names if not inside(quoted, n.start)]
    mentions, acting = cues.mentions, cues.acting
    for first, other, between in _list_line(sentence):
        # A cast list's "Ben Miles as Group Captain Peter Townsend": the rest of the line.
        told = _acts_first(other, first, acting)
        if told is None and cues.actor_first is not None:
            told = not cues.actor_first  # "Mathieu Dreyfus — Lionel Abécassis", like the rest
        if between == "is" and not cues.screen:
            continue  # "Gaudí is Barcelona": a heading, in an article about no cast
        if between not in ("as", "is") and (told or told is None and person_like(other) and (
                mentions[other.plain.split()[-1]] > mentions[first.plain.split()[-1]])):
            # "Young Nell ........ Isla McBride": the one the article names again
            # is the actor, whose bio follows; the other the part.
            yield other, first, "as"
        else:
            yield first, other, "as"
        return
    listed = False  # after "A playing B", "and C as D" may name D by one word
    for index, (first, second) in enumerate(zip(names, names[1:])):
        owner = names[index - 1] if index else None
        if (owner and person_like(second) and person_like(owner)
                and text[owner.end:first.start] == " of "
                and _CAST_BY.fullmatch(re.sub(r"^(?: [a-z]+){1,2}(?=,)", "", text[first.end:second.start]))):
            # "Elizabeth Bisland of Cosmopolitan magazine, played … by Claire Dumas": the
            # part is the one the magazine is of.
            yield second, owner, "played by"
            continue
        if not person_like(first):
            continue
        # The character may come after other capitalised words: "as FBI agent Carl
        # Hanratty", "plays Jeffrey's father Lionel Dahmer".
        for later in names[index + 1:index + 4]:
            gap = text[first.end:later.start]
            # "Harris, the son of the actor Richard Harris, played Lane Pryce": a name
            # closing an aside is not who played; the one the aside is about is.
            aside = re.match(r"\s*,\s*(?:plays|played|portrays|portrayed|voices|voiced)\b", gap)
            # "plays the Whig politician who…", "plays a Bombay model": a name used as a
            # word is no part.
            modifier = gap.endswith(("the ", "a ", "an ")) and re.match(r" [a-z]+\b", text[later.end:])
            if (person_like(later) and _CAST_VERB.fullmatch(gap) and not aside and not modifier
                    and not re.match(r"['’]s\b", text[later.end:later.end + 3])
                    and (listed or re.search(r"\b(?:with|starring) $", text[:first.start])
                         or not (gap.strip() == "as" and " " not in later.text))
                    and not (gap.strip() == "as" and not _CAST_START.search(text[:first.start]))):
                yield first, later, _CAST_WORD.search(gap).group()
                listed = True
                break
        gap = text[first.end:second.start]
        if not person_like(second) or _CAST_VERB.fullmatch(gap):
            continue
        if _CAST_BY.fullmatch(gap):
            # "…with his wife Catherine, who is played by Niamh Doherty": a "who" goes
            # with the name just before it.
            if gap.lstrip().startswith(",") and index and names[0].start == 0 and not re.match(
                    r"\s*,\s*who\b", gap):
                # "Joseph Moore, the relief keeper who climbed … on Boxing Day, is
                # played by Kwame Asante": the part is the name the aside is about.
                first = names[0]
            yield second, first, gap.strip(" ,(")
        elif (gap == " (" and (text[second.end:second.end + 1] == ")" or _DESCRIBED_PART.match(text, second.end))
              and " " in second.text and cues.screen):
            # "Femke de Graaf (Avanti Racing)" in a race report is a rider's team.
            # "Ken Taylor (Victor Garber)" or, in a cast list, "Niall Ferrie (Donald
            # MacArthur)": the one the article names again is the part.
            # In a list that says "A as C" elsewhere, the actor comes first here too.
            # So does a list line of them, or one the cast introduces ("The supporting
            # cast includes Hannah Okafor (Lucretia Jans)").
            actor_first = re.search(r"[A-Z][\w’'-]+ as [A-Z]", text) or sentence.furniture
            # "Supporting cast: Lucy Oduya (Katherine Schaub)", "A (C) and B (D) round
            # out the main cast": the list says who is who.
            # "Viewers may recognise Ellis Ndlovu (Gerald Glass)": whom viewers know is the actor.
            listed_cast = re.search(r"\b(?:cast(?: (?:also )?includes?|:)|[Ss]tarring|recogni[sz]e|"
                                    r"remember)\s", text[:first.start])
            rounded = re.search(r"\b(?:rounds? out|complete|completes|join|joins) the (?:main |supporting )?cast\b",
                                text[second.end:])
            told = _acts_first(first, second, acting)
            if text[second.end:second.end + 1] != ")":
                yield first, second, "("  # "(Louise Gipe, a telephone operator…)": a part, said what it was
            elif _PLAYS_AFTER.match(text, second.end + 1):
                yield first, second, "("  # "Reza Pratama (Haji Umar) plays a pepper trader"
            elif told is not None:  # "Major Esterhazy (Yannick Sorel)", then "Sorel plays…"
                yield (first, second, "(") if told else (second, first, "(")
            elif rounded or listed_cast or actor_first and mentions[first.plain.split()[-1]] == mentions[second.plain.split()[-1]]:
                yield first, second, "("
            elif mentions[first.plain.split()[-1]] < mentions[second.plain.split()[-1]]:
                yield first, second, "("
            else:
                yield second, first, "("



def _acts_first(first: Name, second: Name, acting: frozenset[str]) -> bool | None:
    """Is `first` the actor of the pair, by what the article says they do; None if it
    says the same of both, or nothing."""
    one, other = first.plain.split()[-1] in acting, second.plain.split()[-1] in acting
    return None if one == other else one

