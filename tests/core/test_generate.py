"""Generation: kinds of question, wrong options, determinism, no clue in the order."""

from __future__ import annotations

from collections import Counter

from quiz.core.answers import answer_key, contains_term
from quiz.core.generate import FALSE, TRUE, generate
from quiz.core.spoilers import Horizon, gate

from tests.core.helpers import builtin_pack, demo_pack, fact, giveaways_pack, pack_view


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


# -- wrong options a player cannot rule out by logic alone ----------------------------

PEOPLE = "".join([
    fact("arrested-by", "person", "Guillermo Calderoni", "Who arrested Gallardo?",
         "Guillermo Calderoni arrested Gallardo.", "Calderoni"),
    fact("central-figure", "person", "Félix Gallardo", "Who leads the cartel?",
         "Félix Gallardo leads the cartel."),
    fact("body-found", "person", "Alfredo Zavala", "Whose body was found with Camarena's?",
         "Alfredo Zavala's body was found with Camarena's."),
    fact("agent", "person", "Kiki Camarena", "Which agent worked undercover?",
         "Kiki Camarena worked undercover."),
    fact("agent-again", "person", "Kiki Camarena", "Which agent was kidnapped?",
         "Kiki Camarena was kidnapped.", "Enrique Camarena, Camarena"),
    fact("agent-name", "person", "Enrique Camarena", "Which agent was born in Mexicali?",
         "Enrique Camarena was born in Mexicali."),
    fact("associate", "person", "Ernesto Carrillo", "Who was the cartel's co-founder?",
         "Ernesto Carrillo co-founded the cartel.", "Don Neto"),
    fact("nickname-holder", "person", "Don Neto", "Who was the oldest partner?",
         "Don Neto was the oldest partner."),
    fact("author", "person", "Michael Vigil", "Who wrote the book?", "Michael Vigil wrote it."),
])


def same_thing(view) -> list[set[str]]:
    """Each fact's answer with its accepted forms, as answer keys."""
    return [{answer_key(t) for t in (f.answer, *f.accept)} for f in view.facts]


def test_no_wrong_option_is_named_by_the_question(write_pack) -> None:
    """'Who arrested Gallardo?' never offers Félix Gallardo, nor 'Whose body was
    found with Camarena's?' Kiki Camarena."""
    view = pack_view(write_pack, PEOPLE)
    offered = Counter()
    for seed in range(200):
        for question in generate(view, str(seed), types={"choice"}):
            wrong = [c for c in question.choices if c != question.answer]
            offered.update(wrong)
            for option in wrong:
                assert not contains_term(question.prompt, option), (question.prompt, option)
            if question.id == "arrested-by":
                assert "Félix Gallardo" not in wrong
            if question.id == "body-found":
                assert not {"Kiki Camarena", "Enrique Camarena"} & set(wrong)
    assert offered["Félix Gallardo"] and offered["Kiki Camarena"]  # elsewhere


def test_no_two_options_are_the_same_thing(write_pack) -> None:
    """Never another form of the answer (an accepted form, or one another fact
    with the same answer accepts), and no two options one thing."""
    view = pack_view(write_pack, PEOPLE)
    groups = same_thing(view)
    for seed in range(200):
        for question in generate(view, str(seed), types={"choice"}):
            keys = [answer_key(c) for c in question.choices]
            for n, key in enumerate(keys):
                for other in keys[n + 1:]:
                    assert not any({key, other} <= g for g in groups), (question.id, question.choices)
            if question.id == "agent":
                assert "Enrique Camarena" not in question.choices


def test_wrong_options_are_shaped_like_the_answer(write_pack) -> None:
    """A number for a number, the same unit: borrowed options the player cannot
    tell apart from the answer by their form alone, when the kind has them."""
    view = pack_view(write_pack, "".join(
        fact(f"f{n}", "figure", answer) for n, answer in enumerate(
            ["50", "200", "12", "75", "40 years", "37 years", "27 years", "19 years", "life",
             "three days", "almost a decade", "$5 million", "$20 million", "$1.17 million",
             "$500 million"])))
    for seed in range(60):
        for question in generate(view, str(seed), types={"choice"}):
            wrong = [c for c in question.choices if c != question.answer]
            if question.answer.isdigit():
                assert all(c.isdigit() for c in wrong), question.choices
            if question.answer.endswith(" years"):
                assert all(c.endswith(" years") for c in wrong), question.choices
            if question.answer.endswith(" million"):
                assert all(c.endswith(" million") for c in wrong), question.choices


def test_the_false_statement_swaps_in_an_option_by_the_seed_and_reads_naturally(write_pack) -> None:
    view = pack_view(write_pack, "".join([
        fact("job", "job", "engineer", statement="Mara was an engineer in Leeds.",
             distractors="pilot, architect, lawyer"),
        fact("cop", "job2", "cop", statement="He was a cop in Leeds.", accept="police officer"),
        fact("officer", "job2", "police officer"),
        fact("clerk", "job2", "clerk"),
        fact("baker", "job2", "baker"),
    ]))
    swaps = Counter()
    for seed in range(200):
        for question in generate(view, str(seed), types={"true-false"}):
            if question.answer == FALSE and question.id == "job":
                swaps[question.prompt] += 1
            if question.id == "cop":
                assert "police officer" not in question.prompt  # still true: not false
    assert set(swaps) == {"Mara was a pilot in Leeds.", "Mara was an architect in Leeds.",
                          "Mara was a lawyer in Leeds."}


def test_a_statement_that_holds_its_answer_only_inside_a_word_is_not_swapped(write_pack) -> None:
    view = pack_view(write_pack, "".join([
        fact("copper", "job", "cop", statement="He worked as a copper in Leeds."),
        fact("clerk", "job", "clerk"), fact("baker", "job", "baker")]))
    for seed in range(50):
        assert all(q.id != "copper" for q in generate(view, str(seed), types={"true-false"}))


# -- reverse questions ---------------------------------------------------------------

def test_a_fact_with_a_reverse_is_asked_either_way() -> None:
    view = gate(giveaways_pack(), Horizon.everything())
    facts = {f.id: f for f in view.facts}
    characters = {f.reverse.answer for f in view.facts if f.reverse} | {"Silas Crane"}
    types, villain_options = Counter(), set()
    for seed in range(100):
        questions = {q.id: q for q in generate(view, str(seed))}
        for fact_id in ("kane-plays-holt", "mbeki-plays-quill", "okafor-plays-pike"):
            back = questions[f"{fact_id}~reverse"]
            reverse = facts[fact_id].reverse
            assert (back.prompt, back.answer) == (reverse.ask, reverse.answer)
            assert back.statement == facts[fact_id].statement  # told after the answer
            types[back.type] += 1
            if back.type == "choice":
                assert set(back.choices) <= characters  # its own kind's pool
            if back.type == "text":
                assert back.accepted == (reverse.answer, *reverse.accept)
            forward = questions[fact_id]
            if forward.type == "choice":
                assert not set(forward.choices) & characters
        villain = questions["villain-name"]
        if villain.type == "choice":
            villain_options |= set(villain.choices) - {villain.answer}
    # true/false only from the statement, one way
    assert set(types) == {"choice", "text"}
    # the reverse answers join the character pool
    assert villain_options == characters - {"Silas Crane"}


def test_a_typed_surname_counts_when_no_other_person_in_the_pack_has_it(write_pack) -> None:
    """The judge knows the pack's people: 'Luna' for Diego Luna, but not 'Luna'
    when two people share it, and never the last word of a place or a group."""
    view = pack_view(write_pack, "".join([
        fact("luna", "actor", "Diego Luna", "Which actor plays Gallardo?"),
        fact("pena", "actor", "Michael Peña", "Which actor plays Camarena?"),
        fact("ruiz", "actor", "Ana Ruiz", "Which actor plays Sofia?"),
        fact("cartel", "group", "Guadalajara Cartel", "What did Gallardo lead?"),
        fact("twin-a", "trafficker", "Rafa Quintero", "Who grew the fields?"),
        fact("twin-b", "trafficker", "Miguel Quintero", "Who kept the books?"),
    ]))
    typed = {q.id: q for q in generate(view, "1", types=("text",))}
    assert typed["luna"].check("Luna") and typed["pena"].check("pena")
    assert typed["luna"].check("Diego Lnua")  # one typo in a long name
    assert not typed["cartel"].check("Cartel")
    assert not typed["twin-a"].check("Quintero") and typed["twin-a"].check("Rafa Quintero")


def test_a_false_statement_says_an_before_an_initialism_said_with_a_vowel() -> None:
    from quiz.core.generate import _indefinite

    assert [_indefinite(w) for w in ("M16", "AK-47", "UN report", "Colt .45", "8-ball", "owl")] == [
        "an", "an", "a", "a", "an", "an"]


def test_a_statement_that_names_an_answer_by_another_form_is_still_swapped(write_pack) -> None:
    view = pack_view(write_pack, "".join([
        fact("kerr", "person", "Jamie Kerr", statement="Substitute Kerr headed the winner.",
             accept="Kerr", distractors="Danny Okoro, Luis Ferreira"),
        fact("okoro", "person", "Danny Okoro"), fact("ferreira", "person", "Luis Ferreira")]))
    falses = {q.prompt for seed in range(40) for q in generate(view, str(seed), types={"true-false"})
              if q.id == "kerr" and q.answer == FALSE}
    assert falses and falses <= {"Substitute Danny Okoro headed the winner.",
                                 "Substitute Luis Ferreira headed the winner."}
