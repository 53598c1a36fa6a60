"""`quiz packs ...` end to end through the real command."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest

from tests.core.helpers import builtin_pack, secret_texts

REPO = Path(__file__).resolve().parents[2]


def test_list_shows_the_builtin_pack_with_counts(run_quiz) -> None:
    result = run_quiz("packs", "list")
    assert result.returncode == 0, result.stderr
    pack = builtin_pack()
    # Questions hidden, as the visible ones are counted: a fact asked both ways is two.
    hidden = sum(len(e.question_ids) for e in (*pack.facts, *pack.questions)
                 if e.spoiler == "season-2")
    assert "narcos-mexico  Narcos: Mexico — the real story" in result.stdout
    assert f"{hidden} hidden: Season 2" in result.stdout
    assert "built-in" in result.stdout


def test_list_json(run_quiz) -> None:
    result = run_quiz("packs", "list", "--json")
    data = json.loads(result.stdout)
    narcos = next(p for p in data["packs"] if p["id"] == "narcos-mexico")
    assert narcos["visible"] > 0 and narcos["hidden"] > 0
    assert narcos["hidden_by_level"] == {"Season 2": narcos["hidden"]}
    assert data["failed"] == []


def test_list_reports_a_broken_user_pack_and_still_lists_the_rest(run_quiz, quiz_home: Path) -> None:
    packs = quiz_home / "packs"
    packs.mkdir(parents=True)
    (packs / "broken.yaml").write_text("format: 1\nid: broken\ntitle: [oops\n", encoding="utf-8")
    result = run_quiz("packs", "list")
    assert result.returncode == 0
    assert "narcos-mexico" in result.stdout
    assert "Not loaded: " in result.stdout and "broken.yaml:4:1: YAML syntax error" in result.stdout


def test_validate_the_repos_questions(run_quiz) -> None:
    result = run_quiz("packs", "validate", str(REPO / "questions"))
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert "checked 1 pack: 0 error(s), 0 warning(s)" in result.stderr


def test_validate_a_broken_pack_prints_located_errors_and_exits_1(run_quiz, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: bad\ntitle: Bad\nfacts:\n  - id: f\n    kind: x\n"
                   "    statement: s\n    ask: q\n    answr: a\n", encoding="utf-8")
    good = REPO / "questions" / "narcos-mexico.yaml"
    result = run_quiz("packs", "validate", str(bad), str(good))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{bad}:5:5: fact 'f' is missing 'answer'",
        f"{bad}:9:5: unknown key 'answr' in fact 'f' (expected one of: accept, answer, ask, "
        "distractors, explain, id, kind, reverse, source, spoiler, statement, topic)",
    ]


def test_validate_a_missing_path(run_quiz, tmp_path: Path) -> None:
    result = run_quiz("packs", "validate", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr


def export(run_quiz, *args: str) -> dict:
    result = run_quiz("packs", "export", "narcos-mexico", "--seed", "5", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_export_with_spoilers_off_holds_no_season2_text(run_quiz) -> None:
    pack = builtin_pack()
    secrets = secret_texts(pack, pack.rank("season-1"))
    assert secrets
    for seed in ("1", "2", "3"):
        result = run_quiz("packs", "export", "narcos-mexico", "--spoilers", "off", "--seed", seed)
        leaked = [s for s in secrets if s in result.stdout]
        assert leaked == []
    data = json.loads(result.stdout)
    assert {q["level"] for q in data["questions"]} == {"none", "season-1"}
    assert data["hidden"].endswith("Season 2")


def test_export_with_spoilers_on_holds_season2(run_quiz) -> None:
    data = export(run_quiz, "--spoilers", "on")
    assert "season-2" in {q["level"] for q in data["questions"]}
    assert data["hidden"] == ""


def test_export_follows_the_saved_setting(run_quiz, quiz_home: Path) -> None:
    quiz_home.mkdir(parents=True, exist_ok=True)
    (quiz_home / "settings.json").write_text(json.dumps({"watched": {"narcos-mexico": "none"}}))
    data = export(run_quiz)
    assert {q["level"] for q in data["questions"]} == {"none"}


def test_export_is_deterministic_and_yaml_works(run_quiz) -> None:
    assert export(run_quiz) == export(run_quiz)
    result = run_quiz("packs", "export", "narcos-mexico", "--format", "yaml", "--seed", "5")
    assert result.returncode == 0 and "seed: '5'" in result.stdout


def test_export_unknown_pack(run_quiz) -> None:
    result = run_quiz("packs", "export", "nope")
    assert result.returncode == 2
    assert "no pack with id 'nope' (installed: narcos-mexico)" in result.stderr


# Slow (pip builds a wheel in a fresh environment, 7 s), and in CI a duplicate:
# .ci/run installs this same wheel, and every test that lists or plays the built-in
# pack then runs from it. CI runs it with `pytest -m slow`.
@pytest.mark.slow
@pytest.mark.skipif(not (REPO / "pyproject.toml").exists(), reason="needs the source tree")
def test_the_wheel_ships_the_builtin_packs(tmp_path: Path) -> None:
    import subprocess

    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(tmp_path), str(REPO)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("spoiler_aware_quiz-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "quiz/questions/narcos-mexico.yaml" in names
    assert "quiz/questions/README.md" in names  # `quiz packs guide` prints it
    assert "quiz/cli/__init__.py" in names and "quiz/core/loader.py" in names
