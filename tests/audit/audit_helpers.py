"""What the spoiler audit looks for, and how it reads a line of output.

For a horizon (`none` or `season-1` for the built-in pack), the audit looks for:

- secret texts: every text of an entry above the horizon (statement, ask, answer,
  accepted answers, distractors, explanation, prompt, choices) that no visible
  entry also holds (tests/core/helpers.py `secret_texts`), as whole words;
- terms: every `terms` word of each level above the horizon, as whole words,
  folded (case, accents and punctuation aside), like the spoiler lint does.

Counts are fine by the contract ("35 hidden: Season 2"), and some of the
pack's hidden answers are bare numbers ("27", "40", "74"): a line such as
"Question 27 of 27" or "0 of 37 questions mastered" would be a false hit. So the
digits of the figures the app computes (counts, scores, streaks, seeds,
timestamps, paragraph numbers of a source note) are blanked before the scan, by
patterns that each match one known figure phrase, never free text: the
"Wrong. The answer: 1989" of a leaked question is still found (see
test_audit_cli.py::test_the_masks_keep_pack_text).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml

from quiz.core.answers import fold
from quiz.core.pack import Pack
from tests.core.helpers import builtin_pack, secret_texts

PACK = "narcos-mexico"
# The built-in pack's "watched through" choices with spoilers off, and the
# topics it has ("" = all topics).
HORIZONS = ("none", "season-1")
TOPICS = ("", "history", "production", "show")


def hidden_terms(pack: Pack, horizon: str) -> tuple[str, ...]:
    """The terms of every level above the horizon."""
    limit = pack.rank(horizon)
    return tuple(t for level in pack.levels if pack.rank(level.id) > limit for t in level.terms)


# -- figures the app computes --------------------------------------------------------

# Each pattern matches one figure phrase of the app's own making; the digits inside
# a match are blanked. None of them can match a sentence of the pack.
FIGURES = [re.compile(p) for p in (
    # timestamps and dates (scores, score JSON)
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[+-]\d{2}:?\d{2}|Z)?)?",
    # seeds and lengths: the plain header, the replay line, export, score JSON
    r"\b[Ss]eed:? '?\S+", r'"seed": "[^"]*"', r"--seed \S+", r"(?<!\w)-n \d+",
    r"· \d+ questions? ·",
    # the progress line, feedback, results, bests
    r"\bQuestion \d+ of \d+", r"\b[Ss]core \d+", r"\b[Ss]treak \d+",
    r"\b[Ll]ives \d+", r"\bTime \d+ s\b", r"\d+ of \d+ right \(\d+%\)",
    r"Right! \+\d+(?: \(\d+(?: \+ \d+ (?:speed|streak))+\))?",
    r"Best in this mode: \d+(?: \(\d+ short\))?", r"Previous best: \d+(?: \(\+\d+\))?",
    r"\bbest streak \d+",
    # how a round ended: the time or lives to spare
    r"\b\d+ li(?:fe|ves) left\b", r"with \d+ s left",
    r"Your last \d+ \w+ rounds",
    # hidden counts (counts are fine by the contract), visible counts
    r"\d+ hidden", r"\d+ (?:Season \d+|not yet reviewed)",
    r"\d+ questions?\b", r"\d+ missed questions? hidden",
    # the scores report
    r"\d+ rounds?, \d+ answers?, \d+% right",
    # a row of recent rounds (score, right) and of bests (best, set on, full rounds)
    r"\d+  \d+/\d+", r"\d+  \d{4}-\d{2}-\d{2}  +\d+",
    r"\d+ of \d+ questions? mastered, \d+ seen, \d+ to review", r"\d+% \(\d+/\d+\)",
    r"\(missed \d+ of \d+\)",
    # packs validate's last line
    r"checked \d+ packs?: \d+ error\(s\), \d+ warning\(s\)",
    # a source note cites a paragraph by number: a place in the article, not its text
    r"paragraph \d+",
)]
# Numbers in JSON output (pack text is always a JSON string, never a number). Only
# for lines of output: a string parsed out of JSON or YAML keeps its digits.
JSON_NUMBERS = [re.compile(p) for p in (
    r'(?<=": )-?\d+(?:\.\d+)?(?=,?\s*$)', r"^\s*-?\d+(?:\.\d+)?,?\s*$")]


def mask_figures(line: str, json_numbers: bool = True) -> str:
    """The line with the digits of every figure phrase blanked (each pattern
    matched against the line as written, so one cannot spoil another's match)."""
    chars = list(line)
    for pattern in FIGURES + (JSON_NUMBERS if json_numbers else []):
        for match in pattern.finditer(line):
            for index in range(match.start(), match.end()):
                if chars[index].isdigit():
                    chars[index] = "#"
    return "".join(chars)


def load_structured(output: str, kind: str) -> object:
    return json.loads(output) if kind == "json" else yaml.safe_load(output)


def json_strings(value: object) -> Iterator[str]:
    """Every string of parsed JSON or YAML, keys included; numbers are figures."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)


# -- the scan ------------------------------------------------------------------------

@dataclass
class Audit:
    """Scans output for what lies above one horizon of the built-in pack, and
    keeps count of what it scanned and found."""

    horizon: str
    # Strings the app itself writes that would be false hits, each with why.
    paths: tuple[str, ...] = ()
    lines: int = 0
    outputs: int = 0
    found: list[str] = field(default_factory=list)
    # Which secret texts and terms were ever found (to show the scan can hit).
    texts_found: set[str] = field(default_factory=set)
    terms_found: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        pack = builtin_pack()
        self.pack = pack
        self.secrets = sorted(secret_texts(pack, pack.rank(self.horizon)), key=len, reverse=True)
        self.terms = hidden_terms(pack, self.horizon)
        assert self.secrets and self.terms
        self._secret_re = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, self.secrets)) + r")(?!\w)")
        self._folded_terms = {t: f" {fold(t)} " for t in self.terms if fold(t)}

    def hits(self, text: str, parsed: bool = False) -> list[str]:
        """Secret texts and terms in one line of output, or in one string parsed
        out of JSON or YAML (figures masked)."""
        for path in self.paths:
            # Where the test's own files live (a temporary folder name may hold
            # any number): not the app's words.
            text = text.replace(path, "<path>")
        text = "\n".join(mask_figures(line, json_numbers=not parsed)
                         for line in text.split("\n"))
        texts = [m.group(0) for m in self._secret_re.finditer(text)]
        folded = f" {fold(text)} "
        terms = [t for t, padded in self._folded_terms.items() if padded in folded]
        self.texts_found.update(texts)
        self.terms_found.update(terms)
        return [f"text {t!r}" for t in texts] + [f"term {t!r}" for t in terms]

    def scan(self, where: str, output: str) -> list[str]:
        """Scan every line of one output; returns (and keeps) the hits."""
        hits = []
        for number, line in enumerate(output.splitlines(), start=1):
            self.lines += 1
            hits += [f"{where} line {number}: {hit} in {line.strip()!r}" for hit in self.hits(line)]
        self.outputs += 1
        self.found += hits
        return hits

    def scan_structured(self, where: str, output: str, kind: str) -> list[str]:
        """Scan a JSON or YAML output line by line, and every string it holds once
        parsed: YAML wraps long strings over lines, and JSON escapes quotes,
        either of which could hide a text from a line scan."""
        hits = self.scan(where, output)
        more = [f"{where} (parsed): {hit} in {text!r}"
                for text in json_strings(load_structured(output, kind))
                for hit in self.hits(text, parsed=True)]
        self.found += more
        return hits + more
