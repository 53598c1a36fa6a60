"""The one place that knows where quiz keeps things on disk."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "quiz"


def _home() -> Path | None:
    value = os.environ.get("QUIZ_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Scores and user packs. QUIZ_HOME, when set, holds everything."""
    home = _home()
    if home is not None:
        return home
    from platformdirs import user_data_path
    return user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    home = _home()
    if home is not None:
        return home
    from platformdirs import user_config_path
    return user_config_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """What can be rebuilt at any time (packs already loaded once)."""
    home = _home()
    if home is not None:
        return home / "cache"
    from platformdirs import user_cache_path
    return user_cache_path(APP_NAME, appauthor=False)


def user_packs_dir() -> Path:
    return data_dir() / "packs"


def scores_file() -> Path:
    return data_dir() / "scores.json"


def settings_file() -> Path:
    return config_dir() / "settings.json"


def builtin_packs_dir() -> Path:
    """questions/ ships inside the wheel as quiz/questions; in a checkout it sits
    beside the package."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "questions"
    return installed if installed.is_dir() else package.parent / "questions"
