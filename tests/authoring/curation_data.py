"""Drafted candidates that the curation tests (the model and its screen) share."""

from __future__ import annotations

from quiz.authoring.drafting import Candidate
from quiz.core.pack import Level

SEASONS = (Level("season-1", "Season 1"), Level("season-2", "Season 2"))


def candidate(answer: str, statement: str, ask: str, kind: str = "actor", paragraph: int = 1,
              accept: tuple[str, ...] = (), context: str = "") -> Candidate:
    """A candidate as the drafter makes one; its context is the statement unless given."""
    return Candidate(kind=kind, answer=answer, statement=statement, ask=ask,
                     paragraph=paragraph, context=context or statement, score=100,
                     accept=accept)


def harbour_lights(context: str = "{statement}", okafor_accepts: tuple[str, ...] = ()
                   ) -> list[Candidate]:
    """Four candidates from a series article; `context` is formatted with each
    candidate's paragraph and statement."""
    rows = [
        ("Maria Okafor", "Maria Okafor plays Ruth Kane.", "Which actor plays Ruth Kane?",
         "actor", 1, okafor_accepts),
        ("Tomás Herrera", "Tomás Herrera stars as Elias Varga.",
         "Which actor plays Elias Varga?", "actor", 2, ()),
        ("2021", "The first season premiered in 2021.",
         "In what year did the first season premiere?", "year", 3, ()),
        ("Lisbon", "The show was filmed in Lisbon.", "Where was the show filmed?",
         "place", 3, ()),
    ]
    return [candidate(answer, statement, ask, kind, paragraph, accept,
                      context.format(paragraph=paragraph, statement=statement))
            for answer, statement, ask, kind, paragraph, accept in rows]
