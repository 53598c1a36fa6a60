"""Counts, money and lives as reports and encyclopedias state them: a count whose
noun has words before it, a count hedged with "at least", a dollar named by its
country, a life's dates around a name with a small word in it, and a nationality said
in an aside. The article is written for these tests, none is from the measured sets."""

from __future__ import annotations

import re

from tests.authoring.test_drafting_clauses import asks_of

SURVEYOR = """\
Tomás de la Vega (3 March 1820 – 9 June 1888) was a Chilean surveyor who mapped the \
southern fjords.
His first expedition of 1851 set out with about 40 Mapuche guides and 12 pack mules. \
At least 17 men died on the crossing. The survey party made roughly 600 copper and \
brass markers a year at its workshop in Valdivia.
The government paid NZ$3 million in 1999 for the notebooks, which were bought from \
Henry Ashcombe, an English collector.
The workshop had 30 employees in 1860. The workshop also made 2,900 drawings of the coast. \
Some 5,000 settlers, including many German families, arrived by 1870.
"""


def _asks() -> dict[str, str]:
    return asks_of(SURVEYOR)


def test_a_life_is_dated_around_a_name_that_holds_a_small_word() -> None:
    asks = _asks()
    assert asks["3 March 1820"] == "When was Tomás de la Vega born?"
    assert asks["9 June 1888"] == "When did Tomás de la Vega die?"


def test_a_nationality_is_asked_of_the_person_it_opens_with_and_of_an_aside() -> None:
    asks = _asks()
    assert asks["Chilean"] == "What nationality was Tomás de la Vega?"
    assert asks["English"] == "What nationality was Henry Ashcombe?"


def test_a_count_keeps_the_words_that_qualify_its_noun() -> None:
    asks = _asks()
    assert "how many mapuche guides" in asks["40 Mapuche guides"].lower()
    assert asks["600 copper and brass markers"] == (
        "How many copper and brass markers did the survey party make a year at its workshop "
        "in Valdivia?")


def test_a_hedged_count_is_asked_without_its_hedge() -> None:
    asks = _asks()
    assert asks["17 men"] == "How many men died on the crossing?"
    assert asks["5,000 settlers"] == "How many settlers arrived by 1870?"


def test_a_count_is_asked_before_its_verb_only_when_nothing_after_it_is_the_counts_own() -> None:
    asks = _asks()
    assert asks["30 employees"] == "How many employees did the workshop have in 1860?"
    # "2,900 drawings of the coast": the coast goes with the drawings, not the verb.
    assert asks["2,900 drawings"] == "The workshop also made how many drawings of the coast?"


def test_a_dollar_named_by_its_country_is_money() -> None:
    assert "how much" in _asks()["NZ$3 million"].lower()


FINAL = """\
Harbour Queens win the title
The Harbour Queens won their second title on Sunday, edging the Pine Rangers 48-45 \
in front of a crowd of 12,480 at the Dome.
The Rangers led 12-10 at the first break and 25-24 at half-time.
Kilmore won 2-14 to 1-15 in the hurling final.
"""


def test_either_side_of_a_score_is_asked_as_a_team() -> None:
    asks = asks_of(FINAL)
    assert asks["Pine Rangers"] == "Which team did the Harbour Queens edge 48-45?"


def test_a_score_at_the_break_is_asked_as_the_score_then() -> None:
    asks = asks_of(FINAL)
    assert asks["25-24"] == "What was the score at half-time?"
    assert asks["12-10"] == "What was the score at the first break?"


def test_a_hurling_score_is_one_answer() -> None:
    assert asks_of(FINAL)["2-14 to 1-15"] == "Kilmore won by what score in the hurling final?"


def test_the_ground_is_asked_by_the_crowd_that_filled_it() -> None:
    assert asks_of(FINAL)["Dome"] == "Where did a crowd of 12,480 watch the match?"


REPORT = """\
Pine Rangers 21-17 Harbour Town: Kallis try settles it
By Ann Pell at Mill Park
The Pine Rangers beat Harbour Town 21-17 in front of a crowd of 8,102 at Mill Park.
The Rangers led 10-7 at half-time. Jo Kallis made 14 tackles.
"""


def test_a_report_names_its_match_where_a_question_would_not() -> None:
    asks = asks_of(REPORT)
    assert asks["Mill Park"] == "Where did a crowd of 8,102 watch the Pine Rangers v Harbour Town match?"
    assert asks["10-7"] == "What was the score at half-time in the Pine Rangers v Harbour Town match?"
    assert asks["14 tackles"] == "How many tackles did Jo Kallis make in the Pine Rangers v Harbour Town match?"


def test_a_named_cup_final_is_the_match() -> None:
    assert asks_of(FINAL.replace("win the title", "win the Bay Cup"))["Dome"] == (
        "Where did a crowd of 12,480 watch the Bay Cup?")


def test_a_count_in_words_joined_by_a_hyphen_is_a_count_not_a_name() -> None:
    drafted = asks_of("Thirty-four British sailors were held at the embassy for 12 days.")
    assert drafted["Thirty-four British sailors"] == (
        "How many British sailors were held at the embassy for 12 days?")


def test_a_count_whose_noun_is_qualified_or_opened_by_when_is_asked_how_many() -> None:
    asks = asks_of("In late May about 4,000 Danish soldiers under General de Meza marched north "
                   "towards Aarhus.")
    assert asks["4,000 Danish soldiers"] == (
        "How many Danish soldiers under General de Meza marched north towards Aarhus in late May?")
    asks = asks_of("More than 900 men of the garrison died, among them the colonel, and perhaps "
                   "400 townspeople were killed.")
    assert asks["900 men"] == "How many men of the garrison died?"
    asks = asks_of("About 80,000 people lined the course on a cold, bright afternoon, a record.")
    assert asks["80,000 people"] == "How many people lined the course on a cold, bright afternoon?"


def test_a_crowd_a_match_was_played_in_front_of() -> None:
    asks = asks_of("The Saints beat the Rovers by 12 points in front of 41,200 fans at Lancaster Park.")
    assert asks["41,200 fans"] == "How many fans were at Lancaster Park?"


def test_a_year_before_1500_or_after_2099_is_a_year_where_a_word_says_so() -> None:
    asks = asks_of("The battle was fought in 751 near the Talas River.")
    assert asks["751"] == "In what year was the battle fought near the Talas River?"
    asks = asks_of("The comet will pass close to Earth in 2182.")
    assert asks["2182"] == "In what year will the comet pass close to Earth?"
    asks = asks_of("The fleet sailed from Genoa in 300 ships.")
    assert "300" not in asks and asks["300 ships"].endswith("how many ships?")


def test_money_in_rand_pesos_won_and_cedis_is_asked_how_much() -> None:
    asks = asks_of("Sandveld Rooibos will spend R48 million on a new plant. Mokoena collects "
                   "R500,000 for the win. The firm will spend ₱85 million on a workshop. Sales rose "
                   "18% last year to 96 billion won. The crash closed the R1 road near Durban.")
    assert asks["R48 million"] == "Sandveld Rooibos will spend how much on a new plant?"
    assert asks["R500,000"] == "How much does Mokoena collect for the win?"
    assert "₱85 million" in asks and "96 billion won" in asks
    assert not [answer for answer in asks if answer.startswith("R1")]


def test_a_measure_before_its_noun_is_asked_after_it() -> None:
    asks = asks_of("Northbend has signed a 25-year lease. The project is financed in part by a "
                   "$750,000 grant. Northbend will build a $14.5 million roasting and packaging "
                   "plant at the port.")
    assert asks["25-year"] == "Northbend has signed a lease of how many years?"
    assert asks["$750,000"] == "The project is financed in part by a grant of how much?"
    assert not [ask for ask in asks.values() if re.search(r"\ban? how|roasting of how", ask)]


def test_money_named_by_its_code_or_its_word_is_asked_how_much() -> None:
    asks = asks_of("The glassworks was sold for CZK 1.2 billion in 2024. Revenue rose to 640 "
                   "million koruna last year. The deal is worth 95 million Swiss francs.")
    assert asks["CZK 1.2 billion"] == "The glassworks was sold for how much in 2024?"
    assert asks["640 million koruna"] == "Revenue rose to how much last year?"
    assert asks["95 million Swiss francs"] == "The deal is worth how much?"
