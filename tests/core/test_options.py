"""Never another form of the answer as a wrong option, in any pack: not in a
multiple choice, not swapped into a "False" true/false statement; and a number
is offered only numbers of its unit."""

from __future__ import annotations

from collections import Counter

from quiz.core.generate import FALSE, generate

from tests.core.helpers import fact, pack_view, steps

SEEDS = [str(seed) for seed in range(150)]

# A drafted pack's answers, as a tester of drafted packs found them offered as
# wrong options of each other: forms of one thing, each pair of them.
DRAFTED = "".join([
    fact("chased", "person", "Steve Murphy", "Who chased Escobar for the DEA?",
         "Steve Murphy chased Escobar for the DEA."),
    fact("narrated", "person", "Murphy", "Who narrates the first season?",
         "Murphy narrates the first season."),
    fact("partner", "person", "Javier Pena", "Who was Murphy's partner?",
         "Javier Pena was Murphy's partner."),
    fact("boss", "person", "Bill Stechner", "Who ran the CIA station?",
         "Bill Stechner ran the CIA station."),
    fact("king", "person", "Joe Exotic", "Who ran the zoo?", "Joe Exotic ran the zoo.",
         accept="Joseph Allen Maldonado-Passage"),
    fact("born", "person", "Joseph Maldonado-Passage", "Who was born in Garden City?",
         "Joseph Maldonado-Passage was born in Garden City."),
    fact("rival", "person", "Carole Baskin", "Who ran Big Cat Rescue?",
         "Carole Baskin ran Big Cat Rescue."),
    fact("agency", "agency", "DEA", "Who did Murphy work for?", "Murphy worked for the DEA."),
    fact("agency-long", "agency", "Drug Enforcement Administration",
         "Which agency ran Operation Leyenda?", "The Drug Enforcement Administration ran it."),
    fact("bureau", "agency", "FBI", "Who ran the other case?", "The FBI ran the other case."),
    fact("spies", "agency", "CIA", "Who ran the station?", "The CIA ran the station."),
    fact("born-on", "date", "September 1, 1936", "When was he born?",
         "He was born on September 1, 1936."),
    fact("signed-on", "date", "1 September 1936", "When was the deal signed?",
         "The deal was signed on 1 September 1936."),
    fact("opened-on", "date", "March 3, 1950", "When did it open?", "It opened on March 3, 1950."),
    fact("closed-on", "date", "July 4, 1961", "When did it close?", "It closed on July 4, 1961."),
])
FORMS = [{"Steve Murphy", "Murphy"}, {"Joe Exotic", "Joseph Maldonado-Passage"},
         {"DEA", "Drug Enforcement Administration"}, {"September 1, 1936", "1 September 1936"}]


def test_no_form_of_the_answer_is_offered_as_a_wrong_option(write_pack) -> None:
    """Both ways: 'Murphy' is never a wrong option of Steve Murphy, nor the
    other way round; nor are both offered to one question (a player could not
    tell which of the two is wrong)."""
    view = pack_view(write_pack, DRAFTED)
    offered = Counter()
    for seed in SEEDS:
        for question in generate(view, seed, types={"choice"}):
            offered.update(question.choices)
            for forms in FORMS:
                assert len(forms & set(question.choices)) <= 1, question.choices
    assert all(offered[text] for forms in FORMS for text in forms)  # each still asked or offered


def test_two_people_who_share_a_surname_are_still_offered_for_each_other(write_pack) -> None:
    """'Kane' accepted for Idris Kane is no reason to take Iris Kane for him:
    the author's own near names stay, and so do borrowed ones."""
    view = pack_view(write_pack, "".join([
        fact("holt", "actor", "Idris Kane", "Who plays Mara Holt?", accept="Kane",
             distractors="Iris Kane, Idris Cane"),
        fact("pike", "actor", "Ruth Kane", "Who plays Pike?"),
        fact("quill", "actor", "Tom Ashby", "Who plays Quill?"),
    ]))
    offered = Counter()
    for seed in SEEDS[:40]:
        for question in generate(view, seed, types={"choice"}):
            offered.update((question.answer, c) for c in question.choices if c != question.answer)
    assert offered["Idris Kane", "Iris Kane"] and offered["Idris Kane", "Idris Cane"]
    assert offered["Ruth Kane", "Idris Kane"]


def test_an_own_distractor_that_is_the_answer_written_otherwise_is_not_offered(write_pack) -> None:
    view = pack_view(write_pack, "".join([
        fact("born-on", "date", "September 1, 1936", "When was he born?",
             distractors="1 September 1936, Sept. 1 1936, 1 September 1937, March 3 1950"),
    ]))
    for seed in SEEDS[:40]:
        for question in generate(view, seed, types={"choice"}):
            assert set(question.choices) == {"September 1, 1936", "1 September 1937",
                                             "March 3 1950"}


def false_statements(view, fact_id: str) -> Counter:
    return Counter(q.prompt for seed in SEEDS for q in generate(view, seed, types={"true-false"})
                   if q.id == fact_id and q.answer == FALSE)


def test_a_false_statement_never_swaps_in_a_name_it_already_holds(write_pack) -> None:
    """'Boyd Holbrook and Pedro Pascal star' with Pedro Pascal in Holbrook's
    place is still true."""
    view = pack_view(write_pack, "".join([
        fact("lead", "actor", "Boyd Holbrook", "Who plays Murphy?",
             "Boyd Holbrook and Pedro Pascal star in Narcos."),
        fact("pena", "actor", "Pedro Pascal", "Who plays Pena?"),
        fact("escobar", "actor", "Wagner Moura", "Who plays Escobar?"),
        fact("gallardo", "actor", "Diego Luna", "Who plays Gallardo?"),
        fact("carrillo", "actor", "Ernesto Carrillo", "Who plays the twin?",
             "Ernesto Carrillo plays the twin of Amado Carrillo."),
        fact("amado", "actor", "José María Yazpik", "Who plays Amado?", accept="Yazpik"),
        fact("don", "actor", "Rafael Carrillo", "Who plays the uncle?"),
    ]))
    lead = false_statements(view, "lead")
    assert lead and not any(s.startswith("Pedro Pascal and") for s in lead), lead
    twin = false_statements(view, "carrillo")
    assert twin and not any(s.startswith("Rafael Carrillo") for s in twin), twin


def test_a_false_statement_never_swaps_in_another_form_of_the_answer(write_pack) -> None:
    """Not a form the rule tells (a surname, an acronym, the date otherwise
    written), nor one the answer's `accept` takes as typed (a one-letter slip)."""
    view = pack_view(write_pack, DRAFTED + "".join([
        fact("holt", "actor", "Idris Kane", "Who plays Mara Holt?", "Idris Kane plays Mara Holt.",
             accept="Kane", distractors="Idris Cane, Tom Ashby"),
    ]))
    for fact_id, forms in [("chased", {"Murphy"}), ("narrated", {"Steve Murphy"}),
                           ("agency-long", {"DEA"}), ("born-on", {"1 September 1936"}),
                           ("king", {"Joseph Maldonado-Passage"}), ("holt", {"Idris Cane"})]:
        swapped = false_statements(view, fact_id)
        assert swapped, fact_id
        assert not any(form in statement for statement in swapped for form in forms), swapped


UNITS = {"40 years": "years", "27 years": "years", "19 years": "years", "$5 million": "million",
         "$20 million": "million", "$1.17 million": "million", "1985": "", "1990": "", "2001": ""}
FIGURES = "".join(fact(f"f{n}", "figure", answer) for n, answer in enumerate([
    *UNITS, "three days", "a month", "almost a decade", "life", "six police officers"]))


def test_a_number_is_offered_only_numbers_of_its_unit(write_pack) -> None:
    """Fewer options, or none, rather than one of another unit or no number:
    'three days' has no other number of days in its kind, so it is never a
    choice, and no false statement puts 'a month' in its place."""
    view = pack_view(write_pack, FIGURES)
    for seed in SEEDS[:60]:
        for question in generate(view, seed, types={"choice", "true-false"}):
            if question.type == "choice" and question.answer in UNITS:
                unit = UNITS[question.answer]
                assert {UNITS.get(c) for c in question.choices} == {unit}, question.choices
            elif question.type == "choice":
                assert question.answer not in {"three days", "six police officers"}
            elif question.answer == FALSE:
                assert "three days" not in question.statement, question.prompt


def test_a_name_is_offered_names_whatever_their_form(write_pack) -> None:
    """Names are as they were: 'life' and a title holding a number still
    borrow what their kind has."""
    view = pack_view(write_pack, FIGURES + "".join(
        fact(f"film{n}", "film", title) for n, title in enumerate(
            ["Apollo 13", "Titanic", "Heat", "Jaws"])))
    asked = {q.answer: q for seed in SEEDS[:20] for q in generate(view, seed, types={"choice"})}
    assert len(asked["life"].choices) == 4
    assert len(asked["Apollo 13"].choices) == 4


def test_grouping_forms_costs_work_in_proportion_to_the_pack(write_pack) -> None:
    """Many people of one surname, the surname alone, and long accept lists:
    no pair of them is compared, however many there are."""
    def pack(n: int) -> str:
        return "".join(
            fact(f"p{i}", "person", f"Name{i} Murphy", f"Who did {i}?",
                 accept=", ".join(f"'Agent {i} {j}'" for j in range(5)))
            + fact(f"s{i}", "person", "Murphy" if i % 2 else f"N{i} Middle Murphy", f"Who {i}?")
            for i in range(n))

    def work(n: int) -> int:
        view = pack_view(write_pack, pack(n))
        return steps(lambda: generate(view, "1"))

    work(5)  # once first: imports and caches are not the pack's cost
    small, large = work(30), work(120)
    # Four times the pack: about four times the work; a square would be sixteen.
    assert large < 6 * small, (small, large)


def test_a_place_the_facts_own_statement_names_is_no_wrong_option(write_pack) -> None:
    """"Born in Petilla, a small village in Navarre": Navarre, another fact's
    answer of the same kind, is right too for "Where was he born?"."""
    view = pack_view(write_pack, "".join([
        fact("born", "place", "Petilla", "Where was Ramón born?",
             "Ramón was born in Petilla, a small village in Navarre."),
        fact("region", "place", "Navarre", "Petilla is a village where?",
             "Petilla is a small village in Navarre."),
        fact("studied", "place", "Zaragoza", "Where did Ramón study?"),
        fact("taught", "place", "Valencia", "Where did Ramón teach?"),
        fact("died", "place", "Madrid", "Where did Ramón die?"),
    ]))
    offered = Counter()
    for seed in SEEDS:
        for question in generate(view, seed, types={"choice"}):
            if question.prompt == "Where was Ramón born?":
                offered.update(question.choices)
    assert offered["Petilla"] and offered["Zaragoza"]
    assert not offered["Navarre"]
