"""Plain nouns a question writer asks for: what someone died of or caught ("died of
heart failure"), a weapon, a drug ("smuggled cocaine"), a thing named by its class
("the chemical element meitnerium", "hákarl, a traditional dish") and a species'
scientific name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lemminflect import getAllLemmas

from quiz.authoring.drafting.clauses import OPENERS
from quiz.authoring.drafting.mentions import Sentence
from quiz.authoring.drafting.patterns import SCORES, Found
from quiz.authoring.drafting.questions import question_for
from quiz.authoring.drafting.subjects import lower_first, plausible_subject
from quiz.authoring.drafting.verbs import do_support, finite_verb
from quiz.authoring.drafting.words import AUXILIARIES, COMMON, THING_CLASSES

# "the Arctic tern (Sterna paradisaea)": a creature's common name and its binomial.
_SPECIES = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+ )?[a-z]+(?: [a-z]+){0,2}) \(([A-Z][a-z]+ [a-z]{3,})\)")
# Illnesses by name: a quiz asks what someone died of or caught.
_DISEASE = (r"(?:[a-z]+(?:itis|osis|aemia|emia)|malaria|pneumonia|typhus|typhoid|cholera|plague|"
            r"smallpox|measles|influenza|tuberculosis|diphtheria|polio|leprosy|dysentery|scurvy|"
            r"rabies|dengue|anthrax|sepsis|syphilis|(?:[a-z]+ )?(?:cancer|fever|flu))")
_THING = re.compile(
    r"\b(?:died|dies|die|dying) (?:of|from) ((?:a |an )?[a-z]+"
    r"(?: (?!(?:in|on|at|within|after|before|during|aged|at|while|when|and|or|for|soon|shortly|"
    r"later|weeks|days|months|years)\b)[a-z]+)?)(?![\w-])"
    rf"|\b(?:caught|contracted|developed|(?:an )?(?:outbreak|epidemic)s? of|cases of|infected with) ({_DISEASE})\b"
    r"(?!,? (?:and|or) )"  # "caught malaria and tuberculosis": one of two is no answer
    r"|\b(?:suffered|suffering|suffers|diagnosed|contracted) (?:from |with )?"
    r"((?!(?:a|an|the|his|her|their|from|with)\b)[a-z]+(?: (?!(?:and|or|in|at|on|for|which|that)\b)[a-z]+)?)"
    r"(?=[,.;]| (?:which|that|and|in|at|for|when|after|within|during|while|on)\b)"
    r"|\b(?:killed|beaten|struck|attacked|murdered|hit|stabbed|armed) [^.,;]{0,30}?"
    r"\b(?:with|using) ((?:a|an) [a-z]+)"
    r"|\b(?:smuggl|traffick|export|import|grow|grew|produc|invent|discover|sell|sold|deal)"
    r"[a-z]* ((?:[a-z]+ )?(?:cocaine|heroin|marijuana|cannabis|opium|methamphetamine|"
    r"fentanyl|arms|weapons|gold|diamonds|oil|cigarettes|alcohol|whisky|rum))\b")
_CLASS = "|".join(sorted(THING_CLASSES))
_DESCRIBED_THING = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?) (?:[a-z]+ )?(?:{_CLASS})(,)? ([a-z]+)(?=[.,;:)]| \(|$)"
    rf"|(?<![\w-])([a-z]+), (?:a|an|the only) (?:[a-z]+ ){{0,2}}(?:{_CLASS})\b")
# Without a comma, only a word the dictionary does not know is the thing named
# ("the chemical element meitnerium"); "a fish merchant" is a merchant.


def thing_facts(sentence: Sentence) -> Iterator[Found]:
    """"died of heart failure", "killed with a hammer", "smuggled cocaine", "the
    chemical element meitnerium", "hákarl, a traditional dish", "the Arctic tern
    (Sterna paradisaea)"."""
    for match in _DESCRIBED_THING.finditer(sentence.text):
        group = 2 if match.group(2) else 3
        start, end = match.span(group)
        word = sentence.text[start:end]
        if group == 2 and not match.group(1) and getAllLemmas(word):
            continue
        # "a pair of scissors, the only tool": a noun, whatever verb it also spells.
        if word not in COMMON and (not finite_verb(word) or group == 3 and "NOUN" in getAllLemmas(word)):
            yield Found("thing", start, end, SCORES["thing"],
                        question_for(sentence, start, end, "thing"))
    for match in _SPECIES.finditer(sentence.text):
        yield Found("species", *match.span(2), SCORES["species"],
                    f"What is the scientific name of the {match.group(1)}?")
    for match in _THING.finditer(sentence.text):
        group = next(i for i in range(1, 6) if match.group(i))
        start, end = match.span(group)
        if sentence.text[start:end].split()[-1] in COMMON:
            continue
        ask = question_for(sentence, start, end, "thing")
        yield Found("thing", start, end, SCORES["thing"], ask and _what_first(ask))


_WHAT_LAST = re.compile(r"(?P<subject>[A-Z][^?,]*?) (?P<aux>(?:had|has|have) )?(?P<verb>[a-z]+) "
                        r"(?P<preposition>(?:of|from|with) )?what(?P<tail>[^?]*)\?")


def _what_first(ask: str) -> str:
    """"Cadogan died of what in 1893?" -> "What did Cadogan die of in 1893?": the
    question word first, as a quiz writes it, where the subject is plainly one."""
    match = _WHAT_LAST.fullmatch(ask)
    if match is None or not plausible_subject(match.group("subject")) or match.group(
            "subject").split()[0].lower() in OPENERS or any(
            w in AUXILIARIES or w.endswith("ly") for w in match.group("subject").split()):
        return ask  # "Wegener had probably died of what…?": the verb is more than one word
    subject, aux = lower_first(match.group("subject")), match.group("aux")
    verb = f"{aux}{match.group('verb')}" if aux else do_support(match.group("verb"))
    if verb is None or " " not in verb:
        return ask
    helper, base = verb.split()
    return f"What {helper} {subject} {base} {match.group('preposition') or ''}".rstrip() + f"{match.group('tail')}?"
