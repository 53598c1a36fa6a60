"""Generation: kinds of question, wrong options, determinism, no clue in the order."""

from __future__ import annotations

from collections import Counter

from quiz.core.answers import answer_key
from quiz.core.generate import FALSE, TRUE, generate
from quiz.core.spoilers import Horizon, gate

from helpers import builtin_pack, demo_pack


def everything():
    return gate(demo_pack(), Horizon.everything())


def test_same_seed_same_round_other_seed_other_round() -> None:
    view = everything()
    assert generate(view, "42") == generate(view, "42")
    assert any(generate(view, "42") != generate(view, str(s)) for s in range(5))


def test_one_question_per_fact_and_written_question() -> None:
    view = everything()
    for seed in range(50):
        questions = generate(view, str(seed))
        ids = [q.id for q in questions]
        assert len(ids) == len(set(ids)) == len(view.facts) + len(view.questions)


def test_every_kind_of_question_is_made() -> None:
    view = everything()
    kinds = Counter(q.type for seed in range(50) for q in generate(view, str(seed)))
    assert set(kinds) == {"choice", "true-false", "text"}


def test_wrong_options_come_from_the_author_then_the_same_kind() -> None:
    view = everything()
    facts = {f.id: f for f in view.facts}
    for seed in range(100):
        for question in generate(view, str(seed), types={"choice"}):
            if question.id not in facts:
                continue
            fact = facts[question.id]
            wrong = [c for c in question.choices if c != fact.answer]
            same_kind = {f.answer for f in view.facts if f.kind == fact.kind and f.id != fact.id}
            assert fact.answer in question.choices
            assert 2 <= len(wrong) <= 3
            assert set(wrong) <= set(fact.distractors) | same_kind
            # the author's own come first: all of them are used when there are few
            assert set(fact.distractors[:3]) <= set(wrong)
            assert len({answer_key(c) for c in question.choices}) == len(question.choices)


def test_position_of_the_answer_gives_no_clue() -> None:
    view = everything()
    positions = Counter()
    for seed in range(400):
        for question in generate(view, str(seed), types={"choice"}):
            if len(question.choices) == 4:
                positions[question.choices.index(question.answer)] += 1
    assert set(positions) == {0, 1, 2, 3}
    assert min(positions.values()) > 0.15 * sum(positions.values())


def test_true_false_swaps_the_answer_for_a_same_kind_option() -> None:
    view = everything()
    facts = {f.id: f for f in view.facts}
    seen = set()
    for seed in range(100):
        for question in generate(view, str(seed), types={"true-false"}):
            if question.id not in facts:
                continue
            fact = facts[question.id]
            assert question.choices == (TRUE, FALSE)
            if question.answer == TRUE:
                assert question.prompt == fact.statement
            else:
                assert question.prompt != fact.statement
                assert fact.answer not in question.prompt
                assert question.statement == fact.statement  # the truth, for the feedback
            assert question.check(question.answer)
            seen.add(question.answer)
    assert seen == {TRUE, FALSE}


def test_typed_answers_are_checked_with_folding() -> None:
    view = everything()
    question = next(q for q in generate(view, "1", types={"text"}) if q.id == "luna-plays-gallardo")
    assert question.check("diego luna") and question.check("LUNA")
    assert not question.check("Tenoch Huerta")


def test_written_questions_keep_their_type() -> None:
    view = everything()
    questions = {q.id: q for q in generate(view, "3")}
    assert questions["gallardo-advised-show"].answer == FALSE
    split = questions["cartel-split"]
    assert split.type == "choice" and split.answer in split.choices and len(split.choices) == 3


def test_a_fact_with_too_few_options_is_typed_not_chosen() -> None:
    view = gate(demo_pack(), Horizon("none"))
    # At level none the only 'year' and 'place' facts are hidden; actors remain.
    for seed in range(30):
        for question in generate(view, str(seed)):
            if question.type == "choice":
                assert len(question.choices) >= 3


def test_builtin_pack_generates_for_every_visible_fact() -> None:
    pack = builtin_pack()
    view = gate(pack, Horizon("season-1"))
    questions = generate(view, "7")
    assert len(questions) == view.visible_count
