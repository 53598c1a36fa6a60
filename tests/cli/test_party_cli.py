"""`quiz play --players`: a hot-seat party, end to end through the real command."""

from __future__ import annotations

import json
import re

import pytest

from tests.cli.test_play_plain import leaked, replay_command, spoiler_setup

PODIUM = re.compile(r"^(\d)\. (.+) (\d+) \((\d+) of (\d+) right, best streak (\d+)\)$",
                    re.MULTILINE)


def party(run_quiz, players: str, *args: str, input: str):
    result = run_quiz("play", "--plain", "--players", players, *args, input=input)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_party_with_one_season1_player_shows_no_season2_text(run_quiz) -> None:
    """Three players, two of whom watched season 2: every question the pack can
    ask at season 1, answered right and wrong, and no season-2 text anywhere in
    the transcript or in `quiz scores`."""
    _pack, secrets = spoiler_setup()
    players = "Ana=season-2,Ben=Season 2,Cy=season-1"
    out = party(run_quiz, players, "-n", "20", "--seed", "5", input="1\n2\n" * 80)
    assert "Spoilers off: watched through Season 1" in out
    assert "Players: Ana (Season 2), Ben (Season 2), Cy (Season 1)" in out
    assert "Right!" in out and "Wrong." in out
    assert leaked(secrets, out) == []
    scores = run_quiz("scores")
    assert leaked(secrets, scores.stdout) == []


def test_the_same_party_all_accepting_spoilers_does_see_season2(run_quiz) -> None:
    """The check above can fail: with every player's yes, season 2 shows."""
    _pack, secrets = spoiler_setup()
    out = party(run_quiz, "Ana=spoilers,Ben=spoilers,Cy=spoilers", "-n", "20", "--seed", "5",
                input="1\n" * 120)
    assert "Spoilers on" in out
    assert leaked(secrets, out)


def test_turns_scores_podium_and_quiz_scores(run_quiz) -> None:
    out = party(run_quiz, "Ana,Ben,Cy", "-n", "2", "--seed", "3", input="1\n" * 6)
    turns = re.findall(r"^(\w+)'s turn$", out, re.MULTILINE)
    assert turns == ["Ana", "Ben", "Cy"] * 2
    assert len(re.findall(r"^Scores: Ana \d+ \(streak \d\) · Ben \d+ \(streak \d\) · "
                          r"Cy \d+ \(streak \d\)$", out, re.MULTILINE)) == 6
    podium = {m[1]: int(m[2]) for m in PODIUM.findall(out)}
    assert set(podium) == {"Ana", "Ben", "Cy"}
    assert "Score " not in out.split("Round over")[1]   # the podium, not one shared score
    assert replay_command(out).startswith("quiz play --pack narcos-mexico --mode classic "
                                          "--players Ana,Ben,Cy -n 2")
    shown = run_quiz("scores").stdout
    assert "Party rounds" in shown
    for name, score in podium.items():
        assert f"{name} {score}" in shown.split("Party rounds")[1]
    report = json.loads(run_quiz("scores", "--json").stdout)
    assert [p[1] for p in report["recent"][0]["players"]] == [
        name for name, _ in sorted(podium.items(), key=lambda kv: -kv[1])]


def test_a_party_sets_no_solo_best(run_quiz) -> None:
    party(run_quiz, "Ana,Ben", "-n", "2", "--seed", "3", input="1\n" * 4)
    report = json.loads(run_quiz("scores", "--json").stdout)
    assert report["bests"] == [] and report["packs"] == []
    solo = run_quiz("play", "--plain", "-n", "2", "--seed", "3", input="1\n1\n")
    assert "First full round of this pack and mode." in solo.stdout


def test_names_are_spelled_out_and_never_markup(run_quiz) -> None:
    out = party(run_quiz, "[bold]Ana,Ben\x1b[2J", "-n", "1", "--seed", "3", input="1\n1\n")
    assert "[bold]Ana's turn" in out
    assert "\x1b" not in out
    assert "\x1b" not in run_quiz("scores").stdout


@pytest.mark.parametrize("players, words", [
    ("Ana", "2 to 8 players"),
    ("A,B,C,D,E,F,G,H,I", "2 to 8 players"),
    ("Ana,,Ben", "has no name"),
    ("Ana,ANA", "two players are called 'ANA'"),
    ("Ana=season-9,Ben", "no level 'season-9'"),
])
def test_bad_players_are_one_line_errors(run_quiz, players, words) -> None:
    result = run_quiz("play", "--plain", "--players", players, input="")
    assert result.returncode == 2
    assert words in result.stderr and result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_spoilers_on_for_a_party_in_a_pipe_is_refused(run_quiz) -> None:
    """One flag cannot say yes for three people, and a pipe cannot ask them."""
    result = run_quiz("play", "--plain", "--players", "Ana,Ben", "--spoilers", "on", input="y\n")
    assert result.returncode == 2
    assert "NAME=spoilers" in result.stderr and result.stdout == ""


def test_spoilers_off_overrules_a_players_yes(run_quiz) -> None:
    out = party(run_quiz, "Ana=spoilers,Ben=spoilers", "--spoilers", "off", "-n", "1",
                input="1\n1\n")
    assert "Spoilers off: watched through Season 1" in out


def test_time_scoring_and_no_streak_from_the_command_line(run_quiz) -> None:
    out = run_quiz("play", "--plain", "-n", "3", "--seed", "3", "--scoring", "time",
                   "--streak", "off", input="1\n1\n1\n").stdout
    points = [int(p) for p in re.findall(r"^Right! \+(\d+)", out, re.MULTILINE)]
    assert all(500 <= p <= 1000 for p in points)
    assert "streak)" not in out
    assert replay_command(out).endswith("--scoring time")
