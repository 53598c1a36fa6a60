"""What something is called, asked as a question of its own: a nickname said with
"is often called", a thing "known as" a name, a work "better known as" another, a
pen name. The article is written for these tests, none is from the measured sets."""

from __future__ import annotations

from tests.authoring.test_drafting_clauses import asks_of

CHEMIST = """\
Ida Marr (1881 – 1950) was a Scottish chemist. Ida Marr is often called the \
"Mother of Polymers".
A keen sailor, she also wrote detective novels under the pen name "Hector Vane".
Her laboratory notebook, known as the Grey Ledger, was lost in 1941.
Her best-known photograph, "Flask and Flame", better known as "The Spark", hangs in \
Glasgow.
"""


def test_a_nickname_is_asked_of_whom_it_is_said() -> None:
    assert asks_of(CHEMIST)["Mother of Polymers"] == "What is Ida Marr often called?"


def test_a_pen_name_is_asked_with_what_was_written_under_it() -> None:
    assert asks_of(CHEMIST)["Hector Vane"] == "Under what pen name did Ida Marr write detective novels?"


def test_a_thing_known_as_a_name_is_asked_what_it_was_known_as() -> None:
    asks = asks_of(CHEMIST)
    assert asks["Grey Ledger"] == "What was Ida Marr's laboratory notebook known as?"
    assert asks["The Spark"] == 'By what name is "Flask and Flame" better known?'


def test_what_a_thing_is_called_in_the_ways_science_writing_says_it() -> None:
    asks = asks_of("The spin–orbit relation is now called Okafor's rule. The newly hatched "
                   "larvae, called zoeallae, are carried north. Doctors could not explain it; the "
                   "press called the illness \"phossy jaw\". The pups, called seals, swim.")
    assert asks["Okafor's rule"] == "What is the spin–orbit relation now called?"
    assert asks["zoeallae"] == "What are the newly hatched larvae called?"
    assert asks["phossy jaw"] == "What did the press call the illness?"
    assert "seals" not in asks  # a word the dictionary knows is no name given


def test_a_name_called_is_taken_whole() -> None:
    asks = asks_of("The infection is known as Carrion disease in Peru.")
    assert "Carrion" not in asks


def test_an_honour_someone_was_awarded_is_asked_which_honour() -> None:
    asks = asks_of("Edavaleth Ammal was awarded the Padma Shri in 1977.")
    assert asks["Padma Shri"] == "Edavaleth Ammal was awarded which honour in 1977?"
