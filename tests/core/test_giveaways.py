"""A round never gives away its own answers: nothing it shows before a question
(the title, earlier prompts, choices, answers, statements, explanations, source
notes) holds that question's answer. tests/packs/giveaways.yaml holds the cases."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from quiz.core.answers import contains_term
from quiz.core.generate import Question, generate
from quiz.core.giveaways import Seen
from quiz.core.round import Round, RoundConfig
from quiz.core.spoilers import Horizon, View, gate

from tests.core.helpers import giveaways, giveaways_pack, steps

MODES = ("classic", "blitz", "survival", "review")
CAST = ("kane-plays-holt", "mbeki-plays-quill", "okafor-plays-pike")


def view(level: str | None = None) -> View:
    return gate(giveaways_pack(), Horizon(level))


def start(v: View, seed: int, mode: str = "classic", length: int = 50, **config) -> Round:
    # Review asks what is due, in the order due: here every question, last first.
    only = tuple(reversed([q.id for q in generate(v, "due")])) if mode == "review" else ()
    return Round.start(v, RoundConfig("giveaways", mode=mode, length=length, seed=str(seed),
                                      only=only, **config))


@pytest.mark.parametrize("level", [None, "season-1"])
@pytest.mark.parametrize("mode", MODES)
def test_nothing_shown_before_a_question_gives_it_away(mode: str, level: str | None) -> None:
    pack, v = giveaways_pack(), view(level)
    for seed in range(1, 101):
        round_ = start(v, seed, mode, length=10)
        assert round_.total >= 5
        assert giveaways(pack, round_.queue, [v.title]) == [], seed


def test_answers_mined_from_one_sentence_are_asked_in_an_order_that_keeps_them() -> None:
    """The issue's case: the age question names the houses (and ranches), the
    houses question's statement names the age: never both. The houses question's
    explanation names the ranches, not the other way round: ranches first."""
    together = Counter()
    for seed in range(1, 201):
        ids = [q.id for q in start(view(), seed).queue]
        asked = [i for i in ids if i.startswith("fortune-")]
        together[tuple(asked)] += 1
        assert "fortune-age" not in asked or asked == ["fortune-age"], (seed, asked)
        assert asked != ["fortune-houses", "fortune-ranches"], seed
    assert together[("fortune-ranches", "fortune-houses")] > 0
    assert together[("fortune-age",)] > 0


def test_a_question_that_names_another_ones_answer_comes_after_it() -> None:
    orders = Counter()
    for seed in range(1, 201):
        ids = [q.id for q in start(view(), seed).queue]
        if "apprentice" in ids and "boat-builder" in ids:
            orders[ids.index("boat-builder") < ids.index("apprentice")] += 1
    assert orders[True] > 0 and orders[False] == 0


@pytest.mark.parametrize("mode", MODES)
def test_a_question_whose_answer_is_in_the_title_is_never_asked(mode: str) -> None:
    v = view()
    assert "ferry-name" in {q.id for q in generate(v, "1")}  # the premise: it can be made
    for seed in range(1, 51):
        assert "ferry-name" not in {q.id for q in start(v, seed, mode).queue}


def test_the_games_own_words_on_screen_give_nothing_away(write_pack) -> None:
    """'Spoilers off: no spoilers in this pack' is the game talking, not the pack:
    a question whose answer is 'No' is still asked."""
    from quiz.core.loader import load_pack

    path = write_pack("format: 1\nid: p\ntitle: Planets\nquestions:\n  - id: pluto\n"
                      "    type: choice\n    prompt: Is Pluto a planet?\n    answer: 'No'\n"
                      "    choices: ['Yes']\n")
    v = gate(load_pack(path).pack, Horizon("none"))
    assert [q.id for q in Round.start(v, RoundConfig("p")).queue] == ["pluto"]


@pytest.mark.parametrize("mode", ["classic", "survival"])
def test_a_fact_is_asked_one_way_or_the_other_never_both(mode: str) -> None:
    ways = Counter()
    for seed in range(1, 201):
        ids = {q.id for q in start(view(), seed, mode).queue}
        for fact in CAST:
            assert not {fact, f"{fact}~reverse"} <= ids, (seed, fact)
            ways[fact in ids, f"{fact}~reverse" in ids] += 1
    assert ways[True, False] and ways[False, True]


def test_after_a_horizon_drop_mid_round_nothing_shown_gives_a_later_question_away() -> None:
    """Spoilers go off after two answers: the rest are regenerated, and a year
    question now draws its wrong options from fewer years, which may name a
    later question's answer."""
    pack, safe = giveaways_pack(), view("season-1")
    for seed in range(1, 151):
        round_ = start(view(), seed, spoilers_on=True)
        for _ in range(2):
            round_.answer(round_.current.answer)
        round_.restrict(safe)
        assert giveaways(pack, round_.queue, [safe.title]) == [], seed


def test_a_restricted_round_keeps_every_question_nothing_gives_away() -> None:
    """Restricting to the same horizon changes nothing: the rule is the one the
    round began with."""
    for seed in range(1, 51):
        round_ = start(view(), seed, spoilers_on=True)
        round_.answer(round_.current.answer)
        queue = list(round_.queue)
        assert round_.restrict(view()) == 0
        assert round_.queue == queue


def test_the_search_finds_exactly_the_secrets_a_text_holds_as_whole_words() -> None:
    """The word automaton agrees with contains_term, secret by secret, on texts
    made to hold overlapping and nested secrets."""
    rng = random.Random(5)
    words = ["a", "b", "ab", "Ça", "ca", "B"]
    for trial in range(400):
        secrets = [" ".join(rng.choices(words, k=rng.randint(1, 4)))
                   for _ in range(rng.randint(1, 8))]
        texts = [rng.choice([" ", "-", ", ", "'"]).join(rng.choices(words, k=rng.randint(0, 12)))
                 for _ in range(3)]
        candidates = [Question(id=str(n), type="text", prompt="?", answer=s, entry=str(n),
                               secrets=(s,)) for n, s in enumerate(secrets)]
        seen = Seen(candidates, texts)
        for question, secret in zip(candidates, secrets):
            expected = any(contains_term(text, secret) for text in texts)
            assert seen.gives_away(question) == expected, (trial, secret, texts)


def test_starting_a_round_costs_work_in_proportion_to_the_pack(write_pack) -> None:
    """Many secrets sharing words, long texts full of them: comparing each text
    with each secret would cost 16 times the work for 4 times the facts."""
    from quiz.core.loader import load_pack

    def cost(count: int) -> int:
        facts = "".join(
            f"  - id: f{n}\n    kind: k{n // 4}\n    statement: Item {n} is worth alpha {n}.\n"
            f"    ask: What is item {n} worth?\n    answer: alpha beta {n}\n"
            f"    accept: [alpha {n}]\n    explain: {'alpha beta ' * 30}omega\n"
            for n in range(count))
        path = write_pack(f"format: 1\nid: big\ntitle: Alpha\nfacts:\n{facts}", f"big-{count}.yaml")
        v = gate(load_pack(path).pack, Horizon.everything())
        return steps(lambda: Round.start(v, RoundConfig("big", mode="survival", seed="1")))

    small, large = cost(40), cost(160)
    assert large < 6 * small, (small, large)
