"""Reading an article as a question writer does: whom "he" and "she" stand for, what
a nationality, a post, a city or "the series" is, and questions that never put a
wh-word inside a name. Each article here is written for its test, none is from the
measured sets."""

from __future__ import annotations

import re

from quiz.authoring.drafting import Candidate, find_candidates
from quiz.authoring.drafting.ranking import _rank
from tests.authoring.test_drafting_clauses import asks_of


def asks_by_answer(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for candidate in find_candidates(text):
        for form in (candidate.answer, *candidate.accept):
            out.setdefault(form, candidate.ask)
    return out


def all_asks(text: str) -> list[Candidate]:
    return find_candidates(text)


CRIME = """\
Dale Orton ran a marina in Mobile for twenty years. He was known for his boats.
The business collapsed in June 1994, when his partner, a welder named Curtis Vane, was \
found dead in a motel off Route 9. He had been beaten with a wrench.
Orton was arrested a week later in Biloxi.
"""


def test_he_is_the_person_the_sentence_before_made_its_subject() -> None:
    asks = asks_by_answer(CRIME)
    assert asks["Curtis Vane"] == "Who was found dead in a motel off Route 9?"
    # Vane was beaten, not Orton, whom the article led with.
    assert "Vane" in asks["a wrench"] and "Orton" not in asks["a wrench"]


PHYSICIST = """\
Ada Brenner (3 March 1880 – 9 May 1961) was a chemist who found two new elements.
Her father, Karl Brenner, was a baker in Graz. In 1904 she moved to Zurich to study \
under Hans Leuthold. At the trial of her rival she spoke for an hour; Leuthold was \
fined and left the city. In 1911 she became the first woman to lead a laboratory there.
"""


def test_she_is_never_a_man_the_article_names_nor_a_man_after_her() -> None:
    texts = " ".join(c.ask for c in all_asks(PHYSICIST))
    assert "Karl Brenner move" not in texts and "Leuthold become" not in texts
    assert "In what year did Ada Brenner become the first woman" in texts


SHIP = """\
Captain Ellis Rowe sailed the schooner Marigold out of Halifax in 1921. The crew \
numbered twelve.
She sank on 4 May 1922 off the coast of Newfoundland.
"""


def test_a_ship_called_she_is_not_made_a_person() -> None:
    for candidate in all_asks(SHIP):
        assert "Rowe sank" not in candidate.ask and "Ellis Rowe sink" not in candidate.ask


RACE = """\
Mira Sokol of the Rovers won the Harbour 10K on Sunday in 31 minutes 40 seconds.
The Czech runner, who also won here in 2021, pulled clear in the last mile.
A crowd of 4,200 watched at Pier Park, where Rovers coach Tomas Hale said the course \
was fast. The result was Sokol's fourth straight win.
"""


def test_a_nationality_a_post_and_a_crowd_are_asked_as_such() -> None:
    asks = asks_by_answer(RACE)
    assert asks["Czech"] == "What nationality is Mira Sokol?"
    assert re.fullmatch(r"Who (?:is|was) the Rovers coach\?", asks["Tomas Hale"])
    assert asks["4,200"] == "How many people were in the crowd at Pier Park?"


LABEL = """\
The album "Low Tide", released by Harbor Records in 1988, sold a million copies.
"Low Tide" was written by Ines Varga. Varga later moved to Milwaukee and opened a studio there.
"""


def test_an_agent_is_asked_actively_and_a_city_as_a_city() -> None:
    asks = asks_by_answer(LABEL)
    assert asks["Ines Varga"] == 'Who wrote "Low Tide"?'
    assert "which city" in asks["Milwaukee"]


CAST = """\
The Keepers: who plays who
Ruth Ames (Elena Brody)
Brody, the head keeper, vanished in 1903. Brody kept a diary that was never found.
Owen Hale, the relief keeper who landed on Christmas Eve, is played by Sam Kerr.
"""


def test_cast_lines_either_way_round_and_the_part_an_aside_is_about() -> None:
    asks = asks_by_answer(CAST)
    # The article names the keeper again, the actor who plays her not.
    assert asks["Ruth Ames"] == "Which actor plays Elena Brody?"
    assert asks["Sam Kerr"] == "Which actor plays Owen Hale?"


SERIES = """\
Few television dramas have gripped viewers the way Saltmarsh did.
The six-part series, written by Nora Quill, premiered on Tidewell in March 2021.
Saltmarsh was filmed in Whitby. Saltmarsh won two awards.
"""


def test_the_series_is_said_by_its_name() -> None:
    asks = asks_by_answer(SERIES)
    assert asks["Nora Quill"] == "Who wrote Saltmarsh?"


NAMES = """\
The band was inducted into the Rock and Roll Hall of Fame in 1998.
Sera Vance won the award for Best Original Score in 2004.
Vance later played Maud Hollis in the BBC's Wolf Hall, and Dan Vance played her brother.
"""


def test_no_wh_word_inside_a_name() -> None:
    for candidate in all_asks(NAMES):
        assert not re.search(r"\b(?:Rock and which|Best who|which hall|which of the)\b",
                             candidate.ask), candidate.ask


def test_an_ordinal_is_asked_as_how_many() -> None:
    ordinal = next(c for c in all_asks(RACE) if "fourth" in c.accept)
    assert ordinal.ask == "How many straight wins is that for Mira Sokol?"
    assert ordinal.answer == "four" and {"4th", "4"} <= set(ordinal.accept)


FEATURE = """\
The Lamplighter: the true story of a swindler who fooled Europe
The drama, an eight-part series first shown on BBC One in 2021, follows Anton Kessel.
Also in the cast: Rui Marsh (Paul Lemaire), Ida Crane as Nora Vale.
Lemaire was a Belgian diplomat. Kessel, a partnership with his brother that lasted 30 \
years, ended in 1979. The Lamplighter Keepers (2025) premiered in Toronto.
"""


def test_a_channel_is_nobody_and_a_list_keeps_its_actors_first() -> None:
    found = all_asks(FEATURE)
    asks = " ".join(c.ask for c in found)
    assert "BBC One was" not in asks and "When was Lamplighter Keepers born" not in asks
    actors = {c.answer: c.ask for c in found if c.kind == "actor"}
    # The headline names the drama: its cast question says which show.
    assert actors["Rui Marsh"] == "Which actor plays Paul Lemaire in The Lamplighter?"
    assert "Who was a partnership" not in asks


CAST_PAGE = """\
The Tidekeepers (2024) - Full Cast
Mara Quist ... Sheriff Ada Lowe
Quist trained at RADA and spent ten years on the stage.
Ben Ortiz - Dr. Felix Hart
Ortiz grew up in Tucson.
Young Tom ........ Leo Fenn
Fenn, aged nine, makes his screen debut.
"""


def test_a_cast_page_with_leaders_and_dashes_either_way_round() -> None:
    actors = {c.answer: c.ask for c in all_asks(CAST_PAGE) if c.kind == "actor"}
    assert actors["Mara Quist"] == "Which actor plays Sheriff Ada Lowe?"
    assert actors["Ben Ortiz"] == "Which actor plays Dr. Felix Hart?"
    # The bio under the line says which of the two is the actor.
    assert actors["Leo Fenn"] == "Which actor plays Young Tom?"


HUNT = """\
The Hunter: the true story of a diplomat and a conman
Karel Voss, a junior official at the Dutch embassy, was asked to look into two \
disappearances in 1976. Voss kept going when others gave up. Voss later wrote a book.

Marco Brandt was arrested in New Delhi in July 1976. He spent ten years in jail.

In 2003 he was spotted in a Kathmandu casino. He was deported to France in 2022.
"""


def test_a_new_paragraph_goes_on_with_whom_the_last_one_opened_about() -> None:
    asks = " ".join(c.ask for c in all_asks(HUNT))
    assert "Brandt was spotted" in asks or "Brandt deported" in asks or "Brandt was deported" in asks
    assert "Voss was spotted" not in asks and "Voss was deported" not in asks


def test_a_company_and_its_first_word_are_one_fact() -> None:
    """A draft of the firm "Kestrel Tweed" that also asks for "Kestrel" keeps one fact
    (a player would meet the two as each other's false swap); "London Aeroplane
    Club" stays apart from London."""
    def candidate(kind: str, answer: str, order: int) -> Candidate:
        return Candidate(kind, answer, f"{answer} is here.", f"What is {order}?", 1, "", 50,
                         order=(order, 0))

    kept = _rank([candidate("organization", "Kestrel Tweed", 1), candidate("title", "Kestrel", 2),
                  candidate("organization", "London Aeroplane Club", 3),
                  candidate("city", "London", 4)])
    assert [c.answer for c in kept] == ["Kestrel Tweed", "London Aeroplane Club", "London"]
    assert kept[0].accept == ("Kestrel",)
    # The man "Kitasato" is no short form of the Kitasato Institute, nor the film
    # "Londonderry" of the Londonderry Lithia Spring Water Company.
    kept = _rank([candidate("organization", "Kitasato Institute", 1), candidate("person", "Kitasato", 2),
                  candidate("organization", "Londonderry Lithia Spring Water Company", 3),
                  candidate("work", "Londonderry", 4)])
    assert [c.answer for c in kept] == ["Kitasato Institute", "Kitasato",
                                        "Londonderry Lithia Spring Water Company", "Londonderry"]


REVIEW = """\
REVIEW: 'Salt Road' takes the long way round
By Ann Pell, film critic
Ivo Stam plays the trader Jan Roos in "Salt Road", a biopic of the man who crossed the \
Sahara in 1820. The biopic was written by Lise Ader. The film opens on Friday.
"""

MATCH_REPORT = """\
Harbour Town: Kallis hat-trick sinks the Gulls
Harbour Town beat the Gulls 3-1 on Saturday. The team was coached by Ian Bell. The \
film of the match was shot by Ada Moss.
"""


def test_a_headline_names_the_work_the_article_calls_the_film() -> None:
    asks = {c.answer: c.ask for c in all_asks(REVIEW)}
    assert asks["Ivo Stam"] == "Which actor plays Jan Roos in Salt Road?"
    assert asks["Lise Ader"] == "Who wrote Salt Road?"


def test_a_headline_that_names_a_team_is_no_work() -> None:
    asks = " ".join(c.ask for c in all_asks(MATCH_REPORT))
    assert "Who shot Harbour Town" not in asks and "Who coached Harbour Town" not in asks


def test_where_a_person_is_from_is_no_part_of_her_name() -> None:
    asks = asks_of("Annika van Wyk of Cape Town led from Inchanga to the finish and won in "
                   "6:01:12. Queen Margherita of Savoy was visiting Naples in 1889.")
    assert asks["Annika van Wyk"] == "Who led from Inchanga to the finish?"
    # A title's place is the name's own.
    assert asks["Queen Margherita of Savoy"] == "Who was visiting Naples in 1889?"


def test_a_named_storm_is_no_person() -> None:
    asks = asks_of("On 10 April 1968 the ferry Wahine was thrown onto Barrett Reef as "
                   "Cyclone Giselle collided with a southerly front over Cook Strait.")
    assert asks["Cyclone Giselle"] == "Which cyclone collided with a southerly front over Cook Strait?"


def test_when_to_watch_is_no_fact_but_when_a_show_first_aired_is() -> None:
    asks = asks_of("Harbour Lights is in UK cinemas from 14 March. The Tide starts on BBC One on "
                   "Sunday 26 January at 9pm. The Tide first aired on BBC Two in 2009. The "
                   "fleet set out from Sydney Harbour at 1pm.")
    assert not [answer for answer in asks if answer.startswith(("14 March", "9pm", "26 January"))]
    assert "2009" in asks and [answer for answer in asks if answer.startswith("1pm")]


def test_a_time_ending_its_sentence_leaves_the_full_stop_and_no_clause_tags_along() -> None:
    asks = asks_of("The team will parade the cup at Walsh Park at 7pm. The final paddled out at "
                   "2:15 p.m. and the sets were big.")
    assert asks["7pm"] == "The team will parade the cup at Walsh Park at what time?"
    assert not [ask for ask in asks.values() if "and the sets were" in ask]


def test_a_film_is_not_asked_by_its_release_date() -> None:
    drafted = find_candidates("'Harbour Lights' review – a keeper's winter\n\nAnna Lind directed the "
                              "film in 2023. Harbour Lights is in UK cinemas from Friday 14 March.")
    assert not [c.ask for c in drafted if "cinemas" in c.ask]
