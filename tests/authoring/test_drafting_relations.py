"""Who is whose, and what a name is: a post or kin said with its owner before the
verb or beside "and his", a service a series arrives on however unknown its name, a
place named on a noun the dictionary lacks. The article is written for these tests,
none is from the measured sets."""

from __future__ import annotations

from quiz.authoring.drafting import find_candidates
from tests.authoring.test_drafting_clauses import asks_of

FEATURE = """\
Low Water: the true story behind the drama
Low Water, a four-part drama created by Ines Roa, arrives on Tidalflix this week.
The real story began in 1931. Ada Lindqvist's chief engineer was Tomas Berg.
Lindqvist and her assistant, Karl Moe, inspected the spillway every morning.
The plans were kept by Rolf Dahl, the curator of the Bergen Gallery.
In 1936 Lindqvist became the first woman to sit on the water board of Norway.
On March 3, 1937, Lindqvist left Oslo on the steamship Nordkapp, bound for Alaska.
At 6:15 on the morning of 9 May 1940, the Danish ferry Falster, loaded with 400 \
refugees, sank in the Oresund.
"""


def test_a_post_said_with_its_owner_is_asked_whose() -> None:
    asks = asks_of(FEATURE)
    assert asks["Tomas Berg"] == "Who was Ada Lindqvist's chief engineer?"
    assert asks["Karl Moe"] == "Who was Lindqvist's assistant?"


def test_a_series_arrives_on_a_service_whatever_its_name() -> None:
    assert asks_of(FEATURE)["Tidalflix"].startswith("Low Water arrives on which network")


def test_a_gallery_is_asked_as_a_gallery() -> None:
    assert "which gallery" in asks_of(FEATURE)["Bergen Gallery"]


def test_a_country_a_post_is_of_is_asked_as_a_country() -> None:
    assert asks_of(FEATURE)["Norway"].endswith("the water board of which country?")


def test_a_ship_is_asked_as_what_the_article_calls_it() -> None:
    # "On March 3, 1937," goes whole: the year's comma is the date's own.
    assert asks_of(FEATURE)["Nordkapp"] == "Ada Lindqvist left Oslo on which steamship?"


def test_a_time_and_an_aside_before_the_verb_leave_the_date_its_question() -> None:
    # "At 6:15 on the morning of" is the date's phrase, and "loaded with 400 refugees"
    # what the ferry was, between it and its verb.
    assert asks_of(FEATURE)["9 May 1940"] == "On what date did the Danish ferry Falster sink in the Oresund?"


def test_a_capitalised_word_before_the_noun_goes_with_which() -> None:
    assert asks_of(FEATURE)["Falster"] == "Which Danish ferry sank in the Oresund?"


CAST = """\
Harbour Lights: the true story behind the drama
Ines Roa plays the harbour master Kai Lund. Ada Moss (Nurse Ida Berg) and Tom Vale \
(Mayor Olaf Brandt) round out the main cast. Piet Dorn plays the Liberal mayor who \
rebuilt the town.
The storm killed 110 men, women and children. About 2,000 people were killed and \
some 9,000 injured.
"""


def test_pairs_that_round_out_a_cast_name_the_actor_first() -> None:
    actors = {c.answer: c.ask for c in find_candidates(CAST) if c.kind == "actor"}
    assert actors["Tom Vale"] == "Which actor plays Mayor Olaf Brandt?"
    assert "Mayor Olaf Brandt" not in actors


def test_a_name_used_as_a_word_is_no_part() -> None:
    asks = " ".join(c.ask for c in find_candidates(CAST))
    assert "plays Liberal" not in asks and "Which character does Piet Dorn play" not in asks


def test_a_count_of_several_kinds_is_asked_of_all_and_a_second_count_left_out() -> None:
    asks = asks_of(CAST)
    assert asks["110 men"] == "How many men, women and children did the storm kill?"
    assert asks["2,000 people"] == "How many people were killed?"


BATTLE = """\
The armies met on 2 May 1801 on the Llano de Sora, a plain at about 2,400 metres.
Studies published this week show that the dust collected from the asteroid Kora holds salt.
"""


def test_the_kind_an_aside_gives_a_name_is_what_which_asks() -> None:
    assert asks_of(BATTLE)["Llano de Sora"] == "The armies met on 2 May 1801 on which plain?"


def test_studies_that_show_a_finding_leave_the_finding_to_ask() -> None:
    assert asks_of(BATTLE)["Kora"] == "The dust collected from which asteroid holds salt?"


BUSINESS = """\
Lumo Bikes to open second factory in Tartu
Lumo Bikes said on Monday it will open a second factory. The company now employs \
240 people. Lumo was founded in 2011. The firm sells bikes in 12 countries, and Lumo \
plans more.
"""

MERGER = """\
Brask to buy Tolvo for €90 million
Brask agreed to buy Tolvo on Monday. Tolvo was founded in 2001; Brask in 1990. The \
company now employs 240 people. The firm sells bikes in 12 countries. Brask and Tolvo \
will merge.
"""


def test_the_company_a_story_is_about_is_named() -> None:
    asks = asks_of(BUSINESS)
    assert asks["240 people"] == "How many people does Lumo Bikes now employ?"


def test_in_a_story_of_two_firms_the_company_is_neither() -> None:
    assert "Brask" not in asks_of(MERGER).get("240 people", "")
    assert "Tolvo" not in asks_of(MERGER).get("240 people", "")


BROKEN_BEFORE = """\
Race and river
Captain Ryan Moss scored on a power play at 8:02 of the first period. Dawit Alemu came \
home second in 5:31:07. By noon the heat at Pinetown had reached 31°C, the hottest on \
race day since 2010. Toby Jones' Kolletschka is warm and funny. For almost three months \
Wolfe besieged the city without success. In 1876 the young Sigmund Freud spent weeks in \
Trieste. On 10 April 1968 the inter-island ferry TEV Wahine was thrown onto Barrett Reef. \
There is a moment when Amy Holt, alone over the Timor Sea, weeps. Still, the numbers have \
climbed past 240, and in 2023 the programme moved four males to Mount Ruapehu, the first \
on the mainland. In 2019, the best season on record, an outbreak of aspergillosis, a \
fungal lung infection, killed nine birds, including seven chicks.
"""


def test_questions_that_came_out_broken_on_unseen_articles_do_not() -> None:
    asks = asks_of(BROKEN_BEFORE)
    said = " ".join(asks.values())
    assert asks["Captain Ryan Moss"].endswith("scored on a power play at 8:02 of the first period?")
    assert asks["5:31:07"] == "Dawit Alemu came home second in what time?"
    for broken in ("5:what", "C was", "Who'", "which three months", "which young",
                   "the which", "onto who", "alone over which", "did in 2023", "year, an outbreak"):
        assert broken not in said
    assert asks["TEV Wahine"] == "On 10 April 1968 which inter-island ferry was thrown onto Barrett Reef?"


WRONG_BEFORE = """\
How true is Salt Water? The real story of the 1919 flood
Salt Water, a new drama, arrives on Tidalflix+ this week. Tidalflix+ made the series, and Tidalflix+ has a hit.
Ada Moss plays the engineer who designed the tank and died in 1931, a year before the trial.
Tom Lee plays the guard Ivo Stam. Ada Moss played Nell Dunn in the crime series The Docks.
Oswaldo Cruz ran the institute. In 1907 Cruz sent him to Lassance to fight malaria.
Wegener led an expedition to Greenland in 1930. The board sent Clive to retake it, and he \
did, in January 1757.
"""


def test_questions_that_came_out_wrong_on_unseen_articles_do_not() -> None:
    asks = asks_of(WRONG_BEFORE)
    said = " ".join(asks.values())
    assert "Moss die" not in said  # the engineer died, not the actress
    assert "Cruz send Cruz" not in said
    assert "to whom" not in said and "did, when" not in said



def test_a_how_true_headline_names_its_show() -> None:
    actors = {c.answer: c.ask for c in find_candidates(WRONG_BEFORE) if c.kind == "actor"}
    assert actors["Tom Lee"] == "Which actor plays Ivo Stam in Salt Water?"


def test_a_part_in_another_show_is_asked_of_that_show() -> None:
    actors = {c.answer: c.ask for c in find_candidates(WRONG_BEFORE) if c.kind == "actor"}
    assert actors["Ada Moss"] == "Which actor played Nell Dunn in The Docks?"


CAST_PAGE = """\
The Deep Pit cast: who plays who in the diamond-rush drama
Ivo Vane as Cecil Moss
The sickly son of a vicar, he arrives at the diggings aged 18 and ends the series in \
control of the mine. The Moss Scholarship, still awarded at Oxford, is named after him.
Where have I seen him before? He played the young doctor in the hospital drama Ward Nine.
"""


def test_after_a_cast_line_he_is_the_part_unless_the_sentence_is_about_acting() -> None:
    asks = asks_of(CAST_PAGE)
    assert asks["18"] == "At what age does Cecil Moss arrive at the diggings?"
    assert asks["Ward Nine"].startswith("Ivo Vane played the young doctor in which")
    assert "still awarded where" not in " ".join(asks.values())


FISHCAKES = """\
Busan fishcake maker to build factory in Gimhae
Yeongdo Eomuk Co., the Busan fishcake maker that started life as a market stall, said on \
Monday it would build a factory in Gimhae. The company employs 300 people. The company \
was founded in 1953 by war refugees. Yeongdo Eomuk now ships to 14 countries, and the shop in Busan has 14 branches across the country.
"""


def test_a_firm_named_with_co_is_a_firm_and_its_shop_is_its_own() -> None:
    asks = asks_of(FISHCAKES)
    assert asks["Yeongdo Eomuk Co."].startswith("Which Busan fishcake maker started life")
    assert asks["300 people"].startswith("How many people does Yeongdo Eomuk")
    assert "Yeongdo Eomuk" in asks["14 branches"] and "shop" in asks["14 branches"]
