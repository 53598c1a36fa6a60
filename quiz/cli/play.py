"""`quiz play` and the bare `quiz`: a round in the game or, with --plain, in text.

Textual is imported only once the game opens (common.run_app), so every other
command starts fast and works without a terminal."""

from __future__ import annotations

import argparse
import shutil
import sys

from quiz.cli.common import (
    UsageError, check_seed, close_game, find_pack, load_game, on_off, run_app, tell, terminal,
)
from quiz.core.round import MODES, Round
from quiz.core.scorebook import Saved

NO_TERMINAL = "the game needs a terminal; in a pipe, use 'quiz play --plain'"


def add_commands(commands: argparse._SubParsersAction) -> None:
    play = commands.add_parser("play", help="play a round (in the game, or --plain in text)")
    play.add_argument("--pack", metavar="ID", help="the pack to play (default: the first)")
    play.add_argument("--mode", choices=MODES, default="classic",
                      help="classic: N questions; blitz: 60 s clock; survival: until 3 misses; "
                           "review: questions you missed or that are due again")
    play.add_argument("-n", type=int, metavar="N",
                      help="questions in a classic round (at most, in review)")
    play.add_argument("--seed", help="replay a round: the same seed asks the same questions")
    play.add_argument("--topic", help="only questions of this topic")
    play.add_argument("--spoilers", choices=("on", "off"), help="override the spoiler setting")
    play.add_argument("--plain", action="store_true",
                      help="play in plain text: one answer per line; works in a pipe")
    play.set_defaults(run=_cmd_play)


def run_game(_args: argparse.Namespace) -> int:
    """The bare `quiz`: the game at its menu."""
    return run_app(load_game(), None, NO_TERMINAL)


def _cmd_play(args: argparse.Namespace) -> int:
    check_seed(args.seed)
    game = load_game()
    pack = find_pack(game, args.pack)
    spoilers = on_off(args.spoilers)
    # For this session only, never saved: every round of it, and the badge, agree.
    game.session_spoilers = spoilers
    if args.n is not None and not 1 <= args.n <= 500:
        raise UsageError("-n must be from 1 to 500")
    if args.topic:
        topics = game.view(pack, spoilers).topics
        if args.topic not in topics:
            raise UsageError(f"no topic '{args.topic}' in {pack.id} (topics: {', '.join(topics)})")
    round_ = game.new_round(pack, args.mode, args.n, args.seed, args.topic or "", spoilers)
    if args.plain:
        from quiz import plain

        def record(played: Round) -> Saved | None:
            saved = game.record(played)
            tell(game)
            return saved

        if sys.stdin is None:  # started with it closed: `quiz play --plain <&-`
            raise UsageError("standard input is closed: the plain game reads answers "
                             "from it, one per line")
        def width() -> int | None:
            # At a terminal, its width (COLUMNS first, as a shell sets it);
            # a pipe gets each line whole.
            return shutil.get_terminal_size().columns if terminal(sys.stdout) else None

        try:
            plain.play(round_, game.view(pack, spoilers), sys.stdin, sys.stdout,
                       interactive=sys.stdin.isatty(), record=record, width=width)
        finally:
            close_game(game)
        return 0
    return run_app(game, round_, NO_TERMINAL)
