"""JSON from outside our code: whatever a file holds, reading it gives data or a
reason in words, never a crash, and nothing read can fail to be written back."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from quiz.store.jsonfile import MAX_DEPTH, MAX_DIGITS, JsonError, dumps, parse_bytes, parse_text


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


REFUSED = {
    "nested 5,000 deep": (nested(5000), "nested more than"),
    "nested one too deep": (nested(MAX_DEPTH + 1), "nested more than"),
    "a 5,000-digit number": ("7" * 5000, "5000 digits"),
    "one digit too many": ("-" + "9" * (MAX_DIGITS + 1), "digits"),
    "NaN": ('{"s": NaN}', "NaN"),
    "Infinity": ("[Infinity]", "Infinity"),
    "-Infinity": ("[-Infinity]", "Infinity"),
    "a float too large": ("[1e999]", "too large"),
    "a lone surrogate": ('["\\ud800"]', "surrogate"),
    "a lone surrogate as a key": ('{"a": {"\\udfff": 1}}', "surrogate"),
    "cut short": ('{"a": [1, ', "not valid JSON (line 1"),
}


@pytest.mark.parametrize("text, reason", REFUSED.values(), ids=REFUSED.keys())
def test_what_json_alone_would_crash_on_or_write_back_broken_is_refused_with_a_reason(
        text: str, reason: str) -> None:
    with pytest.raises(JsonError, match=re.escape(reason)):
        parse_text(text)


def test_what_is_within_the_limits_is_read() -> None:
    assert parse_text(nested(MAX_DEPTH)) is not None
    assert parse_text("9" * MAX_DIGITS) == int("9" * MAX_DIGITS)
    # A surrogate pair is one character, and an escaped backslash is no escape.
    assert parse_text('["\\ud83d\\ude00", "\\\\ud800", 1.5e300]') == ["😀", "\\ud800", 1.5e300]


def test_bytes_that_are_not_utf8_are_refused_with_where() -> None:
    with pytest.raises(JsonError, match=r"not UTF-8 text \(byte 7\)"):
        parse_bytes(b'{"a": "\xff"}')


def test_nan_and_infinity_are_never_written() -> None:
    for value in (math.nan, math.inf):
        with pytest.raises(ValueError):
            dumps({"s": value})
    assert json.loads(dumps({"s": 1.5})) == {"s": 1.5}


def test_every_command_starts_when_its_files_are_damaged(run_quiz, quiz_home: Path) -> None:
    quiz_home.mkdir(parents=True)
    deep = b"[" * 5000 + b"]" * 5000
    (quiz_home / "scores.json").write_bytes(b'{"schema": 1, "x": ' + deep + b"}")
    (quiz_home / "settings.json").write_bytes(b'{"round_length": ' + b"1" * 5000 + b"}")
    result = run_quiz("scores")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "No rounds played yet" in result.stdout
    told = result.stdout + result.stderr
    assert "score file was damaged" in told and "nested more than" in told
    assert "Settings file" in told and "5000 digits" in told
    assert len(list(quiz_home.glob("scores.json.corrupt-*"))) == 1
    assert len(list(quiz_home.glob("settings.json.corrupt-*"))) == 1
    again = run_quiz("scores")
    assert (again.returncode, again.stderr) == (0, "")  # told once: the files are aside
