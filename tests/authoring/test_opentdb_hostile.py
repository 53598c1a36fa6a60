"""Open Trivia DB files that Python's json module alone would crash on: each is
one clear line from `quiz packs import`, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

HOSTILE = {
    "nested 5,000 deep": ('{"response_code": 0, "results": ' + "[" * 5000 + "]" * 5000 + "}",
                          "nested more than"),
    "a 5,000-digit response code": ('{"response_code": ' + "1" * 5000 + ', "results": []}',
                                    "5000 digits"),
    "NaN for a response code": ('{"response_code": NaN, "results": []}', "NaN"),
}


@pytest.mark.parametrize("text, reason", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_response_is_one_clear_line(run_quiz, tmp_path: Path, text: str,
                                              reason: str) -> None:
    source = tmp_path / "response.json"
    source.write_text(text, encoding="utf-8")
    result = run_quiz("packs", "import", str(source), "--from", "opentdb")
    assert result.returncode != 0 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert source.name in line and reason in line
    assert "expected an Open Trivia DB API response" in line
