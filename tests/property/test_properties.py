"""Properties over generated input: the loader, answer folding, the spoiler gate,
and saving scores from two games at once.

Hypothesis runs derandomized (the same examples on every run, so CI cannot go
red by luck) with modest example counts; raise them locally to hunt.
"""

from __future__ import annotations

import dataclasses
import json
import re
import string
import tempfile
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quiz.core.answers import answer_key, fold, matches
from quiz.core.generate import QUESTION_TYPES, generate
from quiz.core.loader import Loaded, load_data, load_pack
from quiz.core.pack import (
    NONE_LEVEL, UNREVIEWED_LEVEL, Fact, HandQuestion, Level, Pack, Source,
)
from quiz.core.round import Round, RoundConfig
from quiz.core.scorebook import RANKED_MODES, AnswerRecord, Session, now_text
from quiz.core.spoilers import Horizon, gate
from quiz.store.scores import ScoreStore
from tests.core import helpers

TESTS = Path(__file__).resolve().parent.parent


def props(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# -- the loader -------------------------------------------------------------------------

# What a pack problem may never hold: it is printed to a terminal. (A tab or a
# newline may come in with a key it quotes; the pack may hold those.)
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The only problems with no line: the file as a whole could not be read.
WHOLE_FILE = re.compile(r"file is [\d,]+ bytes; packs are limited to 4 MiB"
                        r"|file is over the 4 MiB limit for packs|cannot read: .+")
# What YAML counts as a line break, once CRLF is folded and lone CRs refused.
BREAKS = re.compile("\n|\u2028|\u2029")


def check_loaded(loaded: Loaded, data: bytes) -> None:
    """A pack, or the errors that stop it: never both, never neither."""
    assert (loaded.pack is None) == bool(loaded.errors), loaded.problems
    try:
        lines = len(BREAKS.findall(data.decode("utf-8-sig").replace("\r\n", "\n"))) + 1
    except UnicodeDecodeError:
        lines = data.count(b"\n") + 1
    for problem in loaded.problems:
        assert problem.message and not UNSAFE.search(problem.message), problem
        assert problem.where.file == loaded.path
        # load_data is given bytes, so nothing is whole-file: every problem has a
        # line, at most the one just past a last line without a newline.
        assert 1 <= problem.where.line <= lines + 1, (problem, lines)
        assert problem.where.column >= 1, problem
    if loaded.pack is not None:
        # Whatever the loader accepts, the game can ask.
        view = gate(loaded.pack, Horizon.everything())
        questions = generate(view, "1")
        assert len(questions) == len(view.entry_ids)  # a fact with a reverse makes two
        assert len({q.id for q in questions}) == len(questions)


@props(300)
@given(st.binary(max_size=300))
def test_the_loader_never_crashes_on_any_bytes(data: bytes) -> None:
    check_loaded(load_data(data, "any.yaml"), data)


YAML_CHARS = st.sampled_from(list(":-[]{},&*!|>'\"#%@`? \n\t\\") + list("ab1_é\u2028\ufeff\x1b\x85"))


@props(300)
@given(st.text(YAML_CHARS, max_size=120) | st.text(max_size=60))
def test_the_loader_never_crashes_on_any_text(text: str) -> None:
    data = text.encode()
    check_loaded(load_data(data, "any.yaml"), data)


# A grammar of the keys and values packs have, and the YAML that hurts.
KEYS = ["format", "id", "title", "description", "sources", "spoilers", "levels",
        "safe_through", "facts", "questions", "kind", "statement", "ask", "answer", "accept",
        "distractors", "explain", "source", "topic", "spoiler", "type", "prompt", "choices",
        "label", "terms", "url", "extra", "<<", '"id"', "? id"]
RAW_VALUES = ["", "1", "2", "no", "yes", "~", "null", "1:30", "1e3", "0x1F", ".inf", "[]", "{}",
              "[a, b]", "{a: b}", "[a, [b]]", "&a x", "*a", "!!str x", "!x y", "! y", "'q'",
              '"d"', '"\\e[2J"', '"\\u202e"', '"\\x9b"', '"\\N"', '"\\L"', "|", ">", "|-",
              "- a", "[", "{", "]", "article", "article#2", "article#0", "nope#1", "none",
              "unreviewed", "season-1", "season-2", "choice", "true-false", "text", "true",
              "Félix", "[@click=app.quit]x[/]", "a: b", "#c", "x #c", "---", "...", "%TAG",
              "- - x", "? x", ": x", "'", '"', "@x", "`x`", "\t"]
SCALARS = st.sampled_from(RAW_VALUES) | st.text(string.ascii_letters + " -#:'é", max_size=12)
TREES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner,
                                                                max_size=5),
    max_leaves=30)


def render(node, indent: int = 0) -> list[str]:
    """Block YAML for a tree whose scalars are pasted in as written."""
    pad = " " * indent
    if isinstance(node, dict):
        if not node:
            return [pad + "{}"]
        out = []
        for key, value in node.items():
            if isinstance(value, str):
                out.append(f"{pad}{key}: {value}".rstrip(" "))
            else:
                out.append(f"{pad}{key}:")
                out += render(value, indent + 2)
        return out
    if isinstance(node, list):
        if not node:
            return [pad + "[]"]
        out = []
        for item in node:
            if isinstance(item, str):
                out.append(f"{pad}- {item}".rstrip(" "))
            else:
                out.append(f"{pad}-")
                out += render(item, indent + 2)
        return out
    return [pad + node]


# Mostly what a pack should hold, now and then anything at all: the loader's
# checks and the lint then run on packs that nearly load.
WORDS_OK = st.sampled_from(["Diego Luna", "1989", "no", "Félix Gallardo", "alpha", "beta",
                            "prison", "kidnapped", "[b]x[/b]", "a-b", "Luna", "!!"]).map(
    json.dumps)  # a JSON string is a double-quoted YAML scalar


def mostly(valid, hostile=SCALARS | TREES):
    return st.one_of(valid, valid, valid, valid, valid, hostile)


ENTRY = st.fixed_dictionaries(
    {"id": mostly(st.sampled_from(["a", "b", "c", "a-1"])),
     "kind": mostly(st.sampled_from(["actor", "year"])),
     "statement": mostly(WORDS_OK), "ask": mostly(WORDS_OK), "answer": mostly(WORDS_OK)},
    optional={"spoiler": mostly(st.sampled_from(["none", "season-1", "season-2", "unreviewed",
                                                 "later"])),
              "accept": mostly(st.lists(WORDS_OK, max_size=2)),
              "distractors": mostly(st.lists(WORDS_OK, max_size=3)),
              "explain": mostly(WORDS_OK),
              "source": mostly(st.sampled_from(["article", "article#2", "article#0", "x#1"])),
              "topic": mostly(st.sampled_from(["show", "history"])),
              "type": mostly(st.sampled_from(["choice", "true-false", "text"])),
              "prompt": mostly(WORDS_OK), "choices": mostly(st.lists(WORDS_OK, max_size=3)),
              "extra": SCALARS})
PACKISH = st.fixed_dictionaries(
    {"format": mostly(st.just("1")), "id": mostly(st.just("p")), "title": mostly(WORDS_OK)},
    optional={"description": mostly(WORDS_OK),
              "sources": mostly(st.just([{"id": "article", "title": "An article"}])),
              "spoilers": mostly(st.fixed_dictionaries(
                  {"levels": st.just([{"id": "season-1", "label": "Season 1",
                                       "terms": ["kidnapped"]},
                                      {"id": "season-2", "label": "Season 2",
                                       "terms": ["prison"]}])},
                  optional={"safe_through": st.sampled_from(["season-1", "none", "x"])})),
              "questions": mostly(st.lists(ENTRY, max_size=3))})
PACKISH = st.tuples(PACKISH, mostly(st.lists(ENTRY, min_size=1, max_size=4))).map(
    lambda parts: {**parts[0], "facts": parts[1]})


# slow: hundreds of generated packs or rounds; CI runs it with `pytest -m slow`
@pytest.mark.slow
@props(600)
@given(st.one_of(TREES, PACKISH, PACKISH.map(lambda pack: [pack])),
       st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_the_loader_never_crashes_on_yaml_built_from_the_keys_of_a_pack(
        tree, newline: str, bom: bool) -> None:
    data = ("\ufeff" if bom else "") + newline.join(render(tree)) + newline
    encoded = data.encode()
    check_loaded(load_data(encoded, "grammar.yaml"), encoded)


DEMO = (TESTS / "packs" / "demo.yaml").read_text(encoding="utf-8").splitlines()
EDITS = st.lists(st.tuples(st.sampled_from(["delete", "duplicate", "swap", "value", "indent"]),
                           st.integers(0, len(DEMO) - 1), st.integers(0, len(DEMO) - 1),
                           st.sampled_from(RAW_VALUES)), min_size=1, max_size=6)


@props(300)
@given(EDITS)
def test_the_loader_never_crashes_on_a_valid_pack_edited_at_random(edits) -> None:
    lines = list(DEMO)
    for op, i, j, value in edits:
        i, j = i % len(lines), j % len(lines)
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "value" and ":" in lines[i]:
            lines[i] = lines[i].split(":", 1)[0] + ": " + value
        elif op == "indent":
            lines[i] = " " * (j % 7) + lines[i].lstrip(" ")
    data = ("\n".join(lines) + "\n").encode()
    check_loaded(load_data(data, "edited.yaml"), data)


def test_a_problem_without_a_line_is_only_ever_about_the_whole_file(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (4 * 1024 * 1024) + b"\n")
    loaded = load_pack(big)
    assert loaded.pack is None and len(loaded.problems) == 1
    problem = loaded.problems[0]
    assert problem.where.line == 0 and WHOLE_FILE.fullmatch(problem.message), problem
    assert problem.message == "file is 4,194,305 bytes; packs are limited to 4 MiB"


@pytest.mark.parametrize("char", ["\ufffe", "\uffff"])
def test_a_noncharacter_is_refused_on_its_line(char: str) -> None:
    data = f"format: 1\nid: x\ntitle: a{char}b\n".encode()
    loaded = load_data(data, "nonchar.yaml")
    assert loaded.pack is None
    problem = loaded.problems[0]
    assert (problem.where.line, problem.where.column) == (3, 9), problem
    assert "\n" not in problem.message


# -- answers ------------------------------------------------------------------------------

# Not an accent: case folding makes the Greek iota subscript the letter iota
# ("ᾳ" folds to "αι"), as Greek writes it beside a capital.
IOTA_SUBSCRIPT = "\u0345"
MARKS = st.characters(min_codepoint=0x300, max_codepoint=0x36F).filter(
    lambda c: c != IOTA_SUBSCRIPT)
PUNCTUATION = st.characters(categories=["Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Zs"])
LETTERS = st.characters(categories=["Lu", "Ll", "Lt", "Nd"])
WORDS = st.text(LETTERS | st.sampled_from(" -'.,"), max_size=20)


@props(500)
@given(st.text(max_size=30))
def test_fold_is_idempotent_and_gives_single_spaced_words(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == " ".join(folded.split(" ")) and "  " not in folded
    assert folded == folded.strip()
    assert all(re.fullmatch(r"[^\W_]+", word) for word in folded.split(" ") if word)
    assert answer_key(answer_key(text)) == answer_key(text)


@props(300)
@given(WORDS)
def test_answer_key_ignores_case(text: str) -> None:
    key = answer_key(text)
    assert answer_key(text.upper()) == key
    assert answer_key(text.lower()) == key
    assert answer_key(text.swapcase()) == key


@props(300)
@given(WORDS, st.data())
def test_answer_key_ignores_accents(text: str, data) -> None:
    bare = "".join(c for c in unicodedata.normalize("NFD", text)
                   if c == IOTA_SUBSCRIPT or not unicodedata.combining(c))
    assert answer_key(bare) == answer_key(text)
    marked = "".join(c + "".join(data.draw(st.lists(MARKS, max_size=2))) for c in text)
    assert answer_key(marked) == answer_key(text)


@props(300)
@given(WORDS, st.data())
def test_answer_key_ignores_punctuation_and_spacing(text: str, data) -> None:
    spaced = "".join(data.draw(st.text(PUNCTUATION, max_size=2)) + c for c in text)
    spaced += data.draw(st.text(PUNCTUATION, max_size=3))
    assert answer_key(spaced) == answer_key(text)


@props(300)
@given(WORDS, WORDS)
def test_matching_is_symmetric_and_needs_a_letter_or_digit(a: str, b: str) -> None:
    assert matches(a, [b]) == matches(b, [a])
    assert matches(a, [a]) == bool(answer_key(a))


# -- the spoiler gate -----------------------------------------------------------------------

# Every text is a token no other text holds by accident (⟨...⟩), unless it is
# drawn from a shared pool on purpose: hidden and visible entries then share it.
POOL = [f"⟨A{n}⟩" for n in range(6)]
TOPICS = ["", "⟨T1⟩", "⟨T2⟩"]


@st.composite
def packs(draw) -> Pack:
    n_levels = draw(st.integers(0, 3))
    levels = tuple(Level(f"lv{n}", f"⟨L{n}⟩", tuple(draw(st.lists(st.sampled_from(POOL),
                                                                     max_size=2))))
                   for n in range(1, n_levels + 1))
    spoilers = st.sampled_from([NONE_LEVEL, *(lv.id for lv in levels), UNREVIEWED_LEVEL])
    own = st.integers(0, 999)

    def text(prefix: str, entry_id: str) -> str:
        if draw(st.booleans()):
            return draw(st.sampled_from(POOL))
        return f"⟨{prefix}-{entry_id}-{draw(own)}⟩"

    facts = []
    for n in range(draw(st.integers(0, 8))):
        fid = f"f{n}"
        answer = text("ans", fid)
        with_answer = draw(st.booleans())
        facts.append(Fact(
            id=fid, spoiler=draw(spoilers), kind=draw(st.sampled_from(["k1", "k2"])),
            statement=f"⟨S-{fid}⟩ is {answer}" if with_answer else f"⟨S-{fid}⟩",
            ask=f"⟨Q-{fid}⟩", answer=answer,
            accept=tuple(text("acc", fid) for _ in range(draw(st.integers(0, 2)))),
            distractors=tuple(text("dis", fid) for _ in range(draw(st.integers(0, 4)))),
            explain=draw(st.sampled_from(["", f"⟨E-{fid}⟩"])),
            source=draw(st.sampled_from(["", "src", "src#2"])),
            topic=draw(st.sampled_from([*TOPICS, f"⟨T-{fid}⟩"]))))
    questions = []
    for n in range(draw(st.integers(0, 4))):
        qid = f"q{n}"
        kind = draw(st.sampled_from(QUESTION_TYPES))
        answer = draw(st.sampled_from(["true", "false"])) if kind == "true-false" else text("ans", qid)
        questions.append(HandQuestion(
            id=qid, type=kind, spoiler=draw(spoilers), prompt=f"⟨P-{qid}⟩", answer=answer,
            choices=tuple(text("ch", qid) for _ in range(draw(st.integers(1, 4))))
            if kind == "choice" else (),
            accept=tuple(text("acc", qid) for _ in range(draw(st.integers(0, 2))))
            if kind == "text" else (),
            explain=draw(st.sampled_from(["", f"⟨E-{qid}⟩"])),
            source=draw(st.sampled_from(["", "src#1"])),
            topic=draw(st.sampled_from([*TOPICS, f"⟨T-{qid}⟩"]))))
    return Pack(id="p", title="⟨title⟩", sources=(Source("src", "⟨source⟩"),), levels=levels,
                safe_through=draw(st.sampled_from([NONE_LEVEL, *(lv.id for lv in levels)])),
                facts=tuple(facts), questions=tuple(questions))


def horizons(pack: Pack) -> st.SearchStrategy[Horizon]:
    return st.sampled_from([None, NONE_LEVEL, *(lv.id for lv in pack.levels), "stale-level"]
                           ).map(Horizon)


def secrets(pack: Pack, limit: float) -> set[str]:
    """secret_texts, and the topics only hidden entries have."""
    entries = (*pack.facts, *pack.questions)
    seen = {e.topic for e in entries if pack.rank(e.spoiler) <= limit}
    topics = {e.topic for e in entries if e.topic and pack.rank(e.spoiler) > limit} - seen
    return helpers.secret_texts(pack, limit) | topics


def leaks(questions, hidden: set[str]) -> list[tuple[str, str]]:
    return [(q.id, secret) for q in questions for text in helpers.question_texts(q)
            for secret in hidden if secret in text]


SEEDS = st.text(string.ascii_letters + string.digits, min_size=1, max_size=6)


# slow: hundreds of generated packs or rounds; CI runs it with `pytest -m slow`
@pytest.mark.slow
@props(400)
@given(st.data(), SEEDS, st.sets(st.sampled_from(QUESTION_TYPES), min_size=1))
def test_nothing_above_the_horizon_reaches_a_generated_question(data, seed: str, types) -> None:
    pack = data.draw(packs())
    horizon = data.draw(horizons(pack))
    view = gate(pack, horizon)
    hidden = secrets(pack, horizon.rank(pack))
    questions = generate(view, seed, types)
    assert leaks(questions, hidden) == []
    ids = [q.id for q in questions]
    assert len(ids) == len(set(ids)) and set(ids) <= view.entry_ids
    if types == set(QUESTION_TYPES):
        assert set(ids) == view.entry_ids  # a type-in question can be made of any fact
    assert questions == generate(view, seed, types)


# slow: hundreds of generated packs or rounds; CI runs it with `pytest -m slow`
@pytest.mark.slow
@props(400)
@given(st.data(), SEEDS, st.integers(1, 12))
def test_a_horizon_lowered_mid_round_leaves_nothing_above_it_to_ask_or_review(
        data, seed: str, length: int) -> None:
    pack = data.draw(packs())
    high, low = sorted([data.draw(horizons(pack)), data.draw(horizons(pack))],
                       key=lambda h: h.rank(pack))[::-1]
    round_ = Round.start(gate(pack, high), RoundConfig("p", length=length, seed=seed))
    for _ in range(data.draw(st.integers(0, round_.total))):
        question = round_.current
        right = data.draw(st.booleans())
        round_.answer(question.answer if right else "⟨wrong⟩")
    done = len(round_.answers)
    before = [q.id for q in round_.queue[done:]]

    view = gate(pack, low)
    round_.restrict(view)
    hidden = secrets(pack, low.rank(pack))
    remaining = round_.queue[done:]
    assert leaks(remaining, hidden) == []
    ids = [q.id for q in remaining]
    # in order, nothing new; one that a regenerated question gives away goes too
    assert ids == [i for i in before if i in view.entry_ids and i in ids]
    assert leaks(round_.missed_in(view), hidden) == []


# -- two games saving at once ------------------------------------------------------------------

START = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)
MODES = ("classic", "blitz", "review")
OPS = ["answer"] * 6 + ["finish", "stop", "reload"]


def steps(ops: list[str]):
    return st.lists(st.tuples(
        st.integers(0, 1),            # which game
        st.sampled_from(ops),
        st.integers(0, 4),            # which question
        st.booleans(),                # right?
        st.sampled_from(MODES)), min_size=1, max_size=40)


def new_session(session_id: str, mode: str) -> Session:
    return Session(id=session_id, pack="p", mode=mode, horizon="none", seed="1", topic="",
                   started=now_text(START), ended=now_text(START), score=0, questions=5,
                   best_streak=0, complete=False)


def play_and_check(schedule) -> None:
    """Two games on one score file, each saving its own sessions as they grow,
    in the order the schedule gives; "fail" makes a game's next save unable to
    write. Every session either game saved must be on disk as last saved."""
    with tempfile.TemporaryDirectory() as folder, mock.patch("os.fsync"):
        # fsync makes a save survive a crash; here nothing crashes, and it is slow on CI disks.
        path = Path(folder) / "scores.json"
        games = [ScoreStore(path), ScoreStore(path)]
        playing: list[Session | None] = [None, None]
        saved: dict[str, Session] = {}   # each session as last handed to save()
        failing = [False, False]
        behind = [False, False]  # a save failed, and none has worked since
        for n, (who, op, question, right, mode) in enumerate(schedule):
            game = games[who]
            if op == "reload":
                game.load()
                continue
            if op == "fail":
                failing[who] = True
                continue
            session = playing[who] or new_session(f"g{who}-{n}", mode)
            if op == "answer":
                session.answers.append(AnswerRecord(f"q{question}", right, 1.5))
                session.score += 100 * right
            else:
                session.complete = op == "finish"
            session.ended = now_text(START + timedelta(seconds=n))
            # A copy, as the game makes one from its round for every save.
            record = dataclasses.replace(session, answers=list(session.answers))
            if failing[who]:
                with mock.patch("quiz.store.scores.write_atomic",
                                side_effect=OSError(28, "No space left on device")):
                    game.save(record, START + timedelta(seconds=n))
                failing[who], behind[who] = False, True
            else:
                game.save(record, START + timedelta(seconds=n))
                behind[who] = False
            saved[record.id] = record
            playing[who] = session if op == "answer" else None
        # The next save that works writes what a failed one kept in memory.
        for who, game in enumerate(games):
            if behind[who]:
                mine = [s for s in saved.values() if s.id.startswith(f"g{who}-")]
                game.save(mine[-1], START + timedelta(days=1))

        on_disk = ScoreStore(path)
        book = on_disk.load()
        assert on_disk.take_messages() == []
        assert path.exists() == bool(saved)
        assert {s.id for s in book.sessions} == set(saved)
        for session_id, record in saved.items():
            stored = book.session(session_id)
            assert [(a.question, a.right) for a in stored.answers] == \
                [(a.question, a.right) for a in record.answers]
            assert (stored.complete, stored.score) == (record.complete, record.score)
        answers = [a for s in saved.values() for a in s.answers]
        progress = book.progress.get("p", {})
        assert set(progress) == {a.question for a in answers}
        for question, stat in progress.items():
            mine = [a for a in answers if a.question == question]
            assert (stat.seen, stat.right) == (len(mine), sum(a.right for a in mine))
        for mode in MODES:
            ranked = [s.score for s in saved.values()
                      if s.complete and s.mode == mode and mode in RANKED_MODES]
            best = book.best("p", mode)
            assert (best.score if best else None) == (max(ranked) if ranked else None)


@props(60)
@given(steps(OPS))
def test_two_games_saving_in_any_order_lose_nothing(schedule) -> None:
    play_and_check(schedule)


@props(60)
# Game 0 finishes a round; game 1 reads the file in a save that cannot write, then
# saves again: game 0's finished round is gone (game 0 never saves it again).
@example(schedule=[(0, "answer", 0, True, "classic"), (0, "finish", 0, True, "classic"),
                   (1, "fail", 0, True, "classic"), (1, "answer", 1, True, "classic"),
                   (1, "answer", 2, True, "classic")])
@given(steps([*OPS, "fail"]))
def test_two_games_saving_in_any_order_lose_nothing_when_a_save_fails(schedule) -> None:
    play_and_check(schedule)
