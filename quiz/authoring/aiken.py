"""Aiken: a question line, options `A) text` or `A. text`, then `ANSWER: B`.

A question may run over several lines before its first option. A block that
breaks off (a blank line or a new question before its ANSWER line) is skipped
with the line it started on, as is one whose answer is not among its options.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quiz.authoring.converted import Converted, Skipped

_OPTION = re.compile(r"([A-Z])\s*[.)]\s+(.*)")
_ANSWER = re.compile(r"ANSWER\s*:\s*(.*)", re.I)


@dataclass
class _Block:
    line: int
    prompt: list[str] = field(default_factory=list)
    options: list[tuple[str, str]] = field(default_factory=list)


def read(text: str) -> list[Converted | Skipped]:
    out: list[Converted | Skipped] = []
    block: _Block | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        answer, option = _ANSWER.fullmatch(line), _OPTION.fullmatch(line)
        if answer:
            out.append(_finish(block, answer[1]) if block
                       else Skipped(number, "an ANSWER line with no question before it"))
            block = None
        elif not line or (block and block.options and not option):
            if block:
                out.append(Skipped(block.line, "no 'ANSWER: letter' line after the options"))
            block = _Block(number, [line]) if line else None
        elif block is None:
            block = _Block(number, [line])
        elif option and block.prompt:
            block.options.append((option[1], option[2]))
        else:
            block.prompt.append(line)
    if block:
        out.append(Skipped(block.line, "no 'ANSWER: letter' line after the options"))
    return out


def _finish(block: _Block, letter: str) -> Converted | Skipped:
    letter = letter.strip().rstrip(".)").strip()
    letters = [key for key, _ in block.options]
    if len(block.options) < 2:
        return Skipped(block.line, f"a question needs at least 2 options, found "
                                   f"{len(block.options)}")
    if len(set(letters)) < len(letters):
        return Skipped(block.line, "an option letter is used twice")
    if letter.upper() not in letters:
        return Skipped(block.line, f"the ANSWER '{letter}' is not one of the options "
                                   f"({', '.join(letters)})")
    right = dict(block.options)[letter.upper()]
    wrong = tuple(text for key, text in block.options if key != letter.upper())
    return Converted(block.line, "choice", "\n".join(block.prompt), right, wrong)
