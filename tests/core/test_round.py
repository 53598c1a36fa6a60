"""The round engine: which questions a round asks, how answers score, when it ends."""

from __future__ import annotations

import dataclasses
import shlex

import pytest

from quiz.cli import build_parser
from quiz.core.generate import Question, generate
from quiz.core.round import End, Points, Round, RoundConfig
from quiz.core.spoilers import Horizon, View, gate

from tests.core.helpers import demo_pack, giveaways, question_texts, secret_texts

WRONG = "certainly not the answer"


def view(level: str | None = "season-1") -> View:
    """The demo pack at a horizon; None means spoilers on."""
    return gate(demo_pack(), Horizon(level))


def everything() -> View:
    return view(None)


def start(v: View | None = None, **config) -> Round:
    config.setdefault("pack_id", "demo")
    config.setdefault("seed", "7")
    return Round.start(v or everything(), RoundConfig(**config))


def right(question: Question) -> str:
    return question.answer


def play(round_: Round, pattern: str, seconds: float = 0.0) -> list[int]:
    """Answer one question per letter of `pattern` (r = right, w = wrong); the points."""
    points = []
    for mark in pattern:
        question = round_.current
        assert question is not None, "the round ended before the pattern did"
        answer = round_.answer(right(question) if mark == "r" else WRONG, seconds)
        assert answer.correct == (mark == "r")
        points.append(answer.points)
    return points


# -- which questions ---------------------------------------------------------------

def test_classic_asks_length_questions_in_the_seeded_order() -> None:
    v = everything()
    round_ = start(v, length=4)
    assert round_.total == 4
    # the seed's order, less what an earlier question gives away (test_giveaways.py)
    ids = {q.id for q in round_.queue}
    assert round_.queue == [q for q in generate(v, "7") if q.id in ids]
    assert round_.number == 1 and round_.current == round_.queue[0]


def test_classic_longer_than_the_pack_asks_each_question_nothing_gives_away_once() -> None:
    """Every visible question is asked once, except those that an earlier one
    (in the seed's order) gives away: test_giveaways.py has the rule itself."""
    pack, v = demo_pack(), view("season-1")
    for seed in range(30):
        round_ = start(v, seed=str(seed), length=50)
        ids = [q.id for q in round_.queue]
        assert len(ids) == len(set(ids)) and set(ids) <= v.entry_ids
        assert giveaways(pack, round_.queue, [v.title]) == []
        order = generate(v, str(seed))
        position = {q.id: n for n, q in enumerate(order)}
        for left_out in (q for q in order if q.id not in ids):
            before = [q for q in round_.queue if position[q.id] < position[left_out.id]]
            assert giveaways(pack, [*before, left_out], [v.title]), (seed, left_out.id)


@pytest.mark.parametrize("mode", ["blitz", "survival"])
def test_blitz_and_survival_are_not_cut_to_length(mode: str) -> None:
    v = everything()
    round_ = start(v, mode=mode, length=2)
    assert round_.total > 2
    assert round_.queue == start(v, length=50).queue


def test_same_seed_same_round_other_seeds_differ() -> None:
    first = start(seed="42", length=10)
    assert start(seed="42", length=10).queue == first.queue
    assert any(start(seed=str(s), length=10).queue != first.queue for s in range(5))


@pytest.mark.parametrize("mode", ["classic", "blitz", "survival"])
def test_never_two_questions_from_one_fact(mode: str) -> None:
    for seed in range(30):
        ids = [q.id for q in start(mode=mode, seed=str(seed), length=50).queue]
        assert len(ids) == len(set(ids))


def test_a_round_only_asks_what_the_view_shows() -> None:
    v = view("none")
    allowed = {f.id for f in v.facts} | {q.id for q in v.questions}
    for seed in range(20):
        round_ = start(v, seed=str(seed), length=50)
        assert {q.id for q in round_.queue} <= allowed
        assert {q.level for q in round_.queue} == {"none"}


def test_topic_keeps_only_that_topic() -> None:
    round_ = start(view("season-1"), topic="history", length=50)
    assert [q.topic for q in round_.queue] == ["history", "history"]
    # with everything visible there are more history questions, and length still applies
    everything_history = start(topic="history", length=50)
    # five history questions; kidnap-city's choices name prison-name's answer
    assert everything_history.total == 4
    assert {q.topic for q in everything_history.queue} == {"history"}
    assert start(topic="history", length=3).queue == everything_history.queue[:3]


def test_an_unknown_topic_gives_an_empty_round_that_is_already_over() -> None:
    round_ = start(topic="cooking")
    assert round_.total == 0
    assert round_.current is None and round_.finished


# -- scoring -------------------------------------------------------------------------

def test_a_right_answer_is_worth_100_and_a_wrong_one_nothing() -> None:
    round_ = start(streak_bonus=False, length=5)
    assert play(round_, "rwrrw") == [100, 0, 100, 100, 0]
    assert round_.score == 300
    assert round_.correct == 3 and round_.accuracy == pytest.approx(0.6)
    assert [a.question.id for a in round_.missed] == [round_.queue[1].id, round_.queue[4].id]


def test_streak_bonus_grows_by_10_after_the_first_and_stops_at_50() -> None:
    round_ = start(length=8)
    points = play(round_, "r" * 8)
    assert points == [100, 110, 120, 130, 140, 150, 150, 150]
    assert round_.score == sum(points) == 1050
    assert round_.streak == round_.best_streak == 8


def test_a_miss_resets_the_streak_but_not_the_best() -> None:
    round_ = start(length=8)
    assert play(round_, "rrrwrr") == [100, 110, 120, 0, 100, 110]
    assert [a.streak for a in round_.answers] == [1, 2, 3, 0, 1, 2]
    assert round_.streak == 2 and round_.best_streak == 3


def test_no_streak_bonus_when_the_setting_is_off() -> None:
    round_ = start(streak_bonus=False, length=8)
    assert play(round_, "r" * 8) == [100] * 8
    assert round_.best_streak == 8  # the streak is still counted, just not paid


def test_text_answers_are_matched_loosely() -> None:
    v = everything()
    for seed in range(200):
        round_ = start(v, seed=str(seed), length=50)
        luna = next((q for q in round_.queue if q.id == "luna-plays-gallardo"), None)
        if luna is not None and luna.type == "text":
            break
    else:
        pytest.fail("no seed asks the Luna fact as a type-in question")
    while round_.current != luna:
        round_.answer(WRONG)
    assert round_.answer("  diego LUNA! ").correct
    round_ = start(v, seed=str(seed), length=50)
    while round_.current != luna:
        round_.answer(WRONG)
    assert not round_.answer("Diego").correct


def test_the_answer_record_keeps_what_was_said() -> None:
    round_ = start(length=3)
    question = round_.current
    answer = round_.answer(WRONG, 4.5)
    assert (answer.question, answer.response, answer.correct, answer.points, answer.seconds,
            answer.streak) == (question, WRONG, False, 0, 4.5, 0)
    assert round_.answers == [answer]


def test_classic_has_no_clock_and_no_speed_bonus() -> None:
    round_ = start(streak_bonus=False, length=3)
    assert play(round_, "rr", seconds=100) == [100, 100]
    round_.tick(1000)
    assert not round_.finished
    assert play(round_, "r", seconds=0) == [100]
    assert round_.complete


# -- the end of a round -----------------------------------------------------------

def test_classic_ends_complete_after_the_last_question() -> None:
    round_ = start(length=3)
    play(round_, "rwr")
    assert round_.finished and round_.complete and not round_.stopped
    assert round_.current is None
    with pytest.raises(RuntimeError):
        round_.answer("anything")
    assert len(round_.answers) == 3


def test_a_stopped_round_is_finished_but_not_complete() -> None:
    round_ = start(length=5)
    play(round_, "rr")
    round_.stop()
    assert round_.finished and round_.stopped and not round_.complete
    assert round_.current is None
    with pytest.raises(RuntimeError):
        round_.answer(right(round_.queue[2]))
    assert round_.score == 210 and len(round_.answers) == 2


def test_a_fresh_round_is_not_finished() -> None:
    round_ = start(length=5)
    assert not round_.finished and not round_.complete and round_.accuracy == 0.0


def test_survival_ends_at_the_third_miss() -> None:
    round_ = start(mode="survival")
    assert round_.lives == 3
    play(round_, "rwrrw")
    assert round_.lives == 1 and not round_.finished
    play(round_, "w")
    assert round_.lives == 0 and round_.misses == 3
    assert round_.finished and round_.complete
    assert len(round_.answers) == 6 < round_.total
    assert round_.current is None


def test_survival_without_three_misses_plays_every_question() -> None:
    round_ = start(view("season-1"), mode="survival")
    assert round_.total == 4
    play(round_, "wrwr")
    assert round_.finished and round_.complete and round_.lives == 1


def test_classic_does_not_end_at_three_misses() -> None:
    round_ = start(length=5)
    play(round_, "www")
    assert not round_.finished


def test_a_round_says_why_it_ended() -> None:
    classic = start(length=2)
    play(classic, "rw")
    assert (classic.end, classic.ending, classic.ending_note(everything())) == (
        End.ALL_ANSWERED, "Round over", "")
    stopped = start(length=5)
    play(stopped, "r")
    assert stopped.end is None and stopped.ending == ""
    stopped.stop()
    assert (stopped.end, stopped.ending) == (End.STOPPED, "Round ended early")


def test_survival_is_over_right_after_the_answer_that_loses_the_last_life() -> None:
    round_ = start(mode="survival")
    play(round_, "ww")
    assert round_.end is None and not round_.finished
    play(round_, "w")
    # Over with the feedback still to show: a shell offers the results, not Next.
    assert round_.finished and round_.current is None
    assert (round_.end, round_.ending) == (End.OUT_OF_LIVES, "Out of lives")
    assert round_.complete


def test_survival_with_lives_left_and_no_questions_says_so() -> None:
    round_ = start(view("season-1"), mode="survival")
    play(round_, "wrwr")
    assert (round_.end, round_.ending) == (End.NO_QUESTIONS_LEFT, "Survived every question")
    assert round_.ending_note(view("season-1")) == (
        "All 4 questions this round could ask were answered, with 1 life left.")


def test_ending_the_round_after_its_last_answer_does_not_cut_it_short() -> None:
    """Escape on the last feedback: the round was already over, and stays a full
    round (a round ended early sets no best)."""
    for mode, pattern in (("classic", "rrr"), ("survival", "www")):
        round_ = start(mode=mode, length=3)
        play(round_, pattern)
        end = round_.end
        round_.stop()
        assert round_.end is end and round_.complete and not round_.stopped, mode


# -- blitz ----------------------------------------------------------------------------

@pytest.mark.parametrize(("seconds", "bonus"), [
    (0, 50), (1, 45), (2.5, 38), (5, 25), (9.99, 0), (10, 0), (30, 0),
])
def test_blitz_speed_bonus(seconds: float, bonus: int) -> None:
    round_ = start(mode="blitz", streak_bonus=False)
    assert play(round_, "r", seconds=seconds) == [100 + bonus]
    assert round_.score == 100 + bonus


def test_blitz_speed_and_streak_bonus_add_up() -> None:
    round_ = start(mode="blitz")
    assert play(round_, "rr", seconds=2) == [140, 150]


def test_points_are_itemised_into_base_speed_and_streak() -> None:
    round_ = start(mode="blitz")
    play(round_, "rrw", seconds=2)
    first, second, wrong = round_.answers
    assert first.earned == Points(base=100, speed=40, streak=0)
    assert second.earned == Points(base=100, speed=40, streak=10)
    assert second.points == 150 and round_.score == 290  # the sum is the score
    assert second.verdict == "Right! +150 (100 + 40 speed + 10 streak)"
    assert first.verdict == "Right! +140 (100 + 40 speed)"
    assert wrong.earned == Points() and wrong.points == 0
    assert wrong.verdict.startswith("Wrong. The answer: ")


def test_points_without_a_bonus_need_no_itemising() -> None:
    round_ = start(length=3)
    play(round_, "rr", seconds=1)
    assert [a.verdict for a in round_.answers] == ["Right! +100", "Right! +110 (100 + 10 streak)"]
    assert Points(base=100, speed=14, streak=10).text() == "+124 (100 + 14 speed + 10 streak)"


def test_blitz_a_wrong_answer_earns_nothing_and_still_takes_time() -> None:
    round_ = start(mode="blitz")
    assert play(round_, "w", seconds=0) == [0]
    play(round_, "w", seconds=12)
    assert round_.time_left == pytest.approx(48)


def test_blitz_clock_is_used_by_answers_and_ticks() -> None:
    round_ = start(mode="blitz")
    assert round_.time_left == 60
    play(round_, "r", seconds=20)
    assert round_.time_left == pytest.approx(40)
    round_.tick(15)
    assert round_.time_left == pytest.approx(25)
    assert not round_.finished
    play(round_, "r", seconds=24)
    assert round_.time_left == pytest.approx(1)
    assert not round_.finished


def test_blitz_an_answer_after_the_bell_raises_and_does_not_count() -> None:
    round_ = start(mode="blitz")
    play(round_, "rr", seconds=25)
    score, answered = round_.score, len(round_.answers)
    late = round_.current
    with pytest.raises(TimeoutError):
        round_.answer(right(late), seconds=10)
    assert round_.score == score and len(round_.answers) == answered
    assert round_.time_left == 0
    assert round_.finished and round_.complete  # time running out is a natural end
    assert round_.current is None


def test_blitz_once_ticks_use_up_the_clock_no_answer_counts() -> None:
    round_ = start(mode="blitz")
    play(round_, "r", seconds=1)
    round_.tick(59)
    assert round_.finished and round_.time_left == 0
    with pytest.raises(TimeoutError):
        round_.answer(right(round_.queue[1]))
    assert len(round_.answers) == 1 and round_.score == 145


def test_blitz_time_up_shows_the_question_the_clock_ran_out_on() -> None:
    round_ = start(mode="blitz")
    play(round_, "r", seconds=5)
    on_screen = round_.current
    round_.tick(60)
    assert (round_.end, round_.ending) == (End.TIME_UP, "Time is up")
    assert round_.cut_off_in(everything()) == on_screen
    assert round_.ending_note(everything()) == (
        f"The clock ran out on: {on_screen.full_prompt}\nThe answer: {on_screen.answer}")


def test_blitz_an_answer_after_the_bell_leaves_its_question_as_the_one_cut_off() -> None:
    round_ = start(mode="blitz")
    late = round_.current
    with pytest.raises(TimeoutError):
        round_.answer(right(late), seconds=61)
    assert round_.end is End.TIME_UP and round_.cut_off_in(everything()) == late


def test_blitz_time_up_never_shows_a_question_now_above_the_horizon() -> None:
    """The results screen follows the horizon: spoilers turned off after a round
    that ran out on a season-2 question no longer show it."""
    pack = demo_pack()
    secrets = secret_texts(pack, pack.rank("season-1"))
    for seed in range(100):
        round_ = start(mode="blitz", seed=str(seed), spoilers_on=True)
        if round_.queue[1].level == "season-2":
            break
    else:
        pytest.fail("no seed asks a season-2 question second")
    play(round_, "r")
    round_.tick(60)
    assert round_.cut_off_in(everything()) == round_.queue[1]
    assert round_.cut_off_in(view("season-1")) is None
    note = round_.ending_note(view("season-1"))
    assert note == "" and not [s for s in secrets if s in note]


def test_blitz_that_runs_out_of_questions_before_the_clock_says_so() -> None:
    round_ = start(view("season-1"), mode="blitz")
    play(round_, "rrrr", seconds=5)
    assert round_.end is End.NO_QUESTIONS_LEFT and round_.complete
    assert round_.ending == "No questions left before the clock ran out"
    assert round_.ending_note(view("season-1")) == (
        "All 4 questions this round could ask were answered, with 40 s left.")
    round_.tick(100)  # a shell's timer firing late changes nothing now
    assert round_.end is End.NO_QUESTIONS_LEFT and round_.time_left == pytest.approx(40)


# -- spoilers turned off mid-round --------------------------------------------------

def test_restrict_drops_unanswered_questions_the_new_view_hides() -> None:
    safe = view("season-1")
    allowed = {f.id for f in safe.facts} | {q.id for q in safe.questions}
    for seed in range(30):
        round_ = start(seed=str(seed), length=50, spoilers_on=True)
        play(round_, "rwr")
        answered = list(round_.answers)
        before = round_.queue[3:]
        dropped = round_.restrict(safe)
        kept = [q.id for q in before if q.id in allowed]
        remaining = [q.id for q in round_.queue[3:]]
        assert dropped == len(before) - len(remaining)
        # same order, nothing new (each regenerated within the lower horizon);
        # one the regenerated ones give away goes too (test_giveaways.py)
        assert remaining == [i for i in kept if i in remaining]
        assert round_.answers == answered
        assert round_.total == 3 + len(remaining)
        if round_.current is not None:
            assert round_.current.id in allowed


def test_restrict_never_drops_answered_questions() -> None:
    # find a round whose first question is a season-2 one, answer it, then restrict
    for seed in range(100):
        round_ = start(seed=str(seed), length=50, spoilers_on=True)
        if round_.queue[0].level == "season-2":
            break
    else:
        pytest.fail("no seed starts with a season-2 question")
    first = round_.queue[0]
    play(round_, "r")
    round_.restrict(view("season-1"))
    assert round_.queue[0] == first and round_.answers[0].question == first
    assert round_.score == 100 and round_.number == 2
    assert all(q.level != "season-2" for q in round_.queue[1:])


def test_restrict_to_the_same_view_drops_nothing() -> None:
    round_ = start(length=6)
    queue = list(round_.queue)
    assert round_.restrict(everything()) == 0
    assert round_.queue == queue


def test_restrict_that_drops_every_remaining_question_ends_the_round() -> None:
    round_ = start(length=50)
    play(round_, "rr")
    empty = dataclasses.replace(view("none"), facts=(), questions=())
    unasked = round_.total - 2
    assert round_.restrict(empty) == unasked
    assert round_.total == 2
    assert round_.finished and round_.complete and round_.current is None


def test_after_restrict_no_remaining_question_shows_hidden_text() -> None:
    pack = demo_pack()
    secrets = secret_texts(pack, pack.rank("season-1"))
    safe = view("season-1")
    leaks = []
    for seed in range(30):
        round_ = start(seed=str(seed), length=50, spoilers_on=True)
        round_.restrict(safe)
        for question in round_.queue:
            leaks += [(seed, question.id, s) for s in secrets
                      for text in question_texts(question) if s in text]
    assert leaks == []


def test_missed_questions_shown_after_spoilers_go_off_hold_no_hidden_text() -> None:
    pack = demo_pack()
    secrets = secret_texts(pack, pack.rank("season-1"))
    safe = view("season-1")
    for seed in range(30):
        round_ = start(seed=str(seed), length=50, spoilers_on=True)
        play(round_, "w" * round_.total)
        missed = round_.missed_in(safe)
        assert [q.id for q in missed] == [a.question.id for a in round_.missed
                                          if a.question.id in safe.entry_ids]
        assert [s for q in missed for s in secrets for t in question_texts(q) if s in t] == []


def test_right_answers_shown_after_spoilers_go_off_hold_no_hidden_text() -> None:
    pack = demo_pack()
    secrets = secret_texts(pack, pack.rank("season-1"))
    safe = view("season-1")
    for seed in range(30):
        round_ = start(seed=str(seed), length=50, spoilers_on=True)
        play(round_, "rw" * (round_.total // 2) + "r" * (round_.total % 2))
        right = round_.right_in(safe)
        assert [q.id for q in right] == [a.question.id for a in round_.answers
                                         if a.correct and a.question.id in safe.entry_ids]
        assert [s for q in right for s in secrets for t in question_texts(q) if s in t] == []
        assert round_.right_in(everything()) == [a.question for a in round_.answers if a.correct]


def test_the_time_taken_adds_up_the_answers_not_the_reading() -> None:
    round_ = start(mode="blitz")
    play(round_, "rw", seconds=3.5)
    round_.tick(10)  # the feedback read: on the blitz clock, not in the answering time
    assert round_.seconds == 7.0
    assert round_.elapsed == 17.0


# -- sharing a round ---------------------------------------------------------------

def test_command_for_a_classic_round() -> None:
    config = RoundConfig("narcos-mexico", mode="classic", length=5, seed="1")
    assert config.command() == "quiz play --pack narcos-mexico --mode classic -n 5 --seed 1"


def test_command_for_other_modes_topics_and_spoilers() -> None:
    assert (RoundConfig("demo", mode="blitz", length=5, seed="9").command()
            == "quiz play --pack demo --mode blitz --seed 9")
    assert (RoundConfig("demo", mode="survival", seed="3", topic="history",
                        spoilers_on=True).command()
            == "quiz play --pack demo --mode survival --seed 3 --topic history")


@pytest.mark.parametrize("config", [
    RoundConfig("demo", mode="classic", length=12, seed="it's a seed; rm -rf"),
    RoundConfig("demo", mode="blitz", seed="x y", topic="real history"),
    RoundConfig("narcos-mexico", mode="survival", seed="5", spoilers_on=True),
])
def test_command_parses_back_into_the_same_round(config: RoundConfig) -> None:
    words = shlex.split(config.command())
    assert words[:2] == ["quiz", "play"]
    args = build_parser().parse_args(words[1:])
    replayed = RoundConfig(
        args.pack, mode=args.mode, length=args.n or config.length, seed=args.seed,
        topic=args.topic or "", spoilers_on=args.spoilers == "on")
    # A shared command never turns spoilers on for whoever runs it.
    assert "--spoilers" not in words
    assert replayed == dataclasses.replace(config, spoilers_on=False)
