"""The help dialog at each size: every description laid out at the box's width,
its wrapped lines under itself (a hanging indent), never hard-wrapped for a
wider box and broken again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui import ui_helpers as ui

from quiz.core.answers import fold
from quiz.ui.screens.help import HelpScreen


# The smallest size in the everyday run; the larger ones in the slow set.
@pytest.mark.parametrize("size", [(40, 12), pytest.param((80, 24), marks=pytest.mark.slow),
                                  pytest.param((120, 40), marks=pytest.mark.slow)])
async def test_help_descriptions_wrap_under_themselves_at_every_size(
        quiz_home: Path, size: tuple[int, int]) -> None:
    app = ui.new_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("question_mark")
        await ui.wait_for_screen(pilot, HelpScreen)
        dialog = app.screen.query_one("#dialog")
        wrapped = checked = 0
        for what in app.screen.query(".help-what"):
            dialog.scroll_to_widget(what, animate=False)
            await pilot.pause()
            lines = ui.screen_lines(app)
            region = what.region
            assert dialog.content_region.contains_region(region), ui.text(what)
            key = what.parent.children[what.parent.children.index(what) - 1].region
            rows = [lines[y][region.x:region.right].strip() for y in region.line_range]
            # All of it, in order, within its column ...
            assert fold(" ".join(rows)) == fold(ui.text(what)), rows
            checked += 1
            # ... and where it wraps, nothing under the key but space.
            for y in region.line_range[1:]:
                assert lines[y][key.x:region.x].strip() == "", lines[y]
                wrapped += 1
        assert checked > 20
        if size[0] < 80:
            assert wrapped  # at 40 wide, some descriptions take two rows or more
        assert dialog.region.right <= size[0] and dialog.max_scroll_x == 0
