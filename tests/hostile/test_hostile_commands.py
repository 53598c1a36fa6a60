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
