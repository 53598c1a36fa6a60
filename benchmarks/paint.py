"""Start an app and quit as soon as its first screen is painted.

`python benchmarks/paint.py quiz` opens the quiz menu; `... minimal` a one-line
Textual app, the reference. run.py times whole processes of each, so imports
count as a player would feel them. "Painted" is the first frame the screen's
compositor renders (headless: the frame is made, not written).
"""

from __future__ import annotations

import sys

from textual.app import App
from textual.screen import Screen


def quit_at_first_paint(app: App, screen_type: type[Screen]) -> None:
    render = Screen._compositor_refresh

    def rendered(screen: Screen) -> None:
        render(screen)
        if isinstance(screen, screen_type) and screen is app.screen:
            app.exit()

    Screen._compositor_refresh = rendered


def main() -> None:
    if sys.argv[1] == "quiz":
        from quiz.ui.app import make_app
        from quiz.ui.screens.menu import MenuScreen

        app: App = make_app()
        quit_at_first_paint(app, MenuScreen)
    else:
        from textual.widgets import Static

        class Minimal(App[None]):
            def compose(self):
                yield Static("hello")

        app = Minimal()
        quit_at_first_paint(app, Screen)
    app.run(headless=True, size=(80, 24))


if __name__ == "__main__":
    main()
