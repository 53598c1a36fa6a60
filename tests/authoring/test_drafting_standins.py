"""A person a sentence names only by "he" or "she", or by what they were ("a
pizzaiolo called Raffaele Esposito"). Each article is written for its test."""

from __future__ import annotations

from quiz.authoring.drafting import find_candidates
from quiz.authoring.drafting.entities import NameBook
from quiz.authoring.drafting.mentions import Sentence
from quiz.authoring.drafting.standins import standin_facts


def asks(text: str) -> dict[str, str]:
    return {c.answer: c.ask for c in find_candidates(text)}


def test_whom_he_stands_for_is_asked_by_what_he_did() -> None:
    drafted = asks("Harbour Town beat Kingsbridge 1-0 on Saturday. It was a bad day for Rob "
                   "Delaney. Already booked, he was sent off in the 78th minute for a late tackle "
                   "on Varga.")
    assert drafted["Rob Delaney"] == "Who was sent off in the 78th minute for a late tackle on Varga?"


def test_he_is_whom_the_paragraph_named_not_whom_an_earlier_one_was_about() -> None:
    # Whoever the article was last about, a "he" in a paragraph that has not named
    # him is not asked for: the guess is too often wrong.
    text = "He later called the battle the greatest day of the century."
    book = NameBook([])
    book.evidence["Hasan Reis"]["person"] += 5
    told = Sentence(text, 3, 9, f"Among the wounded was a soldier, Pedro Alba. {text}",
                    referent="Hasan Reis")
    assert not list(standin_facts(told, book))
    named = Sentence(text, 3, 9, f"Hasan Reis was wounded twice. {text}", referent="Hasan Reis")
    assert [f.answer for f in standin_facts(named, book)] == ["Hasan Reis"]


def test_a_person_named_after_what_they_were_is_asked_by_that() -> None:
    drafted = asks("Castelfidardo has built accordions since 1863, when a farmer's son named Paolo "
                   "Soprani copied an instrument left behind by an Austrian pilgrim.")
    assert drafted["Paolo Soprani"] == ("Which farmer's son copied an instrument left behind by "
                                        "an Austrian pilgrim?")
    # "named" before a name is no verb of the sentence.
    assert not any("name Paolo" in ask for ask in drafted.values())



def test_what_a_relative_clause_after_a_name_says_is_asked_who() -> None:
    drafted = asks('"We sell every bottle we make," said Ines Moura, 51, who has run the '
                   "estate since 2011. She studied under Karl Brandt, who had planted the "
                   "first vines on the hill.")
    assert drafted["Ines Moura"] == "Who has run the estate since 2011?"
    assert drafted["Karl Brandt"] == "Who had planted the first vines on the hill?"


def test_a_relative_clause_that_gives_the_name_away_or_is_of_a_nationality_is_not_asked() -> None:
    drafted = asks("The firm was bought from Jacques Poirier, who ran Maison Poirier for 38 "
                   "years. The 27-year-old Swede, who rides for Team Nord, won the sprint.")
    assert "Who ran Maison Poirier for 38 years?" not in drafted.values()
    assert "Swede" not in drafted
