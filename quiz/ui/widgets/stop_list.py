"""A list whose highlight stops at its ends."""

from __future__ import annotations

from textual.widgets import OptionList


class StopList(OptionList):
    """An OptionList that does not wrap round: one key too many past "Nothing
    yet" must not land on the last season."""

    def action_cursor_up(self) -> None:
        if self.highlighted != 0:
            super().action_cursor_up()

    def action_cursor_down(self) -> None:
        if self.highlighted is None or self.highlighted < self.option_count - 1:
            super().action_cursor_down()
