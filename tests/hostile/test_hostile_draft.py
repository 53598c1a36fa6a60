"""No article makes `quiz draft` do work out of proportion to its length, whatever
shape a hostile or careless paste gives it: one sentence of thousands of names,
quotes or brackets that never close; and none makes it fail, lines of real articles
shuffled and cut off included.

The drafter's costly steps are regular expressions, which a count of Python lines
does not see; so these tests time a text of n units and one of 4n. Four times the
time is linear; sixteen would be quadratic. The bound, 8, leaves room for a busy
machine and the logarithms of sorting, and none for a square (a sentence of 8,000
names took 11 times as long as one of 2,000 before the searches were bounded).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from quiz.authoring.drafting import find_candidates

pytestmark = pytest.mark.slow

RATIO = 8
SHAPES: dict[str, Callable[[int], str]] = {
    "one sentence of names": lambda n: " ".join(
        f"Ann Bee{i} met Carl Dee{i} in Paris and he said" for i in range(n)) + ".",
    "quotes that never close": lambda n: 'Ann Bee said "' * n + " was born in 1900.",
    "asides that never end": lambda n: "Ann Bee, " * n + "was born in 1900.",
    # What a whole report says (its sides, its contest) is read once, not per sentence.
    "a report of many results": lambda n: " ".join(
        f"Harbour Town beat the Gulls {i % 9}-{i % 7} on Saturday." for i in range(n // 2)),
}


def seconds(text: str) -> float:
    start = time.perf_counter()
    find_candidates(text)
    return time.perf_counter() - start


@pytest.mark.parametrize("shape", list(SHAPES))
def test_drafting_takes_time_linear_in_the_article(shape: str) -> None:
    make = SHAPES[shape]
    seconds(make(50))  # the lexicons load once, and are not the article's cost
    small = min(seconds(make(2000)) for _ in range(2))
    large = seconds(make(8000))
    assert large < RATIO * small, (shape, small, large)


def test_lines_of_real_articles_shuffled_and_cut_off_draw_no_error() -> None:
    """A careless paste: lines of the sets' articles in any order, some cut off in the
    middle of a word. Every text drafts, or says it has nothing to draft from."""
    from pathlib import Path
    import random

    here = Path(__file__).resolve().parent.parent / "authoring"
    lines = [line for path in sorted(here.glob("drafting_*/*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    chance = random.Random(11)
    for _ in range(150):
        picked = chance.sample(lines, chance.randint(2, 10))
        text = "\n".join(line[:chance.randint(1, len(line))] if chance.random() < 0.3 else line
                         for line in picked)
        try:
            find_candidates(text)
        except ValueError as error:  # nothing to draft from: said so, in words
            assert "article" in str(error)
