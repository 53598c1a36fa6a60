"""`quiz --version`, and the pack author's guide for whoever installed with pip."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

import quiz.cli
from quiz import DISTRIBUTION
from quiz.store import paths


def test_version_is_the_installed_distributions(run_quiz) -> None:
    result = run_quiz("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"quiz {importlib.metadata.version(DISTRIBUTION)}\n"


@pytest.fixture
def never_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_found(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", not_found)


def test_a_checkout_never_installed_gives_its_pyprojects_version(
        never_installed: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "spoiler-aware-quiz"\nversion = "9.8.7"\n', encoding="utf-8")
    monkeypatch.setattr(quiz.cli, "_PYPROJECT", pyproject)
    assert quiz.cli.version() == "9.8.7 (a source checkout, not installed)"


def test_without_metadata_or_a_checkout_the_version_is_unknown_not_a_crash(
        never_installed: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(quiz.cli, "_PYPROJECT", tmp_path / "nowhere" / "pyproject.toml")
    with pytest.raises(SystemExit) as exited:
        quiz.cli.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == "quiz unknown (not installed)\n"


def test_packs_guide_prints_the_guide_that_ships_with_the_game(run_quiz) -> None:
    result = run_quiz("packs", "guide")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Writing question packs\n")
    assert "## Quick start" in result.stdout and "## Command reference" in result.stdout
    where = run_quiz("packs", "guide", "--path")
    assert where.returncode == 0, where.stderr
    guide = Path(where.stdout.strip())
    assert guide == paths.builtin_packs_dir() / "README.md"
    assert result.stdout == guide.read_text(encoding="utf-8")
    assert (guide.parent / "narcos-mexico.yaml").is_file()  # "sits next to this file"


def test_a_guide_missing_from_a_broken_install_is_one_clear_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(paths, "builtin_packs_dir", lambda: tmp_path / "questions")
    assert quiz.cli.main(["packs", "guide"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("quiz: the pack author's guide could not be read from ")
    assert error.count("\n") == 1
