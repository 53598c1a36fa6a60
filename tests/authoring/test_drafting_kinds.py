"""A question asks for the kind of thing its answer is: a nationality is a person's,
a place is asked where, a film is no "who"."""

from __future__ import annotations

import re

from quiz.authoring.drafting import find_candidates
from quiz.authoring.drafting.entities import NameBook
from quiz.authoring.drafting.mentions import Sentence
from tests.authoring.test_drafting_clauses import asks_of


def test_a_nationality_is_asked_of_a_person_only() -> None:
    asks = asks_of("She was last seen as a marine biologist in the Australian thriller Tide Pool. "
                   "The Scottish actor plays Kaiulani's father, a businessman from Edinburgh. "
                   "In 1925 the Swedish mathematician Gosta Mittag-Leffler wrote to her.")
    nationality = {answer: ask for answer, ask in asks.items() if "nationality" in ask}
    assert nationality == {"Swedish": "What nationality is Gosta Mittag-Leffler?"}


def test_a_place_the_sentence_is_at_is_never_asked_who() -> None:
    asks = asks_of("Skippered by Anna Whitcombe, the 100-foot yacht crossed the finishing line "
                   "off Castray Esplanade at 3:22am local time.")
    assert not [ask for ask in asks.values() if "off who" in ask or "off whom" in ask]


def test_a_town_before_a_named_person_stays_where_it_is() -> None:
    asks = asks_of("The series, created by the Honolulu playwright Leilani Kahale, follows the "
                   "queen from her accession in 1891. Ashby plays the Honolulu lawyer who led "
                   "the Committee of Safety.")
    assert not [ask for ask in asks.values() if "in which city Leilani" in ask or "city who" in ask]


def test_the_film_an_article_reviews_is_asked_as_a_film_and_named_whole() -> None:
    review = ("'The Uncrowned Queen' review – Rebecca Sallis rides into the desert as Gertrude "
              "Bell\n\nThe biopic's first sponsor, the Uncrowned Queen Tea Company of Kent, paid "
              "for the premiere in 2024.\nThe Uncrowned Queen won the Golden Lion at Venice in "
              "2024. The Uncrowned Queen is in UK cinemas from 14 March.")
    drafted = find_candidates(review)
    film = next(c for c in drafted if c.ask.startswith("Which film"))
    assert (film.ask, film.answer) == ("Which film won the Golden Lion at Venice in 2024?",
                                       "The Uncrowned Queen")
    assert not [c for c in drafted if "cinemas" in c.ask]  # a listing, no fact
    assert "Tea Company" not in " ".join(film.accept)


def test_one_of_two_decades_is_no_answer() -> None:
    asks = asks_of("The series follows the young women who painted luminous numbers on watch "
                   "faces in the 1910s and 1920s. Lena Moss filmed the series in Ottawa in 2024.")
    assert "1910s" not in asks and "1920s" not in asks and "2024" in asks


def test_a_word_of_a_name_used_as_an_adjective_is_no_answer() -> None:
    asks = asks_of("The umpire for the men's race was the former Olympic champion Judith Carrow. "
                   "Phelan, the first Waterford man to lift the cup in 65 years, thanked the team. "
                   "Seven Hundred Metres streams on Apple TV+ from Friday 14 March.")
    assert "Olympic" not in asks and "Waterford" not in asks
    assert not [ask for ask in asks.values() if ask.startswith("How many Hundred")]


def test_an_illness_a_paste_and_a_tool_are_answers() -> None:
    asks = asks_of("From the age of 28 Hodgkin suffered from rheumatoid arthritis, which left her "
                   "hands deformed. Most fishcakes are made from surimi, a paste of white fish. "
                   "The camera follows a pair of scissors, the only tool Reiniger needed.")
    assert asks["rheumatoid arthritis"] == "From the age of 28 Hodgkin suffered from what?"
    assert asks["surimi"] == "Most fishcakes are made from which paste of white fish?"
    assert "scissors" in asks


def test_a_medal_is_no_person() -> None:
    asks = asks_of("The Royal Society gave Hodgkin its Copley Medal in 1976.")
    assert asks["Copley Medal"] == "The Royal Society gave Hodgkin which medal in 1976?"


def test_a_nationality_before_a_name_is_no_part_of_it() -> None:
    asks = asks_of("Lucas Moreira beat Australian Jack Tennant 17.93 to 15.40 to win the Tahiti Pro.")
    assert asks["Jack Tennant"] == "Lucas Moreira beat which Australian 17.93 to 15.40 to win the Tahiti Pro?"
    drafted = {c.answer for c in find_candidates(
        "The British Broadcasting Corporation filmed the race. Diego Quispe plays Bolivian "
        "Carlos Mamani in the drama on Netflix.")}
    assert "Carlos Mamani" in drafted and "Bolivian Carlos Mamani" not in drafted


def test_an_illness_is_asked_what_first_and_a_list_of_two_is_not() -> None:
    asks = asks_of("Hallam died of typhus in 1851, and his brother never recovered.")
    assert asks["typhus"] == "What did Hallam die of in 1851?"
    asks = asks_of("The settlers had caught bronchitis by Christmas.")
    assert asks["bronchitis"] == "What had the settlers caught by Christmas?"
    asks = asks_of("In Cuba the young Ferrer caught malaria and dysentery.")
    assert "malaria" not in asks
    # "had probably died": the verb is more than one word, and stays where it is.
    asks = asks_of("Lindqvist had probably died of heart failure at the age of 50.")
    assert not asks["heart failure"].startswith("What did")


def test_a_thing_an_aside_says_the_kind_of_in_two_words() -> None:
    asks = asks_of("Marconi built a receiver that used a crystal of galena, a lead sulphide "
                   "mineral, to pick up the signal.")
    assert asks["galena"] == "Marconi built a receiver that used a crystal of which lead sulphide mineral?"


def test_a_named_thing_given_twice_in_its_sentence_is_still_asked() -> None:
    asks = asks_of("As for Vela-2, the probe has been moved to a new orbit and is on its way "
                   "to the comet Okasi, which it will pass in 2031, soon after Okasi rounds the Sun.")
    assert asks["Okasi"] == "Vela-2 is on its way to which comet?"


def test_a_name_given_twice_as_two_things_is_no_answer() -> None:
    asks = asks_of("Moreau was born in Dijon, the son of Henri Moreau, a Swiss-born engineer. "
                   "Peace came in the Treaty of Arles, and its author won the Nobel Peace Prize.")
    assert "Henri Moreau" not in asks or "born in Dijon" not in asks["Henri Moreau"]
    assert "Peace" not in asks


def test_a_preposition_before_a_described_name_stays_outside_the_question() -> None:
    asks = asks_of("The botanists sailed aboard the ship Resolute to the island of Rapa.")
    assert asks["Resolute"] == "The botanists sailed aboard which ship to the island of Rapa?"


def test_a_lake_or_a_mountain_is_asked_as_one() -> None:
    asks = asks_of("The rebels held the high ground on the slopes of Mount Tarvuna. The two "
                   "armies met north of Lake Van in 1071.")
    assert asks["Mount Tarvuna"] == "The rebels held the high ground on the slopes of which mountain?"
    assert asks["Lake Van"].startswith("The two armies met north of which lake")


def test_a_city_something_was_taken_to_is_asked_which_city() -> None:
    asks = asks_of("In March 1921 Dorsey took the stolen violin by train to Lisbon and sold it.")
    assert asks["Lisbon"] == "Dorsey took the stolen violin by train to which city?"


def test_a_place_whose_name_opens_with_a_common_word_is_one_place() -> None:
    asks = asks_of("Ruiz retired in 1990 and died in New Haven, Connecticut, aged 81.")
    assert asks["New Haven"] == "Where did Ruiz die?"


def test_an_adverb_opening_the_sentence_is_no_part_of_its_subject() -> None:
    asks = asks_of("The Hawks were 140-6 at tea. Then Hawks captain Dan Mercer turned to the "
                   "leg-spinner.")
    assert asks["Dan Mercer"] == "Which Hawks captain turned to the leg-spinner?"


def test_a_reef_a_dock_and_a_port_sailed_from_are_places() -> None:
    asks = asks_of("In 1952 the ferry Kereru was thrown onto Tasman Reef. The fleet sailed from "
                   "Texel to the Cape in 1629.")
    assert asks["Tasman Reef"].endswith("thrown onto which reef?")
    assert asks["Texel"] == "From where did the fleet sail to the Cape in 1629?"



def test_a_currency_prefix_is_nobodys_name() -> None:
    sentence = Sentence("Kowhai Kayaks was sold for NZ$48 million and A$2 million.", 1, 0, "")
    NameBook([sentence])
    assert [n.plain for n in sentence.names] == ["Kowhai Kayaks"]


def test_a_surname_answer_is_shown_as_the_full_name_the_article_gives() -> None:
    asks = {c.ask: c for c in find_candidates(
        "\"Jamie Kerr was brilliant today,\" said the manager. Kerr headed the winner in the 89th minute. "
        "Puebla de Zaragoza was named for the general. Zaragoza was 33.")}
    kerr = asks["Who headed the winner in the 89th minute?"]
    assert (kerr.answer, kerr.accept) == ("Jamie Kerr", ("Kerr",))
    assert not [c for c in asks.values() if c.answer == "Puebla de Zaragoza" and "33" in c.ask]


def test_a_town_upon_a_river_is_one_name() -> None:
    asks = asks_of("Isaac Pell, a carpenter's son, grew up in Barrow upon Humber in Lincolnshire.")
    assert "Barrow upon Humber" in asks and "Humber" not in asks


def test_the_firm_a_headline_calls_a_maker_is_the_company_the_story_is_about() -> None:
    story = ("Porto tile maker Ribeira Azulejos to build factory and hire 28\n\n"
             "Ribeira Azulejos, founded in 1921, will build a factory in Gaia. Ribeira Azulejos "
             "sells tiles to Japan. The company will take on 28 new workers.")
    asks = asks_of(story)
    assert asks["28 new workers"] == "Ribeira Azulejos will take on how many new workers?"
    assert asks["Ribeira Azulejos"] == "Which company will build a factory in Gaia?"
    assert not [ask for ask in asks_of("Halden Foods Inc. said it had agreed to buy Crisp & Co., "
                                       "the maker of Ridgeback chips.").values() if ask.endswith(".?")]


def test_a_firm_named_in_full_and_by_its_first_word_is_one_company() -> None:
    drafted = find_candidates(
        "Dunedin kayak maker Tidewright sold for $48m\n\nDunedin's Tidewright Kayaks has agreed to "
        "be sold to Fjallberg AB. Tidewright makes about 9,000 kayaks a year.")
    firm = [c for c in drafted if "Tidewright" in c.answer]
    assert len(firm) == 1 and firm[0].kind in ("company", "organization")
    assert not firm[0].ask.startswith("Who ")


def test_where_a_fleet_sailed_for_or_a_family_moved_to_is_asked_which_city() -> None:
    asks = asks_of("In 1880 Dasgupta sailed for London to study medicine. The family moved from "
                   "Prague to Vienna in 1938. The army camped outside Damascus for a week. The "
                   "yacht won the Sydney to Hobart yacht race.")
    assert asks["London"].endswith("Dasgupta sailed for which city to study medicine?")
    assert asks["Vienna"] == "The family moved from Prague to which city in 1938?"
    assert not [ask for ask in asks.values() if "which outside" in ask or "to which city yacht" in ask]


def test_a_thing_an_aside_says_the_kind_of_is_asked_without_its_article() -> None:
    asks = asks_of("Rao invented the tensiometer, an instrument that measured a leaf's pull.")
    assert asks["tensiometer"] == "Rao invented which instrument that measured a leaf's pull?"


def test_a_town_upon_a_river_is_a_place_not_a_person() -> None:
    asks = asks_of("Barrow upon Humber was a small port. Isaac Pell was born in Foulby in 1693.")
    assert "Barrow upon Humber" not in asks or not asks["Barrow upon Humber"].startswith("Who")


def test_a_surname_a_question_says_is_said_in_full_where_it_is_one_persons() -> None:
    asks = asks_of("Fiona Kerr plays the stationmaster. Kerr won a BAFTA in 2019 for Hold Fast. "
                   "Giuseppe Ferraro founded the firm in 1948; his granddaughter Mariela Ferraro "
                   "runs it. Osaka-based Morishita Textiles is buying it. Shares in Morishita "
                   "rose 2% in Tokyo.")
    assert asks["2019"] == "In what year did Fiona Kerr win a BAFTA for Hold Fast?"
    assert not [ask for ask in asks.values() if "Giuseppe Mariela" in ask or "Mariela Ferraro Ferraro" in ask]
    assert not [ask for ask in asks.values() if re.search(r"\b[A-Z]\w+ Morishita\b", ask)]
