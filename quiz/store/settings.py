"""The player's settings, kept as JSON in the config folder.

A settings file we cannot read never stops the game: it is moved aside, the
player is told, and the defaults apply.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from quiz.core.scoring import SCORINGS
from quiz.store import paths
from quiz.store.atomic import write_atomic
from quiz.store.jsonfile import dumps, open_regular, parse_bytes


@dataclass
class Settings:
    spoilers: bool = False
    # pack id -> the latest level the player has watched
    watched: dict[str, str] = field(default_factory=dict)
    round_length: int = 10
    theme: str = "textual-dark"
    streak_bonus: bool = True
    # How a right answer scores: "points" or "time" (round.SCORINGS).
    scoring: str = "points"
    # What the picker showed last ("pack", "mode", "topic"), to show it again.
    # Only a convenience: a damaged value is dropped, never the whole file.
    picker: dict[str, str] = field(default_factory=dict)

    def watched_level(self, pack_id: str) -> str | None:
        return self.watched.get(pack_id)


@dataclass
class LoadedSettings:
    settings: Settings
    message: str = ""


def load_settings(path: Path | None = None) -> LoadedSettings:
    path = path or paths.settings_file()
    try:
        with open_regular(path) as handle:
            return LoadedSettings(_from_json(parse_bytes(handle.read())))
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except OSError as error:
        problem = f"could not be read ({error.strerror or error})"
    except ValueError as error:  # JsonError included
        problem = f"was unreadable ({error})"
    # Set aside, never written over: the next save of a setting would replace it.
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        path.replace(aside)
        kept = f"kept as {aside}"
    except OSError:
        kept = "left in place"
    return LoadedSettings(Settings(), f"Settings file {path} {problem}; {kept}, using defaults.")


def save_settings(settings: Settings, path: Path | None = None) -> None:
    # A symlinked settings file (kept with the player's dotfiles, say) stays a
    # link: its target is what gets updated.
    target = Path(os.path.realpath(path or paths.settings_file()))
    write_atomic(target, dumps(asdict(settings), indent=2) + "\n")


def _from_json(data: object) -> Settings:
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    defaults = Settings()
    values = {}
    for spec in fields(Settings):
        value = data.get(spec.name, getattr(defaults, spec.name))
        if spec.name == "picker":
            values[spec.name] = _remembered(value)
            continue
        expected = type(getattr(defaults, spec.name))
        if expected is int and isinstance(value, bool) or not isinstance(value, expected):
            raise ValueError(f"'{spec.name}' has the wrong type")
        values[spec.name] = value
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in values["watched"].items()):
        raise ValueError("'watched' must map pack ids to level ids")
    if values["scoring"] not in SCORINGS:
        raise ValueError(f"'scoring' must be one of {', '.join(SCORINGS)}")
    if not 1 <= values["round_length"] <= 100:
        raise ValueError("'round_length' must be from 1 to 100")
    return Settings(**values)


def _remembered(value: object) -> dict[str, str]:
    """The picker's last choice, less what is not text; whether the pack, mode
    and topic still exist is the picker's to check."""
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if k in ("pack", "mode", "topic") and isinstance(v, str)}
