"""Playing rounds in the TUI as a player would: by keyboard, by mouse, every mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Digits

from tests.ui import ui_helpers as ui

import quiz.game  # noqa: E402
import quiz.ui.screens.play as play_module  # noqa: E402
from quiz.core.round import Round, RoundConfig  # noqa: E402
from quiz.core.spoilers import gate, horizon_for  # noqa: E402
from quiz.ui.screens.confirm import ConfirmEnd  # noqa: E402
from quiz.ui.screens.menu import MenuScreen  # noqa: E402
from quiz.ui.screens.picker import PickerScreen  # noqa: E402
from quiz.ui.screens.play import PlayScreen  # noqa: E402
from quiz.ui.screens.results import ResultsScreen  # noqa: E402


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch):
    fake = ui.FakeClock()
    monkeypatch.setattr(play_module, "time", fake)
    return fake


async def pick_mode(pilot, mode_index: int) -> None:
    await ui.wait_for(pilot, lambda: pilot.app.focused is not None
                      and pilot.app.focused.id == "packs")
    await ui.pick_mode(pilot, mode_index)


def asked(view, seed: int, length: int):
    """The questions a round of this seed and length asks."""
    return Round.start(view, RoundConfig("narcos-mexico", length=length, seed=str(seed))).queue


def seed_with_every_kind(length: int) -> str:
    """A seed whose first questions are of all three kinds."""
    game = quiz.game.Game.load()
    pack = game.catalog.get("narcos-mexico")
    view = gate(pack, horizon_for(pack, False))
    for seed in range(1, 5000):
        kinds = [q.type for q in asked(view, seed, length)]
        if set(kinds) == {"choice", "true-false", "text"} and kinds.count("text") == 1:
            return str(seed)
    raise AssertionError("no such seed")


async def test_classic_round_by_keyboard_from_the_menu(
        quiz_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ui.write_settings(quiz_home, round_length=5)  # every letter of a typed answer is a key
    seed = seed_with_every_kind(5)
    monkeypatch.setattr(quiz.game, "new_seed", lambda: seed)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        assert isinstance(app.screen, MenuScreen)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        round_ = app.screen.round
        assert round_.config.mode == "classic"
        total = round_.total
        assert total == 5  # the round length setting
        assert ui.shows(app, "#progress").startswith(f"Question 1 of {total}")
        kinds = {q.type for q in round_.queue}

        answered = await ui.play_out(pilot)

        assert answered == total
        assert isinstance(app.screen, ResultsScreen)
        assert ui.shows(app, "#headline") == "Round over"
        figures = ui.shows(app, "#figures")
        assert app.screen.query_one("#score", Digits).value == str(round_.score)
        assert f"{total} of {total} right (100%)" in figures
        assert f"Best streak {total}" in figures
        assert ui.shows(app, "#missed") == "Nothing missed!"
        seed = round_.config.seed
        replay = ui.shows(app, "#replay-line")
        assert f"Seed {seed}" in replay
        assert f"quiz play --pack narcos-mexico --mode classic -n {total} --seed {seed}" in replay
        assert ui.on_screen(app, "100%") and ui.on_screen(app, f"--seed {seed}")
        # Every answer counted as right, whatever kind of question it was.
        assert round_.correct == total
        assert kinds == {"choice", "true-false", "text"}


async def test_a_type_in_answer_matches_without_accents_or_case() -> None:
    game = quiz.game.Game.load()
    pack = game.catalog.get("narcos-mexico")
    seed = next(str(s) for s in range(1, 500)
                if (q := game.new_round(pack, "classic", 5, str(s)).current).type == "text"
                and ui.fold(q.answer) != q.answer)
    app = ui.new_app(mode="classic", length=5, seed=seed)
    async with app.run_test(size=ui.SIZE) as pilot:
        question = app.screen.round.current
        assert app.focused.id == "typed"
        await pilot.press(*ui.fold(question.answer).upper(), "enter")
        await pilot.pause()
        assert ui.shows(app, "#verdict").startswith("Right! +")


async def test_blitz_round_ends_when_the_clock_runs_out(clock) -> None:
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.press("p")
        await pick_mode(pilot, 1)
        await pilot.press("p")  # the picker's play key, from the mode set
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        round_ = app.screen.round
        assert round_.config.mode == "blitz"
        await ui.wait_for(pilot, lambda: ui.on_screen(app, "60 s"))

        # An instant right answer earns the full speed bonus.
        await ui.answer(pilot)
        assert ui.shows(app, "#verdict") == "Right! +150 (100 + 50 speed)"
        await ui.next_question(pilot)
        # Ten seconds on the next one: no speed bonus, and the clock shows it.
        clock.now += 10
        await ui.answer(pilot)
        assert ui.shows(app, "#verdict") == "Right! +110 (100 + 10 streak)"
        # The clock redraws on its own tick: on a busy machine, a frame later.
        await ui.wait_for(pilot, lambda: ui.on_screen(app, "50 s"))
        await ui.next_question(pilot)

        # The player dawdles past the bell: the round ends by the clock alone,
        # and the screen says so, with the answer, until the player moves on.
        question = round_.current
        clock.now += 55
        await ui.wait_for(pilot, lambda: app.screen.cut_off)
        assert ui.shows(app, "#verdict") == f"Time is up. The answer: {question.answer}"
        await ui.wait_for(pilot, lambda: ui.on_screen(app, "0 s")
                          and ui.on_screen(app, "See results (Enter)"))
        assert ui.on_screen(app, question.prompt)
        await pilot.press("enter")
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert ui.shows(app, "#headline").startswith("Time is up")
        assert "2 of 2 right (100%)" in ui.shows(app, "#figures")
        assert "--mode blitz" in ui.shows(app, "#replay-line")
        assert len(round_.answers) == 2


async def test_blitz_answer_after_the_bell_does_not_count(clock) -> None:
    game = quiz.game.Game.load()
    pack = game.catalog.get("narcos-mexico")
    # A first question answered by one key (1-4, t, f): a key the results screen ignores.
    seed = next(str(s) for s in range(1, 500)
                if game.new_round(pack, "blitz", None, str(s)).current.type != "text")
    app = ui.new_app(mode="blitz", seed=seed)
    async with app.run_test(size=ui.SIZE) as pilot:
        round_ = app.screen.round
        # Time passes between two ticks of the screen's timer, then a key arrives.
        question = round_.current
        clock.now += 61
        await ui.answer(pilot)
        assert ui.shows(app, "#verdict") == f"Time is up. The answer: {question.answer}"
        await pilot.press("enter")
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert ui.shows(app, "#headline").startswith("Time is up")
        assert round_.answers == []
        assert "0 of 0 right" in ui.shows(app, "#figures")


async def test_survival_round_ends_at_the_third_miss() -> None:
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.press("p")
        await pick_mode(pilot, 2)
        # Back to the pack list, and Enter there plays it in the chosen mode.
        await pilot.press("shift+tab", "shift+tab")
        assert app.focused.id == "packs"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        round_ = app.screen.round
        assert round_.config.mode == "survival"
        assert "Lives 3" in ui.shows(app, "#progress")
        await ui.answer(pilot, right=True)
        await ui.next_question(pilot)
        for lives_left in (2, 1):
            await ui.answer(pilot, right=False)
            assert ui.shows(app, "#verdict").startswith("Wrong. The answer: ")
            assert f"Lives {lives_left}" in ui.shows(app, "#progress")
            await ui.next_question(pilot)
        await ui.answer(pilot, right=False)
        assert "Lives 0" in ui.shows(app, "#progress")
        # The last miss says the round is over and offers the results, not a Next.
        assert ui.shows(app, "#ending") == "Out of lives"
        assert ui.on_screen(app, "See results (Enter)") and not ui.on_screen(app, "Next")
        await ui.next_question(pilot)
        assert isinstance(app.screen, ResultsScreen)
        assert ui.shows(app, "#headline") == "Out of lives"
        assert "1 of 4 right (25%)" in ui.shows(app, "#figures")
        assert ui.shows(app, "#missed").count("•") == 3
        assert len(round_.answers) == 4 and round_.total > 4


def mouse_seed(length: int) -> str:
    """A seed whose round of `length` has no type-in question (the mouse cannot type)."""
    game = quiz.game.Game.load()
    pack = game.catalog.get("narcos-mexico")
    view = gate(pack, horizon_for(pack, False))
    for seed in range(1, 5000):
        if all(q.type != "text" for q in asked(view, seed, length)):
            return str(seed)
    raise AssertionError("no seed without type-in questions")


# Long: a whole round or several screens; the slow set, which CI runs every time.
@pytest.mark.slow
async def test_classic_round_by_mouse_only(quiz_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ui.write_settings(quiz_home, round_length=5)
    seed = mouse_seed(5)
    monkeypatch.setattr(quiz.game, "new_seed", lambda: seed)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.click_menu(pilot, "pick")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        # A click on the pack in the list plays it (Play sits below the fold at 80x24).
        assert await pilot.click("#packs", offset=(3, 1))
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        round_ = app.screen.round
        assert round_.config.seed == seed and round_.total == 5
        for number in range(1, 6):
            question = round_.current
            index = question.choices.index(question.answer)
            assert await pilot.click(f"#choice-{index}")
            await pilot.pause()
            assert ui.shows(app, "#verdict").startswith("Right! +")
            assert f"Question {number} of 5" in ui.shows(app, "#progress")
            assert await pilot.click("#next")
            await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        assert "5 of 5 right (100%)" in ui.shows(app, "#figures")
        assert f"Seed {seed}" in ui.shows(app, "#replay-line")
        # Same round, by mouse: the same first question.
        first = round_.queue[0]
        assert await pilot.click("#same")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        assert app.screen.round.current == first
        assert await pilot.click("#choice-0")
        await pilot.pause()
        assert ui.shows(app, "#verdict")


def source_seed(game) -> str:
    """A seed whose first question is a choice from a fact with a source and an explanation."""
    pack = game.catalog.get("narcos-mexico")
    for seed in range(1, 2000):
        q = game.new_round(pack, "classic", 5, str(seed)).current
        if q.type == "choice" and q.source and q.explain:
            return str(seed)
    raise AssertionError("no such seed")


async def test_wrong_answer_shows_the_right_one_and_the_source() -> None:
    game = quiz.game.Game.load()
    seed = source_seed(game)
    app = ui.new_app(mode="classic", length=5, seed=seed)
    async with app.run_test(size=ui.SIZE) as pilot:
        question = await ui.answer(pilot, right=False)
        assert ui.shows(app, "#verdict") == f"Wrong. The answer: {question.answer}"
        details = ui.shows(app, "#details")
        assert question.statement in details
        assert question.explain in details
        assert f"Source: {question.source}" in details
        assert question.source.startswith("Article: ") and ", paragraph " in question.source
        assert ui.on_screen(app, f"Wrong. The answer: {question.answer}")
        assert ui.on_screen(app, f"Source: {question.source}")
        # The answer buttons give way to the choices marked as answered; Next has
        # the focus.
        assert not ui.shown(app.screen.query_one("#choices"))
        assert ui.shown(app.screen.query_one("#answered"))
        assert app.focused.id == "next"
        # n goes on as well as Enter.
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.round.current == app.screen.round.queue[1]
        assert "Question 2 of 5" in ui.shows(app, "#progress")


async def test_escape_mid_round_ends_it_with_what_was_answered() -> None:
    app = ui.new_app(mode="classic", length=10, seed="5")
    async with app.run_test(size=ui.SIZE) as pilot:
        round_ = app.screen.round
        await ui.answer(pilot, right=True)
        await ui.next_question(pilot)
        await ui.answer(pilot, right=False)
        await ui.next_question(pilot)
        await ui.answer(pilot, right=True)
        await ui.next_question(pilot)
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, ConfirmEnd)
        await pilot.press("y")
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert ui.shows(app, "#headline") == "Round ended early"
        figures = ui.shows(app, "#figures")
        assert "2 of 3 right (67%)" in figures
        assert app.screen.query_one("#score", Digits).value == str(round_.score) != "0"
        missed = ui.shows(app, "#missed")
        assert missed.startswith("Missed:") and missed.count("•") == 1
        assert round_.answers[1].question.answer in missed
        # Escape on the results goes back to the menu.
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MenuScreen)


async def test_escape_while_typing_asks_and_no_keeps_the_answer_being_typed() -> None:
    game = quiz.game.Game.load()
    pack = game.catalog.get("narcos-mexico")
    seed = next(str(s) for s in range(1, 500)
                if game.new_round(pack, "classic", 5, str(s)).current.type == "text")
    app = ui.new_app(mode="classic", length=5, seed=seed)
    async with app.run_test(size=ui.SIZE) as pilot:
        assert app.focused.id == "typed"
        await pilot.press("a", "b", "escape")
        await ui.wait_for_screen(pilot, ConfirmEnd)
        await pilot.press("n")
        await ui.wait_for_screen(pilot, PlayScreen)
        assert app.focused.id == "typed" and app.focused.value == "ab"
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, ConfirmEnd)
        await pilot.press("y")
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert ui.shows(app, "#headline") == "Round ended early"
        assert "0 of 0 right" in ui.shows(app, "#figures")


# Long: a whole round or several screens; the slow set, which CI runs every time.
@pytest.mark.slow
async def test_results_r_plays_again_and_a_replays_the_same_seed() -> None:
    app = ui.new_app(mode="classic", length=3, seed="12")
    async with app.run_test(size=ui.SIZE) as pilot:
        first = app.screen.round
        await ui.play_out(pilot)
        assert isinstance(app.screen, ResultsScreen)

        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        again = app.screen.round
        assert again is not first and again.answers == []
        assert again.config == first.config
        assert again.current == first.queue[0]
        assert ui.shows(app, "#question").endswith(first.queue[0].prompt)
        assert again.queue == first.queue

        await ui.play_out(pilot)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        fresh = app.screen.round
        assert fresh is not again and fresh.answers == []
        assert fresh.config.mode == "classic" and fresh.config.length == 3
        assert fresh.config.seed != first.config.seed
        # The results screen was replaced, not stacked: ending this round...
        await pilot.press("escape", "y")
        await ui.wait_for_screen(pilot, ResultsScreen)
        # ...and escape again is the menu.
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MenuScreen)
        assert len(app.screen_stack) == 2


async def test_a_stray_escape_never_ends_a_round() -> None:
    """Escape asks; no, Escape again or Enter (No has the focus) go back to the
    question as it was."""
    app = ui.new_app(mode="classic", length=5, seed="5")
    async with app.run_test(size=ui.SIZE) as pilot:
        round_ = app.screen.round
        await ui.answer(pilot)
        for cancel in ("n", "escape", "enter"):
            await pilot.press("escape")
            await ui.wait_for_screen(pilot, ConfirmEnd)
            assert ui.on_screen(app, "End this round?")
            assert ui.on_screen(app, "What you answered counts.")
            await pilot.press(cancel)
            await ui.wait_for_screen(pilot, PlayScreen)
            assert not round_.finished and len(round_.answers) == 1
            assert app.focused.id == "next"  # the feedback, as it was
        await pilot.press("escape", "escape", "escape")  # asked, no, asked again
        await ui.wait_for_screen(pilot, ConfirmEnd)
        assert not round_.finished


# Long: a whole round or several screens; the slow set, which CI runs every time.
@pytest.mark.slow
async def test_ctrl_c_ends_the_round_at_once_with_its_results() -> None:
    """Mid-question, while typing, and with the confirm open: no question asked."""
    game = quiz.game.Game.load()
    pack = game.catalog.get("narcos-mexico")
    seed = next(str(s) for s in range(1, 500)
                if [q.type for q in game.new_round(pack, "classic", 5, str(s)).queue][:2]
                == ["choice", "text"])
    for before in (["enter", "a"], ["enter", "a", "escape"], ["s"]):
        app = ui.new_app(mode="classic", length=5, seed=seed)
        async with app.run_test(size=ui.SIZE) as pilot:
            round_ = app.screen.round
            await ui.answer(pilot, right=True)
            # Typing an answer, the confirm open over it, the spoilers' open on the feedback.
            await pilot.press(*before)
            await pilot.pause()
            await pilot.press("ctrl+c")
            await ui.wait_for_screen(pilot, ResultsScreen)
            assert ui.shows(app, "#headline") == "Round ended early"
            assert "1 of 1 right (100%)" in ui.shows(app, "#figures")
            assert round_.stopped and app.is_running
            # The menu and the results: no dialog left over.
            assert [type(s) for s in app.screen_stack[1:]] == [MenuScreen, ResultsScreen]


async def test_ctrl_c_outside_a_round_leaves_the_game() -> None:
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert not app.is_running


async def test_the_last_answer_offers_the_results_and_says_the_round_is_over() -> None:
    app = ui.new_app(mode="classic", length=2, seed="5")
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.answer(pilot)
        assert ui.on_screen(app, "Next (Enter)") and not ui.shown(app.screen.query_one("#ending"))
        await ui.next_question(pilot)
        await ui.answer(pilot)
        assert ui.shows(app, "#next") == "See results (Enter)"
        assert ui.shows(app, "#ending") == "Round over" and ui.on_screen(app, "Round over")
        line = ui.screen_lines(app)[-1]
        assert "See results" in line and "Next" not in line
        await pilot.press("n")
        await ui.wait_for_screen(pilot, ResultsScreen)


async def test_blitz_clock_is_a_bar_that_warns_in_its_last_ten_seconds(clock) -> None:
    app = ui.new_app(mode="blitz", seed="5")
    async with app.run_test(size=ui.SIZE) as pilot:
        screen = app.screen
        bar = screen.query_one("#clock")
        await ui.wait_for(pilot, lambda: ui.on_screen(app, "60 s"))
        row = next(line for line in ui.screen_lines(app) if "60 s" in line)
        assert row.count("█") >= 40 and "░" not in row
        assert "Time" not in ui.shows(app, "#progress")  # said once, by the clock
        assert not bar.has_class("-warning", "-error")
        for passed, seconds, style in ((30, 30, None), (51, 9, "-warning"), (56, 4, "-error")):
            clock.now = 1000.0 + passed
            await ui.wait_for(pilot, lambda: any(f" {seconds} s" in line
                                                 for line in ui.screen_lines(app)))
            row = next(line for line in ui.screen_lines(app) if f" {seconds} s" in line)
            assert "░" in row and abs(row.count("█") / (row.count("█") + row.count("░"))
                                      - seconds / 60) < 0.05
            assert bar.has_class("-warning") == (style == "-warning")
            assert bar.has_class("-error") == (style == "-error")


async def test_itemised_points_show_whole_at_forty_columns() -> None:
    game = quiz.game.Game.load()
    pack = game.catalog.get("narcos-mexico")
    seed = next(str(s) for s in range(1, 500)
                if all(q.type != "text" for q in game.new_round(pack, "blitz", None, str(s)).queue[:2]))
    app = ui.new_app(mode="blitz", seed=seed)
    async with app.run_test(size=(40, 12)) as pilot:
        await ui.answer(pilot)
        await ui.next_question(pilot)
        await ui.answer(pilot)
        verdict = ui.shows(app, "#verdict")
        assert "speed" in verdict and "streak" in verdict
        assert ui.on_screen(app, verdict)
        # Once the screen has laid the verdict out (a loaded machine takes a moment),
        # the button to go on is in view whole.
        await ui.wait_for(pilot, lambda: app.screen.can_view_entire(app.screen.query_one("#next")))
