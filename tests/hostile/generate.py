"""The hostile packs too big to commit, written at test time.

Sizes are the contract's (DESIGN.md: 4 MiB, nesting 32), written out here rather
than imported from the loader, so that a loosened limit fails the suite.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

LIMIT = 4 * 1024 * 1024
DEEP = 50_000
# A big pack makes its point (it loads, lists from the cache, exports, plays) at
# 5,000 facts in the everyday run; the 20,000 the README names run with the slow set.
MANY = 5_000
MOST = 20_000

HEADER = "format: 1\nid: {id}\ntitle: {title}\nfacts:\n"
FACT = ("  - id: f{n}\n    kind: k{kind}\n    statement: Item {n} is worth {n}.\n"
        "    ask: What is item {n} worth?\n    answer: '{n}'\n")


def facts_pack(pack_id: str, count: int, per_kind: int = 4) -> str:
    """A valid pack of `count` facts, `per_kind` facts of each kind: enough for
    multiple choice, while each distractor pool stays small (a pool of
    thousands made asking slow: see test_hostile_cost)."""
    parts = [HEADER.format(id=pack_id, title=f"{count:,} facts")]
    parts += [FACT.format(n=n, kind=n // per_kind) for n in range(count)]
    return "".join(parts)


def padded(text: str, size: int) -> bytes:
    """A pack padded with a comment to exactly `size` bytes."""
    data = text.encode()
    filler = size - len(data) - len("# \n")
    assert filler >= 0, "the pack alone is over the size"
    return data + b"# " + b"x" * filler + b"\n"


def over_limit() -> bytes:
    # A pack that is valid in every other way: only the size is wrong.
    return padded(facts_pack("over-limit", 3), LIMIT + 1)


def at_limit() -> bytes:
    return padded(facts_pack("at-limit", 3), LIMIT)


def deep_flow_sequence() -> bytes:
    return b"format: " + b"[" * DEEP + b"1" + b"]" * DEEP + b"\n"


def deep_flow_mapping() -> bytes:
    return b"format: " + b"{a: " * DEEP + b"1" + b"}" * DEEP + b"\n"


def deep_block_sequence() -> bytes:
    # "- - - x" nests one sequence per dash, all on one line: block nesting of
    # 50,000 without the gigabytes of indentation it would take on 50,000 lines.
    return b"format: 1\nfacts:\n" + b"- " * DEEP + b"x\n"


def deep_unclosed() -> bytes:
    # Cut short, as a truncated download would be: the depth is refused first.
    return b"format: 1\nid: " + b"[" * DEEP


def many_facts() -> bytes:
    return facts_pack("many-facts", MANY).encode()


def most_facts() -> bytes:
    return facts_pack("most-facts", MOST).encode()


GENERATED: dict[str, Callable[[], bytes]] = {
    "over-4-mib.yaml": over_limit,
    "at-4-mib.yaml": at_limit,
    "nesting-50000-flow-sequence.yaml": deep_flow_sequence,
    "nesting-50000-flow-mapping.yaml": deep_flow_mapping,
    "nesting-50000-block-sequence.yaml": deep_block_sequence,
    "nesting-50000-unclosed.yaml": deep_unclosed,
    "facts-5000.yaml": many_facts,
    "facts-20000.yaml": most_facts,
}
SLOW = {"facts-5000.yaml", "facts-20000.yaml"}


def write_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, make in GENERATED.items():
        out[name] = folder / name
        out[name].write_bytes(make())
    return out
