"""Through the line mode: a round of the built-in pack never prints a question's
answer before it asks it, and its wrong options are fair. The pack's own data
says what would give a question away; the transcript says what was printed.
Written against whatever the pack holds.

Hundreds of rounds run as `quiz play --plain` does (Game.new_round, then
plain.play), without saving each answer's score, which is most of the real
command's time; one round checks that the real command prints the same."""

from __future__ import annotations

import io
import re
import sys
from contextlib import redirect_stdout
from dataclasses import dataclass, field

import pytest

from quiz import cli, plain
from quiz.core.answers import answer_key, contains_term, fold, padded_fold
from quiz.game import Game
from tests.core.helpers import builtin_pack, secrets_by_id

STATUS = re.compile(r"^Question (\d+) of (\d+)   Score \d+   Streak \d+")
CHOICE = re.compile(r"^  \d+\) (.*)$")
MARK = re.compile(r" \((?:right answer|your answer, (?:right|wrong))\)$")
ECHO = re.compile(r"^(?:Type your answer|Answer 1-\d+|Answer 1 \(true\) or 2 \(false\)): ")
NAME = re.compile(r"[^\W\d_]+")


@dataclass
class Asked:
    """One question as the transcript shows it: the pack's text only, none of the
    line mode's own words (numbers, scores, 'True or false?', 'Source:')."""

    prompt: str
    choices: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)  # the answer named, the notes

    @property
    def texts(self) -> list[str]:
        return [self.prompt, *self.choices, *self.after]


def command(seed: int, spoilers: str, answers: str) -> str:
    """The real `quiz play --plain`, in this process."""
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", io.StringIO(answers))
        with redirect_stdout(out):
            code = cli.main(["play", "--plain", "--pack", "narcos-mexico", "-n", "10",
                             "--seed", str(seed), "--spoilers", spoilers])
    assert code == 0
    return out.getvalue()


def line_mode(game: Game, seed: int, spoilers: str, answers: str) -> str:
    """What the command does, without saving scores."""
    pack, on = game.catalog.get("narcos-mexico"), spoilers == "on"
    round_ = game.new_round(pack, "classic", 10, str(seed), "", on)
    out = io.StringIO()
    plain.play(round_, game.view(pack, on), io.StringIO(answers), out, interactive=False)
    return out.getvalue()


def test_the_line_mode_here_is_the_command() -> None:
    for spoilers in ("off", "on"):
        real = command(4, spoilers, "1\n2\n" * 5).splitlines()
        ours = line_mode(Game.load(), 4, spoilers, "1\n2\n" * 5).splitlines()
        # all but the lines about bests, which need the score saved
        kept = [line for line in real
                if not line.startswith(("First full round", "New best", "Best in this mode", "Your last "))]
        assert kept == ours and len(kept) < len(real)


def parse(text: str) -> tuple[list[str], list[Asked]]:
    """The pack's text in the header (title, level labels), and each question."""
    pack = builtin_pack()
    lines = text.splitlines()
    assert lines[0].startswith(f"{pack.title} · ")
    header = [pack.title, *(lv.label for lv in pack.levels if lv.label in lines[1])]
    asked: list[Asked] = []
    n = 2
    while n < len(lines):
        if not STATUS.match(lines[n]):
            n += 1
            continue
        question = Asked(lines[n + 1].removeprefix("True or false? "))
        n += 2
        while CHOICE.match(lines[n]):
            question.choices.append(CHOICE.match(lines[n]).group(1))
            n += 1
        assert ECHO.match(lines[n]), lines[n]
        verdict = lines[n + 1]
        if verdict.startswith("Wrong. The answer: "):
            question.after.append(verdict.removeprefix("Wrong. The answer: "))
        n += 2
        while n < len(lines) and lines[n].startswith("  "):
            listed = CHOICE.match(lines[n])
            if listed:  # the options again, marked: the pack's text is the option
                question.after.append(MARK.sub("", listed.group(1)))
            elif not lines[n].startswith("  You typed: "):  # the player's words
                question.after.append(lines[n].strip().removeprefix("Source: "))
            n += 1
        asked.append(question)
    return header, asked


def identify(question: Asked) -> str:
    """Which question of the pack this is, from what the pack wrote."""
    pack = builtin_pack()
    found = {f.id for f in pack.facts
             if question.prompt == f.ask or question.prompt == f.statement
             or (question.choices == ["True", "False"] and f.statement in question.after)}
    found |= {f"{f.id}~reverse" for f in pack.facts if f.reverse and question.prompt == f.reverse.ask}
    found |= {q.id for q in pack.questions if question.prompt == q.prompt}
    assert len(found) == 1, (question, found)
    return found.pop()


# Every round of every mode, played through the line mode: a whole-game audit.
@pytest.mark.slow
@pytest.mark.parametrize("spoilers", ["off", "on"])
def test_no_round_prints_an_answer_before_its_question(spoilers: str) -> None:
    secrets, game = secrets_by_id(builtin_pack()), Game.load()
    leaks = []
    for seed in range(1, 201):
        # right, wrong and typed answers alike: every kind of feedback is printed
        header, asked = parse(line_mode(game, seed, spoilers, "1\n2\n" * 5))
        assert len(asked) == 10
        before = [padded_fold(text) for text in header]  # contains_term's rule, folded once
        for number, question in enumerate(asked, start=1):
            question_id = identify(question)
            leaks += [(seed, number, question_id, secret) for secret in secrets[question_id]
                      if any(padded_fold(secret) in text for text in before)]
            before += map(padded_fold, question.texts)
    assert leaks == []


@pytest.mark.slow  # every round of the line mode: an audit
def test_wrong_options_name_no_one_the_question_names_and_are_all_different() -> None:
    """No wrong option is held by the prompt; none borrowed from another fact
    shares a name with it (the author's own, like "meetings with Gallardo's
    family" for a question about Gallardo, were written for that question); no
    two options are one thing (one answer, or forms one fact accepts)."""
    pack = builtin_pack()
    answers = {f.id: (f.answer, *f.accept) for f in pack.facts}
    answers |= {f"{f.id}~reverse": (f.reverse.answer, *f.reverse.accept)
                for f in pack.facts if f.reverse}
    own = {f.id: set(f.distractors) for f in pack.facts}
    own |= {f"{f.id}~reverse": set(f.reverse.distractors) for f in pack.facts if f.reverse}
    one_thing = [{answer_key(form) for form in forms} for forms in answers.values()]
    checked, game = 0, Game.load()
    for seed in range(1, 51):
        for question in parse(line_mode(game, seed, "on", "1\n" * 10))[1]:
            if question.choices == ["True", "False"] or not question.choices:
                continue
            question_id = identify(question)
            right = answers.get(question_id, ())
            prompt_words = set(fold(question.prompt).split())
            answer_words = {w for form in right for w in fold(form).split()}
            wrong = [c for c in question.choices if answer_key(c) not in map(answer_key, right)]
            for option in wrong:
                assert not contains_term(question.prompt, option), (seed, question.prompt, option)
                if option in own.get(question_id, ()):
                    continue
                named = {fold(w) for w in NAME.findall(option) if w[0].isupper() and len(w) >= 4}
                assert not named & prompt_words - answer_words, (seed, question.prompt, option)
            keys = [answer_key(c) for c in question.choices]
            assert len(set(keys)) == len(keys)
            for group in one_thing:
                assert len(group & set(keys)) <= 1, (seed, question.choices)
            checked += 1
    assert checked > 100
