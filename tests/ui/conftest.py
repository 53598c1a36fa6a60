"""Shared set-up for the Pilot tests of the screens."""

from __future__ import annotations

import pytest

from tests.ui import ui_helpers as ui


@pytest.fixture(autouse=True)
def _quicker_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    ui.quicker_idle(monkeypatch)
