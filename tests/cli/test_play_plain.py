"""`quiz play --plain`: the line mode, end to end through the real command."""

from __future__ import annotations

import io
import json
import re
import shlex
import unicodedata
from pathlib import Path

import pytest

from quiz import plain
from quiz.core.answers import contains_term
from quiz.core.wording import spark
from quiz.game import Game
from tests.core.helpers import builtin_pack, secret_texts, secrets_by_id

PACK = "narcos-mexico"
STATUS = re.compile(r"^Question (\d+) of (\d+)   Score (\d+)   Streak (\d+)(.*)$")
# The headline, any note on how the round ended, then the figures.
SUMMARY = re.compile(r"^(Round over|Round ended early|Time is up|Out of lives"
                     r"|No questions left before the clock ran out|Survived every question)\n"
                     r"(?:.*\n)*?Score (\d+)\n"
                     r"(\d+) of (\d+) right \((\d+)%\)\nBest streak (\d+)$", re.MULTILINE)
BESTS = ("First full round", "New best! ", "Best in this mode: ", "Your last ")
ECHO = re.compile(r"^(?:Type your answer|Answer 1-\d+|Answer 1 \(true\) or 2 \(false\)): (.*)$")


# -- helpers ------------------------------------------------------------------------

def play(run_quiz, *args: str, input: str):
    result = run_quiz("play", "--plain", *args, input=input)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result


def export(run_quiz, seed: str, *args: str) -> list[dict]:
    result = run_quiz("packs", "export", PACK, "--seed", seed, *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["questions"]


def asked(stdout: str) -> list[str]:
    """The prompts of the questions a transcript asked, in order."""
    lines = stdout.splitlines()
    return [lines[i + 1].removeprefix("True or false? ")
            for i, line in enumerate(lines) if STATUS.match(line)]


def planned(seed: str, n: int, mode: str = "classic", topic: str = "",
            spoilers: bool | None = None) -> list[dict]:
    """The questions `quiz play --plain` asks with these arguments, in order, as
    the export writes them: the same Game.new_round the command calls, on the
    same QUIZ_HOME."""
    game = Game.load()
    round_ = game.new_round(game.catalog.get(PACK), mode, n, seed, topic, spoilers)
    return [{"id": q.id, "type": q.type, "prompt": q.prompt, "choices": list(q.choices),
             "answer": q.answer, "topic": q.topic} for q in round_.queue]


def statuses(stdout: str) -> list[re.Match]:
    return [m for m in map(STATUS.match, stdout.splitlines()) if m]


def echoed(stdout: str) -> list[str]:
    """What the player typed, as the transcript shows it after each prompt."""
    return [m.group(1) for m in map(ECHO.match, stdout.splitlines()) if m]


def summary(stdout: str) -> tuple[str, int, int, int, int, int]:
    found = SUMMARY.findall(stdout)
    assert len(found) == 1, stdout
    ending, score, right, answered, percent, streak = found[0]
    return ending, int(right), int(answered), int(percent), int(score), int(streak)


def bests(stdout: str) -> list[str]:
    """The lines about bests: how the round stands against earlier ones."""
    return [line for line in stdout.splitlines() if line.startswith(BESTS)]


def replay_command(stdout: str) -> str:
    """The command the summary gives to replay the round (the line after its heading)."""
    lines = stdout.splitlines()
    [at] = [n for n, line in enumerate(lines) if line.endswith(". Replay this round with:")]
    return lines[at + 1]


def right_line(question: dict) -> str:
    if question["type"] == "choice":
        return str(question["choices"].index(question["answer"]) + 1)
    if question["type"] == "true-false":
        return "1" if question["answer"] == "True" else "2"
    return question["answer"]


def wrong_line(question: dict) -> str:
    if question["type"] == "choice":
        index = question["choices"].index(question["answer"])
        return "2" if index == 0 else "1"
    if question["type"] == "true-false":
        return "2" if question["answer"] == "True" else "1"
    return "no idea"


def mangle(text: str) -> str:
    """What a hurried player types: no accents, shouting, a stray exclamation mark."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return f"{bare.upper()}!"


def points_with_streak(right_in_a_row: int) -> int:
    return sum(100 + min(50, 10 * (k - 1)) for k in range(1, right_in_a_row + 1))


def leaked(secrets: set[str], text: str) -> list[str]:
    """Secrets that appear in the text as whole words. (A plain substring test would
    find short secrets such as '40' inside 'score 1400'.) Dates and times are the
    clock's, not the pack's: '05:40' must not read as the secret '40'; nor are the
    game's counts: "Question 40 of 44", "· 40 questions ·", "20 of 40 right"."""
    text = re.sub(r"\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?", "", text)
    text = re.sub(r"\bQuestion \d+ of \d+|· \d+ questions? ·|\d+ of \d+ right", "#", text)
    return sorted(s for s in secrets if s in text
                  and re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text))


def spoiler_setup():
    pack = builtin_pack()
    secrets = secret_texts(pack, pack.rank(pack.safe_through))
    assert secrets
    return pack, secrets


# -- a round in a pipe ---------------------------------------------------------------

def test_five_answers_from_a_pipe_play_a_round_of_five(run_quiz) -> None:
    result = play(run_quiz, "-n", "5", "--seed", "1", input="1\n2\n1\n3\n2\n")
    out = result.stdout
    assert [m.group(1, 2) for m in statuses(out)] == [(str(n), "5") for n in range(1, 6)]
    assert echoed(out) == ["1", "2", "1", "3", "2"]
    feedback = re.findall(r"^(?:Right! \+(\d+)(?: \(.+\))?|Wrong\. The answer: .+)$", out,
                          re.MULTILINE)
    assert len(feedback) == 5
    ending, right, answered, _, score, _ = summary(out)
    assert (ending, answered) == ("Round over", 5)
    assert right == sum(1 for p in feedback if p) and score == sum(int(p) for p in feedback if p)
    assert out.splitlines()[-2:] == [
        "Seed 1. Replay this round with:",
        "quiz play --pack narcos-mexico --mode classic -n 5 --seed 1"]
    assert bests(out) == ["First full round of this pack and mode."]
    # the round asks the export's questions of its seed, in its order, less those
    # an earlier one gives away (core/test_giveaways.py)
    questions = planned("1", 5)
    assert asked(out) == [q["prompt"] for q in questions]
    ids = {q["id"] for q in questions}
    assert asked(out) == [q["prompt"] for q in export(run_quiz, "1") if q["id"] in ids]


def test_end_of_input_mid_round_ends_it_cleanly(run_quiz) -> None:
    result = play(run_quiz, "-n", "5", "--seed", "1", input="1\n2\n")
    out = result.stdout
    assert [m.group(1) for m in statuses(out)] == ["1", "2", "3"]
    ending, _, answered, _, _, _ = summary(out)
    assert (ending, answered) == ("Round ended early", 2)
    assert "Traceback" not in out
    assert replay_command(out) == "quiz play --pack narcos-mexico --mode classic -n 5 --seed 1"


def test_no_input_at_all_ends_before_the_first_answer(run_quiz) -> None:
    out = play(run_quiz, "-n", "3", "--seed", "2", input="").stdout
    ending, right, answered, _, score, _ = summary(out)
    assert (ending, right, answered, score) == ("Round ended early", 0, 0, 0)


def test_same_seed_same_transcript(run_quiz) -> None:
    answers = "1\n2\n1\n3\n2\n1\n"
    first = play(run_quiz, "-n", "6", "--seed", "77", input=answers).stdout
    again = play(run_quiz, "-n", "6", "--seed", "77", input=answers).stdout
    other = play(run_quiz, "-n", "6", "--seed", "78", input=answers).stdout
    # Everything but the lines about bests: the second run met the first one's score.
    def without_bests(out: str) -> list[str]:
        return [line for line in out.splitlines() if not line.startswith(BESTS)]

    assert without_bests(first) == without_bests(again)
    assert bests(first) == ["First full round of this pack and mode."]
    score = summary(first)[4]
    assert bests(again) == [f"Best in this mode: {score} (equalled).",
                            f"Your last 2 classic rounds  {spark([score, score])}"]
    assert asked(first) != asked(other)


def test_every_answer_right_scores_100_percent_with_a_streak(run_quiz) -> None:
    questions = planned("3", 10)
    lines = "".join(right_line(q) + "\n" for q in questions)
    out = play(run_quiz, "-n", "10", "--seed", "3", input=lines).stdout
    assert asked(out) == [q["prompt"] for q in questions]
    assert summary(out) == ("Round over", 10, 10, 100, points_with_streak(10), 10)
    assert [int(m.group(4)) for m in statuses(out)] == list(range(10))  # streak before each
    assert "Wrong." not in out and "Missed:" not in out


def test_typed_answers_ignore_case_accents_and_punctuation(run_quiz) -> None:
    questions = planned("3", 50)
    typed = [q for q in questions if q["type"] == "text"]
    # the premise: this seed asks type-in questions whose answers carry accents
    assert any(not q["answer"].isascii() for q in typed)
    lines = [mangle(q["answer"]) if q["type"] == "text" else right_line(q) for q in questions]
    assert all(mangle(q["answer"]) != q["answer"] for q in typed)
    out = play(run_quiz, "-n", "50", "--seed", "3", input="".join(f"{x}\n" for x in lines)).stdout
    assert asked(out) == [q["prompt"] for q in questions]
    n = len(questions)
    assert summary(out) == ("Round over", n, n, 100, points_with_streak(n), n)
    assert "MICHAEL PENA!" in echoed(out)


def test_survival_ends_at_the_third_wrong_answer(run_quiz) -> None:
    questions = planned("1", 10, mode="survival")
    plan = [right_line, wrong_line, wrong_line, right_line, wrong_line] + [right_line] * 10
    lines = "".join(f(q) + "\n" for f, q in zip(plan, questions))
    out = play(run_quiz, "--mode", "survival", "--seed", "1", input=lines).stdout
    assert asked(out) == [q["prompt"] for q in questions[:5]]
    assert [m.group(5).strip() for m in statuses(out)] == [
        "Lives 3", "Lives 3", "Lives 2", "Lives 1", "Lives 1"]
    assert summary(out)[:3] == ("Out of lives", 2, 5)
    assert replay_command(out) == "quiz play --pack narcos-mexico --mode survival --seed 1"


def test_topic_history_asks_only_history_questions(run_quiz) -> None:
    history = planned("4", 50, topic="history")
    assert {q["topic"] for q in history} == {"history"}
    assert history
    out = play(run_quiz, "--topic", "history", "-n", "50", "--seed", "4",
               input="1\n" * 60).stdout
    assert "Topic: history" in out.splitlines()[:3]
    assert asked(out) == [q["prompt"] for q in history]
    ending, _, answered, _, _, _ = summary(out)
    assert (ending, answered) == ("Round over", len(history))
    assert replay_command(out) == ("quiz play --pack narcos-mexico --mode classic -n 50 "
                                   "--seed 4 --topic history")


def test_an_unknown_topic_exits_2_with_the_topics(run_quiz) -> None:
    result = run_quiz("play", "--plain", "--topic", "cooking", input="1\n")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "no topic 'cooking' in narcos-mexico (topics: history, production, show)" in result.stderr


# -- spoilers ---------------------------------------------------------------------------

def test_no_season2_text_in_rounds_over_many_seeds() -> None:
    """The visible questions of the built-in pack, over 30 seeds (a round leaves
    out those an earlier one gives away), right and wrong answers alike: no text
    of a season-2 entry in what the player reads."""
    pack, secrets = spoiler_setup()
    game = Game.load()
    game_pack = game.catalog.get(PACK)
    view = game.view(game_pack)
    asked_ids: set[str] = set()
    for seed in range(1, 31):
        round_ = game.new_round(game_pack, "classic", 50, str(seed))
        assert 0 < round_.total <= view.visible_count < len(pack.facts) + len(pack.questions)
        asked_ids |= {q.id for q in round_.queue}
        answers = "".join((q.answer if i % 2 else "0") + "\n" for i, q in enumerate(round_.queue))
        out = io.StringIO()
        plain.play(round_, view, io.StringIO(answers), out, interactive=False)
        transcript = out.getvalue()
        assert round_.complete and len(round_.answers) == round_.total
        assert "Wrong." in transcript and "Right!" in transcript
        assert leaked(secrets, transcript) == [], f"seed {seed}"
    # every fact one way or the other, but a question whose answer the title names
    by_title = {i for i, forms in secrets_by_id(pack).items()
                if any(contains_term(pack.title, form) for form in forms)}
    assert asked_ids <= view.entry_ids - by_title
    entries = {i.partition("~")[0] for i in asked_ids}
    assert entries == {i.partition("~")[0] for i in view.entry_ids - by_title}


def test_spoilers_off_by_default_in_the_real_command(run_quiz) -> None:
    pack, secrets = spoiler_setup()
    out = play(run_quiz, "-n", "50", "--seed", "11", input="2\n" * 60).stdout
    # Questions hidden, as the visible ones are counted: a fact asked both ways is two.
    hidden = sum(len(e.question_ids) for e in (*pack.facts, *pack.questions)
                 if e.spoiler == "season-2")
    assert (f"Spoilers off: watched through Season 1 ({hidden} hidden: Season 2)"
            in out.splitlines())
    assert summary(out)[2] == len(planned("11", 50))
    assert leaked(secrets, out) == []


def test_spoilers_on_reaches_season2(run_quiz) -> None:
    pack, secrets = spoiler_setup()
    out = play(run_quiz, "--spoilers", "on", "-n", "100", "--seed", "11",
               input="2\n" * 100).stdout
    assert "Spoilers on" in out.splitlines()
    assert summary(out)[2] == len(planned("11", 100, spoilers=True))
    season2_asks = {f.ask for f in pack.facts if f.spoiler == "season-2"}
    season2_asks |= {q.prompt for q in pack.questions if q.spoiler == "season-2"}
    assert season2_asks & set(asked(out))
    assert len(leaked(secrets, out)) > len(secrets) // 2
    # The replay line never turns spoilers on for whoever runs it.
    assert replay_command(out).endswith("--seed 11")


def test_an_escape_sequence_typed_into_a_pipe_is_echoed_spelled_out(run_quiz) -> None:
    out = play(run_quiz, "-n", "1", "--seed", "1", input="1\x1b]0;pwned\x07\n").stdout
    assert "\x1b" not in out and "\x07" not in out
    assert echoed(out) == ["1<U+001B>]0;pwned<U+0007>"]


# -- a seed is one line of text ---------------------------------------------------------

HOSTILE_SEED = "x\x1b]2;PWNED\x07\x1b[2J\r\nquiz: forged"


@pytest.mark.parametrize("args", [
    ("play", "--plain", "--seed", HOSTILE_SEED),
    ("play", "--seed", HOSTILE_SEED),  # the game itself: refused before it would open
    ("packs", "export", PACK, "--seed", HOSTILE_SEED),
])
def test_a_seed_with_control_characters_is_refused_in_one_clear_line(
        run_quiz, quiz_home: Path, args: tuple[str, ...]) -> None:
    result = run_quiz(*args, input="1\n")
    assert result.returncode == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("quiz: ") and "seed" in line
    assert not any(c in result.stderr for c in "\x1b\x07\r")
    assert not (quiz_home / "scores.json").exists()


def test_a_seed_that_did_not_come_through_the_command_line_is_shown_spelled_out() -> None:
    """The line mode's header and summary, and the replay command in them, show
    a seed that bypassed the command line's check spelled out, on one line, and
    the command stays one a shell parses without running anything."""
    game = Game.load()
    pack = game.catalog.get(PACK)
    round_ = game.new_round(pack, "classic", 1, HOSTILE_SEED)
    out = io.StringIO()
    plain.play(round_, game.view(pack), io.StringIO("1\n"), out, interactive=False)
    text = out.getvalue()
    assert not any(c in text for c in "\x1b\x07\r") and "\nquiz: forged" not in text
    assert "seed x<U+001B>]2;PWNED<U+0007><U+001B>[2J<U+000D><U+000A>quiz: forged" in text
    words = shlex.split(replay_command(text))
    assert words[:2] == ["quiz", "play"] and words[-2] == "--seed"


# -- feedback: the question as answered, and "don't know" ----------------------------

def option_lines(question: dict, picked: str | None) -> list[str]:
    """The options listed again after an answer, marked in words: what a screen
    reader reads, and what a transcript keeps."""
    lines = []
    for number, option in enumerate(question["choices"], start=1):
        right, mine = option == question["answer"], option == picked
        note = ("your answer, right" if right and mine else "right answer" if right
                else "your answer, wrong" if mine else "")
        lines.append(f"  {number}) {option}" + (f" ({note})" if note else ""))
    return lines


def feedback_after(question: dict, line: str, verdict: str) -> str:
    """The feedback the line mode prints after `line` answers `question`."""
    if question["type"] == "text":
        shown = [f"  You typed: {line}"] if line.strip() not in ("", "?") else []
    else:
        picked = None
        if line.isdigit() and 1 <= int(line) <= len(question["choices"]):
            picked = question["choices"][int(line) - 1]
        shown = option_lines(question, picked)
    return "\n".join([verdict, *shown]) + "\n"


def kinds_seed_questions(run_quiz) -> tuple[str, list[dict]]:
    """A seed whose round of 8 asks choices, true/false and type-in, and its
    questions in order: the first such seed, whatever the pack holds."""
    for seed in map(str, range(1, 200)):
        questions = planned(seed, 8)
        if len(questions) == 8 and {q["type"] for q in questions} == {
                "choice", "true-false", "text"}:
            return seed, questions
    raise AssertionError("no seed asks all three kinds of question in 8")


def test_feedback_after_right_answers_marks_them_yours_and_right(run_quiz) -> None:
    seed, questions = kinds_seed_questions(run_quiz)
    lines = [right_line(q) for q in questions]
    out = play(run_quiz, "-n", "8", "--seed", seed, input="".join(f"{x}\n" for x in lines)).stdout
    for streak, (question, line) in enumerate(zip(questions, lines), start=1):
        bonus = min(50, 10 * (streak - 1))
        verdict = f"Right! +{100 + bonus} (100 + {bonus} streak)" if bonus else "Right! +100"
        assert feedback_after(question, line, verdict) in out, question
    typed = next(q["answer"] for q in questions if q["type"] == "text")
    assert "(your answer, right)" in out and f"  You typed: {typed}\n" in out


def test_feedback_after_wrong_answers_marks_the_right_one_and_the_pick(run_quiz) -> None:
    seed, questions = kinds_seed_questions(run_quiz)
    lines = [wrong_line(q) for q in questions]
    out = play(run_quiz, "-n", "8", "--seed", seed, input="".join(f"{x}\n" for x in lines)).stdout
    for question, line in zip(questions, lines):
        verdict = f"Wrong. The answer: {question['answer']}"
        assert feedback_after(question, line, verdict) in out, question
    assert "(your answer, wrong)" in out and "  You typed: no idea\n" in out


def test_question_mark_or_an_empty_line_in_a_pipe_is_dont_know(run_quiz) -> None:
    seed, questions = kinds_seed_questions(run_quiz)
    lines = ["?", "", "?", "", "", "", "", "?"]
    out = play(run_quiz, "-n", "8", "--seed", seed, input="".join(f"{x}\n" for x in lines)).stdout
    for question, line in zip(questions, lines):
        verdict = f"Don't know (counts as wrong). The answer: {question['answer']}"
        assert feedback_after(question, line, verdict) in out, question
    assert "(your answer" not in out and "You typed" not in out
    assert summary(out)[:3] == ("Round over", 0, 8)
    assert "An empty line or ? means you don't know (it counts as wrong)." in out.splitlines()


def test_at_a_terminal_an_empty_line_is_dont_know_and_a_stray_one_is_asked_again() -> None:
    game = Game.load()
    pack = game.catalog.get(PACK)
    round_ = game.new_round(pack, "classic", 3, "1")
    out = io.StringIO()
    plain.play(round_, game.view(pack), io.StringIO("\n7\n?\n"), out, interactive=True)
    transcript = out.getvalue()
    assert [a.correct for a in round_.answers] == [False, False]
    assert transcript.count("Don't know (counts as wrong).") == 2
    assert transcript.count("That is not one of the options.") == 1  # the 7


def test_a_typed_answer_is_repeated_spelled_out(run_quiz) -> None:
    game = Game.load()
    pack = game.catalog.get(PACK)
    seed = next(str(s) for s in range(1, 500)
                if game.new_round(pack, "classic", 1, str(s)).current.type == "text")
    out = play(run_quiz, "-n", "1", "--seed", seed, input="a\x1b[2Jb [b]c[/b]\n").stdout
    assert "\x1b" not in out
    assert "\n  You typed: a<U+001B>[2Jb [b]c[/b]\n" in out
