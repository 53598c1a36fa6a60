"""The `quiz` command: argument parsing and plain-text output over the core.

One module per command group adds its parsers (packs, draft, play, scores,
spoilers); common.py holds what they share, and no command module imports
another. Textual is imported only by the commands that open the game, so
everything else starts fast and works without a terminal.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from quiz.cli import draft, packs, play, scores, spoilers
from quiz.cli.common import CommandFailed, UsageError
from quiz.core.yamltext import printable, printable_line


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse quotes arguments it does not know as they were typed.
        super().error(printable_line(message))


def build_parser() -> argparse.ArgumentParser:
    """Every command and its arguments; each parser's `run` does the command."""
    parser = _Parser(
        prog="quiz", description="A spoiler-aware trivia game for the terminal.")
    parser.set_defaults(run=play.run_game)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for group in (packs, draft, play, scores, spoilers):
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
