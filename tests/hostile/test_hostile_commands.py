"""Commands meeting a hostile machine: a named pipe for a file, a folder in the
way of settings.json, a read-only or full disk, closed standard streams, bytes
that are not UTF-8. Each gives one clear line and a non-zero exit, or carries
on; never a traceback, never a hang, and no answer given is lost.

What can be set up for real (a FIFO, a folder in the way, a closed descriptor)
runs the real command in a subprocess. What root cannot be refused (tests run
as root: chmod does not stop it) is simulated with the OSError the system
would raise, in-process.
"""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import threading
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from quiz import cli
from quiz.core.yamltext import PackFileError, read_bytes
from quiz.game import Game

PACK = "narcos-mexico"
TIMEOUT = 30
GOOD = (
    "format: 1\nid: mine\ntitle: Mine\nfacts:\n  - id: f1\n    kind: actor\n"
    "    statement: Diego Luna plays Gallardo.\n    ask: Who plays Gallardo?\n"
    "    answer: Diego Luna\n"
)


def quiz(home: Path, *args: str, stdin: bytes = b"", shell: str = "",
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The real command. `shell` is a redirection to start it with (`<&-`)."""
    command = [sys.executable, "-m", "quiz", *args]
    if shell:
        command = ["sh", "-c", f'exec "$@" {shell}', "sh", *command]
    environment = {**os.environ, "QUIZ_HOME": str(home), "PYTHONIOENCODING": "utf-8",
                   **(env or {})}
    result = subprocess.run(command, input=stdin, capture_output=True, env=environment,
                            timeout=TIMEOUT, cwd=home.parent)
    out, err = result.stdout.decode(), result.stderr.decode()
    assert "Traceback" not in out + err, err
    return subprocess.CompletedProcess(args, result.returncode, out, err)


def inside(*args: str, stdin: io.TextIOBase | None = None) -> subprocess.CompletedProcess:
    """quiz.cli.main in this process, where an OSError can be simulated."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", stdin or io.StringIO(""))
        with redirect_stdout(out), redirect_stderr(err):
            code = cli.main(list(args))
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def one_line(text: str) -> str:
    assert text.count("\n") == 1 and text.endswith("\n"), text
    return text


# -- a named pipe where a file should be -------------------------------------------

@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("args", [
    ("packs", "validate"), ("packs", "add"), ("packs", "import", "--from", "gift"), ("draft",),
])
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(
        args: tuple[str, ...], fifo: Path, quiz_home: Path) -> None:
    # Opening a FIFO to read waits for a writer: a hang would time out here.
    result = quiz(quiz_home, *args[:2], str(fifo), *args[2:])
    assert result.returncode in (1, 2)
    shown = result.stdout if args[1:] == ("validate",) else result.stderr
    assert f"{fifo}: not a regular file" in shown, shown


def test_a_pipe_put_in_place_of_a_pack_after_it_was_looked_at_is_refused(
        fifo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regular = tmp_path / "regular.yaml"
    regular.write_text(GOOD, encoding="utf-8")
    looked_at = regular.stat()
    monkeypatch.setattr(Path, "stat", lambda self, **_: looked_at)  # the swap comes after
    outcome: list[object] = []

    def read() -> None:
        try:
            outcome.append(read_bytes(fifo, "pipe.yaml"))
        except PackFileError as error:
            outcome.append(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # blocked opening the pipe: let it go before failing
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert [str(e) for e in outcome] == ["pipe.yaml: not a regular file (a named pipe)"]


def test_a_folder_given_to_draft_or_add_is_one_line(tmp_path: Path, quiz_home: Path) -> None:
    for args in (("draft",), ("packs", "add")):
        result = quiz(quiz_home, *args, str(tmp_path))
        assert result.returncode == 2
        assert one_line(result.stderr) == f"quiz: {tmp_path}: not a regular file\n"


# -- settings that cannot be saved ---------------------------------------------------

@pytest.mark.parametrize("args", [
    ("spoilers", "on", "--yes"),
    ("spoilers", "--pack", PACK, "--watched", "season-1"),
])
def test_a_folder_in_the_way_of_the_settings_file_is_set_aside(
        args: tuple[str, ...], quiz_home: Path) -> None:
    """Not a settings file: kept aside, as a damaged one is, with one line, and the
    change the player asked for is saved in a file of its own."""
    settings = quiz_home / "settings.json"
    settings.mkdir(parents=True)
    result = quiz(quiz_home, *args)
    assert result.returncode == 0, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"quiz: Settings file {settings} ") and ".corrupt-" in line
    assert settings.is_file()
    assert [p for p in quiz_home.iterdir() if p.name.startswith("settings.json.corrupt-")
            and p.is_dir()]


def refuse(monkeypatch: pytest.MonkeyPatch, target: str, code: int) -> None:
    """Make one system call fail as the system would."""
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(target, fail)


@pytest.mark.parametrize("target, code", [
    ("tempfile.mkstemp", errno.EACCES),  # a read-only home
    ("os.fsync", errno.ENOSPC),          # a full disk
])
def test_settings_on_a_read_only_or_full_disk(target: str, code: int, quiz_home: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    refuse(monkeypatch, target, code)
    result = inside("spoilers", "on", "--yes")
    assert result.returncode == 1
    assert one_line(result.stderr) == (f"quiz: could not save {quiz_home / 'settings.json'} "
                                       f"({os.strerror(code)}); spoiler mode stays off\n")
    assert result.stdout == ""


# -- the pack folder -----------------------------------------------------------------

@pytest.fixture
def my_pack(tmp_path: Path) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_packs_add_when_the_pack_folder_is_a_file(my_pack: Path, quiz_home: Path) -> None:
    quiz_home.mkdir(parents=True)
    (quiz_home / "packs").write_text("not a folder", encoding="utf-8")
    result = quiz(quiz_home, "packs", "add", str(my_pack))
    assert result.returncode == 1
    assert one_line(result.stderr).startswith(f"quiz: {quiz_home / 'packs'} is a file, not a folder")


def test_packs_add_when_the_pack_folder_is_read_only(my_pack: Path, quiz_home: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    refuse(monkeypatch, "tempfile.mkstemp", errno.EACCES)
    result = inside("packs", "add", str(my_pack))
    assert result.returncode == 1
    assert one_line(result.stderr) == (f"quiz: could not write {quiz_home / 'packs' / 'mine.yaml'}"
                                       " (Permission denied); nothing was installed\n")


@pytest.fixture
def unreadable_packs(quiz_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user pack folder, as a non-root user finds it after chmod 000."""
    folder = quiz_home / "packs"
    folder.mkdir(parents=True)
    listing = Path.iterdir

    def iterdir(self: Path):
        if self == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return listing(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    return folder


def test_an_unreadable_pack_folder_is_listed_and_the_built_in_packs_still_play(
        unreadable_packs: Path) -> None:
    result = inside("packs", "list")
    assert result.returncode == 0, result.stderr
    assert f"{PACK}  " in result.stdout
    assert (f"Not loaded: {unreadable_packs}\n    {unreadable_packs}: cannot read this "
            "folder: Permission denied\n") in result.stdout

    result = inside("play", "--plain", "-n", "1", "--seed", "1", stdin=io.StringIO("1\n"))
    assert result.returncode == 0, result.stderr
    assert "\nRound over\n" in result.stdout


def test_commands_that_need_the_unreadable_folder_say_so_in_one_line(
        unreadable_packs: Path, my_pack: Path) -> None:
    for args in (("packs", "validate"), ("packs", "add", str(my_pack)), ("packs", "remove", "mine")):
        result = inside(*args)
        assert result.returncode == 1, args
        assert one_line(result.stderr) == f"quiz: {unreadable_packs}: Permission denied\n"


# -- closed standard streams ------------------------------------------------------------

def test_play_with_standard_input_closed(quiz_home: Path) -> None:
    result = quiz(quiz_home, "play", "--plain", "-n", "1", shell="<&-")
    assert result.returncode == 2
    assert one_line(result.stderr).startswith("quiz: standard input is closed")


@pytest.mark.parametrize("args", [("packs", "list"), ("play", "--plain", "-n", "1")])
def test_standard_output_closed(args: tuple[str, ...], quiz_home: Path) -> None:
    result = quiz(quiz_home, *args, shell=">&-")
    assert result.returncode == 1
    assert one_line(result.stderr).startswith("quiz: standard output is closed")


def test_a_full_standard_output_is_one_line(quiz_home: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    result = quiz(quiz_home, "packs", "list", shell=">/dev/full")
    assert result.returncode == 1
    assert one_line(result.stderr) == f"quiz: {os.strerror(errno.ENOSPC)}\n"


class _TerminalGone(io.StringIO):
    """Standard output of a terminal closed once the first answer is typed."""

    def __init__(self, answered: threading.Event) -> None:
        super().__init__()
        self.answered = answered

    def write(self, text: str) -> int:
        if self.answered.is_set():
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return super().write(text)


class _Answers(io.StringIO):
    def __init__(self, text: str, answered: threading.Event) -> None:
        super().__init__(text)
        self.answered = answered

    def readline(self, *args) -> str:
        line = super().readline(*args)
        self.answered.set()
        return line

    def isatty(self) -> bool:  # at a terminal: no echo, so feedback is the next write
        return True


def test_an_answer_is_saved_even_when_showing_its_feedback_fails(quiz_home: Path) -> None:
    answered = threading.Event()
    out, err = _TerminalGone(answered), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", _Answers("1\n2\n", answered))
        patch.setattr(sys, "stdout", out)
        with redirect_stderr(err):
            code = cli.main(["play", "--plain", "-n", "3", "--seed", "1"])
    assert code == 1
    assert one_line(err.getvalue()) == f"quiz: {os.strerror(errno.EIO)}\n"
    sessions = Game.load().scores.book.sessions
    assert [len(s.answers) for s in sessions] == [1]
    assert not sessions[0].complete


# -- bytes that are not UTF-8, typed under a UTF-8 locale -------------------------------

# A real UTF-8 locale (en_US.UTF-8) decodes standard input strictly, as this does.
STRICT = {"PYTHONIOENCODING": "utf-8:strict"}


def test_a_line_that_is_not_utf8_in_a_pipe_is_an_answer_that_names_no_option(
        quiz_home: Path) -> None:
    result = quiz(quiz_home, "play", "--plain", "-n", "2", "--seed", "1",
                  stdin=b"\xff\xfe\n1\n", env=STRICT)
    assert result.returncode == 0, result.stderr
    assert "Question 2 of 2" in result.stdout  # the second line answered the second question
    assert "\nRound over\n" in result.stdout


def test_a_line_that_is_not_utf8_at_a_terminal_is_asked_again(quiz_home: Path) -> None:
    raw = io.BytesIO(b"\xff\xfe\n1\n")
    typed = io.TextIOWrapper(raw, encoding="utf-8", errors="strict")
    typed.isatty = lambda: True  # type: ignore[method-assign]
    result = inside("play", "--plain", "-n", "1", "--seed", "1", stdin=typed)
    assert result.returncode == 0, result.stderr
    assert "That is not one of the options." in result.stdout
    assert "\nRound over\n" in result.stdout


def test_digits_int_refuses_are_answers_that_name_no_option(quiz_home: Path) -> None:
    # '²' is a digit to str.isdigit, and int() refuses it, as it does 5,000 digits.
    lines = "²\n" + "9" * 5000 + "\n１\n"
    result = quiz(quiz_home, "play", "--plain", "-n", "3", "--seed", "1", stdin=lines.encode())
    assert result.returncode == 0, result.stderr
    assert "\nRound over\n" in result.stdout
