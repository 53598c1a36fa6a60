"""A name an aside defines ("Lapu-Lapu, the chieftain who defeated Magellan"), asked
by what the aside says it did; what an opening participle ("Founded in 1870, it…")
says of its subject; and names that open with a plain word."""

from __future__ import annotations

from quiz.authoring.drafting import find_candidates
from tests.authoring.test_drafting_clauses import asks_of


def test_a_name_defined_by_what_it_did_is_asked_by_it() -> None:
    asks = asks_of("She noted that the city itself is named after Lapu-Lapu, the chieftain who "
                   "defeated the Portuguese explorer Ferdinand Magellan on Mactan in 1521.")
    assert asks["Lapu-Lapu"] == ("Which chieftain defeated the Portuguese explorer Ferdinand "
                                 "Magellan on Mactan in 1521?")


def test_a_thing_defined_by_what_it_did_is_asked_by_it_with_its_words() -> None:
    asks = asks_of("For something more modern, walk to Via dei Tribunali, the old Roman street "
                   "that runs through the historic centre.")
    assert asks["Via dei Tribunali"] == "Which old Roman street runs through the historic centre?"
    asks = asks_of("We see her leave for America in 1960 on the Kennedy Airlift, the scholarship "
                   "programme that flew hundreds of students to colleges in the United States.")
    assert asks["Kennedy Airlift"] == ("Which scholarship programme flew hundreds of students to "
                                       "colleges in the United States?")


def test_a_group_of_people_so_defined_keeps_its_kind() -> None:
    drafted = {c.answer: c for c in find_candidates(
        "The firm's history runs through the old workshops of the Little Mesters, the "
        "self-employed craftsmen who once rented benches in the streets around Kelham Island.")}
    mesters = drafted["Little Mesters"]
    assert mesters.ask == ("Which self-employed craftsmen once rented benches in the streets "
                           "around Kelham Island?")


def test_an_aside_about_someone_else_or_of_the_whole_clause_is_not_asked() -> None:
    asks = asks_of("Tomás Herrera stars as Elias Varga, the customs officer who falls for her.")
    assert not any("falls for her" in ask for ask in asks.values())
    asks = asks_of("In 1907 Meitner began working with the chemist Otto Hahn, a partnership "
                   "that lasted some 30 years.")
    assert asks.get("Otto Hahn") != "Which partnership lasted some 30 years?"
    asks = asks_of("The book was written by Harriet Cole, the woman that a rival had sued.")
    assert not any(ask.startswith("Which woman") for ask in asks.values())


def test_an_aside_of_a_longer_name_is_not_asked_of_its_last_word() -> None:
    asks = asks_of("She received the medal from the Company of Cutlers in Hallamshire, the guild "
                   "that has looked after the trade since 1624.")
    assert asks.get("Hallamshire") != "Which guild has looked after the trade since 1624?"


def test_a_capitalised_plain_word_after_the_opens_a_name() -> None:
    asks = asks_of("Vic Clapham had served in the First World War before he founded the race.")
    assert "First World War" in asks


def test_a_kind_said_before_a_name_after_to_is_asked_by() -> None:
    asks = asks_of("In 2023 the mission team turned the spacecraft to the asteroid Apophis.")
    assert asks["Apophis"] == "In 2023 the mission team turned the spacecraft to which asteroid?"


def test_an_opening_participle_says_when_and_by_whom_its_subject_was_founded() -> None:
    drafted = {c.answer: c.ask for c in find_candidates(
        "Start at Antica Pizzeria da Michele, near the central station. Founded in 1870 by "
        "Michele Condurro, it serves only two pizzas, and the queue often stretches down the street.")}
    assert drafted["1870"] == "In what year was Antica Pizzeria da Michele founded?"
    assert drafted["Michele Condurro"] == "Who founded Antica Pizzeria da Michele?"


def test_the_company_an_opening_participle_founded_is_the_story_s_firm_or_unasked() -> None:
    story = ("Lumo Bikes to open second factory in Tartu\n"
             "Lumo Bikes said on Monday it will open a second factory. The company now employs "
             "240 people. Lumo was founded in Tartu. Founded in 2011 by Mari Tamm, the firm "
             "sells bikes in 12 countries, and Lumo plans more.")
    asks = {c.answer: c.ask for c in find_candidates(story)}
    assert asks["2011"] == "In what year was Lumo Bikes founded?"
    assert asks["Mari Tamm"] == "Who founded Lumo Bikes?"
    story = ("The maple farm sits outside Saint-Pierre. Founded in 1958 by Lucien Gagnon, the "
             "company employs 85 people year-round.")
    assert not any("the company founded" in c.ask for c in find_candidates(story))


def test_the_plain_noun_of_the_article_s_one_name_made_on_it_says_that_name() -> None:
    asks = asks_of("In June 1948 the city was fed by the Berlin Airlift. Its pilots flew "
                   "every day. In all, 101 people died during the airlift.")
    assert asks["101 people"] == "How many people died during the Berlin Airlift?"


def test_a_noun_two_names_are_made_on_or_a_name_cut_before_its_number_is_not_said() -> None:
    asks = asks_of("The Kpalsi Shea Company and the Tamale Nut Company both buy nuts. In 2016 "
                   "Sulemana took over the company from her mother.")
    assert "over the company from" in asks["2016"]
    asks = asks_of("Japan Series Game 7 was played in Fukuoka. The game took four hours and "
                   "12 minutes.")
    assert "Japan Series Game took" not in asks.get("four hours and 12 minutes", "")


def test_honours_after_a_name_are_no_part_of_it() -> None:
    drafted = {c.answer: c.ask for c in find_candidates(
        "Mary Ellen Talbot OM FRS (12 May 1910 – 29 July 1994) was a British chemist. "
        "She was awarded the Nobel Prize in Chemistry in 1964.")}
    assert drafted["12 May 1910"] == "When was Mary Ellen Talbot born?"
    assert not any("OM" in ask.split() or "OM" in answer.split() for answer, ask in drafted.items())


def test_a_post_said_before_a_name_is_asked_by_what_its_holder_did() -> None:
    asks = asks_of("The film builds towards 19 September 1893, when the Governor, Lord Glasgow, "
                   "signed the Electoral Act into law and New Zealand became the first country "
                   "to give women the vote.")
    assert asks["Lord Glasgow"] == "Which Governor signed the Electoral Act into law?"


def test_a_judged_sport_s_heat_score_is_asked_as_a_score() -> None:
    asks = asks_of("Lucas Moreira beat Australian Jack Tennant 17.93 to 15.40 to win the Tahiti "
                   "Pro at Teahupoo.")
    assert asks["17.93 to 15.40"].startswith("Lucas Moreira beat Australian Jack Tennant by what score")


def test_the_noun_an_article_calls_its_one_name_by_says_the_name() -> None:
    asks = asks_of("NASA's OSIRIS-REx mission launched in 2016. The mission is led by Dante "
                   "Lauretta of the University of Arizona.")
    assert asks["Dante Lauretta"] == "Who leads OSIRIS-REx?"


def test_the_subject_said_again_by_his_post_is_asked_by_what_he_did() -> None:
    asks = asks_of("Luis Ferreira was brought down in the area by Marbury captain Sam Whitfield, "
                   "and the Portuguese striker sent the penalty into the top corner in the 61st minute.")
    assert asks["Luis Ferreira"] == "Who sent the penalty into the top corner in the 61st minute?"
