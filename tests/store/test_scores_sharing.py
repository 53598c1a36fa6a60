"""scores.json shared with other games and with the player's own arrangements:
a save that lands while a game reads, a lock held by someone else, a symlinked
file, a folder where the backup should go."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quiz.store import scores
from quiz.store.scores import ScoreStore
from test_scorebook import session


@pytest.fixture
def path(quiz_home: Path) -> Path:
    quiz_home.mkdir(parents=True, exist_ok=True)
    return quiz_home / "scores.json"


def session_ids(path: Path) -> list[str]:
    return [s["id"] for s in json.loads(path.read_text(encoding="utf-8"))["sessions"]]


def test_a_round_saved_while_another_game_reads_the_file_is_not_written_over(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = ScoreStore(path)
    other.load()
    other.save(session("before"))
    real_parse = scores.parse

    def parse_after_a_save_by_the_other_game(raw: bytes):
        # The starting game has read the bytes; the other game plays a whole
        # round before it gets to look at them.
        monkeypatch.setattr(scores, "parse", real_parse)
        other.save(session("played-meanwhile"))
        return real_parse(raw)

    monkeypatch.setattr(scores, "parse", parse_after_a_save_by_the_other_game)
    starting = ScoreStore(path)
    assert [s.id for s in starting.load().sessions] == ["before"]
    starting.save(session("mine"))
    assert session_ids(path) == ["before", "played-meanwhile", "mine"]
