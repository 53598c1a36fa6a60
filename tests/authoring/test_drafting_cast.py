"""Who plays whom on pages that mix their ways of saying it: "C — A" beside "C,
played by A", "A (C) plays…", a caption's "A as C on the bridge". Each article is
written for its test, none is from the measured sets."""

from __future__ import annotations

from quiz.authoring.drafting import find_candidates
from tests.authoring.test_drafting_clauses import asks_of

MIXED_PAGE = """\
'Iron Road' cast: who plays who in the railway drama
Updated 9 October 2024

Written by Ana Lopes, Iron Road follows the engineers who built the line. Here is who plays who.

Oskar Lind — Jonas Berg
The railway's first director, who pushed the line through. Lind appears in every episode.

Hanna Lind — Petra Sund
Lind's wife, a role written up from a few letters.

Emil Dahl, played by Nils Ek
A young welder from the north. Ek, 29, is a newcomer.

Karl Moss, played by Tor Vik
The minister who found the money.

Greta Holm — Ida Falk
A reporter who doubts the project. Falk, a Swedish stage actor, is also in Wallander.
"""


def test_a_page_s_played_by_lines_say_how_its_dashed_lines_go() -> None:
    actors = {c.answer: c.ask for c in find_candidates(MIXED_PAGE) if c.kind == "actor"}
    assert actors["Jonas Berg"].startswith("Which actor plays Oskar Lind")
    assert actors["Petra Sund"].startswith("Which actor plays Hanna Lind")
    assert actors["Ida Falk"].startswith("Which actor plays Greta Holm")
    assert not {"Oskar Lind", "Hanna Lind", "Greta Holm"} & set(actors)


def test_who_plays_outside_the_brackets_is_the_actor() -> None:
    drafted = {c.answer: c.ask for c in find_candidates(
        "The drama streams on Netflix. Maarten de Graaf plays the geologist, and Reza Pratama "
        "(Haji Umar) plays a pepper trader from Lampung who loses his village.")}
    assert drafted["Reza Pratama"].startswith("Which actor plays Haji Umar")


def test_a_caption_s_part_ends_where_the_picture_s_place_begins() -> None:
    text = ("Ash Year review: the drama of the eruption\nPhoto: Netflix\n"
            "Bram Dekker as Captain Lindemann on the bridge of the Loudon.\n"
            "The series follows the steamer's crew. Bram Dekker gives the series its "
            "steadiest performance.")
    answers = {c.answer for c in find_candidates(text)}
    assert "Captain Lindemann" in answers
    assert not any("bridge" in a for a in answers)


def test_a_verb_after_did_is_no_adjective_of_the_kind_asked() -> None:
    asks = asks_of("Lindemann really did command the steamer Loudon in 1883.")
    assert asks["Loudon"] == "Lindemann really did command which steamer in 1883?"
    asks = asks_of("He was stabbed by emirs led by Baybars, who had expected to be given Aleppo.")
    assert not any("which given" in ask or "which be" in ask for ask in asks.values())


def test_a_headline_names_its_work_without_quotes_or_within_them() -> None:
    review = ("Review: The Long Roll is a stirring portrait of a suffragist\n"
              "By Hemi Walker, Film Critic\n"
              "The Long Roll is the film of the 1893 petition. Anna Faleolo plays Kate Sheppard, "
              "and the film was shot in Christchurch.")
    feature = ("The true story behind 'Raisin Bombers', the airlift drama everyone is streaming\n"
               "Raisin Bombers is the series of the year. Tom Aldridge plays Lt Gail Halvorsen, "
               "and the series was shot in Prague.")
    for text, work in ((review, "The Long Roll"), (feature, "Raisin Bombers")):
        actors = [c.ask for c in find_candidates(text) if c.kind == "actor"]
        assert actors and all(ask.endswith(f" in {work}?") for ask in actors)


def test_played_with_relish_by_is_a_cast_line() -> None:
    actors = {c.answer: c.ask for c in find_candidates(
        "The film is on Netflix. That banker, Louis Hagen, is played with lovely dryness by "
        "Otto Brandauer.") if c.kind == "actor"}
    assert actors["Otto Brandauer"].startswith("Which actor plays Louis Hagen")


def test_a_true_story_headline_after_a_colon_names_its_work_and_a_title_is_no_storm() -> None:
    text = ("The keeper who saved a ship: the true story behind 'Storm Light', now on BBC One\n"
            "In 1838 the steamer Forfarshire ran aground on Big Harcar, off Northumberland.\n"
            "Storm Light, a four-part drama written by Fiona McKay, stars Kerry Fox as Grace "
            "Darling. The series was filmed on Lindisfarne.")
    asks = {c.answer: c.ask for c in find_candidates(text)}
    assert asks["Kerry Fox"] == "Which actor plays Grace Darling in Storm Light?"
    assert not any(ask.startswith("Which storm") for ask in asks.values())
    assert not any(ask.endswith("aground on who?") for ask in asks.values())


CAPITALS_PAGE = """\
'High Water' cast: who plays who in the dam drama
Updated 2 May 2025

The four-part drama tells how the Kariba dam was built across the Zambezi. Here is who plays who.

IAN LOWE - Marcus Penhaligon
Penhaligon, best known for a hospital soap, plays the chief engineer who moved a village.

RUTH LOWE - Dina Achterberg
Achterberg plays the engineer's wife, who kept a diary of the flood.

TOM NKOSI - Kagiso Dube
The foreman who lost two brothers to the river. Dube won a stage award in 2019.

ANDRE COYNE - Luc Ferrandi
The French designer of the wall. Ferrandi speaks French throughout.

Fun facts
- The dam was finished in 1959.
- Its wall is 128 metres high.
"""


def test_a_list_s_parts_in_capitals_are_names_and_its_notes_say_who_acts() -> None:
    drafted = find_candidates(CAPITALS_PAGE)
    actors = {c.answer: c.ask for c in drafted if c.kind == "actor"}
    # "PETER HALL - Sam Okoro" is a cast line, not a wire story's dateline, and the
    # notes under the lines are about the actors: they are the answers.
    assert actors["Marcus Penhaligon"].startswith("Which actor plays Ian Lowe")
    assert actors["Dina Achterberg"].startswith("Which actor plays Ruth Lowe")
    assert actors["Kagiso Dube"].startswith("Which actor plays Tom Nkosi")
    assert actors["Luc Ferrandi"].startswith("Which actor plays Andre Coyne")
    assert not {"Ian Lowe", "Ruth Lowe", "Tom Nkosi", "Andre Coyne"} & set(actors)
    # A list's marks are not its words.
    assert not any(c.ask.startswith("-") or " - " in c.ask for c in drafted)
    assert any(c.answer == "1959" and c.ask.startswith("In what year") for c in drafted)


IS_PAGE = """\
'The Long Count' cast: meet the actors in the census drama
The series The Long Count follows the clerks of the 1890 census. Here is the cast.

Adele Varga is Herman Hollerith
Varga plays the inventor as a restless tinkerer.

Jonas Wirth is Robert Porter, the superintendent of the census
Wirth makes his screen debut.

Mira Olsen is Ada Lowell
"""


def test_a_cast_page_s_actor_is_part_lines() -> None:
    actors = {c.answer: c.ask for c in find_candidates(IS_PAGE) if c.kind == "actor"}
    assert actors["Adele Varga"].startswith("Which actor plays Herman Hollerith")
    assert actors["Jonas Wirth"].startswith("Which actor plays Robert Porter in")
    assert actors["Mira Olsen"].startswith("Which actor plays Ada Lowell")


def test_an_is_heading_is_no_cast_line_outside_a_screen_article() -> None:
    text = ("Gaudí and his city\nAntoni Gaudí is Barcelona\n"
            "The architect lived in the city for most of his life. He died in 1926.")
    assert not [c for c in find_candidates(text) if c.kind in ("actor", "character")]


def test_a_part_named_with_its_post_is_the_name() -> None:
    text = ("'Salt Road' cast: the actors of the caravan drama\n"
            "Ines Moura as the guide Idris Bello\nTom Ash as Omar Saleh\n"
            "Moura plays the guide who knew every well. Ash trained in Lagos.")
    actors = {c.answer: c.ask for c in find_candidates(text) if c.kind == "actor"}
    assert actors["Ines Moura"].startswith("Which actor plays Idris Bello")


def test_a_cast_page_s_headline_names_the_show_its_text_calls_the_series() -> None:
    text = ("The Ledger cast: meet the actors of the banking drama\n"
            "The eight-part drama tells the story of the 1866 crash. Created by Ruth Asare and "
            "shot in Leeds, the series reaches viewers on BBC Two on 4 March.\n"
            "Tom Reed as Henry Overend\nReed plays the banker who could not stop.\n")
    drafted = {c.answer: c.ask for c in find_candidates(text)}
    assert drafted["Ruth Asare"] == "Who created The Ledger?"
    assert drafted["Tom Reed"] == "Which actor plays Henry Overend in The Ledger?"


def test_a_cast_line_s_first_name_may_spell_a_verb() -> None:
    text = ("'Harbour Lights' cast: who plays who\nHarbour Lights follows the 1953 flood.\n\n"
            "PETER HALL - Sam Okoro\nOkoro plays the young architect.\n\n"
            "ROB LEE - Ana Silva\nSilva plays the engineer.\n\n"
            "MARK DAY - Tom Ash\nAsh plays the mayor.\n")
    actors = {c.answer: c.ask for c in find_candidates(text) if c.kind == "actor"}
    assert actors["Sam Okoro"].startswith("Which actor plays Peter Hall")
    assert actors["Ana Silva"].startswith("Which actor plays Rob Lee")


def test_who_is_played_by_goes_with_the_name_before_it_and_a_past_part_with_its_show() -> None:
    text = ("'The Wall' cast: who plays who in the plague drama\n"
            "At the centre of The Wall is William Hallam, the rector, played by Tom Eyre. Hallam "
            "had arrived in Eyam only in 1664, with his wife Agnes, who is played by Ruth Kell.\n\n"
            "JOHN WEBB – Sam Dale\nA shepherd who lost his sons. Dale played the young boxer "
            "Micky in Ringside.\n")
    drafted = find_candidates(text)
    actors = {c.answer: c.ask for c in drafted if c.kind == "actor"}
    assert actors["Ruth Kell"].startswith("Which actor plays Agnes")
    assert not any(c.ask.startswith("Which actor played Micky") and "Ringside" not in c.ask
                   for c in drafted)


def test_a_part_said_with_what_it_was_and_a_part_of_somewhere_played_by() -> None:
    review = ("Floodwater review: a town under water\n\nFloodwater follows the night the dam "
              "broke. Rounding out the cast are Ines Moreau (Louise Gipe, a telephone operator "
              "who kept calling homes as the water rose) and Tom Abara (Carl Voss, one of two "
              "police riders). The rival is Edith Marr of the Tribune, played with velvet "
              "menace by Clara Dunne.")
    asks = asks_of(review)
    assert asks["Ines Moreau"].startswith("Which actor plays Louise Gipe")
    assert asks["Tom Abara"].startswith("Which actor plays Carl Voss")
    assert asks["Clara Dunne"].startswith("Which actor plays Edith Marr")
