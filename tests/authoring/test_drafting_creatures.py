"""An article about one species says "it" and "they" of it: a question says its name.
A few of them ("the smallest eels") are not the species, and a binomial is said once.
The articles are written for these tests, none is from the measured sets."""

from __future__ import annotations

from tests.authoring.test_drafting_clauses import asks_of

NEWT = """\
The marbled newt: a river dweller in decline

The marbled newt (Triturus marmoratus) lives in the ponds of western France and \
Iberia. It weighs about 15 grams and can live for 25 years.
In 1872, 40 marbled newts were shipped to Leiden, where the zoologist Hendrik \
Vos kept them for a decade. The smallest newts carried a parasite, so they were \
kept apart from the others until 1875.
Its genome was sequenced in 2019 by a team at the University of Porto.
"""

SEDGE = """\
Carex aurelia has leaves that grow for a century. Botanists say Carex grows only in \
the Karoo, where Carex beds cover the dunes.
The species was described by Anna Rees, a Welsh botanist. The English botanist \
Peter Lyle gave it its formal name in 1880.
"""


def test_it_and_they_are_said_by_the_species_name() -> None:
    asks = asks_of(NEWT)
    assert asks["15 grams"] == "How many grams does the marbled newt weigh?"
    assert asks["Hendrik Vos"] == "Which zoologist kept marbled newts for a decade?"
    assert "the marbled newt's genome" in asks["2019"]


def test_they_after_a_few_of_them_is_not_the_species() -> None:
    asks = asks_of(NEWT)
    assert not any("newts were kept apart" in ask for ask in asks.values())


def test_a_species_named_by_its_binomial_is_said_once() -> None:
    ask = asks_of(SEDGE)["1880"]
    assert ask == "In what year did the English botanist Peter Lyle give Carex aurelia its formal name?"


def test_the_species_is_said_by_its_name() -> None:
    piece = ("At dusk on Christmas Island something the size of a small dog climbs down a tree. "
             "It is a coconut crab (Birgus latro), the largest arthropod on land. Coconut crabs "
             "can crack a coconut with their claws. The IUCN Red List moved the species to "
             "\"Vulnerable\" in 2018. Charles Darwin met coconut crabs on the Cocos Islands.")
    asks = asks_of(piece)
    assert asks["2018"] == 'The IUCN Red List moved the coconut crab to "Vulnerable" in what year?'


def test_a_named_thing_it_or_they_own_is_said_by_its_name_alone() -> None:
    asks = asks_of(NEWT + "The last wild newts were caught by a team from Leiden. Their "
                   "Operation Newt, backed by the Fauna Society in London, came back with only "
                   "three newts in 1962.\n")
    asks = {answer: ask for answer, ask in asks.items() if "1962" in ask or answer == "1962"}
    assert asks and not any("marbled newt's Operation" in ask for ask in asks.values())
    assert any("Operation Newt" in ask for ask in asks.values())


SHREW = """\
The desert shrew: why the tiny hunter is running out of room

With a tail longer than its body, the desert shrew, the smallest mammal of the dunes, \
hunts at night. The desert shrew eats twice its weight in insects every day.
Most desert shrews live in and around the Kalahari Sand Reserve, which was set up in 1992. \
UNESCO made it a World Heritage Site in 1996.
It was first shown at Antwerp Zoo in 1919. The desert shrew breeds in spring.
"""


def test_an_animal_a_piece_calls_a_mammal_is_its_subject_without_a_binomial() -> None:
    asks = asks_of(SHREW)
    assert asks["1919"] == "In what year was the desert shrew first shown at Antwerp Zoo?"
    assert "UNESCO make the desert shrew" not in asks.get("1996", "")
