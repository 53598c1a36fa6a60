"""The results screen at each terminal size: what a player sees first, and the
questions answered listed with their wrapped rows hanging under the bullet."""

from __future__ import annotations

from textual.widgets import Button, Digits

from quiz.ui.screens.results import ResultsScreen
from tests.ui import ui_helpers as ui

PATTERN = "rwrrwr"


async def results_at(pilot) -> ResultsScreen:
    await ui.play_out(pilot, right=lambda n: PATTERN[n] == "r", typing=False)
    await ui.wait_for_screen(pilot, ResultsScreen)
    await pilot.pause()
    return pilot.app.screen


def visible(app, selector: str) -> bool:
    """Is the whole widget inside the screen's visible area?"""
    placed = app.screen.find_widget(app.screen.query_one(selector))
    return placed.region.height > 0 and placed.visible_region == placed.region


async def test_a_small_terminal_opens_the_results_at_the_score() -> None:
    app = ui.new_app(mode="classic", length=6, seed="5")
    async with app.run_test(size=(40, 12)) as pilot:
        screen = await results_at(pilot)
        assert screen.query_one("#results-body").scroll_y == 0
        assert visible(app, "#headline") and visible(app, "#score")
        assert ui.on_screen(app, "Round over") and ui.on_screen(app, "4 of 6 right")
        # The buttons have the keyboard all the same.
        assert isinstance(app.focused, Button) and app.focused.id == "again"


async def test_at_80x24_the_score_headline_and_buttons_are_on_the_first_screen() -> None:
    app = ui.new_app(mode="classic", length=6, seed="5")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await results_at(pilot)
        for part in ("#headline", "#score", "#figures", "#result-buttons"):
            assert visible(app, part), part
        assert screen.query_one("#score", Digits).value == str(screen.round.score)


async def test_wide_the_questions_answered_have_a_column_of_their_own() -> None:
    app = ui.new_app(mode="classic", length=6, seed="5")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await results_at(pilot)
        score, missed = screen.query_one("#score").region, screen.query_one("#missed").region
        assert missed.x > score.right and missed.y < score.bottom
        for part in ("#score", "#result-buttons", "#missed", "#right"):
            assert visible(app, part), part


async def test_a_wrapped_question_hangs_under_its_text_not_its_bullet() -> None:
    app = ui.new_app(mode="classic", length=6, seed="5")
    async with app.run_test(size=(40, 40)) as pilot:
        screen = await results_at(pilot)
        widget = screen.query_one("#missed")
        widget.scroll_visible(animate=False, top=True)
        await pilot.pause()
        area = widget.region
        rows = [line[area.x:area.right].rstrip() for line in
                ui.screen_lines(app)[area.y:area.bottom]]
        bullets = [n for n, row in enumerate(rows) if row.startswith("• ")]
        assert bullets
        # A bullet's text that wraps goes on two columns in, as does the answer's arrow.
        wrapped = [rows[n + 1] for n in bullets if not rows[n + 1].startswith("  → ")]
        assert wrapped, rows  # the premise: a question too long for 40 columns
        assert all(row.startswith("  ") and row[2] != " " for row in wrapped), rows
