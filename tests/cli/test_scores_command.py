"""`quiz scores` and review rounds, through the real command: what was played
shows up, and nothing above the horizon does."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_play_plain import (
    PACK, bests, leaked, planned, play, points_with_streak, right_line, spoiler_setup,
    summary, wrong_line,
)


def lines_for(questions: list[dict], line) -> str:
    return "".join(line(q) + "\n" for q in questions)


def scores(run_quiz, *args: str) -> str:
    result = run_quiz("scores", *args)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return result.stdout


def test_two_rounds_show_in_quiz_scores_with_the_best(run_quiz) -> None:
    first = planned("1", 5)
    play(run_quiz, "-n", "5", "--seed", "1", input=lines_for(first, right_line))
    second = planned("2", 5)
    out = play(run_quiz, "-n", "5", "--seed", "2", input=lines_for(second, wrong_line)).stdout
    best = points_with_streak(5)
    assert bests(out)[0] == f"Best in this mode: {best} ({best} short)."

    report = scores(run_quiz)
    assert "2 rounds, 10 answers, 50% right" in report
    recent = report.split("Recent rounds\n")[1].split("\n\n")[0].splitlines()
    # In columns: a heading row, then the rounds newest first, the figures lined up.
    assert recent[0].split() == ["When", "Pack", "Mode", "Score", "Right"]
    assert len(recent) == 3
    assert recent[2].endswith(f"  {points_with_streak(5)}  5/5")
    assert recent[1].endswith(f"  {'0':>{len(str(points_with_streak(5)))}}  0/5")
    assert len({len(line) for line in recent[1:]}) == 1
    best_row = report.split("Best scores\n")[1].splitlines()[1]
    assert best_row.split()[:3] == [PACK, "classic", str(points_with_streak(5))]
    # The two seeds share questions: one right then wrong is due again at once.
    seen = len({q["id"] for q in first + second})
    assert f"0 of 60 questions mastered, {seen} seen, 5 to review" in report

    data = json.loads(scores(run_quiz, "--json"))
    assert (data["rounds"], data["answers"], data["correct"]) == (2, 10, 5)
    assert [(b["mode"], b["best"]) for b in data["bests"]] == [("classic", points_with_streak(5))]
    assert data["packs"][0]["id"] == PACK and data["packs"][0]["due"] == 5


def test_a_round_cut_short_is_kept_and_marked_but_sets_no_best(run_quiz) -> None:
    questions = planned("4", 5)[:2]
    out = play(run_quiz, "-n", "5", "--seed", "4", input=lines_for(questions, right_line)).stdout
    assert summary(out)[0] == "Round ended early"
    report = scores(run_quiz)
    assert "2/2, ended early" in report
    assert "Best scores" not in report


def test_nothing_played_nothing_to_review(run_quiz) -> None:
    assert "No rounds played yet" in scores(run_quiz)
    out = play(run_quiz, "--mode", "review", input="").stdout
    assert "Nothing to review" in out


def test_scores_and_review_keep_out_what_was_answered_with_spoilers_on(run_quiz) -> None:
    pack, secrets = spoiler_setup()
    everything = planned("9", 500, spoilers=True)
    play(run_quiz, "--spoilers", "on", "-n", "500", "--seed", "9",
         input=lines_for(everything, wrong_line))

    report = scores(run_quiz) + scores(run_quiz, "--json")
    assert leaked(secrets, report) == []
    assert "Season 2" not in report
    below = {i for e in (*pack.facts, *pack.questions) if e.spoiler != "season-2"
             for i in e.question_ids}
    visible = len(below)
    seen = len({q["id"] for q in everything} & below)
    assert f"0 of {visible} questions mastered, {seen} seen, {seen} to review" in report

    # Review asks what is due, less what an earlier question gives away.
    due = planned("1", 500, mode="review")
    assert 0 < len(due) <= seen and {q["id"] for q in due} <= below
    review = play(run_quiz, "--mode", "review", "-n", "500", "--seed", "1", input="").stdout
    assert leaked(secrets, review) == []
    assert f"review · {len(due)} questions" in review

    # With spoilers on, the same history does show the season-2 questions: the
    # checks above could fail.
    assert run_quiz("spoilers", "on", "--yes").returncode == 0
    report = scores(run_quiz)
    assert "Season 2 0%" in report and leaked(secrets, report)
    review = play(run_quiz, "--mode", "review", "-n", "500", "--seed", "1", input="").stdout
    assert f"review · {len(planned('1', 500, mode='review'))} questions" in review
    assert len(planned("1", 500, mode="review")) > len(due)


def test_a_damaged_score_file_is_set_aside_with_a_message_and_play_goes_on(
        run_quiz, quiz_home: Path) -> None:
    quiz_home.mkdir(parents=True)
    (quiz_home / "scores.json").write_bytes(b'{"schema": 1, "sessions": [{"id": "x"')
    result = run_quiz("scores")
    assert result.returncode == 0
    [aside] = quiz_home.glob("scores.json.corrupt-*")
    assert "damaged" in result.stderr and str(aside) in result.stderr
    assert "No rounds played yet" in result.stdout
    questions = planned("5", 3)
    play(run_quiz, "-n", "3", "--seed", "5", input=lines_for(questions, right_line))
    assert "1 round, 3 answers, 100% right" in scores(run_quiz)


def test_a_question_asked_the_other_way_round_is_scored_and_listed(
        run_quiz, quiz_home: Path) -> None:
    """A fact with a `reverse:` is two questions ('ID' and 'ID~reverse'): both
    are kept, counted and named in the report as they were asked."""
    import shutil

    from quiz.game import Game

    (quiz_home / "packs").mkdir(parents=True)
    shutil.copyfile(Path(__file__).resolve().parent.parent / "packs" / "giveaways.yaml",
                    quiz_home / "packs" / "giveaways.yaml")
    game = Game.load()
    pack = game.catalog.get("giveaways")
    seed, first = next((str(s), q) for s in range(1, 200)
                       for q in game.new_round(pack, "survival", seed=str(s)).queue[:1]
                       if q.id.endswith("~reverse"))
    play(run_quiz, "--pack", "giveaways", "--mode", "survival", "--seed", seed,
         input="no idea\n" * 3)
    report = scores(run_quiz)
    assert f"{first.prompt} → {first.answer} (missed 1 of 1)" in report
    data = json.loads(scores(run_quiz, "--json"))
    progress = next(p for p in data["packs"] if p["id"] == "giveaways")
    assert progress["seen"] == 3 and progress["visible"] == len(game.view(pack).entry_ids)
