"""`quiz serve`: the game in a browser, through textual-serve (the `web` extra).

textual-serve starts the served command once per browser tab, with the
environment of this process: QUIZ_HOME, if set, reaches each game as it is."""

from __future__ import annotations

import argparse
import ipaddress
import os
import shlex
import sys

from quiz.cli.common import CommandFailed, UsageError
from quiz.core.yamltext import printable_line

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
NO_EXTRA = ("quiz serve needs the web extra (textual-serve): install quiz with it, "
            "e.g. pip install '.[web]' (or pipx install '.[web]') in its checkout")


def add_commands(commands: argparse._SubParsersAction) -> None:
    serve = commands.add_parser("serve", help="serve the game to a web browser (needs the web extra)")
    serve.add_argument("--host", default=DEFAULT_HOST,
                       help=f"the address to listen on (default: {DEFAULT_HOST}, this computer "
                            "only; any other lets the network play your game)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, metavar="N",
                       help=f"the port to listen on (default: {DEFAULT_PORT})")
    serve.set_defaults(run=_cmd_serve)


def game_command() -> str:
    """The shell command that starts one game: this Python's own quiz, so a
    browser plays the version installed with this command. -P (Python 3.11+)
    keeps the folder the server was started in off sys.path: started in a
    checkout, its quiz/ would come before the installed package."""
    argv = [sys.executable, *(["-P"] if sys.version_info >= (3, 11) else []), "-m", "quiz"]
    # textual-serve runs it through the shell: cmd.exe on Windows, sh elsewhere.
    if os.name == "nt":
        import subprocess  # only here: every other command starts without it

        return subprocess.list2cmdline(argv)
    return shlex.join(argv)


def loopback(host: str) -> bool:
    """Is `host` this computer only? A name other than localhost may resolve to
    anything, so it counts as the network."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _cmd_serve(args: argparse.Namespace) -> int:
    # The page tells the browser to connect back to host:port, so port 0 (any
    # free port) would give it an address that does not exist.
    if not 1 <= args.port <= 65535:
        raise UsageError("--port must be from 1 to 65535")
    if not args.host.strip():
        raise UsageError("--host must name an address, e.g. 127.0.0.1")
    try:
        from textual_serve.server import Server
    except ImportError:
        raise CommandFailed(NO_EXTRA) from None
    if not loopback(args.host):
        print(printable_line(f"quiz: warning: serving on {args.host}: anyone who can reach "
                             "it on the network can play, and see your scores and settings"),
              file=sys.stderr)
    Server(game_command(), host=args.host, port=args.port, title="quiz").serve()
    return 0
