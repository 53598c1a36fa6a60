"""The words and pattern pieces the drafter reads an article with."""

from __future__ import annotations

import re

# Capitalised only because they open a sentence, or too common to be an answer.
COMMON = frozenset("""
a about above after again against all almost also although always among an and another any
are around as at away back be because been before being below best better between both but
by can could day days despite did do does down during each early earlier even ever every
few first for former from further get good great had has have he her here hers herself him
himself his how however i if in including inside instead into is it its itself just last
late later least less like little long made make many may me meanwhile might more most much
must my near never new next no nor not now of off often old on once one only or other our
out outside over own part people per perhaps same season series she should show since so
some still such than that the their theirs them then there these they this those though
through thus time to today together tomorrow too under unlike until up upon us very via was
we well were what whatever when where whereas whether which while who whom whose why will
with within without would year years yesterday yet you your warning update note read watch
photo image courtesy source editor credit advertisement episode chapter part act scene deal
born née nee
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr sir lord lady
president secretary minister governor mayor captain coach director chairman chief head king
queen prince princess general agent officer judge senator manager writer actor actress
star singer author producer creator showrunner striker goalkeeper spokesperson
""".split())
MONTHS = ("January February March April May June July August September October "
           "November December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
NAME_PARTICLE = ("(?:de|del|della|dei|degli|delle|der|den|di|da|das|do|dos|du|la|las|le|los|van|von|"
                 "y|et|bin|ibn|al|upon)")  # "Érablière Gagnon et Fils", "Barrow upon Humber"
NICKNAME_SMALL = frozenset("of the de del la el los las and y da di du van von a an in on".split())
ORG_WORDS = frozenset("""
Cartel Club FC AFC CF SC United Rovers Athletic Wanderers Inc Corp Corporation Company Co
Ltd LLC Group Agency Association Federation League Union Council Committee Commission
Department Ministry Office University College School Institute Foundation Bank Party Army
Navy Police Court Times News Post Press Network Studios Records Pictures Media Entertainment
Administration Bureau Service Services Authority Board Trust Society Orchestra Band Team
Museum Gallery Library Archive Archives Academy Accademia Hospital Church Abbey Collection
Systems Industries Holdings Technologies Partners Airlines Airways Motors Labs Laboratories
Textiles Foods Mills Brewery Pharmaceuticals Steel Energy Chemicals Logistics Ventures
""".split())
PLACE_WORDS = frozenset("""
City Town Village County Province Region District River Lake Bay Sea Ocean Island Islands
Mountain Mountains Mount Hill Hills Valley Park Street Road Avenue Square Bridge Station
Airport Stadium Arena Prison Castle Tower Harbour Harbor Port Beach Coast Forest Desert
Canal Falls Gardens Palace Cathedral Republic Kingdom Sanctuary Refuge Reserve Zoo Estuary
Strait Channel Glacier Peninsula Ave St Rd Estate Works Cemetery Plant Dock Docks Quay Wharf
Pier Marina Oval Gulf Cape Fort Reef Plain Plains Gorge Canyon Pass Basin Delta
""".split())
EVENT_WORDS = frozenset("""
Operation War Battle Treaty Act Festival Awards Award Prize Cup Championship Olympics Games
Summit Conference Expedition Open Championships Marathon Masters Derby Olympiad Medal Trophy
""".split())
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof st jr sr vs etc inc ltd co corp bros no gen col lt sgt capt rev gov sen rep
jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est fig
""".split())
# Words that end in s without being a plural a count could be of.
NOT_PLURAL = frozenset("""
was has is as its his this thus us yes plus across always perhaps whereas towards besides
unless less does goes ours yours hers theirs afterwards news series
""".split())
SUBJECT_BLOCKERS = frozenset("""
when which who whom whose that and but or nor while where because as if so though although
after before since until unless whether what how why
""".split())
# A question about "it" or "she" out of its paragraph is a riddle.
PRONOUNS = frozenset("it he she they we i you this that these those".split())
DETERMINERS = frozenset("the a an his her its their this that these those our my your".split())
# Auxiliaries a question can be formed around by moving them ahead of the subject.
AUXILIARIES = frozenset(
    "is are was were has have had will would can could should may might".split())
WORD_NUMBERS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                 "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
                 "seventy eighty ninety hundred dozen").split()

# Titles that stand before a name and say what its bearer is.
TITLES = frozenset("""
queen king pope prince princess president emperor empress sultan tsar czar general admiral
colonel captain sergeant detective inspector agent officer judge senator governor mayor
minister chancellor bishop archbishop cardinal saint sir dame lord lady coach manager
""".split())
# What a person is, written before the name ("Substitute Jamie Kerr"): not the name.
ROLES = frozenset("""
substitute striker midfielder defender forward winger goalkeeper keeper captain coach manager
guitarist drummer bassist singer pianist composer conductor violinist director producer writer
author actor actress navigator explorer astronaut scientist professor doctor chef owner
founder chairman chairwoman chief executive spokesman spokeswoman referee umpire champion
rookie veteran star legend teammate rival qualifier seed defending reigning former late
centre center flanker prop hooker lock wing fullback full-back fly-half scrum-half guard
batsman batter bowler wicketkeeper seamer spinner opener pitcher catcher quarterback
sprinter runner rider cyclist swimmer jockey assistant deputy secretary adviser advisor mentor
supervisor pupil student apprentice editor engineer architect surveyor lawyer agent
""".split())

# Upper-case letters of the Latin, Greek and Cyrillic scripts: `re` has no \p{Lu}.
_UPPER = "".join(c for c in map(chr, range(0x2000)) if c.isupper())
U = f"[{_UPPER}]"
# "St." and "Mt." open names ("St. Petersburg"): their stop ends no name.
# "Ibn al-Haytham", "al-Hakim": an Arabic article joined to a name is part of it.
NAME_WORD = (rf"(?:(?:St|Mt|Ft)\.|{U}\.(?:{U}\.)*|(?:al|el|ad|ash|an|ar|as|at|az|ud|ul)-{U}[^\W_]*"
             rf"|{U}[^\W_]*(?:['’](?!s\b)[^\W\d_]+|-[^\W\d_]+)*)")
# "the Institute for Infectious Diseases", "the International Group for Historic
# Aircraft Recovery": "for" goes on with the name of a body.
_FOR = "|".join(f"(?<={word})" for word in (
    "Institute Centre Center Society Foundation Council Commission Committee Group Agency "
    "Fund Trust Association League Union Office Department Ministry School College Museum "
    "Academy Board Bureau Alliance Coalition Campaign").split())
# "of" joins capitalised words into one name ("Federal Bureau of Investigation");
# "Jr." and "No. 4" end one ("Frank Abagnale Sr.", "Reactor No. 4").
NAME = re.compile(
    rf"(?<![\w'’.-]){NAME_WORD}"
    rf"(?: No\. \d+\b|,? (?:Jr|Sr|Inc|Ltd|Co|Corp|Bros)\.| & {NAME_WORD}| (?:(?:{NAME_PARTICLE}|of|of the|vs\.|v\.) )*{NAME_WORD}"
    rf"|(?:{_FOR}) for (?:the )?{NAME_WORD}"
    rf"| [“\"]{U}[^“”\"]{{0,30}}[”\"] {NAME_WORD})*"
    r"\+?(?![\w+])")  # "Apple TV+", "Disney+": the plus is the name's
QUOTED = re.compile(r"“([^“”]{1,60})”|\"([^\"]{1,60})\"")
# "Fifty-two Americans": tens and units joined, tried before the tens alone.
COMPOUND_NUMBER = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
                   r"(?:one|two|three|four|five|six|seven|eight|nine)")
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{COMPOUND_NUMBER}|{'|'.join(WORD_NUMBERS)}))"
NUMBER_BEFORE = r"(?<![\w$€£¥.,:/#-])"
NUMBER_AFTER = r"(?![\w%]|[.,:/-]\d)"
# "NZ$48 million", "HK$2bn", "R$500": a dollar named by its country's letters.
# "R48 million" (rand), "₱85 million", "GH₵ 48 million", "₩42bn".
CURRENCY = (r"(?:(?:US|AU|NZ|HK|NT|[ACRS])\$|\$|€|£|¥|₱|₹|₩|₦|₺|₽|₪|GH₵|₵|Rs\.?"
            r"|(?:USD|EUR|GBP|CZK|SEK|NOK|DKK|CHF|PLN|HUF|JPY|CNY|INR|ZAR|AUD|CAD|NZD|Kč)(?= ?\d)"
            # a rand, where no road or model number could be: "R48 million", "R500,000"
            r"|R(?=\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:million|billion|bn|m)\b))")
AMOUNT = r"\d+(?:,\d{3})*(?:\.\d+)?"
SCALE = r"(?:\s?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)"
MONTH = "|".join(MONTHS + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                             "Oct", "Nov", "Dec"])
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
TIME_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)"

# Nouns that say what a plain thing is: "the chemical element meitnerium", "hákarl,
# a traditional dish".
THING_CLASSES = frozenset("""
element compound metal gas mineral drug disease illness virus bacterium species dish drink
cheese grape language instrument technique method weapon poison plant tree flower fish bird
animal mammal insect fabric material sport dance genre spice sauce pastry bread wine spirit
paste tool antibiotic hormone vitamin fuel crop grain fungus parasite protein enzyme alloy dye
fibre fiber resin infection pigment cannon stone rock wood timber shrub vine disorder syndrome
vaccine medicine remedy delicacy liqueur beer fruit nut herb moss lichen seaweed mollusc reptile
amphibian crustacean breed rifle musket
""".split())
# Kin: what a person is to another ("the son of a steelworker").
KIN = frozenset("""
son daughter wife husband father mother brother sister child children widow widower
grandson granddaughter nephew niece cousin partner friend girlfriend boyfriend aunt uncle
grandmother grandfather stepson stepdaughter
""".split())
# Each nationality's adjective, then the nouns for one of its people where they
# differ ("Swedish/Swede"); the adjective otherwise names a person too ("a
# Canadian", "two Czechs").
_TABLE = """
Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian
Australian Austrian Azerbaijani Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian
Brazilian British/Briton Bulgarian Burmese Cambodian Cameroonian Canadian Chilean Chinese
Colombian Congolese Croatian Cuban Cypriot Czech Danish/Dane Dutch/Dutchman/Dutchwoman Ecuadorian
Egyptian English/Englishman/Englishwoman Eritrean Estonian Ethiopian Fijian Filipino Finnish/Finn French/Frenchman/Frenchwoman
Georgian German Ghanaian Greek Guatemalan Haitian Honduran Hungarian Icelandic/Icelander
Indian Indonesian Iranian Iraqi Irish/Irishman/Irishwoman Israeli Italian Ivorian Jamaican Japanese
Jordanian Kazakh Kenyan Korean Kosovan Kuwaiti Latvian Lebanese Liberian Libyan Lithuanian
Luxembourgish Malaysian Maltese Mexican Moldovan Mongolian Montenegrin Moroccan Namibian
Nepalese Nigerian Norwegian Pakistani Palestinian Panamanian Paraguayan Peruvian
Polish/Pole Portuguese Qatari Romanian Russian Rwandan Saudi Scottish/Scot/Scotsman/Scotswoman Senegalese
Serbian Singaporean Slovak Slovenian Somali Soviet Spanish/Spaniard Sudanese Swedish/Swede
Swiss Syrian Taiwanese Tanzanian Thai Tunisian Turkish/Turk Ugandan Ukrainian Uruguayan
Uzbek Venezuelan Vietnamese Welsh/Welshman/Welshwoman Yemeni Zambian Zimbabwean
"""
# Each nationality's words, to its adjective: "Swede" -> "Swedish".
NATIONALITIES = {word: entry.split("/")[0] for entry in _TABLE.split() for word in entry.split("/")}
# One of a nation's people, before a name: "Englishman William John Wills".
DEMONYM_PEOPLE = frozenset(word for entry in _TABLE.split() for word in entry.split("/")[1:])

# What a sentence may open with about what it tells of next: "Founded in 1870, it…".
FOUNDED = "Founded|Established|Built|Opened|Launched|Formed|Created|Started"
