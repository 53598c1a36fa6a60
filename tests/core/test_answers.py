"""Typed answers match the way people type them."""

from __future__ import annotations

import sys
import time

import pytest

from quiz.core.answers import Judge, contains_term, fold, matches, naming, same_thing



@pytest.mark.parametrize("typed, accepted", [
    ("felix gallardo", "Félix Gallardo"),
    ("FÉLIX   GALLARDO", "Félix Gallardo"),
    ("felix-gallardo!", "Félix Gallardo"),
    ("  Félix Gallardo. ", "félix gallardo"),
    ("michael pena", "Michael Peña"),
    ("zavala avelar", "Alfredo Zavala-Avelar"[8:]),
    ("strasse", "Straße"),
    ("STRASSE", "straße"),
    ("lodz", "Łódź"),
    ("oresund", "Øresund"),
    ("aesir", "Æsir"),
    ("istanbul", "ıstanbul"),
    ("istanbul", "İstanbul"),
    ("1989", "１９８９"),
    ("$500 million", "500 million"),
    ("1.17 million", "$1.17 million"),
    ("rancho bufalo", "Rancho Búfalo"),
    ("el padrino", "“El Padrino”"),
    ("jose maria yazpik", "José María Yazpik"),
    ("almoloya de juarez", "Almoloya de Juárez"),
])
def test_folds_case_accents_punctuation_spacing_and_special_letters(typed: str, accepted: str) -> None:
    assert matches(typed, [accepted])


@pytest.mark.parametrize("typed, accepted", [
    ("diego", "Diego Luna"),
    ("", "Diego Luna"),
    ("!!!", "Diego Luna"),
    ("1988", "1989"),
    ("gallardo felix", "Félix Gallardo"),
])
def test_different_answers_do_not_match(typed: str, accepted: str) -> None:
    assert not matches(typed, [accepted])


def test_any_accepted_answer_counts() -> None:
    assert matches("luna", ["Diego Luna", "Luna"])


def test_fold_is_only_for_comparing() -> None:
    """The text shown is never folded: fold returns a new string, the input is untouched."""
    shown = "Félix Gallardo"
    assert fold(shown) == "felix gallardo"
    assert shown == "Félix Gallardo"


def test_fold_is_idempotent_for_every_character() -> None:
    # Two folds per character, not three: a million characters make it count.
    bad = [hex(cp) for cp in range(sys.maxunicode + 1)
           if not 0xD800 <= cp < 0xE000 and fold(once := fold(chr(cp))) != once]
    assert bad == []


@pytest.mark.parametrize("text", ["Félix  GALLARDO!", "ǣ Ǽ ﬁ ｆｕｌｌ", "한국어 텍스트", "a_b-c'd"])
def test_fold_is_idempotent_on_phrases(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_terms_match_whole_words() -> None:
    assert contains_term("He was re-sentenced in 2017.", "re-sentenced")
    assert contains_term("He was re sentenced in 2017.", "Re-Sentenced")
    assert contains_term("held in PRISON", "prison")
    assert not contains_term("a prisoner", "prison")
    assert not contains_term("anything", "")


# -- judged as a fair quizmaster would -----------------------------------------------------

GALLARDO = "Miguel Ángel Félix Gallardo"
PEOPLE = (GALLARDO, "Diego Luna", "Rafael Caro Quintero", "Alfredo Zavala-Avelar",
          "Michael S. Vigil", "Martin Luther King Jr.")


def row(typed: str, answer: str, right: bool, *, wrong: tuple[str, ...] = (),
        people: tuple[str, ...] = (), why: str = ""):
    return pytest.param(typed, answer, right, wrong, people,
                        id=f"{typed!r} for {answer!r}: {why or ('yes' if right else 'no')}")


QUIZMASTER = [
    # leading articles, either side; an article alone is no answer
    row("the DEA", "DEA", True),
    row("DEA", "the DEA", True),
    row("a police officer", "police officer", True),
    row("police officer", "a police officer", True),
    row("an informant", "informant", True),
    row("The", "the DEA", False, why="'the' alone"),
    row("the", "DEA", False, why="an article only"),
    row("a", "A", True, why="an answer that is only an article is itself"),
    row("DEA the", "the DEA", False, why="only a leading article"),
    # ordinals and number words
    row("13th", "thirteenth", True),
    row("thirteenth", "13th", True),
    row("13", "13th", True),
    row("three", "3", True),
    row("3", "three", True),
    row("twenty-one", "21", True),
    row("twenty one", "21st", True),
    row("twenty-first", "21", True),
    row("ninety-nine", "99", True),
    row("two hundred", "200", True),
    row("one hundred and five", "105", True),
    row("a thousand", "1,000", True),
    row("1 000 000", "1,000,000", True),
    row("three thousand", "3000", True),
    row("forty years", "40 years", True),
    row("3 days", "three days", True),
    row("13th", "14th", False),
    row("fourteen", "forty", False),
    row("twenty", "twenty-one", False),
    row("2 1", "21", False, why="two numbers are not one"),
    row("sixteeen", "sixteen", False, why="no typo in a number"),
    row("thre days", "three days", False, why="no typo in a number"),
    row("1985", "1986", False),
    # dates in any common form
    row("February 13", "February 13, 2020", True, why="the day asked, no year"),
    row("Feb 13th", "February 13", True),
    row("13 February", "Feb 13", True),
    row("the 13th of February", "February 13", True),
    row("13 Feb 2020", "February 13, 2020", True),
    row("February 13, 2020", "13 February 2020", True),
    row("2020-02-13", "February 13, 2020", True),
    row("13/2/2020", "February 13, 2020", True, why="13 can only be the day"),
    row("2/13/2020", "February 13, 2020", True, why="13 can only be the day"),
    row("13.2.2020", "2020-02-13", True),
    row("7/7/1985", "July 7, 1985", True, why="both readings are the same day"),
    row("7/2/1985", "February 7, 1985", False, why="could be July 2"),
    row("2/7/1985", "February 7, 1985", False, why="could be July 2"),
    row("February 13, 2021", "February 13, 2020", False, why="another year"),
    row("February 14", "February 13", False),
    row("Febuary 13", "February 13", False, why="no typo in a date"),
    row("March 2020", "March 7, 2020", False, why="no day"),
    row("30 February", "February 30", False, why="no such day"),
    # amounts
    row("$500 million", "500 million", True),
    row("500m", "$500 million", True),
    row("500 mln", "$500 million", True),
    row("US$500 million", "$500 million", True),
    row("half a billion", "$500 million", True),
    row("five hundred million dollars", "$500 million", True),
    row("500,000,000", "$500 million", True),
    row("four million pounds", "£4 million", True),
    row("$1.17 million", "1.17 million", True),
    row("$50 million", "$500 million", False),
    row("$600 million", "$500 million", False),
    row("$117 million", "$1.17 million", False, why="the decimal point counts"),
    row("1.7 million", "$1.17 million", False),
    row("$500", "$500 million", False),
    row("500 billion", "500 million", False),
    # one typo in a long answer, never in a short one
    row("felix galardo", "Félix Gallardo", True, why="a letter left out"),
    row("Netflx", "Netflix", True),
    row("Huetra", "Huerta", True, why="two letters swapped"),
    row("Yazpic", "Yazpik", True, why="a letter changed"),
    row("marijuanna", "marijuana", True, why="a letter added"),
    row("Operation Leyneda", "Operation Leyenda", True),
    row("Lunna", "Luna", False, why="too short to forgive"),
    row("Vigel", "Vigil", False, why="a typo in a five-letter answer"),
    row("Huera", "Huerta", False, why="a typo that leaves five letters"),
    row("Galardoo", "Gallardo", False, why="two typos"),
    row("Calderon", "Calderoni", True),
    row("Calderon", "Calderoni", False, wrong=("Calderone",), why="as near a wrong option"),
    row("Calderone", "Calderoni", False, wrong=("Calderone",), why="the wrong option itself"),
    row("Calderoni", "Calderoni", True, wrong=("Calderone",), why="exactly right"),
    # a surname alone, when no one else in the pack has it
    row("Gallardo", GALLARDO, True, people=PEOPLE),
    row("gallardo", GALLARDO, False, why="the pack's people not given"),
    row("Gallardo", GALLARDO, False, people=(*PEOPLE, "Jesús Gallardo"),
        why="two people share the surname"),
    row("Miguel", GALLARDO, False, people=PEOPLE, why="a first name"),
    row("Quintero", "Diego Luna", False, people=PEOPLE, why="another person's surname"),
    row("Zavala-Avelar", "Alfredo Zavala-Avelar", True, people=PEOPLE),
    row("Vigil", "Michael S. Vigil", True, people=PEOPLE),
    row("King", "Martin Luther King Jr.", True, people=PEOPLE),
    row("Cartel", "Guadalajara Cartel", False, people=PEOPLE, why="not a person"),
    row("Diego Lun", "Diego Luna", True, people=PEOPLE),
    row("Diego Lun", "Diego Luna", False, people=(*PEOPLE, "Diego Lune"),
        why="as near another person"),
    # nothing typed is "don't know"
    row("", "DEA", False),
    row("   ", "DEA", False),
    row("?!", "DEA", False),
]


@pytest.mark.parametrize("typed, answer, right, wrong, people", QUIZMASTER)
def test_typed_answers_are_judged_as_a_fair_quizmaster_would(
        typed: str, answer: str, right: bool, wrong: tuple[str, ...],
        people: tuple[str, ...]) -> None:
    assert matches(typed, [answer], wrong, people) is right


def test_a_judge_built_once_judges_every_question_of_the_pack() -> None:
    judge = Judge(PEOPLE)
    assert judge.matches("Gallardo", [GALLARDO, "Félix Gallardo"])
    assert judge.matches("Luna", ["Diego Luna"])
    assert not judge.matches("Luna", [GALLARDO])


def test_an_accepted_form_that_shares_the_surname_is_the_same_person() -> None:
    people = (*PEOPLE, "Félix Gallardo")
    assert matches("Gallardo", [GALLARDO, "Félix Gallardo"], people=people)


def seconds(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


MIB = 1024 * 1024


@pytest.mark.parametrize("unit", ["1", "nine hundred ", "1,000", "gallardo"])
def test_a_hostile_four_mib_line_is_judged_at_once(unit: str) -> None:
    line = unit * (4 * MIB // len(unit))
    assert seconds(lambda: matches(line, ["Félix Gallardo", "$500 million"])) < 0.5


@pytest.mark.parametrize("unit", ["1,000", "february 13 2020 ", "nine hundred and ", "a"])
def test_judging_grows_linearly_with_the_answers_length(unit: str) -> None:
    """A pack's answer may be long too; the typed line may then be as long."""
    def judge(n: int) -> float:
        text = unit * n
        return min(seconds(lambda: matches(text + "x", [text + "y"])) for _ in range(3))
    small, large = judge(150), judge(1_200)
    # Linear is 8 times the work, quadratic 64 times.
    assert large < 24 * small + 0.05


# -- forms of one thing: never each other's wrong option ----------------------------------

@pytest.mark.parametrize("one, other", [
    ("Murphy", "Steve Murphy"),  # a surname and the full name
    ("Félix Gallardo", "Miguel Ángel Félix Gallardo"),  # its last words
    ("Miguel Gallardo", "Miguel Ángel Félix Gallardo"),  # its first and last
    ("Maldonado-Passage", "Joseph Maldonado-Passage"),
    ("Martin Luther King", "King"),
    ("DEA", "Drug Enforcement Administration"),  # an acronym and its words
    ("ESA", "the European Space Agency"),
    ("FBI", "Federal Bureau of Investigation"),
    ("U.S.", "United States"),
    ("the DEA", "DEA"),  # a leading article aside
    ("September 1, 1936", "1 September 1936"),  # a date however written
    ("September 1", "1 September 1936"),
    ("$5 million", "5,000,000 dollars"),  # an amount however written
    ("40 years", "forty years"),
    ("Yeongdo Eomuk", "Yeongdo Eomuk Co."),  # a firm with and without its "Co."
    ("Halden Foods", "Halden Foods Inc."),
])
def test_forms_of_one_thing_are_told_both_ways(one: str, other: str) -> None:
    assert same_thing(one, other) and same_thing(other, one)


@pytest.mark.parametrize("one, other", [
    ("Steve Murphy", "Bob Murphy"),  # two people of one surname
    ("Iris Kane", "Idris Kane"),
    ("Sinaloa Cartel", "Gulf Cartel"),
    ("September 1, 1936", "September 1, 1937"),
    ("1936", "September 1, 1936"),
    ("40", "40 years"),
    ("Dea", "Drug Enforcement Administration"),  # not written as an acronym
    ("HBO", "Netflix"),
    ("Crisp & Co.", "Halden Foods Inc."),
])
def test_other_things_are_not_forms_of_each_other(one: str, other: str) -> None:
    assert not same_thing(one, other) and not same_thing(other, one)


@pytest.mark.parametrize("unit", ["Félix ", "de la ", "1 September 1936 ", "A.B.", "-"])
def test_the_forms_of_a_hostile_answer_cost_time_in_proportion_to_its_length(unit: str) -> None:
    """Timed, not counted in lines run: the work that could grow as a square
    is joining strings, which runs no line of Python."""
    def work(n: int) -> float:
        text = unit * n + "Gallardo"
        return min(seconds(lambda: naming(text)) for _ in range(3))

    small, large = work(1_000), work(8_000)
    # Linear is 8 times the work, quadratic 64 times.
    assert large < 20 * small + 0.05, (small, large)
