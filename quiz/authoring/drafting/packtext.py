"""A pack's YAML text from candidate facts, each under the paragraph it came from:
the draft `quiz draft` writes, and the pack a curator makes of it (see
quiz/authoring/curation.py)."""

from __future__ import annotations

import json
import textwrap
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from quiz.authoring.names import slug, title_from_stem
from quiz.core.nodereader import ID_PATTERN
from quiz.core.pack import NONE_LEVEL, UNREVIEWED_LEVEL, Level
from quiz.authoring.drafting.ranking import Candidate, MAX_FACTS, find_candidates
from quiz.authoring.drafting.sentences import MAX_WORDS, MIN_WORDS, clean

SOURCE_ID = "article"
_DRAFT_HEADER = """\
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
_CURATED_HEADER = """\
# A question pack curated with `quiz draft --review` from an article's text.
# Source: {source}
#
# Each fact has its paragraph above it. A fact still filed as `spoiler:
# unreviewed` is hidden unless spoiler mode is on: give it `none` or a level.
# To finish it (see the pack author's guide: `quiz packs guide`), add a
# `description:`, `terms:` for each spoiler level, `distractors` and
# `explain`; then check the file and install it again:
#   quiz packs validate FILE
#   quiz packs add --force FILE
"""
_LEVELS_NOTE = ("  # Give each level `terms: [...]`, words only it may contain, so that the lint\n"
                "  # catches a fact filed under an earlier level that gives it away.")


class Filed(NamedTuple):
    """A candidate as the pack holds it, and the spoiler level it is filed under."""

    candidate: Candidate
    level: str = UNREVIEWED_LEVEL


def _quoted(text: str) -> str:
    """A double-quoted YAML scalar: JSON's escapes are YAML's, and `no` stays text."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, indent: str) -> list[str]:
    # Comments end at a line break, and `clean` left none inside the text.
    lines = textwrap.wrap(text, width=88 - len(indent) - 2, break_long_words=False,
                          break_on_hyphens=False)
    return [f"{indent}# {line}".rstrip() for line in lines]


def single_line(text: str) -> str:
    """Text as one line of a pack: no control characters, single spaces."""
    return " ".join(clean(text).split())


def declared_levels(ids: Sequence[str]) -> tuple[Level, ...]:
    """The spoiler levels named on the command line, earliest first, each labelled
    from its id ("season-2" is "Season 2"). Raises ValueError for a bad id."""
    levels: list[Level] = []
    for level_id in ids:
        if level_id in (NONE_LEVEL, UNREVIEWED_LEVEL):
            raise ValueError(f"'{level_id}' is built in: every pack has it, so it cannot "
                             "be declared as a level")
        if not ID_PATTERN.fullmatch(level_id):
            raise ValueError(f"'{level_id}' cannot be a level id: use a-z, 0-9 and - "
                             "(for example season-2)")
        if any(level.id == level_id for level in levels):
            raise ValueError(f"the level '{level_id}' is named twice")
        levels.append(Level(level_id, title_from_stem(level_id)))
    return tuple(levels)


def _fact_ids(candidates: Sequence[Candidate]) -> list[str]:
    used: Counter[str] = Counter()
    out = []
    for number, candidate in enumerate(candidates, start=1):
        base = f"{candidate.kind}-{slug(candidate.answer, str(number), 40)}"
        used[base] += 1
        out.append(base if used[base] == 1 else f"{base}-{used[base]}")
    return out


def _fact_lines(filed: Filed, fact_id: str) -> list[str]:
    candidate = filed.candidate
    return [
        f"  # {SOURCE_ID}#{candidate.paragraph}", *_comment(candidate.context, "  "),
        f"  - id: {_quoted(fact_id)}",
        f"    spoiler: {_quoted(filed.level)}",
        f"    kind: {_quoted(candidate.kind)}",
        f"    statement: {_quoted(candidate.statement)}",
        f"    ask: {_quoted(candidate.ask)}",
        f"    answer: {_quoted(candidate.answer)}",
        *([f"    accept: [{', '.join(map(_quoted, candidate.accept))}]"]
          if candidate.accept else []),
        f"    source: {_quoted(f'{SOURCE_ID}#{candidate.paragraph}')}",
    ]


def _level_lines(levels: Sequence[Level]) -> list[str]:
    if not levels:
        return []
    lines = ["spoilers:", _LEVELS_NOTE, "  levels:"]
    for level in levels:
        lines += [f"    - id: {_quoted(level.id)}", f"      label: {_quoted(level.label)}"]
    return lines


def drafted(article: str) -> list[Candidate]:
    """The candidates a draft holds, best first, at most MAX_FACTS. Raises
    ValueError for an article with nothing to draft from."""
    candidates = find_candidates(article)[:MAX_FACTS]
    if not candidates:
        raise ValueError(
            "found no candidate facts in the article: no cast lines, nicknames, dates, "
            f"amounts or names in sentences of {MIN_WORDS} to {MAX_WORDS} words")
    return candidates


def check_names(pack_id: str, title: str) -> str:
    """The title as the pack holds it; raises ValueError for an invalid id or an
    empty title."""
    if not ID_PATTERN.fullmatch(pack_id):
        raise ValueError(f"pack id '{pack_id}' must be lower-case letters, digits and hyphens "
                         "(like 'my-pack-2'), at most 64 characters")
    title = single_line(title)
    if not title:
        raise ValueError("the pack needs a title")
    return title


def pack_text(facts: Sequence[Filed], *, pack_id: str, title: str, source_title: str = "",
              levels: Sequence[Level] = (), curated: bool = False) -> str:
    """The YAML text (format 1) of a pack of these facts, in this order, with
    these spoiler levels declared: a draft's header, or a curated pack's.

    Raises ValueError for an invalid id or an empty title.
    """
    title = check_names(pack_id, title)
    source = single_line(source_title) or title
    header = _CURATED_HEADER if curated else _DRAFT_HEADER
    head = [*header.format(source=source).splitlines(),
            "format: 1", f"id: {_quoted(pack_id)}", f"title: {_quoted(title)}",
            "sources:", f"  - id: {_quoted(SOURCE_ID)}", f"    title: {_quoted(source)}",
            *_level_lines(levels), "", "facts:"]
    ids = _fact_ids([f.candidate for f in facts])
    body = ["\n".join(_fact_lines(f, i)) for f, i in zip(facts, ids)]
    return "\n".join(head) + "\n" + "\n\n".join(body) + "\n"


def draft_pack(article: str, *, pack_id: str, title: str, source_title: str = "",
               levels: Sequence[Level] = ()) -> str:
    """The YAML text (format 1) of a draft pack drafted from an article's plain
    text: every fact `unreviewed`, the levels declared for the curator to use.

    Raises ValueError for an invalid id, an empty title, or an article with
    nothing to draft from.
    """
    check_names(pack_id, title)
    return pack_text([Filed(c) for c in drafted(article)], pack_id=pack_id, title=title,
                     source_title=source_title, levels=levels)
