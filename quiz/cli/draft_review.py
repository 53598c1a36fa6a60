"""`quiz draft ARTICLE --review` and `--level`: the draft's candidates curated in
the game (quiz/ui/screens/review.py) instead of a file edited by hand, and the
spoiler levels a curator can file them under. Part of the draft command."""

from __future__ import annotations

import argparse

from quiz.cli.common import UsageError, load_game, run_app, shown, target
from quiz.core.pack import Level
from quiz.ui.outcomes import Curating

NO_TERMINAL = ("--review needs a terminal; without it, quiz draft writes the draft to a "
               "file to edit")


def add_arguments(draft: argparse.ArgumentParser) -> None:
    draft.add_argument("-r", "--review", action="store_true",
                       help="curate the candidates in the game, best first: accept, reject, "
                            "edit, set spoiler levels, then write and install the pack")
    draft.add_argument("--level", action="append", default=[], metavar="ID",
                       help="declare a spoiler level, earliest first; repeat it "
                            "(--level season-1 --level season-2). With --review and no "
                            "--level, one: ending")


def levels(args: argparse.Namespace) -> tuple[Level, ...]:
    from quiz.authoring.drafting.packtext import declared_levels  # the drafter loads when used

    try:
        return declared_levels(args.level)
    except ValueError as error:
        raise UsageError(f"--level: {error}") from None


def review(args: argparse.Namespace, article: str, pack_id: str, title: str) -> int:
    """Curate the draft of `article` in the game, then say what became of it."""
    from quiz.authoring.curation import Curation

    if args.output == "-":
        raise UsageError("--review writes the pack to a file: give -o FILE, or leave -o out")
    try:
        curation = Curation.from_article(article, pack_id=pack_id, title=title,
                                         source_title=args.source or "", levels=levels(args))
    except ValueError as error:
        raise UsageError(f"{args.article}: {error}") from None
    curating = Curating(curation, target(args, pack_id))
    status = run_app(load_game(), curating, NO_TERMINAL)
    print(outcome(curating))
    return status


def outcome(curating: Curating) -> str:
    """What the curation left, said once the game has closed."""
    curation = curating.curation
    lines = [f"Curated '{curation.pack_id}': {curation.summary()}."]
    path = shown(curating.path)
    if curation.written is None:
        lines.append(f"Nothing was written to {path}.")
        return "\n".join(lines)
    later = "; what changed after that was not written" if curation.unsaved else ""
    lines.append(f"Wrote the pack to {path}{later}.")
    if curating.installed is not None:
        lines.append(f"Installed it: quiz play --pack {curation.pack_id}, or pick it in the game.")
    else:
        lines.append(f"Install it with: quiz packs add {path}")
    return "\n".join(lines)
