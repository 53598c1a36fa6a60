"""The line mode's lines: fitted to a terminal's width, whole in a pipe, and how
a round that ends on an answer (the bell, the last life) reads."""

from __future__ import annotations

import errno
import fcntl
import io
import itertools
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from quiz import plain
from quiz.game import Game

PACK = "narcos-mexico"
COLUMNS = 40


def test_wrapped_lines_hang_under_their_text_and_keep_every_word_whole() -> None:
    text = "\n".join([
        "Which of these did the cartel of Miguel Ángel Félix Gallardo control?",
        "  3) the Guadalajara-based distribution of marijuana across the border",
        "• Who played Félix Gallardo in the first season of the show?",
        "  → Diego Luna",
        "  A note with <U+001B>[2J spelled out and a word-far-too-long-for-any-line-at-all here",
    ])
    wrapped = plain.wrap(text, COLUMNS).split("\n")
    assert all(len(line) <= COLUMNS for line in wrapped if "far-too-long" not in line)
    assert wrapped[:2] == ["Which of these did the cartel of Miguel",
                           "Ángel Félix Gallardo control?"]
    option = wrapped[2:wrapped.index("• Who played Félix Gallardo in the first")]
    assert option[0].startswith("  3) the ")
    assert all(line.startswith("     ") and line[5] != " " for line in option[1:])
    assert "  → Diego Luna" in wrapped  # short: as it was
    # Words are whole: the text is the same words, only the line breaks moved.
    assert " ".join(plain.wrap(text, COLUMNS).split()) == " ".join(text.split())
    assert any(line.strip() == "word-far-too-long-for-any-line-at-all" for line in wrapped)
    assert "<U+001B>[2J" in plain.wrap(text, COLUMNS)


def test_without_a_width_every_line_is_left_whole() -> None:
    text = "A question " * 20 + "\n  1) " + "an option " * 20
    assert plain.wrap(text, None) == text


# -- the real command ----------------------------------------------------------------

def _in_a_terminal(home: Path, columns: int, answers: list[str], *args: str) -> list[str]:
    """`quiz play --plain ARGS` in a pseudo-terminal `columns` wide, each answer
    typed when a prompt waits for it: what it printed, line by line (with the
    terminal's echo of what was typed, as a player sees it)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    # No COLUMNS: the width must come from the terminal itself.
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.update(QUIZ_HOME=str(home), PYTHONIOENCODING="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "quiz", "play", "--plain", *args],
                               stdin=slave, stdout=slave, stderr=slave, env=env,
                               cwd=home.parent, close_fds=True)
    os.close(slave)
    answers = list(answers)
    output = b""
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError as error:  # Linux: EIO once the program has exited
                if error.errno != errno.EIO:
                    raise
                break
            if not chunk:
                break
            output += chunk
            if answers and output.endswith(b": "):
                os.write(master, f"{answers.pop(0)}\n".encode())
    finally:
        os.close(master)
        assert process.wait(timeout=10) == 0, output
    return output.decode("utf-8").replace("\r\n", "\n").split("\n")


def _round(seed: str, n: int):
    game = Game.load()
    return game.new_round(game.catalog.get(PACK), "classic", n, seed)


def _long_line_seed() -> str:
    """A seed whose first question's prompt is too long for COLUMNS."""
    return next(str(s) for s in range(1, 200)
                if len(_round(str(s), 1).queue[0].full_prompt) > COLUMNS + 10)


def test_at_a_terminal_the_line_mode_wraps_to_its_width(quiz_home: Path) -> None:
    seed = _long_line_seed()
    question = _round(seed, 3).queue[0]
    lines = _in_a_terminal(quiz_home, COLUMNS, ["1", "1", "1"], "-n", "3", "--seed", seed)
    command = f"quiz play --pack {PACK} --mode classic -n 3 --seed {seed}"
    assert command in lines  # whole, to be pasted
    too_wide = [line for line in lines if len(line) > COLUMNS and line != command]
    assert not too_wide, "\n".join(lines)
    # The prompt is all there, over several lines, no word split.
    start = lines.index(next(line for line in lines if question.full_prompt.startswith(line)
                             and len(line) > 10))
    shown = " ".join(lines[start:start + 4])
    assert " ".join(question.full_prompt.split()) in " ".join(shown.split())


def test_in_a_pipe_lines_are_whole_whatever_the_width(run_quiz,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    seed = _long_line_seed()
    question = _round(seed, 1).queue[0]
    monkeypatch.setenv("COLUMNS", str(COLUMNS))  # as a shell exports it
    result = run_quiz("play", "--plain", "-n", "1", "--seed", seed, input="1\n")
    assert result.returncode == 0, result.stderr
    assert question.full_prompt in result.stdout.splitlines()


# -- how a round that ends on an answer reads ----------------------------------------

def test_an_answer_after_the_blitz_bell_says_time_is_up_once_then_the_summary() -> None:
    game = Game.load()
    pack = game.catalog.get(PACK)
    round_ = game.new_round(pack, "blitz", None, "5")
    ticks = itertools.count(0, 25)  # 25 s a question: the third answer is after the bell
    out = io.StringIO()
    plain.play(round_, game.view(pack), io.StringIO("1\n" * 5), out, interactive=False,
               clock=lambda: next(ticks))
    transcript = out.getvalue()
    assert transcript.count("Time is up") == 1, transcript  # the headline
    _, bell, summary = transcript.partition("That answer came after the bell: it does not count.")
    assert bell and summary.lstrip().startswith("Time is up\nThe clock ran out on: ")
    assert not re.search(r"^Question \d+ of", summary, re.MULTILINE)  # nothing asked after
    assert len(round_.answers) == 2
