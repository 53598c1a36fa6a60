"""Scores in the TUI, as a player sees them: the best line on the results, the
scores screen (`h`), what a round ended early keeps, review mode (`r`), the
spoiler horizon applied to every line of the report, and a score file that is
damaged or cannot be written.
"""

from __future__ import annotations

import errno
import json
import re
import shutil
from pathlib import Path

import pytest
from textual.widgets import DataTable

from quiz.store.scorejson import to_json
from tests.ui import ui_helpers as ui
from tests.ui.test_scores_snapshot import score_book

import quiz.game  # noqa: E402
import quiz.store.scores as scores_module  # noqa: E402
from quiz.game import Game  # noqa: E402
from quiz.ui.app import QuizApp, make_app  # noqa: E402
from quiz.ui.screens.menu import MenuScreen  # noqa: E402
from quiz.ui.screens.picker import PickerScreen  # noqa: E402
from quiz.ui.screens.play import PlayScreen  # noqa: E402
from quiz.ui.screens.results import ResultsScreen  # noqa: E402
from quiz.ui.screens.scores import ScoresScreen  # noqa: E402

PACK = "narcos-mexico"
S2 = "season-2"
TITLE = "Narcos: Mexico — the real story"
VISIBLE_OFF = 60  # questions of the built-in pack at or below season 1 (reverses count)
DAMAGED = b'{"schema": 1, "sessions": ['


# -- helpers ----------------------------------------------------------------------------

@pytest.fixture
def pack():
    return ui.builtin_pack()


@pytest.fixture
def seeds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Rounds started from the picker, `r` or review take their seeds from this list."""
    upcoming = [str(n) for n in range(1, 100)]
    monkeypatch.setattr(quiz.game, "new_seed", lambda: upcoming.pop(0))
    return upcoming


def scores_file(home: Path) -> Path:
    return home / "scores.json"


def read_scores(home: Path) -> dict:
    return json.loads(scores_file(home).read_text(encoding="utf-8"))


def table_lines(table: DataTable) -> list[str]:
    """A table's rows, each as its cells joined by two spaces."""
    return ["  ".join(str(cell) for cell in table.get_row_at(n)) for n in range(table.row_count)]


def sections(app: QuizApp) -> dict[str, str]:
    """The scores screen as heading -> its text (every line, scrolled into view
    or not; a table as its rows; lines without their indent)."""
    assert isinstance(app.screen, ScoresScreen)
    out: dict[str, str] = {}
    heading = None
    for widget in app.screen.query_one("#scores-body").children:
        if widget.has_class("heading"):
            heading = ui.text(widget)
            assert heading not in out or heading == "Progress", heading
            out.setdefault(heading, "")
            continue
        assert heading is not None
        lines = (table_lines(widget) if isinstance(widget, DataTable)
                 else [line.lstrip() for line in ui.text(widget).splitlines()])
        shown = "\n".join(lines)
        out[heading] = "\n".join(t for t in (out[heading], shown) if t)
    return out


def body_text(app: QuizApp) -> str:
    return "\n".join(f"{h}\n{t}" for h, t in sections(app).items())


def notes(app: QuizApp) -> list[str]:
    """The notifications raised so far (still live: the app's own last 15 s)."""
    return [n.message for n in app._notifications]


async def open_scores(pilot) -> None:
    """From the results: Escape to the menu, then `h`."""
    app = pilot.app
    if isinstance(app.screen, ResultsScreen):
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)
    await pilot.press("h")
    await ui.wait_for_screen(pilot, ScoresScreen)


async def play_from_picker(pilot, right=lambda n: True, typing: bool = False):
    """Menu -> p -> Enter (classic, first pack) -> every question by keyboard."""
    await pilot.press("p")
    await ui.wait_for_screen(pilot, PickerScreen)
    await pilot.press("enter")
    await ui.wait_for_screen(pilot, PlayScreen)
    round_ = pilot.app.screen.round
    await ui.play_out(pilot, right, typing=typing)
    await ui.wait_for_screen(pilot, ResultsScreen)
    return round_


def leitner(rounds) -> dict[str, int]:
    """Each question's box after these rounds, by the rule in the contract: right
    moves it up a box (at most 5), wrong sends it back to box 1."""
    boxes: dict[str, int] = {}
    for round_ in rounds:
        for answer in round_.answers:
            box = boxes.get(answer.question.id, 1)
            boxes[answer.question.id] = min(5, box + 1) if answer.correct else 1
    return boxes


def spoilers_game() -> Game:
    game = Game.load()
    game.settings.spoilers = True
    return game


def mixed_seed(game: Game, pack, length: int = 6) -> str:
    """A seed whose round (spoilers on) asks 2-3 season-2 questions and at least 3
    others, all by one key (no typing)."""
    for seed in range(1, 2000):
        queue = game.new_round(pack, "classic", length, str(seed)).queue
        levels = [q.level for q in queue]
        if (2 <= levels.count(S2) <= 3 and len(queue) - levels.count(S2) >= 3
                and all(q.type != "text" for q in queue)):
            return str(seed)
    raise AssertionError("no such seed")


def wrong_ones(queue) -> set[int]:
    """Which answers to miss: every season-2 question and the first other one
    (at most 4 misses: the report lists the 5 most missed)."""
    first_other = next(n for n, q in enumerate(queue) if q.level != S2)
    return {n for n, q in enumerate(queue) if q.level == S2} | {first_other}


async def play_spoiler_round(pilot, pack) -> list:
    """With spoilers on, play the round on screen missing its season-2 questions and
    one other; returns its answers."""
    round_ = pilot.app.screen.round
    missed = wrong_ones(round_.queue)
    await ui.play_out(pilot, right=lambda n: n not in missed, typing=False)
    await ui.wait_for_screen(pilot, ResultsScreen)
    return round_.answers


LEVELS = {"none": "No spoilers", "season-1": "Season 1", S2: "Season 2"}


def accuracy_line(label: str, answers, key) -> str:
    """"By level: ..." (earliest level first) or "By topic: ..." (by name) as the
    report should write it, from the answers (each question asked once)."""
    table: dict[str, list[int]] = {}
    for answer in answers:
        figures = table.setdefault(key(answer.question), [0, 0])
        figures[0] += answer.correct
        figures[1] += 1
    order = list(LEVELS.values())
    names = sorted(table, key=lambda name: (order.index(name) if name in order else 99, name))
    return f"{label}: " + " · ".join(
        f"{name} {table[name][0] * 100 // table[name][1]}% ({table[name][0]}/{table[name][1]})"
        for name in names)


def level_name(question) -> str:
    return LEVELS[question.level]


def recent_line(line: str, mode: str, figures: str) -> bool:
    """A row of "Recent rounds": when, the pack id, the mode, then the round's
    own figures (score, right)."""
    return re.fullmatch(
        rf"\d{{4}}-\d{{2}}-\d{{2}} \d{{2}}:\d{{2}}  {PACK}  {mode}  {re.escape(figures)}",
        line) is not None


def ask_of(pack, qid: str) -> str:
    """A question's words as the scores screen lists it: 'ID~reverse' is the
    fact asked the other way round."""
    entry_id, _, way = qid.partition("~")
    entry = next(e for e in (*pack.facts, *pack.questions) if e.id == entry_id)
    if way:
        return entry.reverse.ask
    return getattr(entry, "ask", None) or entry.prompt


# -- bests, recent rounds and progress ----------------------------------------------------

# Long: a whole round or several screens; the slow set, which CI runs every time.
@pytest.mark.slow
async def test_bests_on_the_results_and_every_round_on_the_scores_screen(
        quiz_home: Path, seeds) -> None:
    ui.write_settings(quiz_home, round_length=3)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        # First full round: right, wrong, right = 100 + 0 + 100.
        first = await play_from_picker(pilot, right=lambda n: n != 1, typing=True)
        assert first.score == 200
        # The first round of a pack and mode beats nothing: no "New best!".
        assert ui.shows(app, "#best") == "First full round of this pack and mode."
        assert not app.screen.query_one("#best").has_class("-new")
        assert ui.on_screen(app, "First full round of this pack and mode.")

        # Lower: all wrong. The best stands, and the sparkline has two rounds.
        await pilot.press("r")
        await ui.wait_for_screen(pilot, PlayScreen)
        second = app.screen.round
        await ui.play_out(pilot, right=lambda n: False, typing=False)
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert second.score == 0
        assert ui.shows(app, "#best") == ("Best in this mode: 200 (200 short).\n"
                                          "Your last 2 classic rounds  █▁")
        assert not app.screen.query_one("#best").has_class("-new")
        assert ui.on_screen(app, "Best in this mode: 200 (200 short).")

        # Higher: all right, 100 + 110 + 120.
        await pilot.press("r")
        await ui.wait_for_screen(pilot, PlayScreen)
        third = app.screen.round
        await ui.play_out(pilot, typing=False)
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert third.score == 330
        assert ui.shows(app, "#best") == ("New best! Previous best: 200 (+130).\n"
                                          "Your last 3 classic rounds  ▅▁█")
        assert app.screen.query_one("#best").has_class("-new")
        assert ui.on_screen(app, "New best! Previous best: 200 (+130).")

        await open_scores(pilot)
        shown = sections(app)
        assert list(shown) == ["Overall", "Recent rounds", "Best scores", "Progress"]
        assert shown["Overall"] == "3 rounds, 9 answers, 55% right"
        recent = shown["Recent rounds"].splitlines()
        for line, figures in zip(recent, ("330  3/3", "0  0/3", "200  2/3"), strict=True):
            assert recent_line(line, "classic", figures), line
        assert re.fullmatch(rf"{PACK}  classic  330  \d{{4}}-\d{{2}}-\d{{2}}  3  ▅▁█",
                            shown["Best scores"]), shown["Best scores"]

        boxes = leitner([first, second, third])
        progress = shown["Progress"].splitlines()
        assert progress[0] == f"{TITLE} (watched through Season 1)"
        mastered = sum(box >= 4 for box in boxes.values())
        to_review = sum(box == 1 for box in boxes.values())
        assert progress[1] == (f"{mastered} of {VISIBLE_OFF} questions mastered, "
                               f"{len(boxes)} seen, {to_review} to review")
        assert to_review > 0  # with these seeds some misses are still to review
        # What the player sees first, without scrolling.
        for words in ("Overall", "3 rounds, 9 answers, 55% right", "Recent rounds",
                      "Score Right", "330 3/3", "Best scores", "Best Set on Full rounds Trend"):
            assert ui.on_screen(app, words), words

        # The body has the focus: the keyboard scrolls it to its last line.
        assert app.focused is app.screen.query_one("#scores-body")
        await pilot.press("end")
        await pilot.pause()
        assert ui.on_screen(app, f"{len(boxes)} seen, {to_review} to review")

        # Escape goes back to the menu.
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)


async def test_scores_screen_before_any_round(quiz_home: Path) -> None:
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.click_menu(pilot, "scores")
        await ui.wait_for_screen(pilot, ScoresScreen)
        assert sections(app) == {"Scores": "No rounds played yet. Play one and it shows here."}
        assert ui.on_screen(app, "No rounds played yet. Play one and it shows here.")
        assert not scores_file(quiz_home).exists()


async def test_a_narrow_terminal_shows_the_scores_first_in_the_tables(quiz_home: Path) -> None:
    quiz_home.mkdir(parents=True)
    scores_file(quiz_home).write_text(json.dumps(to_json(score_book())), encoding="utf-8")
    app = ui.new_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("h")
        await ui.wait_for_screen(pilot, ScoresScreen)
        # Every round's score and how many were right, rather than when and which pack.
        assert ui.on_screen(app, "Score  Right")
        for row in ("1030  9/10", "520  4/7", "310  3/4, ended early"):
            assert ui.on_screen(app, row), row
        # Wide enough again, the columns go back to their own order.
        await pilot.resize_terminal(80, 24)
        await ui.wait_for(pilot, lambda: ui.on_screen(app, "When"))
        assert ui.on_screen(app, "2026-03-08 18:30  narcos-mexico  classic    1030  9/10")


# -- ending early -------------------------------------------------------------------------

async def test_a_round_ended_early_keeps_its_answers(quiz_home: Path) -> None:
    app = ui.new_app(mode="classic", length=10, seed="5")
    async with app.run_test(size=ui.SIZE) as pilot:
        round_ = app.screen.round
        for right in (True, False, True):
            await ui.answer(pilot, right=right, typing=False)
            await ui.next_question(pilot)
        await pilot.press("ctrl+c")  # the round ends at once
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert ui.shows(app, "#headline") == "Round ended early"
        # An unfinished round sets no best and says nothing about bests.
        assert ui.shows(app, "#best") == ""

        data = read_scores(quiz_home)
        [session] = data["sessions"]
        assert session["complete"] is False
        assert session["mode"] == "classic" and session["pack"] == PACK
        assert session["seed"] == "5" and session["questions"] == 10
        assert session["score"] == round_.score == 200
        assert [(a["q"], a["right"]) for a in session["answers"]] == [
            (a.question.id, a.correct) for a in round_.answers]
        assert [a["right"] for a in session["answers"]] == [True, False, True]
        assert data["bests"] == {}

        await open_scores(pilot)
        shown = sections(app)
        assert "Best scores" not in shown
        assert recent_line(shown["Recent rounds"], "classic",
                           "200  2/3, ended early"), shown["Recent rounds"]
        assert ui.on_screen(app, "2/3, ended early")
        assert "3 seen, 1 to review" in shown["Progress"]


async def test_a_round_ended_before_any_answer_leaves_no_trace(quiz_home: Path) -> None:
    app = ui.new_app(mode="classic", length=10, seed="5")
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+c")  # the round ends at once
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert not scores_file(quiz_home).exists()
        await open_scores(pilot)
        assert list(sections(app)) == ["Scores"]


# -- the horizon ----------------------------------------------------------------------------

def mixed_spoilers_app(pack) -> QuizApp:
    """A game with spoilers on that opens on a six-question round of mixed levels."""
    game = spoilers_game()
    seed = mixed_seed(game, pack)
    return make_app(game, game.new_round(game.catalog.get(PACK), "classic", 6, seed))


async def test_scores_screen_hides_season_2_once_spoilers_are_off(quiz_home: Path, pack) -> None:
    finder = ui.LeakFinder(ui.secret_texts(pack, pack.rank("season-1")), ui.season2_terms(pack))
    app = mixed_spoilers_app(pack)
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        answers = await play_spoiler_round(pilot, pack)
        season2 = [a for a in answers if a.question.level == S2]
        others = [a for a in answers if a.question.level != S2]
        assert season2 and others and not any(a.correct for a in season2)
        await open_scores(pilot)

        # Spoilers on: season 2 is there, in every list (so the scan below can fail).
        shown = sections(app)
        progress = shown["Progress"]
        assert f"{TITLE} (spoilers on)" in progress
        assert accuracy_line("By level", answers, level_name) in progress
        assert "Season 2 0% (" in progress
        for answer in season2:
            assert f"{ask_of(pack, answer.question.id)} → " in progress
        assert finder.find(app) != []

        await pilot.press("s")  # off: no question asked
        await pilot.pause()
        await ui.wait_for(pilot, lambda: "(watched through Season 1)" in body_text(app))
        assert isinstance(app.screen, ScoresScreen) and app.spoilers_on is False

        shown = sections(app)
        progress = shown["Progress"]
        assert finder.find(app) == []
        assert "Season 2" not in body_text(app)
        assert S2 not in body_text(app)
        for answer in season2:
            assert ask_of(pack, answer.question.id) not in progress
        lines = progress.splitlines()
        assert lines[0] == f"{TITLE} (watched through Season 1)"
        # Only what is visible now counts: seen, to review, by level, by topic.
        missed_others = [a for a in others if not a.correct]
        assert lines[1] == (f"0 of {VISIBLE_OFF} questions mastered, {len(others)} seen, "
                            f"{len(missed_others)} to review")
        by_level = accuracy_line("By level", sorted(others, key=lambda a: a.question.level),
                                 level_name)
        by_topic = accuracy_line("By topic", sorted(others, key=lambda a: a.question.topic),
                                 lambda q: q.topic)
        assert lines[2] == by_level
        assert lines[3] == by_topic
        assert lines[4:] == ["Most missed:"] + [
            f"• {ask_of(pack, a.question.id)} → {a.question.answer} (missed 1 of 1)"
            for a in sorted(missed_others, key=lambda a: a.question.id)]
        # A round's own figures name nothing: they stay whole.
        right = len(others) - len(missed_others)
        score = sum(a.points for a in answers)
        assert recent_line(shown["Recent rounds"], "classic",
                           f"{score}  {right}/{len(answers)}"), shown["Recent rounds"]
        assert shown["Overall"].startswith(f"1 round, {len(answers)} answers, ")

        # And back on (with a yes): season 2 shows again.
        await pilot.press("s")
        await pilot.press("y")
        await ui.wait_for(pilot, lambda: isinstance(app.screen, ScoresScreen)
                          and "(spoilers on)" in body_text(app))
        assert "Season 2 0% (" in sections(app)["Progress"]


# -- review ----------------------------------------------------------------------------------

async def test_review_with_nothing_played_says_so_and_starts_nothing(quiz_home: Path) -> None:
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, MenuScreen)
        assert any(n.startswith("Nothing to review") for n in notes(app))
        await ui.wait_for(pilot, lambda: ui.on_screen(app, "Nothing to review"))
        assert not scores_file(quiz_home).exists()


# Long: a whole round or several screens; the slow set, which CI runs every time.
@pytest.mark.slow
async def test_review_asks_exactly_the_missed_questions(quiz_home: Path, seeds) -> None:
    ui.write_settings(quiz_home, round_length=6)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        played = await play_from_picker(pilot, right=lambda n: n % 2 == 0)
        missed = [a.question.id for a in played.answers if not a.correct]
        assert len(missed) == 3
        review = await review_from_the_menu(pilot)
        assert sorted(review.config.only) == sorted(missed)
        assert sorted(q.id for q in review.queue) == sorted(missed)
        assert ui.shows(app, "#progress").startswith(f"Question 1 of {len(missed)}")
        asked = []

        def note_question(step: str) -> None:
            if step == "question":
                asked.append(app.screen.round.current.id)

        await ui.play_out(pilot, each=note_question, typing=False)
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert sorted(asked) == sorted(missed)
        # A review round sets no best.
        assert ui.shows(app, "#best") == ""
        assert "--mode review" in ui.shows(app, "#replay-line")

        # All three answered right: nothing is due any more, from the scores screen's r too.
        await open_scores(pilot)
        assert f"{len(played.answers)} seen, 0 to review" in sections(app)["Progress"]
        latest = sections(app)["Recent rounds"].splitlines()[0]
        assert recent_line(latest, "review", "330  3/3"), latest
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ScoresScreen)
        assert any(n.startswith("Nothing to review") for n in notes(app))


async def review_from_the_menu(pilot):
    """Back to the menu, r: the review round that starts."""
    await pilot.press("escape")
    await ui.wait_for_screen(pilot, MenuScreen)
    await pilot.press("r")
    await ui.wait_for_screen(pilot, PlayScreen)
    review = pilot.app.screen.round
    assert review.config.mode == "review"
    return review


async def test_review_leaves_out_season_2_misses_once_spoilers_are_off(
        quiz_home: Path, pack, seeds) -> None:
    app = mixed_spoilers_app(pack)
    game = app.game
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        answers = await play_spoiler_round(pilot, pack)
        missed = {a.question.id: a.question.level for a in answers if not a.correct}
        assert S2 in missed.values() and set(missed.values()) - {S2}

        # With spoilers on, review would ask them all.
        assert set(game.new_round(game.catalog.get(PACK), "review").config.only) == set(missed)

        await pilot.press("s")
        await pilot.pause()
        assert app.spoilers_on is False
        review = await review_from_the_menu(pilot)
        expected = {q for q, level in missed.items() if level != S2}
        assert set(review.config.only) == expected
        assert {q.id for q in review.queue} == expected
        assert all(q.level != S2 for q in review.queue)


async def test_review_with_several_packs_opens_the_picker_on_review(quiz_home: Path) -> None:
    (quiz_home / "packs").mkdir(parents=True)
    shutil.copy(ui.TESTS / "packs" / "demo.yaml", quiz_home / "packs" / "demo.yaml")
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        assert len(app.game.catalog.packs) == 2
        await pilot.press("r")
        await ui.wait_for_screen(pilot, PickerScreen)
        assert app.screen.query_one("#mode").pressed_button.name == "review"
        await pilot.press("enter")  # the highlighted pack, in review: nothing to review yet
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert any(n.startswith("Nothing to review") for n in notes(app))


# -- a damaged or unwritable score file --------------------------------------------------------

async def test_a_damaged_score_file_is_set_aside_and_the_game_goes_on(quiz_home: Path) -> None:
    quiz_home.mkdir(parents=True)
    scores_file(quiz_home).write_bytes(DAMAGED)
    ui.write_settings(quiz_home, round_length=3)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MenuScreen)
        [told] = notes(app)
        assert "damaged" in told and "scores.json.corrupt-" in told
        await ui.wait_for(pilot, lambda: ui.on_screen(app, "Your score file was damaged"))
        [aside] = quiz_home.glob("scores.json.corrupt-*")
        assert aside.name in told
        assert aside.read_bytes() == DAMAGED

        played = await play_from_picker(pilot)
        assert ui.shows(app, "#best") == "First full round of this pack and mode."
        [session] = read_scores(quiz_home)["sessions"]
        assert session["complete"] is True and session["id"] == played.id
        assert len(session["answers"]) == 3
        assert aside.read_bytes() == DAMAGED  # never written over
        assert [n for n in notes(app) if "damaged" in n] == [told]  # told once


async def test_a_damaged_score_file_comes_back_from_its_last_good_copy(quiz_home: Path) -> None:
    # A first app plays a round and saves it twice over: scores.json.bak is kept.
    app = ui.new_app(mode="classic", length=2, seed="7")
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        await ui.play_out(pilot, typing=False)
        await ui.wait_for_screen(pilot, ResultsScreen)
    assert (quiz_home / "scores.json.bak").exists()
    scores_file(quiz_home).write_bytes(b"\0" * 40)  # as after a crash mid-write

    app = ui.new_app()
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await pilot.pause()
        [told] = notes(app)
        assert "damaged" in told and "restored from the last good copy" in told
        assert "scores.json.bak" in told
        await open_scores(pilot)
        assert recent_line(sections(app)["Recent rounds"], "classic", "210  2/2")
        assert len(read_scores(quiz_home)["sessions"]) == 1


async def test_a_damaged_score_file_is_reported_word_for_word(quiz_home: Path) -> None:
    """The message quotes the file ('bests.[/b]' here): shown as text, it must not
    be read as markup (which crashes the app on an unmatched closing tag)."""
    quiz_home.mkdir(parents=True)
    scores_file(quiz_home).write_text('{"schema": 1, "bests": {"[/b]": 1}}', encoding="utf-8")
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await pilot.pause()
        # The toast wraps between the menu's buttons: look for a piece that fits a row.
        await ui.wait_for(pilot, lambda: "'bests.[/b]' must" in ui.screen_text(app))
        assert any("'bests.[/b]' must be an object" in n.message for n in app._notifications)
        assert isinstance(app.screen, MenuScreen)


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch):
    """Every write of the score file fails as on a full disk (works as root too)."""

    def full(path, text):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(scores_module, "write_atomic", full)
    return lambda: monkeypatch.setattr(scores_module, "write_atomic", real_write_atomic)


real_write_atomic = scores_module.write_atomic


async def test_a_score_file_that_cannot_be_written_is_told_once(
        quiz_home: Path, seeds, disk_full) -> None:
    ui.write_settings(quiz_home, round_length=3)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        played = await play_from_picker(pilot, right=lambda n: n != 1)
        # Four saves failed (three answers and the end): one message.
        failed = [n for n in notes(app) if n.startswith("Could not save your scores")]
        assert len(failed) == 1
        assert "No space left on device" in failed[0]
        assert ui.on_screen(app, "Could not save your scores")
        # The round played on to its end, and its results are all there.
        assert ui.shows(app, "#headline") == "Round over"
        assert "2 of 3 right" in ui.shows(app, "#figures")
        assert ui.shows(app, "#best") == "First full round of this pack and mode."
        assert not scores_file(quiz_home).exists()

        # Saving works again: the next round writes both.
        disk_full()
        await pilot.press("r")
        await ui.wait_for_screen(pilot, PlayScreen)
        again = app.screen.round
        await ui.play_out(pilot, typing=False)
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert "Scores are saved again." in notes(app)
        assert len([n for n in notes(app) if n.startswith("Could not save")]) == 1
        saved = read_scores(quiz_home)["sessions"]
        assert {s["id"] for s in saved} == {played.id, again.id}
        assert ui.shows(app, "#best").startswith("New best! Previous best: 200 (+130).")
        await open_scores(pilot)
        assert sections(app)["Overall"].startswith("2 rounds, 6 answers")
