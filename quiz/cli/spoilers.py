"""`quiz spoilers`: read or change spoiler mode and what was watched of a pack."""

from __future__ import annotations

import argparse
import sys

from quiz.cli.common import UsageError, find_pack, load_game, on_off, saving, terminal
from quiz.core.spoilers import level_named, watched_choices
from quiz.store import paths


def add_commands(commands: argparse._SubParsersAction) -> None:
    spoilers = commands.add_parser("spoilers", help="read or change the spoiler setting")
    spoilers.add_argument("action", nargs="?", choices=("on", "off", "status"), default="status")
    spoilers.add_argument("--pack", metavar="ID", help="the pack whose --watched level to set")
    spoilers.add_argument("--watched", metavar="LEVEL",
                          help="the latest level you have watched (with --pack): its id "
                               "or its label, as status shows it")
    spoilers.add_argument("--yes", action="store_true",
                          help="say yes without being asked to spoiler mode on, or to a "
                               "level past what a pack assumes (for scripts)")
    spoilers.set_defaults(run=_cmd_spoilers)


def _cmd_spoilers(args: argparse.Namespace) -> int:
    game = load_game()
    pack, level = None, None
    if args.watched is not None or args.pack is not None:
        if args.watched is None or args.pack is None:
            raise UsageError("--pack and --watched go together: quiz spoilers --pack ID --watched LEVEL")
        pack = find_pack(game, args.pack)
        level = level_named(pack, args.watched)
        if level is None:
            levels = ", ".join(f"{id_} = {label}" for id_, label in watched_choices(pack))
            raise UsageError(f"no level '{args.watched}' in {pack.id} (levels: {levels})")
    spoilers = on_off(args.action if args.action != "status" else None)
    # The same question the game asks, for the same changes: what shows more
    # than the player agreed to.
    asks = []
    if game.needs_yes(spoilers=spoilers):
        asks.append(("turning spoilers on", "Spoiler mode shows everything in every pack, "
                     "including what you have not watched yet."))
    if pack is not None and level is not None and game.needs_yes(pack=pack, watched=level):
        label = pack.label(level)
        asks.append((f"showing {label} of {pack.id}", f"Saying you have watched {label} of "
                     f"{pack.id} shows its questions, even with spoiler mode off."))
    if asks and not args.yes and not _confirm(asks):
        print("Nothing changed.")
        return 1
    if pack is not None and level is not None:
        with saving(paths.settings_file(), "what you have watched is unchanged"):
            game.set_watched(pack, level)
    if spoilers is not None and spoilers != game.settings.spoilers:
        with saving(paths.settings_file(),
                    f"spoiler mode stays {'off' if spoilers else 'on'}"):
            game.set_spoilers(spoilers)
    print(f"Spoiler mode: {'on' if game.settings.spoilers else 'off'}")
    for pack in game.catalog.packs:
        view = game.view(pack)
        hidden = f"; {view.hidden_note()}" if view.hidden else ""
        print(f"  {pack.id}: {view.horizon}{hidden}")
    return 0


def _confirm(asks: list[tuple[str, str]]) -> bool:
    """Ask at a terminal; elsewhere only --yes says yes. `asks`: (what, why)."""
    if not terminal(sys.stdin):
        raise UsageError(" and ".join(what for what, _ in asks)
                         + " needs a yes: run it in a terminal, or add --yes")
    reply = input(" ".join(why for _, why in asks) + " Go ahead? [y/N] ")
    return reply.strip().casefold() in ("y", "yes")
