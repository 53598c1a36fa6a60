"""`quiz packs new`: a commented starter pack that validates as it stands."""

from __future__ import annotations

import json

STARTER = """\
# A question pack for quiz. Edit it, then check and install it:
#   quiz packs validate {file}
#   quiz packs add {file}
# The pack author's guide (`quiz packs guide` prints it) explains
# every field. Text is read exactly as written: quote anything that starts with
# a special character or holds ": " or " #".
format: 1
id: {id}                       # a-z, 0-9 and -; unique among your packs
title: {title}
description: "What the pack is about. Shown before anyone plays: no spoilers here."
sources:
  - id: article                # facts cite it as article#N (N counts non-empty lines)
    title: "Where the facts come from: an article's headline, a book, an episode guide"

# Spoiler levels, earliest first. Delete this block if nothing in the pack can
# spoil anything; then the 'spoiler:' lines below can go too.
spoilers:
  levels:
    - id: season-1
      label: Season 1
    - id: season-2
      label: Season 2
      # Words only season-2 facts may contain: the validator fails the pack if
      # an earlier fact, the title or the description uses one of them.
      terms: [unmasked]
  safe_through: season-1       # what a new player is assumed to have seen

facts:
  # One fact, several questions: the game asks it as multiple choice, true or
  # false, or type-in. Wrong choices come from 'distractors', then from the
  # answers of other facts of the same 'kind'.
  - id: lead-actor
    spoiler: none              # none, or a level id above
    kind: actor
    statement: "Ada Lane plays the detective in the first season."
    ask: "Who plays the detective in the first season?"
    answer: Ada Lane           # appears once in the statement, so true/false can swap it
    accept: [Lane]             # other typed answers that count
    distractors: [Chloe Park, Dan Reyes]
    explain: "Lane was cast after a single audition."
    source: article#3
    topic: cast                # lets a round play one topic only
  - id: second-actor
    spoiler: season-1
    kind: actor
    statement: "Ben Ortiz joins the cast as the detective's partner."
    ask: "Who plays the detective's partner?"
    answer: Ben Ortiz
    source: article#4
    topic: cast
  - id: finale-year
    spoiler: season-2
    kind: year
    statement: "The killer is unmasked in the season-2 finale, which aired in 2024."
    ask: "In what year did the season-2 finale air?"
    answer: "2024"
    distractors: ["2022", "2023", "2025"]
    source: article#7
    topic: production

# Questions written by hand, when a fact does not make the question you want.
questions:
  - id: set-in-winter
    type: true-false           # choice | true-false | text
    spoiler: none
    prompt: "The first season is set in winter."
    answer: "true"
    topic: production
"""


def starter_pack(pack_id: str, title: str, file_name: str) -> str:
    # JSON strings are valid YAML double-quoted strings: any title is safe.
    return STARTER.format(id=pack_id, title=json.dumps(title, ensure_ascii=False),
                          file=file_name)
