"""Every test runs with its own QUIZ_HOME: nothing touches the real home."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TEST_PACKS = Path(__file__).resolve().parent / "packs"


@pytest.fixture(autouse=True)
def quiz_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "quiz-home"
    monkeypatch.setenv("QUIZ_HOME", str(home))
    return home


def run_python(quiz_home: Path, *args: str, input: str | None = None,
               timeout: float = 60) -> subprocess.CompletedProcess:
    """Python in a subprocess, with this QUIZ_HOME, in a temporary folder: Python
    puts the current folder first on sys.path, and in the checkout its quiz/ would
    come before the installed package (tests/test_structure.py checks)."""
    env = {**os.environ, "QUIZ_HOME": str(quiz_home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, *args], input=input, capture_output=True,
        text=True, encoding="utf-8", env=env, timeout=timeout, cwd=quiz_home.parent,
    )


@pytest.fixture
def run_quiz(quiz_home: Path):
    """Run the real command in a subprocess, as a user would."""

    def run(*args: str, input: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
        return run_python(quiz_home, "-m", "quiz", *args, input=input, timeout=timeout)

    return run


@pytest.fixture
def write_pack(tmp_path: Path):
    """Write a pack file from text and return its path."""

    def write(text: str, name: str = "pack.yaml") -> Path:
        path = tmp_path / "packs-under-test" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write
