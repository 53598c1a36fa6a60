"""`quiz spoilers [on|off|status] [--pack ID --watched LEVEL] [--yes]` through the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.core.helpers import builtin_pack

PACK = "narcos-mexico"


def hidden_note(*levels: str) -> str:
    """The count the game shows for the built-in pack's questions at these
    levels (a fact asked both ways is two)."""
    pack = builtin_pack()
    counts: Counter[str] = Counter()
    for entry in (*pack.facts, *pack.questions):
        if entry.spoiler in levels:
            counts[entry.spoiler] += len(entry.question_ids)
    if len(levels) == 1:
        return f"{counts[levels[0]]} hidden: {pack.label(levels[0])}"
    parts = ", ".join(f"{counts[level]} {pack.label(level)}" for level in levels)
    return f"{sum(counts.values())} hidden: {parts}"


def settings(quiz_home: Path) -> dict:
    return json.loads((quiz_home / "settings.json").read_text(encoding="utf-8"))


def spoilers(run_quiz, *args: str, input: str = "") -> subprocess.CompletedProcess:
    return run_quiz("spoilers", *args, input=input)


def export_levels(run_quiz) -> set[str]:
    result = run_quiz("packs", "export", PACK, "--seed", "1")
    assert result.returncode == 0, result.stderr
    return {q["level"] for q in json.loads(result.stdout)["questions"]}


def status_is(run_quiz, text: str) -> None:
    result = spoilers(run_quiz, "status")
    assert result.returncode == 0, result.stderr
    assert result.stdout == text


DEFAULT_STATUS = f"Spoiler mode: off\n  {PACK}: watched through Season 1; {hidden_note('season-2')}\n"
ON_STATUS = f"Spoiler mode: on\n  {PACK}: spoilers on\n"


def test_status_out_of_the_box(run_quiz, quiz_home: Path) -> None:
    for args in ((), ("status",)):
        result = spoilers(run_quiz, *args)
        assert result.returncode == 0, result.stderr
        assert result.stdout == DEFAULT_STATUS
    assert not (quiz_home / "settings.json").exists()  # reading changes nothing


def test_on_in_a_pipe_without_yes_refuses_and_stays_off(run_quiz, quiz_home: Path) -> None:
    result = spoilers(run_quiz, "on", input="y\n")
    assert result.returncode == 2
    assert "turning spoilers on needs a yes: run it in a terminal, or add --yes" in result.stderr
    assert "Spoiler mode: on" not in result.stdout
    assert not (quiz_home / "settings.json").exists()
    status_is(run_quiz, DEFAULT_STATUS)
    assert "season-2" not in export_levels(run_quiz)


def test_on_with_yes_turns_on_and_persists(run_quiz, quiz_home: Path) -> None:
    result = spoilers(run_quiz, "on", "--yes")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ON_STATUS
    assert settings(quiz_home)["spoilers"] is True
    status_is(run_quiz, ON_STATUS)
    assert export_levels(run_quiz) == {"none", "season-1", "season-2"}
    # already on: nothing to confirm, even in a pipe
    again = spoilers(run_quiz, "on")
    assert again.returncode == 0 and again.stdout == ON_STATUS


def test_off_applies_at_once(run_quiz, quiz_home: Path) -> None:
    assert spoilers(run_quiz, "on", "--yes").returncode == 0
    result = spoilers(run_quiz, "off")
    assert result.returncode == 0, result.stderr
    assert result.stdout == DEFAULT_STATUS
    assert settings(quiz_home)["spoilers"] is False
    assert "season-2" not in export_levels(run_quiz)
    round_ = run_quiz("play", "--plain", "-n", "1", "--seed", "1", input="")
    assert round_.returncode == 0
    assert f"Spoilers off: watched through Season 1 ({hidden_note('season-2')})" in round_.stdout


def test_watched_none_changes_the_horizon_everywhere(run_quiz, quiz_home: Path) -> None:
    result = spoilers(run_quiz, "--pack", PACK, "--watched", "none")
    assert result.returncode == 0, result.stderr
    note = hidden_note("season-1", "season-2")
    assert result.stdout == f"Spoiler mode: off\n  {PACK}: nothing watched; {note}\n"
    assert settings(quiz_home)["watched"] == {PACK: "none"}

    listing = run_quiz("packs", "list")
    assert listing.returncode == 0
    assert f"questions (nothing watched)\n    {note}\n" in listing.stdout
    data = json.loads(run_quiz("packs", "list", "--json").stdout)
    narcos = next(p for p in data["packs"] if p["id"] == PACK)
    assert narcos["horizon"] == "nothing watched"
    assert set(narcos["hidden_by_level"]) == {"Season 1", "Season 2"}

    assert export_levels(run_quiz) == {"none"}


def test_watched_through_season2_shows_season2_with_spoiler_mode_off(run_quiz) -> None:
    result = spoilers(run_quiz, "--pack", PACK, "--watched", "season-2", "--yes")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Spoiler mode: off\n  {PACK}: watched through Season 2\n"
    listing = run_quiz("packs", "list").stdout
    assert "questions (watched through Season 2)\n" in listing and "hidden" not in listing
    assert "season-2" in export_levels(run_quiz)


def test_watched_past_the_default_in_a_pipe_needs_yes(run_quiz, quiz_home: Path) -> None:
    """Season 2 marked as watched shows what spoiler mode shows: the same yes."""
    result = spoilers(run_quiz, "--pack", PACK, "--watched", "season-2", input="y\n")
    assert result.returncode != 0
    assert ("showing Season 2 of narcos-mexico needs a yes: run it in a terminal, "
            "or add --yes") in result.stderr
    assert "watched through Season 2" not in result.stdout
    assert not (quiz_home / "settings.json").exists()
    status_is(run_quiz, DEFAULT_STATUS)
    assert "season-2" not in export_levels(run_quiz)


def test_watched_at_or_below_what_was_agreed_needs_no_yes(run_quiz, quiz_home: Path) -> None:
    assert spoilers(run_quiz, "--pack", PACK, "--watched", "season-2", "--yes").returncode == 0
    # The same again, down, and back up to the pack's default: no question.
    for level, horizon in (("season-2", "watched through Season 2"),
                           ("none", "nothing watched"), ("season-1", "watched through Season 1")):
        result = spoilers(run_quiz, "--pack", PACK, "--watched", level)
        assert result.returncode == 0, (level, result.stderr)
        assert f"  {PACK}: {horizon}" in result.stdout
    # What was agreed is what is set now: past it asks again.
    assert spoilers(run_quiz, "--pack", PACK, "--watched", "season-2").returncode != 0
    assert settings(quiz_home)["watched"] == {PACK: "season-1"}


@pytest.mark.parametrize("given, level", [("Season 2", "season-2"), ("season 2", "season-2"),
                                          ("SEASON 1", "season-1"), ("nothing yet", "none")])
def test_watched_takes_the_label_as_well_as_the_id(run_quiz, quiz_home: Path, given: str,
                                                   level: str) -> None:
    result = spoilers(run_quiz, "--pack", PACK, "--watched", given, "--yes")
    assert result.returncode == 0, result.stderr
    assert settings(quiz_home)["watched"] == {PACK: level}


def test_an_unknown_level_exits_2_and_changes_nothing(run_quiz, quiz_home: Path) -> None:
    result = spoilers(run_quiz, "--pack", PACK, "--watched", "season-9")
    assert result.returncode == 2
    assert (f"no level 'season-9' in {PACK} (levels: none = Nothing yet, "
            "season-1 = Season 1, season-2 = Season 2)" in result.stderr)
    assert not (quiz_home / "settings.json").exists()
    status_is(run_quiz, DEFAULT_STATUS)


def test_an_unknown_pack_exits_2(run_quiz, quiz_home: Path) -> None:
    result = spoilers(run_quiz, "--pack", "nope", "--watched", "none")
    assert result.returncode == 2
    assert f"no pack with id 'nope' (installed: {PACK})" in result.stderr
    assert not (quiz_home / "settings.json").exists()


@pytest.mark.parametrize("args", [("--watched", "none"), ("--pack", PACK)])
def test_pack_and_watched_go_together(run_quiz, quiz_home: Path, args: tuple[str, str]) -> None:
    result = spoilers(run_quiz, *args)
    assert result.returncode == 2
    assert "--pack and --watched go together" in result.stderr
    assert not (quiz_home / "settings.json").exists()


# -- the question, in a terminal -------------------------------------------------------

def run_in_terminal(quiz_home: Path, reply: str, *args: str) -> subprocess.CompletedProcess:
    """Run `quiz ARGS` with a terminal as standard input, typing `reply`."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    env = {**os.environ, "QUIZ_HOME": str(quiz_home), "PYTHONIOENCODING": "utf-8"}
    try:
        with subprocess.Popen([sys.executable, "-m", "quiz", *args], stdin=slave,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              encoding="utf-8", env=env, cwd=quiz_home.parent) as proc:
            os.close(slave)
            slave = -1
            os.write(master, reply.encode())
            out, err = proc.communicate(timeout=60)
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    finally:
        os.close(master)
        if slave != -1:
            os.close(slave)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_on_in_a_terminal_asks_and_no_keeps_it_off(run_quiz, quiz_home: Path) -> None:
    result = run_in_terminal(quiz_home, "n\n", "spoilers", "on")
    assert result.returncode == 1, result.stderr
    assert "not watched yet. Go ahead? [y/N]" in result.stdout
    assert "Nothing changed." in result.stdout
    assert not (quiz_home / "settings.json").exists()
    status_is(run_quiz, DEFAULT_STATUS)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_on_in_a_terminal_asks_and_yes_turns_it_on(run_quiz, quiz_home: Path) -> None:
    result = run_in_terminal(quiz_home, "y\n", "spoilers", "on")
    assert result.returncode == 0, result.stderr
    assert "not watched yet. Go ahead? [y/N]" in result.stdout
    assert result.stdout.endswith(ON_STATUS)
    assert settings(quiz_home)["spoilers"] is True


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("reply", ["n\n", "\n"])
def test_watched_past_the_default_in_a_terminal_asks_and_no_changes_nothing(
        run_quiz, quiz_home: Path, reply: str) -> None:
    result = run_in_terminal(quiz_home, reply, "spoilers", "--pack", PACK, "--watched", "season-2")
    assert result.returncode == 1, result.stderr
    assert "Season 2 of narcos-mexico" in result.stdout and "[y/N]" in result.stdout
    assert "Nothing changed." in result.stdout
    assert not (quiz_home / "settings.json").exists()
    status_is(run_quiz, DEFAULT_STATUS)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_watched_past_the_default_in_a_terminal_asks_and_yes_saves(run_quiz, quiz_home: Path) -> None:
    result = run_in_terminal(quiz_home, "y\n", "spoilers", "--pack", PACK, "--watched", "Season 2")
    assert result.returncode == 0, result.stderr
    assert "[y/N]" in result.stdout
    assert result.stdout.endswith(f"Spoiler mode: off\n  {PACK}: watched through Season 2\n")
    assert settings(quiz_home)["watched"] == {PACK: "season-2"}
