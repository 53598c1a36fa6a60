"""Spoiler audit of every CLI output: with spoilers off, at each horizon of the
built-in pack ("watched through" none, and season-1, the default), after a
history played with spoilers on that missed season-2 questions, every line of
stdout and stderr of every command that prints something about packs or play
holds no text of an entry above the horizon and none of the higher levels'
terms (audit_helpers.Audit says exactly what is looked for).

Commands: spoilers (status, bare, off), packs list (text, JSON), packs validate
(the installed packs), packs export (JSON and YAML, several seeds), scores (text,
JSON; before and after the rounds below), play --plain in every mode x every
topic (and all), answered with a mix of right and wrong lines, each --help, and
the error messages that name a pack's topics or levels.

Each command runs once per cell as the real program (a subprocess). More seeds of
each round run in-process through quiz.cli.main (the same code, without a
Python start-up each): QUIZ_AUDIT_SEEDS=5 (say) plays 5 more per cell (2 by
default; the second one's input stops halfway, so that round ends early).

And the scan can fail: the same commands with spoilers on show season-2 text,
and the audit of `none` finds season-1 text in the default (season-1) output.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from quiz import cli
from quiz.core.answers import contains_term
from quiz.core.generate import TRUE, Question
from quiz.game import Game
from tests.audit import audit_helpers as ah

# Whole-game spoiler audits: the slow set, which CI runs every time (`pytest -m slow`).
pytestmark = pytest.mark.slow

PACK = ah.PACK
MODES = ("classic", "blitz", "survival", "review")
# Extra seeds per mode x topic x horizon, played in-process (one more runs as a subprocess).
EXTRA_SEEDS = max(1, int(os.environ.get("QUIZ_AUDIT_SEEDS", "2")))
EXPORT_SEEDS = ("1", "17", "4242")
STATUS = re.compile(r"^Question \d+ of \d+   Score \d+   Streak \d+")


# -- running the command ----------------------------------------------------------------

def run(home: Path, *args: str, input: str = "") -> subprocess.CompletedProcess:
    """The real program, as a user runs it, with its own QUIZ_HOME."""
    env = {**os.environ, "QUIZ_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "quiz", *args], input=input,
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=60, cwd=home.parent)


def run_inside(home: Path, *args: str, input: str = "") -> subprocess.CompletedProcess:
    """quiz.cli.main in this process: the same code and streams (a pipe: not a
    terminal), without a Python start-up per round."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QUIZ_HOME", str(home))
        patch.setattr(sys, "stdin", io.StringIO(input))
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = cli.main(list(args))
            except SystemExit as leaving:  # argparse: --help, usage errors
                code = leaving.code
    return subprocess.CompletedProcess(["quiz", *args], code, out.getvalue(), err.getvalue())


def scan_run(audit: ah.Audit, result: subprocess.CompletedProcess, kind: str = "") -> None:
    """Scan stdout (parsed too, for JSON and YAML) and stderr of one run."""
    # [python, -m, quiz, ...] for the real program, [quiz, ...] in-process
    where = "quiz " + " ".join(result.args[1:] if result.args[0] == "quiz" else result.args[3:])
    if kind:
        audit.scan_structured(f"`{where}` stdout", result.stdout, kind)
    else:
        audit.scan(f"`{where}` stdout", result.stdout)
    audit.scan(f"`{where}` stderr", result.stderr)


def ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, (result.args, result.stdout[-500:], result.stderr)
    return result


# -- answering a round by lines ---------------------------------------------------------

def right_line(question: Question) -> str:
    if question.type == "choice":
        return str(question.choices.index(question.answer) + 1)
    if question.type == "true-false":
        return "1" if question.answer == TRUE else "2"
    return question.answer


def wrong_line(question: Question) -> str:
    if question.type == "choice":
        return str(next(n for n, c in enumerate(question.choices, 1) if not question.check(c)))
    if question.type == "true-false":
        return "2" if question.answer == TRUE else "1"
    return "no idea"


def planned(home: Path, mode: str, seed: str, topic: str = "",
            spoilers: bool | None = None) -> list[Question]:
    """The questions `quiz play --plain` will ask with these arguments, in order:
    the same Game.new_round the command calls, on the same files."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QUIZ_HOME", str(home))
        game = Game.load()
        return game.new_round(game.catalog.get(PACK), mode, 500, seed, topic, spoilers).queue


def answer_lines(questions: list[Question]) -> str:
    """Every fourth answer wrong (the second, sixth, ...): feedback of both kinds,
    the right answer after a miss, and survival rounds of about ten questions."""
    return "".join((wrong_line(q) if n % 4 == 1 else right_line(q)) + "\n"
                   for n, q in enumerate(questions))


def play_args(mode: str, seed: str, topic: str, *more: str) -> list[str]:
    args = ["play", "--plain", "--mode", mode, "-n", "500", "--seed", seed, *more]
    return args + (["--topic", topic] if topic else [])


def asked(stdout: str) -> list[str]:
    """The prompts a transcript asked, in order."""
    lines = stdout.splitlines()
    return [lines[n + 1] for n, line in enumerate(lines) if STATUS.match(line)]


# -- the history: rounds played with spoilers on ------------------------------------------

@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A QUIZ_HOME whose score file holds rounds played with spoilers on, in every
    mode, missing everything (season-2 questions included), then spoilers off."""
    home = tmp_path_factory.mktemp("audit-cli") / "history"
    everything_wrong = "0\n" * 100  # names no option: a miss, in a pipe
    ok(run(home, "spoilers", "on", "--yes"))
    for mode, seed in (("classic", "101"), ("blitz", "102"), ("survival", "103")):
        ok(run(home, *play_args(mode, seed, ""), input=everything_wrong))
    ok(run(home, *play_args("classic", "104", "history"), input=everything_wrong))
    ok(run(home, *play_args("review", "105", ""), input="1\n" * 100))  # some right
    ok(run(home, *play_args("classic", "106", ""), input="0\n" * 5))  # ended early
    ok(run(home, "spoilers", "off"))
    # The session override, with the setting off: this round is saved too. A round
    # leaves out what an earlier question gives away, so more seeds of it are
    # played until every season-2 question has been missed.
    pack = ah.builtin_pack()
    season2 = {i for e in (*pack.facts, *pack.questions) if e.spoiler == "season-2"
               for i in e.question_ids}
    for extra, seed in enumerate(range(107, 117)):
        ok(run(home, *play_args("classic", str(seed), "", "--spoilers", "on"),
               input=everything_wrong))
        scores = json.loads((home / "scores.json").read_text(encoding="utf-8"))
        missed = {a["q"] for s in scores["sessions"] for a in s["answers"] if not a["right"]}
        if season2 <= missed:
            break

    # The premise: season-2 questions were asked and missed.
    assert season2 <= missed
    assert len(scores["sessions"]) == 7 + extra
    return home


def horizon_home(history: Path, home: Path, horizon: str, audit: ah.Audit) -> Path:
    """A copy of the history with spoilers off and the player's horizon set: the
    default (season-1, the pack's safe_through), or what `quiz spoilers --pack
    --watched` sets (its output scanned too)."""
    shutil.copytree(history, home)
    if horizon != "season-1":
        scan_run(audit, ok(run(home, "spoilers", "--pack", PACK, "--watched", horizon)))
    status = ok(run(home, "spoilers", "status")).stdout
    label = "nothing watched" if horizon == "none" else "watched through Season 1"
    assert status.splitlines() == ["Spoiler mode: off",
                                   f"  {PACK}: {label}; {hidden_count(horizon)}"], status
    return home


def hidden_count(horizon: str) -> str:
    """Questions hidden, as the visible ones are counted: a fact asked both ways is two."""
    pack = ah.builtin_pack()
    counts: Counter[str] = Counter()
    for entry in (*pack.facts, *pack.questions):
        if pack.rank(entry.spoiler) > pack.rank(horizon):
            counts[pack.label(entry.spoiler)] += len(entry.question_ids)
    if len(counts) == 1:
        return f"{sum(counts.values())} hidden: {next(iter(counts))}"
    return f"{sum(counts.values())} hidden: " + ", ".join(f"{n} {label}" for label, n in
                                                          sorted(counts.items()))


def visible_ids(horizon: str) -> set[str]:
    """Every question the visible entries make: a fact asked both ways, twice."""
    pack = ah.builtin_pack()
    return {i for e in (*pack.facts, *pack.questions)
            if pack.rank(e.spoiler) <= pack.rank(horizon) for i in e.question_ids}


def askable_ids(horizon: str) -> set[str]:
    """The visible entries a round may ask: not one whose answer the title, on
    screen all round, names (core/test_giveaways.py)."""
    pack = ah.builtin_pack()
    forms = {f.id: (f.answer, *f.accept) for f in pack.facts}
    return {i.partition("~")[0] for i in visible_ids(horizon)
            if not any(contains_term(pack.title, form) for form in forms.get(i, ()))}


def audit_for(horizon: str, folder: Path) -> ah.Audit:
    """The audit of one horizon; `folder` holds the test's homes (their paths are
    printed by some commands and are no pack text)."""
    return ah.Audit(horizon, paths=(str(folder),))


# -- the audit ------------------------------------------------------------------------------

@pytest.mark.parametrize("horizon", ah.HORIZONS)
def test_pack_and_score_commands_show_nothing_above_the_horizon(
        horizon: str, history: Path, tmp_path: Path) -> None:
    audit = audit_for(horizon, tmp_path)
    home = horizon_home(history, tmp_path / "home", horizon, audit)

    for args in (["spoilers", "status"], ["spoilers"], ["spoilers", "off"],
                 ["packs", "list"], ["scores"]):
        scan_run(audit, ok(run(home, *args)))
    for args in (["packs", "list", "--json"], ["scores", "--json"]):
        scan_run(audit, ok(run(home, *args)), kind="json")
    validated = ok(run(home, "packs", "validate"))
    assert "checked 1 pack: 0 error(s)" in validated.stderr
    scan_run(audit, validated)

    exported: set[str] = set()
    for seed in EXPORT_SEEDS:
        for kind in ("json", "yaml"):
            result = ok(run(home, "packs", "export", PACK, "--seed", seed, "--format", kind))
            scan_run(audit, result, kind=kind)
            exported |= {q["id"] for q in ah.load_structured(result.stdout, kind)["questions"]}
    assert exported == visible_ids(horizon)  # the export asks every visible entry

    # The report is not empty: the misses of the history are listed (visible ones).
    report = ok(run(home, "scores")).stdout
    assert "Most missed:" in report and "(missed " in report

    print(f"CLI audit {audit.horizon}: {audit.outputs} outputs, {audit.lines} lines scanned")
    assert audit.found == [], "\n".join(audit.found)
    assert audit.outputs >= 2 * (5 + 2 + 1 + 2 * len(EXPORT_SEEDS))


@pytest.mark.parametrize("horizon", ah.HORIZONS)
def test_plain_rounds_in_every_mode_and_topic_show_nothing_above_the_horizon(
        horizon: str, history: Path, tmp_path: Path) -> None:
    audit = audit_for(horizon, tmp_path)
    home = horizon_home(history, tmp_path / "home", horizon, audit)
    asked_ids: set[str] = set()
    verdicts: Counter[str] = Counter()
    endings: Counter[str] = Counter()
    rounds = 0

    for mode in MODES:
        for topic_index, topic in enumerate(ah.TOPICS):
            for extra in range(EXTRA_SEEDS + 1):
                # A different seed for every cell and run: seeds pick the kinds of
                # question, the wrong options and the true/false swaps.
                seed = str(1000 * (MODES.index(mode) + 1) + 100 * topic_index + extra)
                where = home
                if mode == "review":
                    # Each review in a copy of the home as it stands (the history's
                    # misses due): answering one moves its questions on, and a
                    # later review of a small topic would find nothing left to ask.
                    where = tmp_path / f"review-{topic_index}-{extra}"
                    shutil.copytree(home, where)
                queue = planned(where, mode, seed, topic)
                assert queue, (mode, topic, seed)
                lines = answer_lines(queue)
                if extra == 2:
                    # End of input halfway: the round ends early, its summary and
                    # missed list printed.
                    lines = "".join(lines.splitlines(keepends=True)[: len(queue) // 2])
                runner = run if extra == 0 else run_inside
                result = ok(runner(where, *play_args(mode, seed, topic), input=lines))
                assert result.stderr == ""
                out = result.stdout
                shown = asked(out)
                # The round played is the one planned, so the answers fit it.
                assert shown == [q.full_prompt for q in queue][:len(shown)], (mode, topic, seed)
                scan_run(audit, result)
                asked_ids |= {q.id for q in queue[:len(shown)]}
                verdicts.update(line.split(".")[0].split("!")[0] for line in out.splitlines()
                                if line.startswith(("Right! +", "Wrong. The answer: ")))
                endings.update(line for line in out.splitlines()
                               if line in ("Round over", "Round ended early"))
                rounds += 1

    # After all that, the report and its JSON again.
    scan_run(audit, ok(run(home, "scores")))
    scan_run(audit, ok(run(home, "scores", "--json")), kind="json")

    # every visible entry a round may ask was asked, one way or the other
    assert {i.partition("~")[0] for i in asked_ids} == askable_ids(horizon)
    assert verdicts["Right"] > 0 and verdicts["Wrong"] > 0
    assert endings["Round over"] > 0 and (EXTRA_SEEDS < 2 or endings["Round ended early"] > 0)
    assert rounds == len(MODES) * len(ah.TOPICS) * (EXTRA_SEEDS + 1)
    print(f"CLI audit {audit.horizon}: {audit.outputs} outputs, {audit.lines} lines scanned")
    assert audit.found == [], "\n".join(audit.found)


@pytest.mark.parametrize("horizon", ah.HORIZONS)
def test_spoilers_off_for_one_command_overrides_the_setting(
        horizon: str, history: Path, tmp_path: Path) -> None:
    """Spoiler mode on in the settings, `--spoilers off` on the command line: the
    command keeps to what the player has watched."""
    audit = audit_for(horizon, tmp_path)
    home = horizon_home(history, tmp_path / "home", horizon, audit)
    ok(run(home, "spoilers", "on", "--yes"))
    for kind in ("json", "yaml"):
        result = ok(run(home, "packs", "export", PACK, "--spoilers", "off", "--seed", "9",
                        "--format", kind))
        scan_run(audit, result, kind=kind)
        questions = ah.load_structured(result.stdout, kind)["questions"]
        assert {q["id"] for q in questions} == visible_ids(horizon)
    for number, mode in enumerate(MODES):
        seed = str(900 + number)
        queue = planned(home, mode, seed, spoilers=False)
        assert queue and {q.id for q in queue} <= visible_ids(horizon)
        result = ok(run(home, *play_args(mode, seed, "", "--spoilers", "off"),
                        input=answer_lines(queue)))
        assert "Spoilers off: " in result.stdout.splitlines()[1]
        scan_run(audit, result)
    print(f"CLI audit {audit.horizon}: {audit.outputs} outputs, {audit.lines} lines scanned")
    assert audit.found == [], "\n".join(audit.found)


def test_help_and_error_messages_show_nothing_above_either_horizon(tmp_path: Path) -> None:
    home = tmp_path / "home"
    audits = [audit_for(h, tmp_path) for h in ah.HORIZONS]
    commands = [[], ["packs"], ["packs", "list"], ["packs", "validate"], ["packs", "export"],
                ["packs", "add"], ["packs", "remove"], ["packs", "new"], ["packs", "import"],
                ["draft"], ["play"], ["scores"], ["spoilers"]]
    results = [ok(run(home, *args, "--help")) for args in commands]
    # What the command says when asked for what is not there: the topics and
    # levels it names are the visible ones (level ids name no content).
    for args in (["play", "--plain", "--topic", "cooking"], ["play", "--pack", "nope"],
                 ["spoilers", "--pack", PACK, "--watched", "season-9"],
                 ["packs", "export", "nope"], [], ["play"]):
        result = run(home, *args)
        assert result.returncode == 2 and result.stderr.startswith("quiz: "), result
        results.append(result)
    for audit in audits:
        for result in results:
            scan_run(audit, result)
        print(f"CLI audit {audit.horizon}: {audit.outputs} outputs, {audit.lines} lines scanned")
    assert audit.found == [], "\n".join(audit.found)
    assert sum(len(r.stdout.splitlines()) for r in results) > 100


# -- the scan can hit ----------------------------------------------------------------------

def test_the_scan_finds_season_2_once_spoilers_are_on(history: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    shutil.copytree(history, home)
    audit = audit_for("season-1", tmp_path)
    pack = ah.builtin_pack()

    # --spoilers on, for one command: export and a round.
    for kind in ("json", "yaml"):
        result = ok(run(home, "packs", "export", PACK, "--spoilers", "on", "--seed", "1",
                        "--format", kind))
        assert audit.scan_structured("export --spoilers on", result.stdout, kind)
    queue = planned(home, "classic", "5", spoilers=True)
    result = ok(run(home, *play_args("classic", "5", "", "--spoilers", "on"),
                    input=answer_lines(queue)))
    assert audit.scan("play --spoilers on", result.stdout)

    # The setting on: the scores report (the history's season-2 misses) and review.
    ok(run(home, "spoilers", "on", "--yes"))
    assert audit.scan("scores, spoilers on", ok(run(home, "scores")).stdout)
    assert audit.scan_structured("scores --json, spoilers on",
                                 ok(run(home, "scores", "--json")).stdout, "json")
    review = ok(run(home, *play_args("review", "6", ""), input="0\n" * 100)).stdout
    assert audit.scan("review, spoilers on", review)

    # Most secrets and many terms were found: the scan reads what a leak would print.
    assert len(audit.texts_found) > len(audit.secrets) // 2, len(audit.texts_found)
    assert len(audit.terms_found) > 10, audit.terms_found
    assert any(e.spoiler == "season-2" and e.answer in review
               for e in (*pack.facts, *pack.questions))


def test_the_scan_of_nothing_watched_finds_season_1_in_the_default(tmp_path: Path) -> None:
    """The default horizon (season 1) shows season-1 entries: an audit for a
    player who has watched nothing must flag them."""
    home = tmp_path / "home"
    audit = audit_for("none", tmp_path)
    result = ok(run(home, "packs", "export", PACK, "--seed", "1"))
    hits = audit.scan_structured("export at season-1", result.stdout, "json")
    assert any("'DEA'" in hit or "Leyenda" in hit for hit in hits), hits


def test_the_masks_keep_pack_text() -> None:
    """Figures are blanked only inside the app's own figure phrases: every secret
    text and term of either horizon, put where pack text goes in the outputs,
    is still found; the figure lines themselves are clean."""
    for horizon in ah.HORIZONS:
        audit = ah.Audit(horizon)
        for secret in audit.secrets:
            for line in (f"Wrong. The answer: {secret}", f"• {secret}", f"  → {secret}",
                         f"      {secret} → {secret} (missed 2 of 27)",
                         f'      "answer": "{secret}",', f"  answer: {secret}",
                         f"  1) {secret}", f"  Source: {secret}, paragraph 40"):
                assert audit.hits(line), (horizon, line)
            assert audit.hits(secret, parsed=True), (horizon, secret)  # a JSON string
        for term in audit.terms:
            assert audit.hits(f"  Explanation: {term}."), (horizon, term)
        for figure in ("Question 27 of 27   Score 740   Streak 37   Lives 3",
                       "Score 2740", "27 of 41 right (68%)", "Best streak 40",
                       "Your last 20 classic rounds  ▁█", "Best in this mode: 740.",
                       "1 missed question hidden: spoilers off, nothing watched.",
                       "27 rounds, 1 answer, 40% right", "1 round, 27 answers, 40% right",
                       "  narcos-mexico  classic   740  2026-02-13           27  ▄",
                       "  2 of 27 questions mastered, 27 seen, 45 to review",
                       "  0 of 1 question mastered, 1 seen, 1 to review",
                       "  By level: No spoilers 41% (27/68) · Season 1 40% (4/10)",
                       "  2026-02-13 12:40  narcos-mexico  classic   740  27/74",
                       "  2026-02-13 12:40  narcos-mexico  survival   27  4/40, ended early",
                       '  "seed": "1989",', '      "score": 74,', "  74,",
                       "45 hidden: 10 Season 1, 35 Season 2", "35 hidden: Season 2",
                       "seed: '2019'", "Right! +150 (100 + 40 speed + 10 streak)",
                       "New best! Previous best: 740 (+27).", "Best in this mode: 74 (27 short).",
                       "All 27 questions this round could ask were answered, with 40 s left.",
                       "All 27 questions this round could ask were answered, with 2 lives left.",
                       "Seed 40. Replay this round with:",
                       "quiz play --pack narcos-mexico -n 27 --seed 40"):
            assert audit.hits(figure) == [], (horizon, figure)
