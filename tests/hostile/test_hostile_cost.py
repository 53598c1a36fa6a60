"""No pack makes the game do work out of proportion to its size: checking a
pack (quiz packs validate), and generating its questions (export, play), take
time linear in the pack's size, whatever shape a hostile author gives it.

Work is counted in lines of Python run, not seconds: the same count on every
machine, however busy. Each test builds a pack of n units and one of 4n: four
times the work is linear; sixteen would be quadratic. The bound, 6, leaves room
for the logarithms of sorting and the like, and none for a square.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quiz.core.generate import generate
from quiz.core.loader import Loaded, load_data
from quiz.core.spoilers import Horizon, gate
from tests.core.helpers import steps
from tests.hostile import generate as generator

RATIO = 6


def loaded(text: str) -> Loaded:
    result = load_data(text.encode(), "cost.yaml")
    assert result.pack is not None, [str(p) for p in result.problems[:3]]
    return result


def assert_linear(pack: Callable[[int], str], measure: Callable[[str], int],
                  n: int = 50) -> None:
    """`measure` (work done, or output) of a pack made of n units and of 4n:
    it may grow as the pack's text does, with room for logarithms, not more."""
    small, large = pack(n), pack(4 * n)
    measure(small)  # once first: imports and caches are not the pack's cost
    growth = len(large) / len(small)
    assert measure(large) < 1.5 * growth * measure(small), growth


HEADER = "format: 1\nid: cost\ntitle: Cost\n"


def fact(n: int, *, level: str = "", kind: str = "k", answer: str = "", text: str = "",
         source: str = "") -> str:
    lines = [f"  - id: f{n}\n", f"    spoiler: {level}\n" if level else "",
             f"    kind: {kind}\n    statement: Item {n} is {text or 'worth'} {answer or n}.\n",
             f"    ask: What is item {n}?\n    answer: '{answer or n}'\n",
             f"    source: {source}\n" if source else ""]
    return "".join(lines)


def levels(count: int, terms: Callable[[int], str] = lambda i: "") -> str:
    return "spoilers:\n  levels:\n" + "".join(
        f"    - id: l{i}\n      label: Level {i}\n" + (f"      terms: [{terms(i)}]\n" if terms(i) else "")
        for i in range(count))


# -- generation ---------------------------------------------------------------------------

def asking(text: str) -> int:
    view = gate(loaded(text).pack, Horizon.everything())
    return steps(lambda: generate(view, "1"))


def test_asking_from_one_big_kind_costs_work_in_proportion_to_its_size() -> None:
    def cost(count: int) -> int:
        return asking(generator.facts_pack("one-kind", count, per_kind=count))

    small, large = cost(40), cost(80)
    # Twice the facts: about twice the work, not four times.
    assert large < 3 * small, (small, large)


def test_a_kind_whose_facts_share_one_answer() -> None:
    # No fact finds a wrong option among the others: once looked for by walking
    # the whole kind again for every fact.
    assert_linear(lambda n: HEADER + "facts:\n" + "".join(fact(i, answer="gold") for i in range(n)),
                  asking)


def test_a_kind_whose_facts_mostly_share_one_answer() -> None:
    def pack(n: int) -> str:
        return HEADER + "facts:\n" + "".join(
            fact(i, answer="gold" if i % 10 else f"metal {i}") for i in range(n))

    # Each question looks at a bounded sample of its kind's answers (options.LOOK):
    # sizes past that bound, where the work per question is flat.
    assert_linear(pack, asking, n=300)


def test_many_sources_cited() -> None:
    def pack(n: int) -> str:
        sources = "sources:\n" + "".join(f"  - id: s{i}\n    title: Source {i}\n" for i in range(n))
        return HEADER + sources + "facts:\n" + "".join(fact(i, source=f"s{n - 1}#2")
                                                       for i in range(n))

    assert_linear(pack, asking, 200)


def test_many_levels_hidden() -> None:
    def pack(n: int) -> str:
        return HEADER + levels(n) + "facts:\n" + "".join(fact(i, level=f"l{i}") for i in range(n))

    def hiding(text: str) -> int:
        checked = loaded(text).pack
        return steps(lambda: gate(checked, Horizon("none")))

    assert_linear(pack, hiding)


# -- checking -------------------------------------------------------------------------------

def checking(text: str) -> int:
    return steps(lambda: loaded(text))


@pytest.mark.parametrize("shape", ["levels and facts", "levels", "sources", "terms",
                                   "nested terms"])
def test_checking_a_pack(shape: str) -> None:
    def pack(n: int) -> str:
        if shape == "levels and facts":
            return HEADER + levels(n) + "facts:\n" + "".join(
                fact(i, level=f"l{i}") for i in range(n))
        if shape == "levels":
            return HEADER + levels(n) + "facts:\n" + fact(0, level="none")
        if shape == "sources":
            return (HEADER + "sources:\n" + "".join(f"  - id: s{i}\n    title: T{i}\n"
                                                    for i in range(n))
                    + "facts:\n" + fact(0, source="s0#1"))
        if shape == "terms":
            # Each level has a term, which its own fact says: every fact checked
            # against every later level's terms was the square of the pack.
            return HEADER + levels(n, lambda i: f"w{i}") + "facts:\n" + "".join(
                fact(i, level=f"l{i}", text=f"w{i}") for i in range(n))
        # Terms 'a', 'a a', 'a a a'...: a text of many a's holds many at once.
        return HEADER + levels(n, lambda i: " ".join(["a"] * (i + 1))) + "facts:\n" + "".join(
            fact(i, level=f"l{n - 1}", text=" ".join(["a"] * n)) for i in range(n))

    # Sources cost little each: enough of them for a square to show.
    assert_linear(pack, checking, 200 if shape == "sources" else 25)


def printed(text: str) -> int:
    return sum(len(str(p)) for p in load_data(text.encode(), "cost.yaml").problems)


def test_messages_about_unknown_levels_grow_with_the_pack_not_faster() -> None:
    # Each message once listed every level of the pack.
    assert_linear(lambda n: HEADER + levels(n) + "facts:\n" + "".join(
        fact(i, level="nope") for i in range(n)), printed)


def test_spoiler_term_problems_grow_with_the_pack_not_faster() -> None:
    # Every level lists the same term, which every fact holds: once one problem
    # per fact and level.
    assert_linear(lambda n: HEADER + levels(n, lambda i: "x") + "facts:\n" + "".join(
        fact(i, level="none", text="x") for i in range(n)), printed)
