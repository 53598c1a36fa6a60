"""The drafter's figures on a set of articles with hand-written gold lists.

    python tests/authoring/drafting_set/measure.py [--verbose] [--check]

Each ARTICLE.txt here is drafted with draft_pack and its facts are judged
against ARTICLE.gold.yaml: the facts a question writer would pick (`gold`,
which recall counts) and answers a writer would not object to (`fine`).
Only the drafter's public output (the pack's YAML) is read, and the game's own
loader, generator and answer matching judge it, so the figures say what a
player of the drafted pack would meet.

A drafted fact is:
- as-is: its answer is a gold or fine answer, and its ask is a real question
  (see flaws());
- a light edit: its answer matches, its ask has a flaw but at most 35 words;
- a repeat: its answer matches only gold entries an earlier fact already took
  (one fact per thing asked: a writer deletes the second);
- off subject: its question names another answer's subject and none of its
  own (most often the wrong answer to it);
- unusable otherwise.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from quiz.authoring.drafting import draft_pack
from quiz.authoring.names import title_from_stem
from quiz.core.answers import answer_key, contains_term, fold, meaning
from quiz.core.forms import same_item
from quiz.core.generate import FALSE, generate
from quiz.core.loader import load_data
from quiz.core.options import asks
from quiz.core.spoilers import Horizon, gate
from quiz.core.yamltext import printable_line

HERE = Path(__file__).resolve().parent
SEEDS = ("1", "2", "3", "4", "5")
AS_IS_WORDS, LIGHT_EDIT_WORDS = 20, 35
# The targets, for --check.
TARGETS = "usable >= 80%, as-is >= 50%, recall >= 80%, MC two right == 0, " \
          "true False == 0, mean prompt words <= 15"
# Third-person pronouns: one before any name in a question has nothing to refer to.
_PRONOUNS = {"he", "she", "him", "his", "her", "hers", "they", "them", "their", "theirs"}
_ACRONYM_SKIP = {"of", "the", "and", "for", "&"}
_ENDINGS = {"s", "es", "d", "ed"}
# What a question's first words ask for, and the gold kinds that answer it.
_WH = {wh: re.compile(pattern, re.I) for wh, pattern in (
    ("who", r"who(m|se)?\b"), ("when", r"when\b"), ("where", r"where\b"),
    ("how many", r"how (many|much)\b"), ("what year", r"(in )?(what|which) year\b"))}
_WH_KINDS = {
    "who": {"person", "organization"}, "when": {"date", "year", "time", "event"},
    "where": {"place", "organization", "event"},
    "how many": {"count", "money", "percent", "duration", "age", "score"},
    "what year": {"year"},
}
_WHO = re.compile(r"(who|whom|whose|which (actor|actress|person|player|character))\b", re.I)


@dataclass(frozen=True)
class Gold:
    answer: str
    accept: tuple[str, ...]
    about: tuple[str, ...]
    also_right: tuple[str, ...]
    kind: str
    counted: bool  # a `gold` entry (recall counts it), not a `fine` one

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.answer, *self.accept)


@dataclass(frozen=True)
class Drafted:
    ask: str
    answer: str
    accept: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.answer, *self.accept)


def load_gold(path: Path) -> list[Gold]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Gold(str(e["answer"]), tuple(map(str, e.get("accept", ()))),
                 tuple(map(str, e.get("about", ()))), tuple(map(str, e.get("also_right", ()))),
                 str(e.get("kind", "")), counted=section == "gold")
            for section in ("gold", "fine") for e in data.get(section) or ()]


def same(a: str, b: str) -> bool:
    """One answer in two forms, as the game judges a typed answer: the same
    key, or the same words, numbers and dates however written (a typo aside)."""
    said_a, said_b = _said(a), _said(b)
    return answer_key(a) == answer_key(b) or (
        bool(said_a) and len(said_a) == len(said_b)
        and all(same_item(x, y) for x, y in zip(said_a, said_b)))


# Remembered: every answer is compared with every gold form, for every seed.
_said = lru_cache(maxsize=None)(meaning)


def same_any(these: tuple[str, ...], those: tuple[str, ...]) -> bool:
    return any(same(a, b) for a in these for b in those)


def _same_word(a: str, b: str) -> bool:
    """One word, or it with an ending ("die"/"died", "form"/"formed")."""
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) > 2 and long.startswith(short)
                             and long[len(short):] in _ENDINGS)


def mentions(ask: str, term: str) -> bool:
    """Does the ask name the term (folded, whole words, endings aside)?"""
    words, wanted = fold(ask).split(), fold(term).split()
    return bool(wanted) and any(
        all(_same_word(w, t) for w, t in zip(words[i:i + len(wanted)], wanted))
        for i in range(len(words) - len(wanted) + 1))


def names_any(ask: str, terms: tuple[str, ...]) -> bool:
    return any(mentions(ask, term) for term in terms)


def flaws(ask: str, forms: tuple[str, ...], about: tuple[str, ...], kind: str = "") -> list[str]:
    """Why the ask is not a real question ready to print; [] if it is one."""
    found = []
    if not ask.rstrip().endswith("?"):
        found.append("no '?'")
    if not is_question(ask):
        found.append("a blank to fill")
    if len(ask.split()) > AS_IS_WORDS:
        found.append(f"over {AS_IS_WORDS} words")
    if any(contains_term(ask, form) for form in forms):
        found.append("holds its answer")
    if not names_any(ask, about):
        found.append("names none of " + "/".join(about))
    wh = next((w for w, pattern in _WH.items() if pattern.match(ask)), "")
    if wh and kind and kind not in _WH_KINDS[wh]:
        found.append(f"asks '{wh}' for a {kind}")
    return found + grammar_flaws(ask)


def is_question(ask: str) -> bool:
    """A question of its own, not a sentence of the article with a blank in it."""
    return "__" not in ask and not ask.lower().startswith("fill in the blank")


def grammar_flaws(ask: str) -> list[str]:
    """Signs that a question does not read as English: a pronoun before any
    name it could stand for ("Who did he marry?"), unbalanced quotes or
    brackets, two sentences in one, a citation marker, a lower-case start."""
    found = []
    words = re.findall(r"[\w'’-]+", ask)
    for index, word in enumerate(words):
        if index and word[0].isupper():
            break
        if word.lower() in _PRONOUNS:
            found.append(f"'{word}' names no one")
            break
    if (ask.count('"') % 2 or ask.count("“") != ask.count("”")
            or ask.count("(") != ask.count(")") or ask.count("[") != ask.count("]")):
        found.append("unbalanced quotes or brackets")
    if ";" in ask:
        found.append("two sentences joined by ';'")
    if re.search(r"\[\d+\]", ask):
        found.append("a citation marker")
    if ask[:1].islower():
        found.append("lower-case start")
    return found


@dataclass
class Judged:
    fact: Drafted
    verdict: str  # as-is, light edit, repeat, off subject, unusable
    flaws: tuple[str, ...] = ()
    gold: Gold | None = None


def judge(facts: list[Drafted], golds: list[Gold]) -> list[Judged]:
    """Each fact takes the first gold entry its answer matches that no earlier
    fact took, one its ask is about first, then one recall counts. A question
    that names none of its answer's subjects but another answer's (a name) asks
    something else: "Which actor plays Churchill?" answered "Northam". (A
    sentence with a blank is true whatever else it names.)"""
    taken: set[int] = set()
    out = []
    for fact in facts:
        hits = [i for i, gold in enumerate(golds) if same_any(fact.forms, gold.forms)]
        free = sorted((i for i in hits if i not in taken),
                      key=lambda i: (not names_any(fact.ask, golds[i].about), not golds[i].counted))
        if not hits:
            out.append(Judged(fact, "unusable", ("not a gold answer",)))
            continue
        if is_question(fact.ask) and not names_any(
                fact.ask, tuple(t for i in hits for t in golds[i].about)):
            other = next((t for i, g in enumerate(golds) if i not in hits for t in g.about
                          if t[:1].isupper() and mentions(fact.ask, t)), "")
            if other:
                out.append(Judged(fact, "off subject", (f"asks about {other}, not its answer",)))
                continue
        if not free:
            out.append(Judged(fact, "repeat"))
            continue
        taken.add(free[0])
        gold = golds[free[0]]
        problems = tuple(flaws(fact.ask, fact.forms + gold.forms, gold.about, gold.kind))
        if not problems:
            verdict = "as-is"
        elif len(fact.ask.split()) <= LIGHT_EDIT_WORDS:
            verdict = "light edit"
        else:
            verdict = "unusable"
        out.append(Judged(fact, verdict, problems, gold))
    return out


def initials(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


@dataclass(frozen=True)
class Answer:
    """What a question's answer is, for telling whether an option is it too."""

    forms: tuple[str, ...]
    also_right: tuple[str, ...] = ()
    person: bool = False  # a person's surname alone then names them


def another_form(option: str, answer: Answer, person: bool = False) -> str:
    """Why a wrong option is right after all ('' when it is truly wrong).
    `person`: the option is a person's name (the answer may be one too)."""
    if same_any((option,), answer.forms):
        return "the answer in another form"
    if any(same(option, right) for right in answer.also_right):
        return "also right"
    option_words = fold(option).split()
    for form in answer.forms:
        short, full = sorted((option_words, fold(form).split()), key=len)
        if ((answer.person or person) and len(short) == 1 and short[0].isalpha() and len(full) >= 2
                and short[0] == full[-1]):
            return "a surname of the answer"
        if any(text.replace(".", "").isupper() and text.replace(".", "") == initials(other)
               for text, other in ((option, form), (form, option))):
            return "an acronym of the answer"
    return ""


def _article_free(text: str) -> str:
    return re.sub(r"\b[Aa]n?\b", "a", text)


def game_checks(pack_yaml: str, file: str, golds: list[Gold]) -> tuple[dict, dict, list[str]]:
    """Multiple-choice questions with a second right option, and "False"
    statements that are true, as the game generates them with every fact
    visible: {ask id: reason or ''} for each, and the pack's load errors."""
    loaded = load_data(pack_yaml.encode("utf-8"), file)
    if loaded.pack is None:
        return {}, {}, [printable_line(str(p)) for p in loaded.errors]
    view = gate(loaded.pack, Horizon.everything())
    by_id = {ask.id: ask for fact in view.facts for ask in asks(fact)}
    pool = {a.answer for a in by_id.values()} | {d for a in by_id.values() for d in a.distractors}

    def why(ask_id: str, option: str) -> str:
        reason = another_form(option, answer_of(ask_id), a_person(option))
        return f"{option!r}: {reason}" if reason else ""

    @lru_cache(maxsize=None)
    def a_person(text: str) -> bool:
        return any(g.kind == "person" and same_any((text,), g.forms) for g in golds)

    @lru_cache(maxsize=None)
    def answer_of(ask_id: str) -> Answer:
        """An ask's answer in every form it and the gold entries it matches
        give; what is also right for the gold question it asks; whether it is
        a person (a gold person, or asked for with "who")."""
        ask = by_id[ask_id]
        matched = [g for g in golds if same_any(ask.forms, g.forms)]
        return Answer(ask.forms + tuple(f for g in matched for f in g.forms),
                      tuple(r for g in matched if names_any(ask.ask, g.about)
                            for r in g.also_right),
                      any(g.kind == "person" for g in matched) or bool(_WHO.match(ask.ask)))

    choice: dict[str, str] = {}
    false: dict[str, str] = {}
    for seed in SEEDS:
        for q in generate(view, seed, types=("choice",)):
            wrong = list(q.choices)
            wrong.remove(q.answer)
            choice[q.id] = choice.get(q.id) or next(filter(None, (why(q.id, w) for w in wrong)), "")
        for q in generate(view, seed, types=("true-false",)):
            if q.answer != FALSE:
                continue
            ask = by_id[q.id]
            swapped = [o for o in pool if _article_free(
                ask.fact.statement.replace(ask.answer, o, 1)) == _article_free(q.prompt)]
            false[q.id] = false.get(q.id) or (why(q.id, swapped[0]) if swapped else "")
    return choice, false, []


@dataclass
class Row:
    name: str
    judged: list[Judged]
    gold: int
    found: int
    choice: dict
    false: dict

    def count(self, *verdicts: str) -> int:
        return sum(j.verdict in verdicts for j in self.judged)


def measure(article: Path) -> tuple[Row, list[str]]:
    """One article's row, and what --verbose tells about it."""
    golds = load_gold(article.with_name(article.stem + ".gold.yaml"))
    text = draft_pack(article.read_text(encoding="utf-8"), pack_id=article.stem,
                      title=title_from_stem(article.stem))
    facts = [Drafted(str(f.get("ask", "")), str(f.get("answer", "")),
                     tuple(map(str, f.get("accept") or ())))
             for f in yaml.safe_load(text).get("facts") or ()]
    judged = judge(facts, golds)
    found = {id(j.gold) for j in judged if j.gold and j.gold.counted}
    choice, false, errors = game_checks(text, article.stem + ".yaml", golds)
    notes = [f"pack does not load: {e}" for e in errors]
    for j in judged:
        notes.append(f"  {j.verdict:<10} {printable_line(j.fact.ask)}  ->  "
                     f"{printable_line(j.fact.answer)}"
                     + (f"   [{'; '.join(j.flaws)}]" if j.flaws else ""))
    notes += [f"  missed     {g.answer}" for g in golds if g.counted and id(g) not in found]
    notes += [f"  MC two right   {k}: {printable_line(v)}" for k, v in choice.items() if v]
    notes += [f"  true False     {k}: {printable_line(v)}" for k, v in false.items() if v]
    counted = sum(g.counted for g in golds)
    return Row(article.stem, judged, counted, len(found), choice, false), notes


def pct(part: int, whole: int) -> float:
    return 100 * part / whole if whole else 0.0


COLUMNS = (("article", 24), ("facts", 6), ("usable", 8), ("as-is", 7), ("repeat", 7),
           ("off subject", 12), ("recall", 12), ("words", 6), ("median", 7), ("MC 2-right", 11),
           ("true False", 11))


def cells(texts: list[str]) -> str:
    return texts[0].ljust(COLUMNS[0][1]) + "".join(
        text.rjust(width) for text, (_, width) in zip(texts[1:], COLUMNS[1:]))


def line(name: str, rows: list[Row]) -> tuple[str, dict[str, float]]:
    """One line of the table, and its figures for --check."""
    judged = [j for r in rows for j in r.judged]
    words = [len(j.fact.ask.split()) for j in judged] or [0]
    gold, found = sum(r.gold for r in rows), sum(r.found for r in rows)
    choices, falses = [v for r in rows for v in r.choice.values()], \
        [v for r in rows for v in r.false.values()]
    figures = {
        "usable": pct(sum(r.count("as-is", "light edit") for r in rows), len(judged)),
        "as-is": pct(sum(r.count("as-is") for r in rows), len(judged)),
        "recall": pct(found, gold),
        "mc": sum(map(bool, choices)),
        "false": sum(map(bool, falses)),
        "words": statistics.mean(words),
    }
    return cells([
        name, str(len(judged)), f"{figures['usable']:.0f}%", f"{figures['as-is']:.0f}%",
        str(sum(r.count("repeat") for r in rows)), str(sum(r.count("off subject") for r in rows)),
        f"{found}/{gold} {figures['recall']:.0f}%", f"{figures['words']:.1f}",
        f"{statistics.median(words):g}", f"{figures['mc']}/{len(choices)}",
        f"{figures['false']}/{len(falses)}",
    ]), figures


def meets_targets(f: dict[str, float]) -> bool:
    return (f["usable"] >= 80 and f["as-is"] >= 50 and f["recall"] >= 80
            and f["mc"] == 0 and f["false"] == 0 and f["words"] <= 15)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="the verdict on every fact")
    parser.add_argument("--check", action="store_true", help=f"exit 1 unless {TARGETS}")
    parser.add_argument("--set", type=Path, default=HERE, metavar="DIR",
                        help="another folder of ARTICLE.txt and ARTICLE.gold.yaml (default: this one)")
    args = parser.parse_args(argv)
    print(cells([title for title, _ in COLUMNS]))
    rows = []
    for article in sorted(args.set.glob("*.txt")):
        row, notes = measure(article)
        rows.append(row)
        print(line(row.name, [row])[0])
        if args.verbose:
            print("\n".join(notes))
    total, figures = line("TOTAL", rows)
    print(total)
    if args.check and not meets_targets(figures):
        print(f"Below the targets ({TARGETS}).")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
