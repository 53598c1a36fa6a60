"""Draws docs/quiz.svg, the picture of the game in the README, with the game itself:

    python docs/screenshot.py [OUT.svg]

A seeded classic round of the built-in pack at 80x24, spoilers off, under a
temporary QUIZ_HOME (your own settings and scores stay out of the picture and
untouched): the first question answered right, the second waiting with its choices.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

PACK = "narcos-mexico"
SIZE = (80, 24)
DEFAULT = Path(__file__).resolve().parent / "quiz.svg"


def seed() -> str:
    """The first seed whose first two questions offer four choices: the picture
    shows a multiple-choice question after a right answer. Searched, not fixed,
    so that a change to the pack or the generator still finds such a round."""
    from quiz.game import Game

    game = Game.load()
    pack = game.catalog.get(PACK)
    for number in range(1, 1000):
        queue = game.new_round(pack, "classic", 10, str(number)).queue
        if all(q.type == "choice" and len(q.choices) == 4 for q in queue[:2]):
            return str(number)
    raise SystemExit("no seed opens with two four-choice questions")


async def draw(out: Path) -> None:
    from quiz.ui.app import make_app
    from quiz.ui.outcomes import RoundChoice

    app = make_app(start=RoundChoice(PACK, mode="classic", seed=seed(), length=10))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        first = app.screen.round.current  # the round the play screen shows
        await pilot.press(str(first.choices.index(first.answer) + 1), "enter")
        await pilot.pause()
        app.save_screenshot(out.name, str(out.parent))


def main(argv: list[str]) -> int:
    out = Path(argv[0]).resolve() if argv else DEFAULT
    with tempfile.TemporaryDirectory(prefix="quiz-screenshot-") as home:
        os.environ["QUIZ_HOME"] = home
        os.environ["TEXTUAL_ANIMATIONS"] = "none"
        asyncio.run(draw(out))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
