"""The article set that measures `quiz draft` (tests/authoring/drafting_set/):
sound enough to trust its figures, a script that prints them, and the drafter
meeting the targets issue 13 set on it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from quiz.core.answers import contains_term
from tests.conftest import run_python

SET = Path(__file__).resolve().parent / "drafting_set"
ARTICLES = sorted(SET.glob("*.txt"))
# The sets kept away from tuning (measure.py --set DIR) must be as sound as the first.
KEPT_APART = sorted(Path(__file__).resolve().parent.glob("drafting_holdout*/*.txt"))
KINDS = {"person", "place", "organization", "work", "event", "date", "year", "money", "count",
         "percent", "duration", "age", "ordinal", "score", "time", "demonym", "thing"}
KEYS = {"answer", "accept", "about", "kind", "also_right"}


def _measure_module():
    """measure.py is a script, not a module of a package: loaded from its file
    (and registered, as its dataclasses need)."""
    name = "drafting_set_measure"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, SET / "measure.py")
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) and item for item in value)


def test_the_set_has_at_least_ten_articles_each_with_a_gold_list() -> None:
    assert len(ARTICLES) >= 10
    for article in ARTICLES:
        assert article.with_name(article.stem + ".gold.yaml").is_file(), article.name


@pytest.mark.parametrize("article", ARTICLES, ids=lambda path: path.stem)
def test_every_gold_answer_is_in_its_article(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    assert 250 <= len(text.split()) <= 600
    data = yaml.safe_load(article.with_name(article.stem + ".gold.yaml").read_text("utf-8"))
    assert set(data) <= {"gold", "fine"}
    assert 8 <= len(data["gold"]) <= 16
    for section in ("gold", "fine"):
        for entry in data.get(section) or ():
            # A number left unquoted would be read as an int ("1:23" as 83).
            answer = entry["answer"]
            assert isinstance(answer, str) and set(entry) <= KEYS, entry
            assert entry.get("kind", "thing" if section == "fine" else None) in KINDS, entry
            for key in ("accept", "about", "also_right"):
                assert key not in entry or _strings(entry[key]), entry
            assert entry["about"], entry
            assert any(contains_term(text, form) for form in (answer, *entry.get("accept", ()))), \
                f"{answer!r} is not in {article.name}"
            assert any(contains_term(text, term) for term in entry["about"]), \
                f"nothing {answer!r} is about is in {article.name}"


@pytest.mark.parametrize("article", KEPT_APART, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_every_answer_of_a_set_kept_apart_is_in_its_article(article: Path) -> None:
    """Their `about` words may be a question's own ("nationality"), not the article's;
    their answers, kinds and forms hold as the first set's do."""
    text = article.read_text(encoding="utf-8")
    data = yaml.safe_load(article.with_name(article.stem + ".gold.yaml").read_text("utf-8"))
    assert set(data) <= {"gold", "fine"} and 8 <= len(data["gold"]) <= 16
    for section in ("gold", "fine"):
        for entry in data.get(section) or ():
            assert isinstance(entry["answer"], str) and set(entry) <= KEYS, entry
            assert entry.get("kind", "thing" if section == "fine" else None) in KINDS, entry
            assert any(contains_term(text, form)
                       for form in (entry["answer"], *entry.get("accept", ()))), entry


def test_the_judge_tells_a_question_from_a_blank_a_repeat_and_a_wrong_pairing() -> None:
    measure = _measure_module()
    golds = [measure.Gold("John Lithgow", ("Lithgow",), ("Winston Churchill", "Churchill"), (),
                          "person", counted=True),
             measure.Gold("Jeremy Northam", ("Northam",), ("Anthony Eden", "Eden"), (),
                          "person", counted=True)]
    facts = [measure.Drafted("Which actor plays Winston Churchill?", "John Lithgow", ()),
             measure.Drafted("Fill in the blank: ____ plays Churchill.", "Lithgow", ()),
             measure.Drafted("Which actor plays Churchill?", "Northam", ()),
             measure.Drafted("Who did he play in The Crown?", "Jeremy Northam", ()),
             measure.Drafted("Which actor plays Peter Townsend?", "Ben Miles", ())]
    verdicts = [judged.verdict for judged in measure.judge(facts, golds)]
    assert verdicts == ["as-is", "repeat", "off subject", "light edit", "unusable"]


def test_the_judge_finds_a_second_right_option_in_any_of_its_forms() -> None:
    measure = _measure_module()
    person = measure.Answer(("Steve Murphy",), person=True)
    assert measure.another_form("Murphy", person)
    assert measure.another_form("Drug Enforcement Administration",
                                measure.Answer(("DEA",)))
    assert measure.another_form("September 1, 1936", measure.Answer(("1 September 1936",)))
    assert measure.another_form("Mick Fleetwood",
                                measure.Answer(("Peter Green",), also_right=("Mick Fleetwood",)))
    # Truly wrong options: another person of the same surname's first name,
    # another day, a place whose last word is the answer's.
    assert not measure.another_form("Javier Pena", person)
    assert not measure.another_form("2 September 1936", measure.Answer(("1 September 1936",)))
    assert not measure.another_form("University", measure.Answer(("Open University",)))


def test_the_script_prints_a_line_per_article_and_the_total_and_the_targets_are_met(
        quiz_home: Path) -> None:
    done = run_python(quiz_home, str(SET / "measure.py"), "--check", timeout=600)
    assert done.returncode == 0, done.stdout[-400:] + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines[1:-1]] == [a.stem for a in ARTICLES]
    assert lines[-1].startswith("TOTAL")
