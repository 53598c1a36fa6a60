"""A sports report as a quiz editor reads it: its sides are teams, whatever their
names say they are, and the caption under its photo is no part of the story."""

from __future__ import annotations

from quiz.authoring.drafting import find_candidates
from tests.authoring.test_drafting_clauses import asks_of

GAME_SEVEN = """\
Gagnon ends the wait as Nickel Kings win the Brandt Cup

Photo: Gerry Lafleur / The Star
Marc Roy lifts the cup after the winner.

Émile Gagnon scored in double overtime to give the Sudbury Nickel Kings a 3-2 win over \
the Thunder Bay Wolves in Game 7 of the Brandt Cup final on Friday night.
Thunder Bay took the lead twice in regulation and led 2-1 after two periods.
The Nickel Kings won their fourth title in club history.
Gagnon beat goaltender Pete Lund with a wrist shot. He scored 14 goals in the playoffs.
"""


def test_a_side_named_for_its_city_is_asked_as_a_team() -> None:
    asks = asks_of(GAME_SEVEN)
    assert asks["Thunder Bay"] == "Which team took the lead twice in regulation?"
    assert asks["Nickel Kings"] == "Which team won their fourth title in club history?"


def test_a_side_is_offered_the_other_sides_as_wrong_options() -> None:
    kinds = {c.answer: c.kind for c in find_candidates(GAME_SEVEN)}
    assert kinds["Thunder Bay"] == kinds["Nickel Kings"] == "team"
    assert kinds["Émile Gagnon"] != "team"


def test_a_caption_under_a_photo_credit_is_not_the_story() -> None:
    drafted = find_candidates(GAME_SEVEN)
    assert not [c for c in drafted if "Marc Roy" in (c.answer, c.ask) or "lifts" in c.ask]
    # Nor does "he" in the story stand for the man in the picture.
    assert "Gagnon score" in asks_of(GAME_SEVEN)["14 goals"]


def test_a_race_named_in_the_headline_is_the_race_a_question_means() -> None:
    report = ("Cambridge pull clear at Hammersmith to win the Boat Race\n\nBy Martin Ashdown at "
              "Putney\n\nFreya Lindahl is the first Norwegian to row in the race. On the final "
              "day of training Oxford rowed to Putney in 17 minutes.")
    asks = asks_of(report)
    assert asks["Freya Lindahl"] == "Who is the first Norwegian to row in the Boat Race?"
    assert not [ask for ask in asks.values() if "Boat Race day" in ask]


def test_a_moment_of_play_says_which_match_it_was_in() -> None:
    report = ("Harlow Town 2-1 Kestrel Bay: late header settles it\n\nDanny Owusu opened the "
              "scoring in the 23rd minute, and Harlow Town led 1-0 at half-time. Substitute "
              "Jamie Kerr headed the winner in the 89th minute.")
    asks = asks_of(report)
    assert asks["Danny Owusu"] == ("Who opened the scoring in the 23rd minute of the Harlow Town v "
                                   "Kestrel Bay match?")
    assert asks["89th minute"] == ("Substitute Jamie Kerr headed the winner in which minute of the "
                                   "Harlow Town v Kestrel Bay match?")
