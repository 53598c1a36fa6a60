"""The spoiler lint: text that gives away a later level than it is filed under.

Each level's `terms` are words only that level (or a later one) may contain. The
lint is the safety net behind the authors' judgement: a fact filed as `none` that
says "prison" fails here, before any player can meet it.
"""

from __future__ import annotations

from collections.abc import Mapping

from quiz.core.answers import answer_key, padded_fold
from quiz.core.pack import Fact, HandQuestion, Level, Location, Pack, Problem


class _Terms:
    """Each level's terms, folded once for the whole pack (contains_term's rule)."""

    def __init__(self, levels: tuple[Level, ...]) -> None:
        self.by_level = {level.id: [(term, padded_fold(term)) for term in level.terms
                                    if padded_fold(term) != "  "] for level in levels}

    def first_in(self, padded_text: str, level: Level) -> str | None:
        return next((term for term, padded in self.by_level[level.id]
                     if padded in padded_text), None)


def lint(pack: Pack, spots: Mapping[str, Location]) -> list[Problem]:
    """Every spoiler leak in a pack, located where the leaking entry starts."""
    problems: list[Problem] = []
    fallback = Location(pack.path)
    terms = _Terms(pack.levels)

    # Shown to every player whatever their horizon, so no level's terms may appear.
    shown_to_all = [("title", "the pack's title", pack.title),
                    ("description", "the pack's description", pack.description)]
    shown_to_all += [(f"source:{s.id}", f"the title of source '{s.id}'", s.title)
                     for s in pack.sources]
    # Labels name what is hidden ("12 hidden: Season 2") to players of any horizon.
    shown_to_all += [(f"level:{lv.id}", f"the label of level '{lv.id}'", lv.label)
                     for lv in pack.levels]
    for spot, name, text in shown_to_all:
        padded = padded_fold(text)
        for level in pack.levels:
            hit = terms.first_in(padded, level)
            if hit:
                problems.append(Problem(
                    spots.get(spot, fallback),
                    f"{name} contains '{hit}', a term of level '{level.id}'; it is shown to "
                    "every player, so it may hold no spoiler term"))

    entries: list[tuple[str, Fact | HandQuestion]] = [
        *(("fact", f) for f in pack.facts), *(("question", q) for q in pack.questions)]
    for prefix, entry in entries:
        where = spots.get(f"{prefix}:{entry.id}", fallback)
        rank = pack.rank(entry.spoiler)
        later = [level for level in pack.levels if pack.rank(level.id) > rank]
        texts = [padded_fold(text) for text in entry.texts()] if later else []
        for level in later:
            for text in texts:
                hit = terms.first_in(text, level)
                if hit:
                    problems.append(Problem(
                        where,
                        f"{prefix} '{entry.id}' is filed under '{entry.spoiler}' but contains "
                        f"'{hit}', a term of the later level '{level.id}': raise its level or "
                        "reword it"))
                    break

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
