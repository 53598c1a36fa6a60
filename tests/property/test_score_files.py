"""Any score file the shape check accepts can be shown and saved to: `quiz
scores` and the scores screen render one report, so building it, its sections
and its JSON never crash, and nothing in it can drive a terminal."""

from __future__ import annotations

import json
import tempfile
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.core.loader import load_pack
from quiz.core.scoreboard import build_report
from quiz.core.scorebook import RANKED_MODES, AnswerRecord, Session, now_text
from quiz.core.spoilers import gate, horizon_for
from quiz.core.yamltext import bad_character
from quiz.store.scores import ScoreStore, parse

TESTS = Path(__file__).resolve().parent.parent
PACKS = [load_pack(TESTS / "packs" / "demo.yaml").pack,
         load_pack(TESTS.parent / "questions" / "narcos-mexico.yaml").pack]
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)

names = st.sampled_from([p.id for p in PACKS]) | st.text(max_size=6)
modes = st.sampled_from([*RANKED_MODES, "review"]) | st.text(max_size=6)
question_ids = st.sampled_from([e.id for p in PACKS for e in (*p.facts, *p.questions)]) \
    | st.text(max_size=4)
times = st.sampled_from(["2026-11-21T12:00:00+00:00", "0001-01-01T00:00:00+23:59",
                         "9999-12-31T23:59:59-23:59", "2026-11-20T08:00:00.5+05:30"])
counts = st.integers(0, 10**12) | st.integers(0, 3)
seconds = st.floats(0, 1e300) | st.integers(0, 10**9)


@st.composite
def sessions(draw) -> dict:
    return {"id": draw(st.text(max_size=4)), "pack": draw(names), "mode": draw(modes),
            "horizon": draw(st.text(max_size=4)), "seed": "1", "topic": draw(st.text(max_size=4)),
            "started": draw(times), "ended": draw(times), "score": draw(counts),
            "questions": draw(counts), "best_streak": draw(counts),
            "complete": draw(st.booleans()),
            "answers": draw(st.lists(st.fixed_dictionaries(
                {"q": question_ids, "right": st.booleans(), "s": seconds}), max_size=4))}


@st.composite
def bests(draw) -> dict:
    answered = draw(counts)
    return {"score": draw(counts), "session": draw(st.text(max_size=4)), "when": draw(times),
            "correct": draw(st.integers(0, answered)), "answered": answered}


@st.composite
def totals(draw) -> dict:
    rounds, answers = draw(counts), draw(counts)
    return {"sessions": rounds, "complete": draw(st.integers(0, rounds)), "answers": answers,
            "correct": draw(st.integers(0, answers)), "score": draw(counts)}


@st.composite
def stats(draw) -> dict:
    seen = draw(st.integers(1, 10**12) | st.integers(1, 3))
    return {"seen": seen, "right": draw(st.integers(0, seen)), "box": draw(st.integers(1, 5)),
            "due": draw(times), "last": draw(times)}


def by_pack(inner, keys=modes):
    return st.dictionaries(names, st.dictionaries(keys, inner, max_size=3), max_size=2)


score_files = st.fixed_dictionaries({
    "schema": st.just(1), "sessions": st.lists(sessions(), max_size=5),
    "bests": by_pack(bests()), "folded": by_pack(totals()),
    "progress": by_pack(stats(), question_ids)})


def shown(text: str) -> None:
    assert bad_character(text.replace("\t", " ")) is None, repr(text)


@settings(max_examples=80, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(score_files, st.booleans())
def test_any_file_the_shape_check_accepts_is_shown_and_saved_to(data: dict,
                                                                spoilers: bool) -> None:
    book, _schema = parse(json.dumps(data).encode())
    report = build_report(book, PACKS, lambda p: gate(p, horizon_for(p, spoilers)), NOW)
    for heading, lines in report.sections():
        for line in [heading, *lines]:
            shown(line)
    shown(json.dumps(asdict(report), ensure_ascii=False))
    # Saving a round to that file writes a file the shape check accepts again.
    with tempfile.TemporaryDirectory() as folder, mock.patch("os.fsync"):
        path = Path(folder) / "scores.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        store = ScoreStore(path)
        store.load()
        pack = PACKS[0]
        store.save(Session("new", pack.id, "classic", "x", "1", "", now_text(NOW), now_text(NOW),
                           100, 1, 1, True, [AnswerRecord(pack.facts[0].id, True, 1.0)]), NOW)
        assert store.take_messages() == []
        assert parse(path.read_bytes())[0].session("new") is not None
