"""The spoiler lint: text that gives away a later level than it is filed under.

Each level's `terms` are words only that level (or a later one) may contain. The
lint is the safety net behind the authors' judgement: a fact filed as `none` that
says "prison" fails here, before any player can meet it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence

from quiz.core.answers import answer_key, padded_fold
from quiz.core.pack import Fact, HandQuestion, Location, Pack, Problem


class _Phrases:
    """Finds which of many word sequences occur in a text, in one pass over its
    words (Aho-Corasick on words): checking every term against every text would
    make a pack of many levels and facts take time in the square of its size."""

    def __init__(self, phrases: Sequence[tuple[str, ...]]) -> None:
        self.next: list[dict[str, int]] = [{}]
        self.ends: list[int] = [-1]   # the phrase that ends at a state, or -1
        self.fail: list[int] = [0]    # the longest proper suffix that is a state
        self.out: list[int] = [0]     # the longest proper suffix at which a phrase ends
        for number, words in enumerate(phrases):
            state = 0
            for word in words:
                if word not in self.next[state]:
                    self.next[state][word] = len(self.next)
                    self.next.append({})
                    self.ends.append(-1)
                    self.fail.append(0)
                    self.out.append(0)
                state = self.next[state][word]
            self.ends[state] = number
        queue = deque(self.next[0].values())
        while queue:
            state = queue.popleft()
            for word, child in self.next[state].items():
                back = self.fail[state]
                while back and word not in self.next[back]:
                    back = self.fail[back]
                self.fail[child] = self.next[back].get(word, 0) if state else 0
                suffix = self.fail[child]
                self.out[child] = suffix if self.ends[suffix] >= 0 else self.out[suffix]
                queue.append(child)

    def found(self, words: Sequence[str]) -> set[int]:
        """The numbers of the phrases that occur in `words`."""
        hits: set[int] = set()
        seen: set[int] = set()
        state = 0
        for word in words:
            while state and word not in self.next[state]:
                state = self.fail[state]
            state = self.next[state].get(word, 0)
            # Each state ending a phrase is reported once per text; the ones
            # below a state already seen were reported with it.
            end = state if self.ends[state] >= 0 else self.out[state]
            while end and end not in seen:
                seen.add(end)
                hits.add(self.ends[end])
                end = self.out[end]
        return hits


class _Terms:
    """Each level's terms, folded once for the whole pack (contains_term's rule)."""

    def __init__(self, pack: Pack) -> None:
        self.terms: list[str] = []  # folded, numbered as _Phrases numbers them
        self.last: list[int] = []   # the rank of the latest level listing each one
        # (term, rank) -> (its place in that level's list, the term as written)
        self.listed: dict[tuple[int, int], tuple[int, str]] = {}
        numbers: dict[str, int] = {}
        for rank, level in enumerate(pack.levels, start=1):
            for place, term in enumerate(level.terms):
                padded = padded_fold(term)
                if padded == "  ":
                    continue
                number = numbers.setdefault(padded, len(self.terms))
                if number == len(self.terms):
                    self.terms.append(padded)
                    self.last.append(rank)
                self.last[number] = rank
                self.listed.setdefault((number, rank), (place, term))
        self.phrases = _Phrases([term.split() for term in self.terms])

    def found(self, text: str) -> set[int]:
        return self.phrases.found(padded_fold(text).split())

    def latest(self, hits: Sequence[set[int]], limit: int = 0) -> tuple[int, str] | None:
        """(rank, term): the latest level later than `limit` whose term is hit,
        and the first term it lists, in the first text holding one. `hits` holds
        one set per text, in order. One problem per entry, not one per level:
        a text can hold terms of thousands of levels, and raising the entry to
        the latest of them clears them all."""
        rank = max((self.last[number] for text in hits for number in text), default=0)
        if rank <= limit:
            return None
        return rank, min((index, *self.listed[(number, rank)])
                         for index, text in enumerate(hits) for number in text
                         if (number, rank) in self.listed)[2]


def lint(pack: Pack, spots: Mapping[str, Location]) -> list[Problem]:
    """The spoiler leaks in a pack, located where the leaking entry starts: one
    problem for each entry or text shown to all that leaks, naming the latest
    level it leaks."""
    problems: list[Problem] = []
    fallback = Location(pack.path)
    terms = _Terms(pack)

    entries: list[tuple[str, Fact | HandQuestion]] = [
        *(("fact", f) for f in pack.facts), *(("question", q) for q in pack.questions)]
    if terms.terms:  # else there is nothing to look for
        problems += _term_problems(pack, spots, terms, entries)

    # A wrong option the author wrote that is the answer of a later fact would
    # show that later answer to a player who may not see the fact itself.
    earliest: dict[str, Fact] = {}
    for fact in pack.facts:
        reverse = (fact.reverse.answer, *fact.reverse.accept) if fact.reverse else ()
        for text in (fact.answer, *fact.accept, *reverse):
            known = earliest.get(answer_key(text))
            if known is None or pack.rank(fact.spoiler) < pack.rank(known.spoiler):
                earliest[answer_key(text)] = fact
    for prefix, entry in entries:
        options = entry.choices if isinstance(entry, HandQuestion) else (
            *entry.distractors, *(entry.reverse.distractors if entry.reverse else ()))
        for option in options:
            owner = earliest.get(answer_key(option))
            if owner and pack.rank(owner.spoiler) > pack.rank(entry.spoiler):
                problems.append(Problem(
                    spots.get(f"{prefix}:{entry.id}", fallback),
                    f"wrong option '{option}' of {prefix} '{entry.id}' ({entry.spoiler}) is the "
                    f"answer of fact '{owner.id}' ({owner.spoiler}), a later level: it would "
                    "reveal it"))
    return problems


def _term_problems(pack: Pack, spots: Mapping[str, Location], terms: _Terms,
                   entries: list[tuple[str, Fact | HandQuestion]]) -> list[Problem]:
    problems: list[Problem] = []
    fallback = Location(pack.path)
    # Shown to every player whatever their horizon, so no level's terms may appear.
    shown_to_all = [("title", "the pack's title", pack.title),
                    ("description", "the pack's description", pack.description)]
    shown_to_all += [(f"source:{s.id}", f"the title of source '{s.id}'", s.title)
                     for s in pack.sources]
    # Labels name what is hidden ("12 hidden: Season 2") to players of any horizon.
    shown_to_all += [(f"level:{lv.id}", f"the label of level '{lv.id}'", lv.label)
                     for lv in pack.levels]
    for spot, name, text in shown_to_all:
        if found := terms.latest([terms.found(text)]):
            rank, hit = found
            problems.append(Problem(
                spots.get(spot, fallback),
                f"{name} contains '{hit}', a term of level '{pack.levels[rank - 1].id}'; it "
                "is shown to every player, so it may hold no spoiler term"))
    for prefix, entry in entries:
        hits = [terms.found(text) for text in entry.texts()]
        if found := terms.latest(hits, pack.rank(entry.spoiler)):
            rank, hit = found
            problems.append(Problem(
                spots.get(f"{prefix}:{entry.id}", fallback),
                f"{prefix} '{entry.id}' is filed under '{entry.spoiler}' but contains "
                f"'{hit}', a term of the later level '{pack.levels[rank - 1].id}': raise its "
                "level or reword it"))
    return problems
