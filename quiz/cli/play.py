"""`quiz play` and the bare `quiz`: a round in the game or, with --plain, in text.

Textual is imported only once the game opens (common.run_app), so every other
command starts fast and works without a terminal."""

from __future__ import annotations

import argparse
import shutil
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from quiz.cli.common import (
    UsageError, check_seed, close_game, find_pack, load_game, on_off, run_app, tell, terminal,
)
from quiz.core.scoring import MODES, SCORINGS

if TYPE_CHECKING:  # every command builds this parser: rounds load only when one is played
    from quiz.core.pack import Pack
    from quiz.core.round import Round
    from quiz.core.scorebook import Saved
    from quiz.core.spoilers import View
    from quiz.game import Game

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
    play.add_argument("--players", metavar="NAMES",
                      help='a hot-seat party of 2-8: "Ana=season-2,Ben" (a name alone has '
                           "watched the pack's default; NAME=spoilers accepts spoilers); "
                           "-n is then questions each")
    play.add_argument("--scoring", choices=SCORINGS,
                      help="points: 100 a right answer; time: 1000 falling to 500 as the "
                           "seconds pass (default: the setting)")
    play.add_argument("--streak", choices=("on", "off"),
                      help="the bonus for answers right in a row (default: the setting)")
    play.set_defaults(run=_cmd_play)


def run_game(_args: argparse.Namespace) -> int:
    """The bare `quiz`: the game at its menu."""
    return run_app(load_game(), None, NO_TERMINAL)


def _cmd_play(args: argparse.Namespace) -> int:
    check_seed(args.seed)
    game = load_game()
    pack = find_pack(game, args.pack)
    if args.n is not None and not 1 <= args.n <= 500:
        raise UsageError("-n must be from 1 to 500")
    if args.players is not None:
        return _play_party(game, pack, args)
    spoilers = on_off(args.spoilers)
    # For this session only, never saved: every round of it, and the badge, agree.
    game.session_spoilers = spoilers
    _scoring(game, args)
    _check_topic(game.view(pack, spoilers), args.topic)
    round_ = game.new_round(pack, args.mode, args.n, args.seed, args.topic or "", spoilers)
    if args.plain:
        _play_plain(game, round_, game.view(pack, spoilers))
        return 0
    return run_app(game, round_, NO_TERMINAL)


def _play_party(game: Game, pack: Pack, args: argparse.Namespace) -> int:
    """`--players`: a party round. Only the players' own word counts for what
    it shows (party.py): this game's spoiler setting is its owner's."""
    from quiz.core.party import PartyError, parse_players, party_view
    from quiz.core.wording import party_line

    if args.mode != "classic":
        raise UsageError("a party plays classic rounds: leave --mode out")
    try:
        players = parse_players(args.players, pack)
    except PartyError as error:
        raise UsageError(f"--players: {error}") from None
    if args.spoilers == "off":
        players = tuple(replace(p, spoilers=False) for p in players)
    elif args.spoilers == "on":
        # One flag cannot say yes for several people: at a terminal each is
        # asked by name; anywhere else each says it in --players.
        if not (args.plain and sys.stdin is not None and sys.stdin.isatty()):
            raise UsageError("--spoilers on needs every player's yes: write NAME=spoilers "
                             "for each in --players, or play --plain at a terminal to be asked")
        from quiz import plain

        players = plain.ask_spoilers(players, sys.stdin, sys.stdout)
    _scoring(game, args)
    _check_topic(party_view(pack, players), args.topic)
    round_ = game.new_party(pack, players, args.n, args.seed, args.topic or "")
    if args.plain:
        _play_plain(game, round_, party_view(pack, players), (party_line(players, pack),))
        return 0
    return run_app(game, round_, NO_TERMINAL)


def _scoring(game: Game, args: argparse.Namespace) -> None:
    """--scoring and --streak: for this session only, never saved."""
    game.session_scoring = args.scoring
    game.session_streak = on_off(args.streak)


def _check_topic(view: View, topic: str | None) -> None:
    if topic and topic not in view.topics:
        raise UsageError(f"no topic '{topic}' in {view.id} (topics: {', '.join(view.topics)})")


def _play_plain(game: Game, round_: Round, view: View, intro: tuple[str, ...] = ()) -> None:
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
        plain.play(round_, view, sys.stdin, sys.stdout, interactive=sys.stdin.isatty(),
                   record=record, width=width, intro=intro)
    finally:
        close_game(game)
