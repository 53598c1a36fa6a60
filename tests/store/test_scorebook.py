"""The score book's rules: answers counted once, Leitner boxes, bests, the cap."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from quiz.core.scoreboard import build_report
from quiz.core.wording import best_note, spark
from quiz.core.scorebook import HISTORY_CAP, AnswerRecord, ScoreBook, Session, now_text
from quiz.core.yamltext import printable

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)


def session(session_id: str = "s1", answers: tuple[bool, ...] = (True,), complete: bool = True,
            score: int | None = None, mode: str = "classic", pack: str = "demo",
            questions: tuple[str, ...] = ()) -> Session:
    ids = questions or tuple(f"q{n}" for n in range(len(answers)))
    return Session(
        id=session_id, pack=pack, mode=mode, horizon="watched through Season 1", seed="7",
        topic="", started=now_text(NOW), ended=now_text(NOW),
        score=100 * sum(answers) if score is None else score, questions=len(answers),
        best_streak=0, complete=complete,
        answers=[AnswerRecord(q, right, 2.5) for q, right in zip(ids, answers)])


def test_saving_the_same_session_twice_counts_its_answers_once() -> None:
    book = ScoreBook()
    book.apply(session(answers=(True, False), complete=False), NOW)
    book.apply(session(answers=(True, False), complete=False), NOW)
    book.apply(session(answers=(True, False, True)), NOW)
    assert len(book.sessions) == 1 and len(book.sessions[0].answers) == 3
    stats = book.progress["demo"]
    assert (stats["q0"].seen, stats["q1"].seen, stats["q2"].seen) == (1, 1, 1)


def test_a_right_answer_moves_a_question_up_a_box_and_a_wrong_one_back_to_the_first() -> None:
    book = ScoreBook()
    for n, right in enumerate((True, True, True, False, True)):
        book.apply(session(f"s{n}", (right,), questions=("q",)), NOW + timedelta(days=30 * n))
    stat = book.progress["demo"]["q"]
    assert (stat.seen, stat.right, stat.box) == (5, 4, 2)
    assert datetime.fromisoformat(stat.due) == NOW + timedelta(days=120 + 1)


def test_due_lists_missed_questions_at_once_and_right_ones_when_their_day_comes() -> None:
    book = ScoreBook()
    book.apply(session(answers=(True, False, True), questions=("right", "missed", "hidden")), NOW)
    visible = frozenset({"right", "missed"})
    assert book.due("demo", visible, NOW) == ["missed"]
    assert book.due("demo", visible, NOW + timedelta(days=1)) == ["missed", "right"]
    # A question outside what the player may see now is never due.
    assert "hidden" not in book.due("demo", visible, NOW + timedelta(days=99))
    assert book.next_due("demo", frozenset({"right"})) == now_text(NOW + timedelta(days=1))


def test_a_completed_round_that_beats_the_best_replaces_it() -> None:
    book = ScoreBook()
    first = book.apply(session("a", score=300), NOW)
    assert first.previous_best is None and book.best("demo", "classic").score == 300
    lower = book.apply(session("b", score=200), NOW)
    assert not lower.new_best and lower.previous_best.score == 300
    higher = book.apply(session("c", score=500), NOW)
    assert higher.new_best and higher.previous_best.score == 300
    assert book.best("demo", "classic").score == 500


def test_the_first_round_of_a_pack_and_mode_is_no_new_best_but_sets_the_best() -> None:
    book = ScoreBook()
    first = book.apply(session("a", score=300), NOW)
    assert first.first and not first.new_best and first.difference is None
    assert best_note(first) == "First full round of this pack and mode."
    # Another mode, another pack: a first round again.
    assert book.apply(session("b", score=100, mode="blitz"), NOW).first
    assert book.apply(session("c", score=100, pack="other"), NOW).first
    assert not book.apply(session("d", score=100), NOW).first


def test_a_score_of_0_or_a_tie_is_never_a_new_best() -> None:
    book = ScoreBook()
    zero = book.apply(session("a", (False,), score=0), NOW)
    assert not zero.new_best and best_note(zero) == "First full round of this pack and mode."
    again = book.apply(session("b", (False,), score=0), NOW)
    assert not again.new_best and best_note(again) == "Best in this mode: 0 (equalled)."
    book.apply(session("c", score=300), NOW)
    tie = book.apply(session("d", score=300), NOW)
    assert not tie.new_best and tie.difference == 0
    assert book.best("demo", "classic").session == "c"  # the tie does not take it


def test_results_compare_the_round_with_the_previous_best() -> None:
    book = ScoreBook()
    book.apply(session("a", score=780), NOW)
    lower = book.apply(session("b", score=530), NOW)
    assert (lower.previous_best.score, lower.difference) == (780, -250)
    assert best_note(lower) == "Best in this mode: 780 (250 short)."
    higher = book.apply(session("c", score=1030), NOW)
    assert (higher.previous_best.score, higher.difference) == (780, 250)
    assert best_note(higher) == "New best! Previous best: 780 (+250)."
    # A round ended early is compared with nothing.
    early = book.apply(session("d", score=2000, complete=False), NOW)
    assert early.difference is None and best_note(early) == ""


def test_rounds_cut_short_and_review_rounds_set_no_best() -> None:
    book = ScoreBook()
    assert not book.apply(session("a", score=900, complete=False), NOW).ranked
    assert not book.apply(session("b", score=900, mode="review"), NOW).ranked
    assert book.bests == {}


def test_history_keeps_the_newest_sessions_and_folds_the_rest_into_totals() -> None:
    book = ScoreBook()
    book.apply(session("best", score=5000), NOW)
    for n in range(HISTORY_CAP + 10):
        book.apply(session(f"s{n}", (True, False), score=100), NOW)
    assert len(book.sessions) == HISTORY_CAP
    assert book.sessions[-1].id == f"s{HISTORY_CAP + 9}"
    totals = book.folded["demo"]["classic"]
    assert (totals.sessions, totals.answers, totals.correct) == (11, 21, 11)
    # The best came from a folded session, and it stays.
    assert book.best("demo", "classic").score == 5000


def test_the_report_shows_the_score_files_strings_spelled_out_one_line_each() -> None:
    hostile = "x\x1b]2;PWNED\x07\n  forged"
    book = ScoreBook()
    book.apply(session(pack=hostile), NOW)
    book.apply(session("s2", pack="demo", mode=hostile), NOW)
    report = build_report(book, [], lambda pack: None, NOW)
    shown = [line for _, lines in report.sections() for line in lines]
    assert any(line.startswith("x<U+001B>]2;PWNED<U+0007><U+000A>  forged  classic  ")
               for line in shown), shown
    assert not any(c in line for line in shown for c in "\x1b\x07\n")
    # The report's data is spelled out too (line breaks aside, which JSON escapes):
    # `quiz scores --json` must not pass a C1 control through either.
    assert {line.pack for line in report.recent} == {printable(hostile), "demo"}


def test_saving_a_full_round_hands_back_the_latest_scores_of_its_pack_and_mode() -> None:
    book = ScoreBook()
    book.apply(session("a", score=300), NOW)
    book.apply(session("b", score=500, mode="blitz"), NOW)
    book.apply(session("c", score=100, complete=False), NOW)  # ended early: no score to show
    assert book.apply(session("d", score=200), NOW).recent == (300, 200)
    assert book.apply(session("e", complete=False), NOW).recent == ()
    assert book.apply(session("f", mode="review"), NOW).recent == ()


def test_a_sparkline_needs_two_points() -> None:
    assert spark([]) == spark([740]) == ""
    assert spark([300, 500]) == "▁█"


def test_the_report_lines_its_tables_up_in_columns_for_the_line_mode() -> None:
    book = ScoreBook()
    book.apply(session("a", pack="demo", score=100), NOW)
    book.apply(session("b", pack="a-much-longer-pack", mode="blitz", score=12345), NOW)
    shown = dict(build_report(book, [], lambda pack: None, NOW).sections())
    for heading, figure in (("Recent rounds", "Score"), ("Best scores", "Best")):
        header, *rows = shown[heading]
        # Each column of words starts where its heading does; figures end where theirs does.
        for row in rows:
            for at in (header.index("Mode"), header.index("Pack") or header.index("Mode")):
                assert row[at - 2:at] == "  " and row[at] != " ", row
        end = header.index(figure) + len(figure)
        assert {row[end - 1] for row in rows} <= set("0123456789"), rows
        assert {row[end] for row in rows} == {" "}, rows


def test_a_narrow_table_puts_the_score_first_and_keeps_figures_aligned_right() -> None:
    book = ScoreBook()
    book.apply(session("a", pack="demo", score=100), NOW)
    book.apply(session("b", pack="demo", score=12345), NOW)
    parts = dict(build_report(book, [], lambda pack: None, NOW).parts())
    recent = parts["Recent rounds"].narrowed()
    assert recent.columns[:2] == ("Score", "Right")
    assert sorted(recent.columns) == sorted(parts["Recent rounds"].columns)
    assert [row[0] for row in recent.rows] == ["12345", "100"]
    header, *rows = recent.lines()
    assert rows[1].startswith("  100  ")  # still a column of figures, aligned right
    assert parts["Best scores"].narrowed().columns[:3] == ("Best", "Mode", "Pack")
    assert recent.width() == parts["Recent rounds"].width()


def test_sparklines_are_of_one_pack_and_mode() -> None:
    book = ScoreBook()
    for n, (mode, pack, score) in enumerate((
            ("classic", "demo", 300), ("blitz", "demo", 1400), ("survival", "demo", 100),
            ("classic", "other", 900), ("classic", "demo", 500))):
        book.apply(session(f"s{n}", mode=mode, pack=pack, score=score), NOW)
    shown = dict(build_report(book, [], lambda pack: None, NOW).sections())
    # Scores of every pack and mode together are no trend: no line draws them.
    assert shown["Overall"] == ["5 rounds, 5 answers, 100% right"]
    bests = {tuple(line.split()[:2]): line.split()[2:] for line in shown["Best scores"][1:]}
    assert bests["demo", "classic"][-2:] == ["2", "▁█"]  # full rounds, trend
    assert bests["demo", "blitz"][-1] == "1"  # one point: none drawn
