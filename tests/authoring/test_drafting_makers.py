"""Who made a work, where a review says it only in passing: "Anna Lind's film", "Tom
Reyes's 1911 poem "The Light"". The articles are written for these tests."""

from __future__ import annotations

from tests.authoring.test_drafting_clauses import asks_of

REVIEW = """\
Harbour Lights review – a quiet triumph

Harbour Lights is in cinemas from Friday. Anna Lind's patient, handsome film follows a \
lighthouse keeper through one winter. Lind has made nothing better.

The keeper reads aloud from Tom Reyes's 1911 poem "The Lamp" every night.
"""


def test_the_maker_a_review_names_in_passing_is_asked_of_the_work() -> None:
    asks = asks_of(REVIEW)
    assert asks["Anna Lind"] == "Who directed Harbour Lights?"
    assert asks["Tom Reyes"] == 'Who wrote the 1911 poem "The Lamp"?'


def test_whose_work_is_asked_only_of_the_work_the_article_is_about() -> None:
    asks = asks_of("Anna Lind's film about her father opened in 1998. Her brother Tom Lind "
                   "runs the family hotel in Bergen.")
    assert not [ask for ask in asks.values() if ask.startswith("Who directed")]


def test_the_credits_a_sentence_opens_with_are_asked_of_the_work() -> None:
    asks = asks_of("Flood Tide review: a town under water\n\nCreated by Dana Whitcombe and "
                   "directed by Tomás Arregui, the series follows the disaster and the lawsuit. "
                   "Flood Tide is on Netflix from Friday.")
    assert asks["Dana Whitcombe"] == "Who created Flood Tide?"
    assert asks["Tomás Arregui"] == "Who directed Flood Tide?"
