"""`quiz serve`: its arguments, its refusals, and the command it serves. The
server itself is replaced by a stand-in here; tests/web/test_browser.py serves
the game for real to a browser."""

from __future__ import annotations

import shlex
import subprocess
import sys
import types

import pytest

import quiz.cli
from quiz.cli import serve


class FakeServer:
    """textual_serve.server.Server, remembering how it was made and asked to serve."""
    made: list[FakeServer] = []

    def __init__(self, command: str, host: str, port: int, title: str) -> None:
        self.command, self.host, self.port, self.title = command, host, port, title
        self.served = False
        FakeServer.made.append(self)

    def serve(self) -> None:
        self.served = True


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> type[FakeServer]:
    FakeServer.made = []
    module = types.ModuleType("textual_serve.server")
    module.Server = FakeServer  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "textual_serve.server", module)
    return FakeServer


def test_serve_listens_on_loopback_port_8000_unless_told(
        server: type[FakeServer], capsys: pytest.CaptureFixture[str]) -> None:
    assert quiz.cli.main(["serve"]) == 0
    [made] = server.made
    assert (made.host, made.port, made.served) == ("127.0.0.1", 8000, True)
    assert made.command == serve.game_command()
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost", "LOCALHOST"])
def test_a_loopback_host_is_served_without_a_warning(
        host: str, server: type[FakeServer], capsys: pytest.CaptureFixture[str]) -> None:
    assert quiz.cli.main(["serve", "--host", host, "--port", "8123"]) == 0
    assert (server.made[0].host, server.made[0].port) == (host, 8123)
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "quiz.example.lan"])
def test_any_other_host_is_served_with_a_one_line_warning(
        host: str, server: type[FakeServer], capsys: pytest.CaptureFixture[str]) -> None:
    assert quiz.cli.main(["serve", "--host", host]) == 0
    assert server.made[0].host == host
    warning = capsys.readouterr().err
    assert warning.startswith(f"quiz: warning: serving on {host}: ")
    assert warning.count("\n") == 1


def test_the_warning_spells_out_a_host_that_holds_control_characters(
        server: type[FakeServer], capsys: pytest.CaptureFixture[str]) -> None:
    quiz.cli.main(["serve", "--host", "evil\x1b[2J\nhost"])
    warning = capsys.readouterr().err
    assert "\x1b" not in warning and warning.count("\n") == 1


@pytest.mark.parametrize("arguments", [["--port", "0"], ["--port", "65536"], ["--port", "-1"],
                                       ["--port", "eighty"], ["--host", ""], ["--host", " "]])
def test_a_port_or_host_that_cannot_be_served_is_refused(
        arguments: list[str], server: type[FakeServer],
        capsys: pytest.CaptureFixture[str]) -> None:
    try:
        status = quiz.cli.main(["serve", *arguments])
    except SystemExit as exited:  # argparse's own refusal of a port that is no number
        status = exited.code
    assert status == 2
    assert server.made == []
    error = capsys.readouterr().err
    assert error.startswith(("quiz: ", "usage: ")) and "Traceback" not in error


def test_without_the_web_extra_serve_says_how_to_install_it(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)  # import fails
    assert quiz.cli.main(["serve"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "pip install '.[web]'" in error


def test_the_served_command_is_this_pythons_own_quiz() -> None:
    command = serve.game_command()
    assert shlex.split(command)[0] == sys.executable
    # Run as textual-serve runs it, through the shell, from this test's folder.
    result = subprocess.run(f"{command} --version", shell=True, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"quiz {quiz.cli.version()}\n"
