"""The `quiz` command: argument parsing and plain-text output over the core.

One module per command group adds its parsers (packs, draft, play, scores,
spoilers, serve); common.py holds what they share, and no command module imports
another. Textual is imported only by the commands that open the game, so
everything else starts fast and works without a terminal.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from quiz import DISTRIBUTION
from quiz.cli import draft, packs, play, scores, serve, spoilers
from quiz.cli.common import CommandFailed, UsageError
from quiz.core.yamltext import printable, printable_line

# Where a checkout keeps its version, beside the package; a wheel has none.
_PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse quotes arguments it does not know as they were typed.
        super().error(printable_line(message))


class _Version(argparse.Action):
    """--version, read only when asked: importlib.metadata is not free, and
    every command starts with this parser."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print quiz's version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> NoReturn:
        print(printable_line(f"quiz {version()}"))
        parser.exit()


def version() -> str:
    """The installed distribution's version; run from a checkout that was never
    installed, the one its pyproject.toml names, marked as such."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(DISTRIBUTION)
    except PackageNotFoundError:
        pass
    try:
        found = re.search(r'^version = "([^"\n]+)"', _PYPROJECT.read_text(encoding="utf-8"),
                          re.MULTILINE)
    except OSError:
        found = None
    return f"{found[1]} (a source checkout, not installed)" if found else "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    """Every command and its arguments; each parser's `run` does the command."""
    parser = _Parser(
        prog="quiz", description="A spoiler-aware trivia game for the terminal.")
    parser.add_argument("--version", action=_Version)
    parser.set_defaults(run=play.run_game)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for group in (packs, draft, play, scores, spoilers, serve):
        group.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Pack text is Unicode; a terminal that cannot show a letter gets a '?'
    # rather than a crash. Typed bytes that are not UTF-8 (a terminal set to
    # Latin-1) become U+FFFD: an answer that names no option, not a crash.
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(errors="replace")
    if sys.stdout is None:  # started with it closed: `quiz packs list >&-`
        print("quiz: standard output is closed: there is nowhere to show anything",
              file=sys.stderr)
        return 1
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except UsageError as error:
        print(f"quiz: {error}", file=sys.stderr)
        return 2
    except CommandFailed as error:
        print(f"quiz: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `quiz packs export ... | head`
        sys.stderr.close()
        return 0
    except OSError as error:  # a file or folder we could not read or write
        print(f"quiz: {_failure(error)}", file=sys.stderr)
        return 1


def _failure(error: OSError) -> str:
    """One line for an OSError: the file it names (os.replace names its target
    second), spelled out for the terminal, and the reason. A failed write to
    standard output names no file: the reason alone says it."""
    reason = error.strerror or str(error)
    name = error.filename2 if error.filename2 is not None else error.filename
    return printable(f"{name}: {reason}" if name is not None else reason)
