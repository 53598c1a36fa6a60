"""End to end: the real `quiz` command in a real terminal (tmux, 80x24).

Each test starts its own tmux server on its own socket, runs the installed
`quiz` console script with QUIZ_HOME set to the test's temporary home, types
keys as a player would, and reads the screen with `capture-pane`. Nothing
sleeps blindly: every step polls the screen until the expected text shows
(at most WAIT seconds), except a short pause after Escape.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from rich.console import Console
from textual.renderables.digits import Digits

from quiz.core.generate import TRUE
from quiz.game import Game

TMUX = shutil.which("tmux")
QUIZ = Path(sys.executable).parent / ("quiz.exe" if os.name == "nt" else "quiz")
WAIT = 10.0          # seconds, at most, for any one thing to appear
POLL = 0.05
EXITED = "quiz-e2e-exited-with"   # printed by the pane's shell once quiz exits
PACK = "narcos-mexico"

pytestmark = [
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed: no real terminal to test in"),
    pytest.mark.skipif(not QUIZ.exists(),
                       reason=f"the quiz console script is not installed next to "
                              f"{sys.executable} (pip install -e .)"),
]


class Terminal:
    """One tmux server on its own socket, holding one 80x24 window."""

    def __init__(self, home: Path) -> None:
        self.socket = f"quiz-e2e-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.home = home
        self.env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "QUIZ_HOME": str(home)}
        self.env.pop("TMUX", None)  # a test run inside tmux must not talk to that tmux

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        # -f /dev/null: no user tmux.conf; -u: UTF-8 whatever the locale says.
        return subprocess.run([TMUX, "-u", "-f", "/dev/null", "-L", self.socket, *args],
                              capture_output=True, text=True, encoding="utf-8",
                              env=self.env, timeout=WAIT, check=check)

    def start(self, *quiz_args: str) -> None:
        command = " ".join([
            "env", shlex.quote(f"QUIZ_HOME={self.home}"),
            shlex.quote(str(QUIZ)), *map(shlex.quote, quiz_args),
            # Keep the pane open after quiz exits, showing how it exited.
            f"; echo {EXITED} $?; sleep 600",
        ])
        self.tmux("new-session", "-d", "-s", "t", "-x", "80", "-y", "24", command,
                  ";", "set", "-g", "escape-time", "0")

    def screen(self) -> str:
        done = self.tmux("capture-pane", "-t", "t", "-p", check=False)
        return done.stdout if done.returncode == 0 else ""

    def send(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "t", *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "t", "-l", text)

    def escape(self) -> None:
        self.send("Escape")
        time.sleep(0.1)  # let the terminal tell a lone Escape from a key sequence

    def wait_for(self, *texts: str, timeout: float = WAIT) -> str:
        """Poll the screen until it shows every one of `texts`; return it."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if all(text in screen for text in texts):
                return screen
            if EXITED in screen and not any(EXITED in text for text in texts):
                pytest.fail(f"quiz exited while waiting for {texts!r}:\n{screen}")
            if time.monotonic() > deadline:
                pytest.fail(f"not on screen after {timeout:.0f} s: {texts!r}\n"
                            f"screen:\n{screen}")
            time.sleep(POLL)

    def quit_and_wait(self) -> None:
        self.send("C-q")
        screen = self.wait_for(EXITED)
        # A crash prints a traceback once the app has left the alternate screen.
        assert "Traceback" not in screen, screen
        assert f"{EXITED} 0" in screen, screen

    def kill(self) -> None:
        where = self.tmux("display-message", "-p", "#{socket_path}", check=False).stdout.strip()
        self.tmux("kill-server", check=False)
        if where:  # tmux leaves the socket file behind
            Path(where).unlink(missing_ok=True)


@pytest.fixture
def terminal(quiz_home: Path):
    term = Terminal(quiz_home)
    try:
        yield term
    finally:
        term.kill()


def test_menu_to_results_then_spoilers_on_and_quit(terminal: Terminal, run_quiz) -> None:
    terminal.start()
    terminal.wait_for("Spoiler-aware trivia", "Play           p", "Spoilers off")

    terminal.send("p")
    terminal.wait_for("pick a pack", "Narcos: Mexico")

    terminal.send("Enter")  # the highlighted pack, classic mode, default length
    screen = terminal.wait_for("Question 1 of 10")

    # Answer the one question, whatever kind it is (the seed is random).
    if "Type your answer" in screen:
        terminal.type("no idea")
        terminal.send("Enter")
    else:
        terminal.send("1")
    terminal.wait_for("Next (Enter)")

    terminal.escape()  # end the round now: asked first
    terminal.wait_for("End this round?")
    terminal.send("y")
    screen = terminal.wait_for("Round ended early", "quiz play --pack narcos-mexico")
    assert re.search(r"\b[01] of 1 right\b", screen), screen

    terminal.send("s")
    terminal.wait_for("Turn spoiler mode on?")
    terminal.send("y")
    terminal.wait_for("Spoilers ON")

    terminal.quit_and_wait()
    # The switch was saved in QUIZ_HOME, where the next run reads it.
    status = run_quiz("spoilers", "status")
    assert status.returncode == 0, status.stderr
    assert "Spoiler mode: on" in status.stdout


def _choice_key(question) -> str:
    if question.type == "true-false":
        return "t" if question.answer == TRUE else "f"
    return str(question.choices.index(question.answer) + 1)


def _round_of_three(game: Game):
    """The first seed whose 3-question round asks every kind of question, with
    two button questions in a row (the second's buttons replace the first's)."""
    pack = game.catalog.get(PACK)
    assert pack is not None
    for number in range(1, 1000):
        round_ = game.new_round(pack, "classic", 3, str(number))
        types = [q.type for q in round_.queue]
        in_a_row = any(a != "text" and b != "text" for a, b in zip(types, types[1:]))
        if set(types) == {"text", "choice", "true-false"} and in_a_row:
            return str(number), round_
    raise AssertionError("no seed from 1 to 999 gives such a round")


def _drawn_large(score: int, screen: str) -> bool:
    """Is the score on the screen, three rows high as the results draw it
    (Textual's Digits, bold), with room on either side (not a part of a
    larger number)?"""
    console = Console(width=80)
    with console.capture() as drawn:
        console.print(Digits(str(score), style="bold"))
    rows = drawn.get().splitlines()
    width = max(len(row) for row in rows)
    block = [f" {row.ljust(width)} " for row in rows]
    lines = [f" {line.ljust(80)} " for line in screen.splitlines()]
    return any(all(lines[n + k][x:x + width + 2] == row for k, row in enumerate(block))
               for n in range(len(lines) - len(block) + 1)
               for x in range(len(lines[n]) - width - 1))


def test_play_a_short_round_to_the_end(terminal: Terminal) -> None:
    # The same seed in this QUIZ_HOME gives the same round the command will play:
    # that is how the test knows the answers.
    seed, expected = _round_of_three(Game.load())
    questions = list(expected.queue)

    terminal.start("play", "--pack", PACK, "-n", "3", "--seed", seed)
    for number, question in enumerate(questions, start=1):
        terminal.wait_for(f"Question {number} of 3", question.prompt[:20])
        if question.type == "text":
            terminal.type(question.answer)
            terminal.send("Enter")
        else:
            terminal.send(_choice_key(question))
        terminal.wait_for("Right!")
        expected.answer(question.answer)
        # Next: Enter presses the focused "Next (Enter)" button. A Textual button
        # ignores presses for 0.2 s after the last one, and this test answers
        # faster than that, so after the first question it uses the other key for
        # Next, n.
        terminal.send("Enter" if number == 1 else "n")

    # tmux may be read while a frame is half drawn: wait for the line under the
    # score too (the test still fails if it never shows).
    screen = terminal.wait_for("Round over", "3 of 3 right (100%)",
                               f"--pack {PACK} --mode classic -n 3 --seed {seed}")
    assert _drawn_large(expected.score, screen), screen

    terminal.quit_and_wait()
