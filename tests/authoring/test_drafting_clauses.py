"""Questions from sentences built the way biographies and reports build them: an
age after a death, a date at the head of a long sentence, the year of a prize said
in its name, a question that would run long cut to its core. The article is written
for these tests, none is from the measured sets."""

from __future__ import annotations

from quiz.authoring.drafting import find_candidates
from quiz.authoring.drafting.entities import NameBook
from quiz.authoring.drafting.shortening import shortened
from quiz.authoring.drafting.ranking import _sentences_of
from quiz.authoring.drafting.sentences import paragraphs

ASTRONOMER = """\
Marta Keller (2 May 1901 – 14 March 1990) was a Swiss astronomer who mapped the \
variable stars of the southern sky.
Her elder brother, Otto Keller, won the Geneva chess championship in 1925. In 1926 \
she sailed for Chile on a university grant to study at the observatory in Santiago.
On the evening of Friday 3 October 1947, a crowd of about 2,000 people gathered in \
the Münsterplatz in Basel to watch her new telescope unveiled.
She shared the 1958 Gold Medal of the Royal Astronomical Society with Henry P. Wallace \
for their studies of variable stars and of the motions of nearby galaxies.
On 12 June 1950 Keller presented her catalogue of 4,000 variable stars to the \
International Astronomical Union at its general assembly in the Swiss town of Zurich.
Keller died in Basel on 14 March 1990, aged 88, saying that she would have liked one \
more clear night.
"""


def asks_of(article: str) -> dict[str, str]:
    """Each drafted answer's question."""
    return {c.answer: c.ask for c in find_candidates(article)}


def _asks() -> dict[str, str]:
    return asks_of(ASTRONOMER)


def test_an_age_after_a_death_is_the_age_she_died_at() -> None:
    assert _asks()["88"].startswith("At what age did Keller die")


def test_a_date_heading_a_sentence_is_asked_of_its_clause() -> None:
    asks = _asks()
    # "On the evening of …, a crowd … gathered": the crowd is the clause, no aside.
    assert asks["3 October 1947"].startswith("On what date did a crowd of about 2,000 people gather")
    # A question that would run to 26 words loses the phrases that end it, not its verb.
    assert asks["12 June 1950"] == ("On what date did Keller present her catalogue of 4,000 "
                                    "variable stars to the International Astronomical Union?")


def test_the_year_in_a_prizes_name_is_asked_of_the_prize() -> None:
    asks = _asks()
    assert asks["1958"] == ("In what year did Marta Keller share the Gold Medal of the "
                            "Royal Astronomical Society?")
    # An initial is no acronym: Henry P. Wallace is a person, asked "whom".
    assert "whom" in asks["Henry P. Wallace"]


def test_he_or_she_after_a_relative_named_by_her_is_still_her() -> None:
    # "Her elder brother, Otto Keller, won…. In 1926 she sailed": she is Marta.
    assert "Marta Keller sail" in _asks()["1926"]


def test_a_place_naming_a_compound_noun_is_asked_after_all_of_it() -> None:
    assert _asks()["Geneva"] == ("Marta Keller's elder brother won the chess championship "
                                  "in which city in 1925?")
    assert _asks()["Swiss"] == "What nationality was Marta Keller?"


MEASURES = """\
Paul Grant was an astronomer who studied the grey whale in his spare time.
The whale's average round trip came to 16,400 km.
NASA named its Hubble Space Telescope after him in 1990.
"""


def test_a_measure_with_an_abbreviated_unit_is_asked_in_its_words() -> None:
    asks = asks_of(MEASURES)
    assert asks["16,400 km"].endswith("how many kilometres?")


def test_a_possessive_before_a_name_goes_with_it() -> None:
    asks = asks_of(MEASURES)
    # "…after him": the him the sentence before names.
    assert asks["Hubble Space Telescope"] == "NASA named which telescope after Paul Grant in 1990?"


PAINTER = """\
Tomas Varga (1820 – 1891) was a Hungarian painter of river scenes.
The exhibition's best room belongs to his daughter, Ilona Varga, who worked with him for \
twenty years.
In 1841 Varga moved to Vienna to attend Josef Danhauser's classes.
In March 1850, at a meeting of the Academy in Vienna, the critic Karl Moser publicly \
mocked his painting of the Danube.
The story is told in The Quiet River, a four-part drama created by Agnes Toth, which \
arrives on Danubia+ this Friday.
"""


def test_a_relative_or_a_post_named_after_its_owner_is_asked_by_it() -> None:
    asks = asks_of(PAINTER)
    assert asks["Ilona Varga"] == "Who was Tomas Varga's daughter?"
    assert asks["Hungarian"] == "What nationality was Tomas Varga?"


def test_an_owner_is_asked_whose_and_a_maker_after_a_works_aside_who() -> None:
    asks = asks_of(PAINTER)
    assert asks["Josef Danhauser"] == "Varga moved to Vienna to attend whose classes?"
    assert asks["Agnes Toth"] == "Who created The Quiet River?"
    # Two lead-ins and an adverb before the verb: still asked by its subject.
    assert asks["Karl Moser"].startswith("Which critic publicly mocked")


EXPEDITION = """\
Robert Hale led the Northern Survey of 1851.
His deputy, the 24-year-old Scotsman Andrew John Wills, kept the journals.
In Montreal he called in Pierre Leduc, the director of the Royal Canadian Museum.
He was born in Kirkwall, the eldest son of a ferryman.
When the four survivors reached the fort on the evening of 3 May 1852, they found it \
empty.
He later worked with the botanist Ada Price, a partnership that lasted 12 years.
"""


def test_a_description_after_a_name_is_a_clause_about_it() -> None:
    asks = asks_of(EXPEDITION)
    assert asks["Royal Canadian Museum"] == "Pierre Leduc was the director of which museum?"
    texts = " ".join(asks.values())
    # A place is not the son, nor a person a partnership.
    assert "Kirkwall was" not in texts and "Ada Price was a partnership" not in texts


def test_a_demonym_before_a_name_makes_it_a_person() -> None:
    # "the 24-year-old Scotsman Andrew John Wills": no organisation for its plural-looking
    # last word; whether he makes a question of his own is another matter.
    book = NameBook(_sentences_of(paragraphs(EXPEDITION)))
    assert book.kind("Andrew John Wills") == "person"


def test_a_sentence_opening_when_is_asked_of_that_clause() -> None:
    asks = asks_of(EXPEDITION)
    assert asks["3 May 1852"] == "On what date did the four survivors reach the fort?"


MATCHES = """\
A late penalty by Tom Hale gave Riverside Rovers a dramatic 3-2 victory over Eastfield \
United in the Shield final.
Ana Costa's century and four wickets from Raj Patel carried Northgate Owls to the title \
as they beat Southport Herons by 31 runs.
The sand tiger shark (Carcharias taurus) gives birth to two pups at a time.
"""


def test_a_win_and_its_margin_are_asked_of_both_sides() -> None:
    asks = asks_of(MATCHES)
    assert asks["3-2"] == "By what score did Riverside Rovers beat Eastfield United?"
    # "they" is the team named last before it, not a player.
    assert asks["31 runs"] == "By how many runs did Northgate Owls beat Southport Herons?"


def test_a_creatures_binomial_is_its_scientific_name() -> None:
    asks = asks_of(MATCHES)
    assert asks["Carcharias taurus"] == "What is the scientific name of the sand tiger shark?"


SCREEN = """\
Amber Hours is a four-part drama about the merchants of Samarkand.
Amber Hours premiered on BBC Two in March 2021 and went on to win the BAFTA for \
Outstanding Drama Series.
A second season of Amber Hours arrives on Paramount+ this Friday.
Its star had won an Oscar for Harbour Lights in 2009.
"""


def test_where_a_show_airs_and_what_it_won_are_asked_by_what_they_are() -> None:
    asks = asks_of(SCREEN)
    assert "on which network" in asks["BBC Two"]
    assert "on which streaming service" in asks["Paramount+"]  # the plus is the name's
    assert asks["Outstanding Drama Series"].endswith("the BAFTA in which category?")
    # A film the Oscar was for is no category.
    assert "category" not in asks.get("Harbour Lights", "")


def test_a_question_cut_short_keeps_what_its_verb_needs() -> None:
    asks = asks_of(
        "Mia Berg won the Dune Classic on Sunday.\n"
        "Mia Berg attacked alone on the Col Rouge with 12.5 kilometres to go and held off "
        "the chasing group to win the race of her life in front of her family.\n"
        "Ada Holm kicked two more penalties to put the Hawks back in front at the Oval in "
        "the second half of a wet and windy match.\n")
    assert asks["12.5 kilometres"].endswith("with how many kilometres to go?")
    assert asks["two more penalties"].endswith("to put the Hawks back in front?")


def test_a_count_accepts_its_bare_number() -> None:
    # "How many men…?" answered "100,000" is right: the unit is the question's.
    facts = {c.answer: c for c in find_candidates(
        "Menelik II ruled Ethiopia from 1889.\nMenelik had gathered an army of 100,000 men.\n")}
    assert "100,000" in facts["100,000 men"].accept


def test_a_cast_list_line_and_the_cast_it_introduces_put_actors_first() -> None:
    facts = find_candidates(
        "Deep Water is a six-part drama about the building of the Kiel Canal.\n\n"
        "Also starring\n"
        "Lena Voss (Hedda Brandt), Tom Kerr (Otto Lind)\n\n"
        "The supporting cast includes Mara Stein (Ilse Rupp), a baker's widow.\n")
    asks = {c.answer: c.ask for c in facts}
    assert asks["Lena Voss"] == "Which actor plays Hedda Brandt?"
    assert asks["Mara Stein"] == "Which actor plays Ilse Rupp?"


BIOPIC = """\
Cold Water, directed by Ines Marlow, tells the story of the swimmer Edith Crane, daughter of a Kent butcher.
Rosa Hale plays Crane with a wiry stubbornness.
She came ashore at Dover in August 1931 after fourteen hours in the sea.
In 1958 Marlow's own father swam the same route.
Crane died in 1990, aged 84.
The composer Anton Reyer wrote his Symphony No. 3 for the swim. It was first performed \
in Leeds on 2 May 1932.
"""


def test_she_in_a_films_story_is_the_real_woman_not_the_actress() -> None:
    asks = asks_of(BIOPIC)
    assert asks["Dover"].startswith("Where did Edith Crane come ashore")
    # The actress is asked for her part, and for nothing the story says of Crane.
    assert [a for a in asks.values() if "Rosa Hale" in a] == ["Which character does Rosa Hale play?"]


def test_it_after_a_work_named_by_what_it_is_is_that_work() -> None:
    asks = asks_of(BIOPIC)
    assert asks["2 May 1932"] == "On what date was Symphony No. 3 first performed in Leeds?"


def test_a_clause_lent_a_subject_gets_a_whole_one_or_none() -> None:
    asks = [c.ask for c in find_candidates(
        "Vera Holm was a Norwegian geologist who spent her life in the Arctic.\n"
        "After her retirement she worked in Canada, and in the 1960s identified a fault "
        "line under the Barents Sea.\n"
        "A rockfall on the cliffs of the Nordkapp, the highest of the coast's 30 headlands, "
        "blocked the road with 20 km still to go.\n")]
    assert "In which decade did Vera Holm identify a fault line under the Barents Sea?" in asks
    # "cobbles", "cliffs" are no verbs: no question opens "A rockfall on the …".
    assert not [a for a in asks if a.startswith(("A rockfall on the blocked", "Blocked"))]


def test_a_length_of_time_in_several_units_is_one_answer() -> None:
    asks = asks_of(
        "Ida Lund won the Ridge Classic on Sunday.\n"
        "Ida Lund covered the 160-kilometre course in 4 hours 12 minutes 5 seconds.\n"
        "Her rival Jon Berg was sentenced to one year and 20 days in prison for doping.\n"
        "The Ridge Classic's kitchen oven reaches 480°C at its hottest.\n")
    assert asks["4 hours 12 minutes 5 seconds"].endswith("in how much time?")
    assert "one year and 20 days" in asks
    assert asks["480°C"].endswith("how many degrees Celsius at its hottest?")
    assert "C" not in asks  # the unit is nobody's name


def test_a_place_said_with_its_state_is_asked_which_state_but_not_in_a_list() -> None:
    asks = asks_of(
        "Ray Dunn was born in 1950 in Wheeling, West Virginia, the son of a miner.\n"
        "He later sold boats in Florence, Rome and Milan.\n")
    assert asks["West Virginia"] == "Wheeling is in which state?"
    assert "is in which" not in asks.get("Rome", "")


def test_where_a_firm_is_based_and_a_player_born_in_their_hyphenated_place() -> None:
    asks = asks_of(
        "Harlow Mills is being bought by Lyon-based Textiles Morel for £9 million.\n"
        "The Karachi-born bowler Asif Rana took five wickets.\n")
    assert asks["Lyon"] == "In which city is Textiles Morel based?"
    assert asks["Karachi"] == "In which city was Asif Rana born?"


SCHOLAR = """\
Ravi Menon (1912 – 1990) was an Indian mathematician.
After taking his degree at Elphinstone College, Bombay, he sailed for England in \
June 1933 to study at the University of Oxford.
In 1939 he married Meera Iyer, whom he had met in Bombay.
Menon taught at Oxford for thirty years.
"""


def test_a_pronoun_is_asked_as_the_full_name_and_a_lead_in_goes_whole() -> None:
    asks = asks_of(SCHOLAR)
    # "he" is Ravi Menon in full, and "…College, Bombay," is all lead-in.
    assert asks["June 1933"].startswith("When did Ravi Menon sail for England")
    assert asks["Meera Iyer"] == "Who did Ravi Menon marry in 1939?"


VIPER = """\
Long before true crime became a streaming staple, a Dutch diplomat in Bangkok spent \
years chasing a man who preyed on backpackers. The Viper, an eight-part drama first \
shown on BBC One in 2021 and later on Netflix, retells that hunt.
The man at its centre is Luc Ferrand, a conman born in Saigon in 1944 to an Indian \
father and a Vietnamese mother. In the mid-1970s he posed as a gem dealer in Thailand, \
befriending young travellers on the so-called hippie trail between Europe and \
Kathmandu. Several of them were later found dead. Police in Bangkok were slow to \
connect the cases.
Hans Berg, a junior official at the Dutch embassy, was asked to look into the \
disappearance of two Dutch tourists in 1976. He was not a detective, but he kept going \
when others gave up. "I simply could not let it go," said Berg in a 2021 interview. \
His wife Angela helped him gather statements, and a Belgian diplomat, Pieter Smets, \
later joined the effort.
Omar Haddad plays Ferrand with a cold, quiet charm. Jo Carter is his Canadian \
girlfriend and accomplice Marie Leduc, who died in Quebec in 1984. Ben Hale stars as \
Berg, opposite Ella Brand as Angela. Also in the cast: Amit Perera (Ajit Rao), Maud \
Vernier as Nadine Roux, and Tom McAllister, who takes the part of the British consul.
"""


def test_the_person_a_sentence_says_it_is_about_is_the_next_he() -> None:
    # "The man at its centre is Luc Ferrand, …. In the mid-1970s he posed…": Ferrand,
    # not the diplomat the piece goes on to follow (a red-team article's shape).
    assert asks_of(VIPER)["mid-1970s"] == ("In which decade did Luc Ferrand pose as a gem "
                                           "dealer in Thailand?")


def test_editor_faults_of_the_second_read() -> None:
    asks = asks_of(
        "Robert Hale led the Northern Survey. Hale had a deputy, Tom Wills.\n"
        "He reached Fort Ross on 11 November 1860, and on 16 December he struck north with "
        "Wills and two horses.\n"
        "On a birch tree he had carved the word \"DIG\". The Dig Tree still stands at the Ross "
        "Waterhole.\n"
        "In 1926 Ada Price became the first woman in Germany to be a full professor of "
        "physics.\n")
    # Nobody strikes north with himself: "he" is left unasked rather than made Wills.
    assert "Wills strike north with Wills" not in " ".join(asks.values())
    # "DIG" is the word, not a short form of the Dig Tree.
    assert asks.get("DIG", "").endswith("carved which word?")
    assert "woman where to be" not in asks["Germany"]
    # "the first woman" keeps what she was the first of.
    assert not asks.get("1926", "").endswith("the first woman?")


def test_a_cast_question_names_its_show_and_a_part_ends_before_in() -> None:
    facts = find_candidates(
        "Few dramas have gripped viewers the way The Ember Years did. The series follows "
        "a mining town in 1921.\n"
        "Photo: Ada Voss as Mary Kell in the series.\n"
        "Tom Reed plays the mine owner Hugh Barr in The Ember Years.\n"
        "The Ember Years was written by Lena Shaw. The Ember Years won three awards.\n")
    asks = {c.answer: c.ask for c in facts}
    assert asks["Ada Voss"] == "Which actor plays Mary Kell in The Ember Years?"
    assert "Mary Kell in the series" not in asks


def test_a_person_said_again_by_age_and_nation_is_named() -> None:
    asks = asks_of(
        "Karin Dahl won the Oslo Open on Sunday, beating Marta Ruiz 6-3 6-4.\n"
        "The 24-year-old Norwegian was seeded fourth and dropped only 11 games all week.\n")
    assert asks["11 games"] == "How many games did Karin Dahl drop all week?"


def test_a_long_question_is_cut_neither_inside_what_a_verb_needs_nor_a_why_clause() -> None:
    assert shortened("In what year did Vera Holm show that the ice sheet has a warm layer inside "
                     "its frozen upper crust?") == (
        "In what year did Vera Holm show that the ice sheet has a warm layer?")
    for ask in ("In what year did two towns on the edge of the fjord agree to share between "
                "them every boat that had not yet been sold?",
                "In what year did Holm's earlier work on silt help explain why the old dam at "
                "Lund kept cracking itself open?"):
        assert not shortened(ask).endswith(("to share?", "why the old dam?"))


def test_a_noun_after_a_possessive_is_no_verb_to_turn() -> None:
    asks = asks_of("Vera Holm was a geologist. In 1944 Holm's earlier work on silt helped "
                   "explain why the old dam at Lund kept cracking itself open every winter.\n")
    assert asks.get("1944") != "In what year did Holm's earlier work?"
    assert "did Holm's earlier work?" not in " ".join(asks.values())


def test_a_long_question_loses_the_name_a_post_is_said_with() -> None:
    asks = asks_of("The last royal army\n"
                   "Spain's viceroy in Peru, José de la Serna, still held the highlands with an "
                   "army of about 9,300 men.\n")
    assert asks["9,300 men"] == "Spain's viceroy in Peru still held the highlands with an army of how many men?"


def test_a_clause_after_a_semicolon_keeps_its_own_subject() -> None:
    asks = asks_of("His father, Pavel Orlov, ran a tannery in Kazan; his younger brother, Ivan "
                   "Orlov, became a chemist and was rector of Kazan University from 1921 to 1930.")
    assert not any("father" in ask for answer, ask in asks.items() if answer in ("1921", "1930"))
