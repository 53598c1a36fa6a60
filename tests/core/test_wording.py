"""The words both shells show (quiz/core/wording.py): counts, the progress line,
the results, the pack summaries."""

from __future__ import annotations

import dataclasses

from quiz.core.loader import Loaded
from quiz.core.pack import Location, Problem
from quiz.core.packwords import counted, not_loaded, pack_line, pack_lines
from quiz.core.round import Round, RoundConfig
from quiz.core.scorebook import Best, Saved
from quiz.core.spoilers import Horizon, View, gate
from quiz.core.wording import duration, progress, results, round_header, spark

from tests.core.helpers import demo_pack

WRONG = "certainly not the answer"


def view(level: str | None = "season-1") -> View:
    """The demo pack at a horizon; None means spoilers on."""
    return gate(demo_pack(), Horizon(level))


def start(v: View, mode: str = "classic", length: int = 50, seed: str = "1") -> Round:
    return Round.start(v, RoundConfig("demo", mode, length, seed))


def test_a_count_is_singular_for_one_and_never_says_s_in_brackets() -> None:
    assert [counted(n, "question") for n in (0, 1, 2)] == [
        "0 questions", "1 question", "2 questions"]
    assert counted(1, "full round") == "1 full round"
    assert counted(3, "missed question") == "3 missed questions"


def test_a_round_of_one_question_says_so_in_its_header() -> None:
    v = view()
    header = round_header(v, start(v, length=1, seed="7"))
    assert header[0] == "Demo pack · classic · 1 question · seed 7"
    assert header[1] == f"Spoilers off: watched through Season 1 ({v.hidden_note()})"


def test_the_progress_line_numbers_the_question_asked_then_the_one_answered() -> None:
    round_ = start(view())
    total = round_.total
    assert progress(round_) == f"Question 1 of {total}   Score 0   Streak 0"
    round_.answer(round_.current.answer)
    # The feedback is about question 1; the next question is 2.
    assert progress(round_, asking=False) == f"Question 1 of {total}   Score 100   Streak 1"
    assert progress(round_) == f"Question 2 of {total}   Score 100   Streak 1"


def test_the_blitz_clock_counts_down_the_seconds_the_question_has_been_on_screen() -> None:
    round_ = start(view(), mode="blitz")
    assert progress(round_).endswith("   Time 60 s")
    assert progress(round_, thinking=12.4).endswith("   Time 48 s")
    assert progress(round_, thinking=75).endswith("   Time 0 s")
    round_.answer(WRONG, 20)
    assert progress(round_, thinking=5).endswith("   Time 35 s")
    assert progress(start(view(), mode="survival")).endswith("   Lives 3")


def test_results_list_no_missed_question_above_the_horizon_of_now() -> None:
    """A round played with spoilers on, every answer wrong, then spoilers off:
    the season-2 questions it missed are counted, never shown."""
    played = start(view(None))
    while played.current is not None:
        played.answer(WRONG)
    season2 = [a.question for a in played.missed if a.question.level == "season-2"]
    assert season2  # the premise: Round.missed still holds them, as they were asked

    missed = "\n".join(results(played, view("season-1"), None).missed)
    for question in season2:
        assert question.prompt not in missed and question.answer not in missed
    noun = "question" if len(season2) == 1 else "questions"
    assert missed.endswith(f"\n{len(season2)} missed {noun} hidden: spoilers off, "
                           "watched through Season 1.")
    everything = results(played, view(None), None).missed
    assert everything[0] == "Missed:" and len(everything) == 1 + 2 * len(played.missed)
    assert all(f"• {a.question.full_prompt}" in everything for a in played.missed)


def test_results_of_a_round_with_nothing_missed_or_nothing_answered() -> None:
    round_ = start(view(), length=2)
    assert results(round_, view(), None).missed == ("No questions answered.",)
    while round_.current is not None:
        round_.answer(round_.current.answer)
    shown = results(round_, view(), None)
    assert shown.missed == ("Nothing missed!",)
    assert shown.score_line == f"Score {round_.score}" == f"Score {shown.score}"
    assert shown.figures == ("2 of 2 right (100%)", "Best streak 2", "Time taken 0 s")
    assert shown.replay == ("Seed 1. Replay this round with:",
                            "quiz play --pack demo --mode classic -n 2 --seed 1")
    assert shown.lines()[-2:] == list(shown.replay)


def test_results_list_every_question_answered_right_and_wrong() -> None:
    round_ = start(view(None), length=6)
    for mark in "rwrrwr":
        question = round_.current
        round_.answer(question.answer if mark == "r" else WRONG, seconds=22.4)
    shown = results(round_, view(None), None)
    right = [a.question for a in round_.answers if a.correct]
    assert shown.right == ("Right:", *[line for q in right
                                       for line in (f"• {q.full_prompt}", f"  → {q.answer}")])
    assert len(shown.missed) == 1 + 2 * 2
    assert "Time taken 2 min 14 s" in shown.figures  # 6 answers of 22.4 s
    # The line mode's order: what happened, the score, the figures, then the lists.
    lines = shown.lines()
    assert lines.index(shown.score_line) < lines.index(shown.figures[0])
    assert lines.index("Missed:") < lines.index("Right:") < lines.index(shown.replay[0])


def test_results_count_right_answers_above_the_horizon_of_now_and_never_show_them() -> None:
    played = start(view(None))
    while played.current is not None:
        played.answer(played.current.answer)
    season2 = [a.question for a in played.answers if a.question.level == "season-2"]
    assert season2
    shown = results(played, view("season-1"), None)
    listed = "\n".join(shown.right)
    for question in season2:
        assert question.prompt not in listed and question.answer not in listed
    assert shown.right[-1] == (f"{counted(len(season2), 'right answer')} hidden: spoilers off, "
                               "watched through Season 1.")
    assert listed.count("•") == played.correct - len(season2)
    assert shown.missed == ("Nothing missed!",)


def test_a_duration_reads_at_a_glance() -> None:
    assert [duration(s) for s in (0, 44.6, 59.4, 60, 134, 3599, 3900)] == [
        "0 s", "45 s", "59 s", "1 min 0 s", "2 min 14 s", "59 min 59 s", "1 h 5 min"]


def test_the_lines_about_bests() -> None:
    round_ = start(view(), length=2)
    first = Saved(None, new_best=False, ranked=True, score=300, recent=(300,))
    assert results(round_, view(), first).best == ("First full round of this pack and mode.",)
    best = Best(300, "a", "2026-11-21", 3, 3)
    later = Saved(best, new_best=False, ranked=True, score=200, recent=(300, 200))
    assert results(round_, view(), later).best == (
        "Best in this mode: 300 (100 short).", f"Your last 2 classic rounds  {spark((300, 200))}")
    assert results(round_, view(), Saved(None, False, ranked=False, score=0)).best == ()


def test_a_pack_in_a_list_and_in_detail() -> None:
    v = view()
    hidden = v.hidden_note()
    assert hidden.endswith(" Season 2")
    assert pack_line(v) == f"{v.visible_count} questions · built-in · {hidden}"
    assert pack_lines(v) == [
        f"{v.visible_count} questions (watched through Season 1)", hidden,
        "Topics: " + ", ".join(v.topics), f"From: built-in pack, {v.path}"]
    one = dataclasses.replace(v, facts=v.facts[:1], questions=(), hidden=())
    assert one.visible_count == 1
    assert pack_line(one) == "1 question · built-in"


def test_a_pack_that_could_not_be_loaded_with_its_first_error() -> None:
    problem = Problem(Location("broken.yaml", 4, 1), "YAML syntax error")
    assert not_loaded(Loaded("broken.yaml", problems=[problem])) == (
        "Not loaded: broken.yaml", str(problem))
    assert not_loaded(Loaded("gone.yaml")) == ("Not loaded: gone.yaml", "could not be loaded")
