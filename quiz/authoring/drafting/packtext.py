"""A draft pack's YAML text, each fact under the paragraph it came from."""

from __future__ import annotations

import json
import textwrap
from collections import Counter

from quiz.authoring.names import slug
from quiz.core.nodereader import ID_PATTERN
from quiz.core.pack import UNREVIEWED_LEVEL
from quiz.authoring.drafting.ranking import Candidate, MAX_FACTS, find_candidates
from quiz.authoring.drafting.sentences import MAX_WORDS, MIN_WORDS, clean

SOURCE_ID = "article"
_HEADER = """\
# A DRAFT question pack, written by `quiz draft` from an article's text.
# Source: {source}
#
# Nothing here is checked: these are candidates picked by patterns, best first.
# Every fact is filed as `spoiler: unreviewed`, which the game hides unless
# spoiler mode is on. To make it a pack people can play:
#   1. Read each fact against its paragraph (the comment above it) and check it.
#   2. Set its spoiler level: `none`, or a level you declare under `spoilers:`
#      (see the pack author's guide: `quiz packs guide`).
#   3. Fix the wording of `statement` and `ask`; add `accept` and `distractors`.
#   4. Delete the weak facts, and add a `description:`.
#   5. Check the file, then install it:
#        quiz packs validate FILE
#        quiz packs add FILE
"""


def _quoted(text: str) -> str:
    """A double-quoted YAML scalar: JSON's escapes are YAML's, and `no` stays text."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, indent: str) -> list[str]:
    # Comments end at a line break, and `clean` left none inside the text.
    lines = textwrap.wrap(text, width=88 - len(indent) - 2, break_long_words=False,
                          break_on_hyphens=False)
    return [f"{indent}# {line}".rstrip() for line in lines]


def _single_line(text: str) -> str:
    return " ".join(clean(text).split())


def _fact_ids(candidates: list[Candidate]) -> list[str]:
    used: Counter[str] = Counter()
    out = []
    for number, candidate in enumerate(candidates, start=1):
        base = f"{candidate.kind}-{slug(candidate.answer, str(number), 40)}"
        used[base] += 1
        out.append(base if used[base] == 1 else f"{base}-{used[base]}")
    return out


def _fact_lines(candidate: Candidate, fact_id: str) -> list[str]:
    return [
        f"  # {SOURCE_ID}#{candidate.paragraph}", *_comment(candidate.context, "  "),
        f"  - id: {_quoted(fact_id)}",
        f"    spoiler: {_quoted(UNREVIEWED_LEVEL)}",
        f"    kind: {_quoted(candidate.kind)}",
        f"    statement: {_quoted(candidate.statement)}",
        f"    ask: {_quoted(candidate.ask)}",
        f"    answer: {_quoted(candidate.answer)}",
        *([f"    accept: [{', '.join(map(_quoted, candidate.accept))}]"]
          if candidate.accept else []),
        f"    source: {_quoted(f'{SOURCE_ID}#{candidate.paragraph}')}",
    ]


def draft_pack(article: str, *, pack_id: str, title: str, source_title: str = "") -> str:
    """The YAML text (format 1) of a draft pack drafted from an article's plain text.

    Raises ValueError for an invalid id, an empty title, or an article with
    nothing to draft from.
    """
    if not ID_PATTERN.fullmatch(pack_id):
        raise ValueError(f"pack id '{pack_id}' must be lower-case letters, digits and hyphens "
                         "(like 'my-pack-2'), at most 64 characters")
    title = _single_line(title)
    if not title:
        raise ValueError("the pack needs a title")
    source = _single_line(source_title) or title
    candidates = find_candidates(article)[:MAX_FACTS]
    if not candidates:
        raise ValueError(
            "found no candidate facts in the article: no cast lines, nicknames, dates, "
            f"amounts or names in sentences of {MIN_WORDS} to {MAX_WORDS} words")
    head = [*_HEADER.format(source=source).splitlines(),
            "format: 1", f"id: {_quoted(pack_id)}", f"title: {_quoted(title)}",
            "sources:", f"  - id: {_quoted(SOURCE_ID)}", f"    title: {_quoted(source)}",
            "", "facts:"]
    facts = ["\n".join(_fact_lines(c, i)) for c, i in zip(candidates, _fact_ids(candidates))]
    return "\n".join(head) + "\n" + "\n\n".join(facts) + "\n"
