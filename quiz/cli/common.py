"""What the command modules share: the errors that set the exit status, the game
as a command loads it, the checks of arguments several commands take, and
writing a pack file for a person to edit."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from quiz.core.nodereader import ID_PATTERN
from quiz.core.pack import Pack
from quiz.core.seeds import seed_problem
from quiz.core.yamltext import printable, printable_line
from quiz.game import Game

if TYPE_CHECKING:
    from quiz.core.round import Round
    from quiz.ui.outcomes import Curating


class UsageError(Exception):
    """Something the user asked for that cannot be done; exit status 2. The
    message quotes what was asked (an id, a file name), so it is spelled out
    as one line."""

    def __init__(self, message: str) -> None:
        super().__init__(printable_line(message))


class CommandFailed(Exception):
    """The command could not do its work (a file it could not write); exit status 1."""


# -- the game ------------------------------------------------------------------------

def load_game() -> Game:
    game = Game.load()
    tell(game)
    return game


def tell(game: Game) -> None:
    """What the core has to say (a file set aside, a save that failed), on
    standard error: standard output may be a pack or JSON being piped."""
    for message in game.take_messages():
        print(f"quiz: {message}", file=sys.stderr)


def run_app(game: Game, start: Round | Curating | None, no_terminal: str) -> int:
    """Open the game on `game` (see quiz.ui.app.make_app for `start`); where
    there is no terminal, the UsageError `no_terminal` instead."""
    if not served() and (not terminal(sys.stdout) or not terminal(sys.stdin)):
        raise UsageError(no_terminal)
    from quiz.ui.app import make_app  # Textual loads only when the game opens

    app = make_app(game, start)
    try:
        app.run()
    finally:
        close_game(game)
    return app.return_code or 0


def close_game(game: Game) -> None:
    """Answers the score file could not take yet get a last try as the game exits;
    the terminal is the player's again, so what is left to say goes there."""
    game.close()
    tell(game)


def find_pack(game: Game, pack_id: str | None) -> Pack:
    if pack_id is None:
        if not game.catalog.packs:
            raise UsageError("no packs are installed")
        return game.catalog.packs[0]
    pack = game.catalog.get(pack_id)
    if pack is None:
        known = ", ".join(p.id for p in game.catalog.packs) or "none"
        raise UsageError(f"no pack with id '{pack_id}' (installed: {known})")
    return pack


# -- arguments -----------------------------------------------------------------------

def on_off(value: str | None) -> bool | None:
    return None if value is None else value == "on"


def check_seed(seed: str | None) -> None:
    """Before anything runs: a seed is shown and shared, so a bad one is refused."""
    if seed is not None and (problem := seed_problem(seed)):
        raise UsageError(f"--seed: {problem}")


def checked_id(pack_id: str | None) -> str | None:
    if pack_id is not None and not ID_PATTERN.fullmatch(pack_id):
        raise UsageError(f"'{pack_id}' cannot be a pack id: use a-z, 0-9 and -")
    return pack_id


def check_input(path: Path) -> None:
    """A file to read must be a regular file: reading a named pipe or a terminal
    would wait forever, and a folder cannot be read at all."""
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    if not path.is_file():
        raise UsageError(f"{path}: not a regular file")


def served() -> bool:
    """Is this game played in a browser? textual-serve (quiz serve) talks to it
    through pipes, with Textual's web driver named in the environment."""
    return os.environ.get("TEXTUAL_DRIVER", "").startswith("textual.drivers.web_driver")


def terminal(stream: TextIO | None) -> bool:
    """Is this standard stream a terminal? None when it was closed at start."""
    return stream is not None and stream.isatty()


# -- writing files -------------------------------------------------------------------

@contextmanager
def saving(path: Path, unchanged: str) -> Iterator[None]:
    """Saving a file: a failure is one line naming that file (not the temp file
    the write went through) and what stays as it was."""
    try:
        yield
    except OSError as error:
        raise CommandFailed(printable(f"could not save {path} ({error.strerror or error}); "
                                      f"{unchanged}")) from None


def output_arguments(parser: argparse.ArgumentParser) -> None:
    """-o and --force, for the commands that write a pack for a person to edit."""
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="where to write the pack (default: ID.yaml here; - for the screen)")
    parser.add_argument("--force", action="store_true", help="write over an existing file")


def target(args: argparse.Namespace, pack_id: str) -> Path | None:
    """Where to write: None means standard output."""
    if args.output == "-":
        return None
    path = Path(args.output) if args.output else Path(f"{pack_id}.yaml")
    if path.exists() and not args.force:
        raise UsageError(f"{path} already exists; add --force to write over it, or -o FILE")
    return path


def write(path: Path | None, text: str) -> None:
    if path is None:
        sys.stdout.write(text)
        return
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"could not write {path}: {error.strerror or error}") from None


def shown(path: Path | str) -> str:
    """A path in what we print, ready to paste into a command: quoted for a
    shell, and what a terminal would act on (a line break too) spelled out."""
    return printable_line(shlex.quote(str(path)))
