"""Whose a clause is: the subject a second clause is lent, or keeps of its own, and the
words that stand before an answer that a question may or may not take with it."""

from __future__ import annotations

from quiz.authoring.drafting import find_candidates
from tests.authoring.test_drafting_clauses import asks_of


def test_a_second_clause_with_a_subject_of_its_own_is_lent_none() -> None:
    asks = asks_of("The IUCN has listed the species as Critically Endangered since 2008, and "
                   "exports from the European Union have been banned since 2010.")
    assert asks["2008"] == "The IUCN has listed the species as Critically Endangered since what year?"
    assert not any("IUCN exports" in ask for ask in asks.values())


def test_a_participle_after_a_passive_one_is_passive_too() -> None:
    asks = asks_of("Siraj fled to his capital, Murshidabad, on a camel, and was caught and put "
                   "to death on 2 July by men of Miran.")
    assert asks["2 July"] == "On what date was Siraj put to death by men of Miran?"


def test_a_sentence_whose_verb_comes_before_its_subject_is_not_asked() -> None:
    asks = asks_of("Then comes 1989 and the fight over Uhuru Park, where the ruling party "
                   "wanted a 60-storey tower.")
    assert not any(ask.startswith("Then comes") for ask in asks.values())


def test_the_adjective_that_opens_a_sentence_goes_with_the_noun_asked() -> None:
    asks = asks_of("Jamaican goal shooter Shanice Whyte was the difference in the final.")
    assert asks["Shanice Whyte"] == "Which Jamaican goal shooter was the difference in the final?"


def test_a_word_before_an_acronym_is_no_kind_of_it() -> None:
    asks = asks_of("Gagnon, who led the playoffs with 14 goals, was named the winner of the "
                   "Delorme Trophy as playoff MVP.")
    assert "which playoff" not in " ".join(asks.values())


def test_what_a_company_owns_says_it_is_a_company() -> None:
    drafted = {c.answer: c for c in find_candidates(
        "The tank belonged to the Purity Distilling Company, a subsidiary of United States "
        "Industrial Alcohol (USIA), which turned molasses into industrial alcohol.")}
    owner = drafted["United States Industrial Alcohol"]
    assert owner.ask.endswith("a subsidiary of which company?")
    assert owner.kind == drafted["Purity Distilling Company"].kind


def test_a_relative_clause_with_its_own_subject_is_asked_of_what_it_did() -> None:
    asks = asks_of("The area is now protected as the Monarch Butterfly Biosphere Reserve, which "
                   "UNESCO made a World Heritage Site in 2008. With money from Fukuzawa Yukichi he "
                   "opened the Institute for Infectious Diseases in Tokyo, which the government "
                   "took over in 1899.")
    assert asks["2008"] == ("In what year did UNESCO make the Monarch Butterfly Biosphere Reserve "
                            "a World Heritage Site?")
    # What the government took over, the Institute or Tokyo, the sentence leaves open.
    assert "1899" not in asks


def test_what_a_film_tells_us_is_asked_of_whom_it_tells_it() -> None:
    asks = asks_of("A coda tells us that a fund in her name, the Gertrude Bell Memorial, set up "
                   "the British School of Archaeology in Iraq in 1932.")
    assert asks["1932"] == ("In what year did the Gertrude Bell Memorial set up the British School "
                            "of Archaeology in Iraq?")


def test_the_name_of_a_body_goes_on_past_for() -> None:
    drafted = {c.answer: c.ask for c in find_candidates(
        "In 1912 the discovery won Chagas the Schaudinn Prize of the Hamburg Institute for "
        "Tropical Diseases. The International Group for Historic Aircraft Recovery (TIGHAR) "
        "has argued that coconut crabs on the atoll of Nikumaroro may have scattered the bones "
        "of the aviator Amelia Earhart.")}
    assert drafted["Schaudinn Prize of the Hamburg Institute for Tropical Diseases"] == (
        "In 1912 the discovery won Chagas which prize?")
    assert "International Group" not in drafted
    # What a group argued, cut before its verb, is no question.
    assert not [ask for ask in drafted.values() if ask.endswith("Nikumaroro?")]


ROOIBOS = """\
Clanwilliam rooibos firm to build its own factory
By Lindiwe Dlamini | West Coast Herald
Sandveld Rooibos CEO Thandiwe Mokoena at the company's drying yard. Picture: Riaan Visser

Sandveld Rooibos, the Clanwilliam company that packs one cup in twelve of the rooibos drunk \
in Germany, will spend R48 million on a new plant, it said on Monday.
"Every rand that leaves is a rand Clanwilliam doesn't see," said Thandiwe Mokoena.
The company was founded in 1995 with 40 hectares of rooibos. A drought in 2023 cut the \
company's harvest by 30%. Clanwilliam's mayor welcomed the plan, and so did a Clanwilliam doctor.
"""


def test_the_company_is_the_firm_not_the_town_it_is_in() -> None:
    asks = asks_of(ROOIBOS)
    assert asks["1995"] == "In what year was Sandveld Rooibos founded with 40 hectares of rooibos?"
    assert "Clanwilliam" not in asks["30%"]


def test_an_aside_inside_a_who_clause_goes_and_the_clause_stays_the_parts() -> None:
    asks = asks_of("Bastien Roux plays the Swiss engineer who, with Emile Nouguier, drew the first sketch "
                   "of a 300-metre pylon in June 1884.")
    assert asks["Bastien Roux"] == ("Who plays the Swiss engineer who drew the first sketch of a 300-metre "
                            "pylon in June 1884?")
    assert "When did Bastien Roux" not in asks["June 1884"]  # the engineer drew it, not the actor


def test_a_clause_that_opens_with_as_is_asked_alone() -> None:
    asks = asks_of("Then, as the crews swept under Hammersmith Bridge, Cambridge found a second gear.")
    assert asks["Hammersmith Bridge"] == "The crews swept under which bridge?"


def test_a_clause_after_in_which_is_asked_of_its_own_subject() -> None:
    asks = asks_of("The borders are shown as lines on a map, and the final scenes, in which "
                   "Gertrude Bell founds the Iraq Museum in Baghdad, are troubled rather than "
                   "triumphant.")
    assert asks["Iraq Museum"] == "Gertrude Bell founds which museum in Baghdad?"


def test_who_after_the_people_of_a_place_is_the_people() -> None:
    asks = asks_of("The new drama follows the 264 people of Tristan da Cunha, who left their "
                   "volcano for an English winter in 1961. In 1902 he came to the notice of "
                   "Oswaldo Cruz, who directed the new serum institute at Manguinhos.")
    assert not [ask for ask in asks.values() if "Cunha left" in ask or "Cunha leave" in ask]
    assert asks["Manguinhos"] == "Where did Oswaldo Cruz direct the new serum institute?"


def test_a_second_verb_of_a_who_clause_is_the_parts_not_the_actors() -> None:
    asks = asks_of("Noé Lindqvist plays the head of army intelligence who discovered in 1896 that "
                   "the real traitor was another officer, and was posted to Tunisia for his trouble.")
    assert not [ask for ask in asks.values() if "Lindqvist was posted" in ask]


def test_a_second_verb_after_a_passive_naming_or_moving_is_passive_too() -> None:
    asks = asks_of("Rao was knighted in 1917 and elected a Fellow of the Royal Society in 1920.")
    assert asks["1920"] == "In what year was Rao elected a Fellow of the Royal Society?"
    asks = asks_of("The chief was captured in August and sent into exile at Cape Town.")
    assert asks["Cape Town"] == "Where was the chief sent into exile?"
    asks = asks_of("The gunboat Berouw was lifted from its mooring and carried nearly 3 kilometres "
                   "inland.")
    assert asks["3 kilometres"] == "The gunboat Berouw was carried how many kilometres inland?"
    asks = asks_of("Vincenzo Peruggia was caught in 1913 and served seven months in prison.")
    assert "was served" not in asks.get("seven months", "")


def test_a_verb_after_a_relative_clause_s_is_not_lent_the_sentence_s_subject() -> None:
    asks = asks_of("The colonial authorities counted 36,417 dead, most of them killed by the "
                   "tsunami, waves that reached 30 metres and swept away 165 coastal villages.")
    assert not any(ask.startswith("The colonial authorities swept") for ask in asks.values())
    asks = asks_of("Klangwerk's chief Jens Aldinger said the deal gave his group \"a name that "
                   "players recognise\" and promised to invest €2 million in the workshop.")
    assert "Jens Aldinger promised to invest how much" in asks["€2 million"]


def test_a_gerund_after_a_second_clause_is_that_clause_s_subject_s() -> None:
    asks = asks_of("Construction is due to start in June and the plant should open in 2026, "
                   "doubling capacity to 12,000 tonnes of nuts a year.")
    assert asks["12,000 tonnes"].startswith("The plant will double capacity to how many tonnes")


def test_a_maker_named_with_another_is_asked_with_the_other() -> None:
    asks = asks_of("The six-part drama, created by Dewi Kartika and the Dutch writer Pieter "
                   "Hoogland, arrived on Netflix on 14 March 2025.")
    assert asks["Dewi Kartika"] == "Who created the six-part drama with the Dutch writer Pieter Hoogland?"


def test_a_chart_position_after_a_copular_clause_is_asked_actively() -> None:
    asks = asks_of('"Go Your Own Way", the band\'s farewell, was the first single and peaked at No. 10.')
    assert asks["No. 10"] == '"Go Your Own Way" peaked at what number?'
    asks = asks_of("The coelacanths were a group known only from fossils and thought to have died "
                   "out about 66 million years ago.")
    assert asks["66 million years"].startswith("The coelacanths were thought to have died out")


def test_a_family_named_by_its_surname_is_asked_which_family() -> None:
    asks = asks_of("Shares in the company are not listed; the Carvalho family owns 85%, with the "
                   "rest held by employees.")
    assert asks["Carvalho"] == "Which family owns 85%?"


def test_a_long_subject_of_one_noun_phrase_is_asked_and_a_clause_is_not() -> None:
    asks = asks_of("On 3 June 1692 a Spanish fleet of some 40 galleons left the port of Cádiz.")
    assert asks["3 June 1692"] == ("On what date did a Spanish fleet of some 40 galleons "
                                   "leave the port of Cádiz?")
    # Past six words a comma says a clause crept in: no "How many works does
    # Postponed from April…, the show gather?".
    asks = asks_of("Postponed from April by the pandemic, the show at the National Gallery "
                   "gathers 30 works.")
    assert not asks["30 works"].startswith("How many")


def test_a_post_of_a_body_needs_no_article_to_be_asked() -> None:
    asks = asks_of("Margit Holm, curator of the Bergen Maritime Museum, opened the wreck's chest.")
    assert asks["Margit Holm"] == "Who was the curator of the Bergen Maritime Museum?"


def test_a_post_before_a_name_and_where_its_holder_is_from() -> None:
    text = ("Tegla Kiprop won in 2:21, and the defending champion, Ayana Desta of Ethiopia, "
            "held on for third despite a fall.")
    assert asks_of(text)["Ayana Desta"] == "Which defending champion held on for third despite a fall?"


def test_a_firm_s_post_opens_a_sentence_but_an_adjective_does_not() -> None:
    text = ("The workshop was bought by Orvik on Monday. Orvik chief executive Lena Dahl said "
            "the deal was a good one. Belgian champion Lotte Maes won the sprint.")
    drafted = {c.answer: c.ask for c in find_candidates(text)}
    assert drafted["Lena Dahl"] == "Who was the Orvik chief executive?"
    assert drafted.get("Lotte Maes") != "Who is the Belgian champion?"


def test_no_question_turns_a_report_of_what_someone_said_round() -> None:
    asks = asks_of("Its chief executive, Ane Lund, said the group would invest a further NZ$6m "
                   "in a new line in Tromsø, creating 20 jobs by 2026.")
    assert not any(ask.startswith("Where would") for ask in asks.values())


def test_a_business_story_s_chief_executive_and_its_it_are_its_company_s() -> None:
    text = ("Fjordline to add two electric ships\n\n"
            "Fjordline said on Monday it would order two electric ferries for its Bergen routes. "
            "The company carries 1.2 million passengers a year.\n\n"
            "Chief executive Ingrid Aas said the ships would enter service in 2027. Aas, 52, "
            "has run Fjordline since 2015.\n\n"
            "Fjordline was founded in 1961, and the company still runs the night boat to "
            "Stavanger. It now employs 640 people.")
    drafted = {c.answer: c.ask for c in find_candidates(text)}
    assert drafted["Ingrid Aas"] == "Who was Fjordline's chief executive?"
    # "It" after the sentence that spoke of the company is the company.
    assert drafted["640 people"] == "How many people does Fjordline now employ?"
    assert "which run" not in drafted.get("Fjordline", "")
