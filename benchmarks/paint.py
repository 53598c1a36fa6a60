"""Start an app, wait for its first screen to be painted, and quit.

`python benchmarks/paint.py quiz` opens the quiz menu; `... minimal` a one-line
Textual app, the reference. run.py times whole processes of each, so imports
count as a player would feel them.
"""

from __future__ import annotations

import sys


async def _quit_after_first_paint(pilot) -> None:
    await pilot.pause()  # the first screen is composed and rendered
    pilot.app.exit()


def main() -> None:
    if sys.argv[1] == "quiz":
        from quiz.game import Game
        from quiz.ui.app import QuizApp

        app = QuizApp(Game.load())
    else:
        from textual.app import App
        from textual.widgets import Static

        class Minimal(App[None]):
            def compose(self):
                yield Static("hello")

        app = Minimal()
    app.run(headless=True, size=(80, 24), auto_pilot=_quit_after_first_paint)


if __name__ == "__main__":
    main()
