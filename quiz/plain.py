"""The line mode: a round in plain text, one answer per input line.

Works in a pipe and with a screen reader. End of input or Ctrl-C ends the round
cleanly with its summary.
"""

from __future__ import annotations

import re
import textwrap
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TextIO

from quiz.core.generate import FALSE, TRUE, Question
from quiz.core.party import PartyRound, Player, all_accept_spoilers, shown
from quiz.core.round import DONT_KNOW, Answer, Round, dont_know
from quiz.core.scorebook import Saved
from quiz.core.spoilers import View
from quiz.core.wording import progress, results, round_header, scores_line, turn_line
from quiz.core.yamltext import printable

# A line's hanging indent: its own indent and a list marker ("  1) ", "• ",
# "  → "), so that wrapped text lines up under the text, not under the marker.
_HANGING = re.compile(r"\s*(?:\d+\)|[•→])?\s*")
# Below this a terminal is too narrow to read anyway; wrapping narrower would
# only put each word on a line of its own.
_NARROWEST = 20

_TRUE_WORDS = {"t", "true", "1"}
_FALSE_WORDS = {"f", "false", "2"}


def interpret(question: Question, line: str) -> str | None:
    """The response a typed line stands for, or None if it names no option."""
    if dont_know(line):
        return DONT_KNOW
    text = line.strip()
    if question.type == "text":
        return text
    if question.type == "true-false":
        word = text.casefold()
        return TRUE if word in _TRUE_WORDS else FALSE if word in _FALSE_WORDS else None
    # isdecimal, not isdigit: int() refuses '²'. A short one: int() refuses
    # thousands of digits, and no question has a thousand choices.
    if text.isdecimal() and len(text) <= 3 and 1 <= int(text) <= len(question.choices):
        return question.choices[int(text) - 1]
    return next((c for c in question.choices if c.casefold() == text.casefold()), None)


def wrap(text: str, width: int | None) -> str:
    """Text fitted to a terminal `width` columns wide (None: as it is, for a
    pipe, where a reader or a program takes each line whole). Each line keeps
    its hanging indent; words are never split, so one longer than the line
    (a long name, a path) overflows rather than breaks."""
    if width is None:
        return text
    width = max(width, _NARROWEST)
    wrapped = []
    for line in text.split("\n"):
        indent = " " * len(_HANGING.match(line).group())
        wrapped.append(textwrap.fill(line, width, subsequent_indent=indent,
                                     break_long_words=False, break_on_hyphens=False)
                       if len(line) > width else line)
    return "\n".join(wrapped)


def hint(question: Question) -> str:
    if question.type == "text":
        return "Type your answer"
    if question.type == "true-false":
        return "Answer 1 (true) or 2 (false)"
    return f"Answer 1-{len(question.choices)}"


def header(view: View, round_: Round, intro: Sequence[str] = ()) -> str:
    return "\n".join([*round_header(view, round_), *intro,
                      "An empty line or ? means you don't know (it counts as wrong)."])


def _option(number: int, text: str) -> str:
    return f"  {number}) {text}"


def ask(question: Question) -> str:
    lines = [question.full_prompt]
    lines += [_option(n, choice) for n, choice in enumerate(question.choices, start=1)]
    return "\n".join(lines)


def feedback(answer: Answer) -> str:
    """The verdict, then the question as answered: the options again, marked in
    words (a screen reader reads them; a transcript keeps them), or what was typed."""
    lines = [answer.verdict]
    lines += [_option(n, option.text) + (f" ({option.note})" if option.note else "")
              for n, option in enumerate(answer.options, start=1)]
    if answer.typed:
        lines.append(f"  {answer.typed}")
    lines += [f"  {note}" for note in answer.question.notes]
    return "\n".join(lines)


def play(round_: Round, view: View, stdin: TextIO, stdout: TextIO, interactive: bool,
         clock: Callable[[], float] = time.monotonic,
         record: Callable[[Round], Saved | None] = lambda _round: None,
         width: Callable[[], int | None] = lambda: None, intro: Sequence[str] = ()) -> Round:
    """Play a round on text streams. `interactive` re-asks after an answer that
    names no option; in a pipe such a line counts as a wrong answer, so that the
    lines that follow still answer the questions they were meant for.

    `record` saves the round as it stands: it is called after every answer, so
    a round cut short keeps what was answered, and once more at the end.
    `width`: the terminal's columns, asked before each write so that a resized
    window is followed; None in a pipe, which gets each line whole.
    `intro`: lines under the header (a party's players, wording.party_line).

    A party round (PartyRound) says whose turn it is before each question and
    every player's score after each answer; its results end on a podium."""
    party = round_ if isinstance(round_, PartyRound) else None

    def say(text: str = "") -> None:
        stdout.write(wrap(text, width()) + "\n")
        stdout.flush()

    say(header(view, round_, intro))
    if not round_.total:
        say(round_.empty_note)
        return round_
    try:
        while (question := round_.current) is not None:
            say()
            if party:
                say(turn_line(party))
            say(progress(round_))
            say(ask(question))
            shown = clock()
            while True:
                stdout.write(f"{hint(question)}: ")
                stdout.flush()
                try:
                    line = stdin.readline()
                except OSError:  # the terminal went away: as the end of input
                    raise EOFError from None
                if not line:
                    raise EOFError
                response = interpret(question, line)
                if response is not None or not interactive:
                    break
                say(f"That is not one of the options. {hint(question)}.")
            if not interactive:
                # Echoed so a transcript reads as a dialogue; what was typed is
                # outside input, so an escape sequence in it is spelled out.
                say(printable(line.rstrip("\n")))
            try:
                answer = round_.answer(response or line.strip(), clock() - shown)
            except TimeoutError:
                say("That answer came after the bell: it does not count.")
                break
            # Saved before it is shown: should the output fail (a closed
            # terminal), the answer is kept all the same.
            record(round_)
            say(feedback(answer))
            if party:
                say(scores_line(party))
    except (EOFError, KeyboardInterrupt):
        say()
        round_.stop()
    saved = record(round_)
    *summary, command = results(round_, view, saved).lines()
    say()
    say("\n".join(summary))
    # The replay command stays on one line: broken in two, a paste of it
    # would run its first half.
    stdout.write(command + "\n")
    stdout.flush()
    return round_


def ask_spoilers(players: Sequence[Player], stdin: TextIO, stdout: TextIO) -> tuple[Player, ...]:
    """`--spoilers on` for a party, at a terminal: each player is asked by name,
    and only a yes turns spoiler mode on for them. The party sees everything
    only if every player said yes; one no (or the end of input) keeps it at
    the lowest horizon of what they have watched."""
    out = []
    for player in players:
        stdout.write(f"{shown(player.name)}, show spoilers of every level? [y/N] ")
        stdout.flush()
        try:
            line = stdin.readline()
        except OSError:  # the terminal went away: as the end of input, a no
            line = ""
        out.append(replace(player, spoilers=line.strip().casefold() in ("y", "yes")))
    if not all_accept_spoilers(out):
        stdout.write("Not everyone said yes: spoilers stay off for this party.\n")
    return tuple(out)
