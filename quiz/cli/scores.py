"""`quiz scores`: the report the scores screen shows, as text or JSON."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import datetime

from quiz.cli.common import load_game


def add_commands(commands: argparse._SubParsersAction) -> None:
    scores = commands.add_parser(
        "scores", help="recent rounds, best scores, accuracy and progress (within your horizon)")
    scores.add_argument("--json", action="store_true", help="print JSON")
    scores.set_defaults(run=_cmd_scores)


def _cmd_scores(args: argparse.Namespace) -> int:
    # Only here: the report's module loads the rounds', and the generator with them.
    from quiz.core.scoreboard import build_report

    game = load_game()
    report = build_report(game.scores.book, game.catalog.packs, game.view,
                          datetime.now().astimezone())
    if args.json:
        print(json.dumps(asdict(report), indent=2, ensure_ascii=False))
        return 0
    for n, (heading, lines) in enumerate(report.sections()):
        print(("\n" if n else "") + heading)
        for line in lines:
            print(f"  {line}")
    return 0
