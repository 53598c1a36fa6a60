"""The feedback after an answer, in the TUI: the question stays on screen as
answered (the right option and the player's pick marked by a symbol and a colour,
a typed answer repeated), and "don't know" (d, or Enter on an empty box)."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input

from tests.ui import ui_helpers as ui

import quiz.game  # noqa: E402
from quiz.core.generate import Question  # noqa: E402
from quiz.ui.app import QuizApp, make_app  # noqa: E402
from quiz.ui.screens.help import KEYS  # noqa: E402


def app_asking(wanted: Callable[[Question], bool]) -> QuizApp:
    """The app in a classic round whose first question is `wanted`."""
    return ui.new_app(mode="classic", length=5, seed=ui.opening_seed(wanted))


def answered_lines(app: QuizApp) -> list[str]:
    return ui.shows(app, "#answered").splitlines()


def line_with(lines: list[str], option: str) -> str:
    return next(line for line in lines if line.split("   ", 1)[-1].startswith(option))


def colours(app: QuizApp, wanted: str) -> set:
    """The colours the rendered screen draws `wanted` in (its first row holding it)."""
    for segments in ui.rendered_rows(app):
        start = "".join(segment.text for segment in segments).find(wanted)
        if start < 0:
            continue
        found, x = set(), 0
        for segment in segments:
            if x < start + len(wanted) and x + len(segment.text) > start and segment.text.strip():
                found.add(segment.style.color if segment.style else None)
            x += len(segment.text)
        return found
    raise AssertionError(f"{wanted!r} is not on screen")


def fully_drawn(app: QuizApp, selector: str) -> bool:
    """Is every row of the widget on screen (not scrolled past, nor below)?"""
    return app.screen.can_view_entire(app.screen.query_one(selector))


def footer(app: QuizApp) -> str:
    return ui.screen_lines(app)[-1]


async def test_a_wrong_choice_keeps_the_choices_with_the_answer_and_the_pick_marked() -> None:
    app = app_asking(ui.four_choices)
    async with app.run_test(size=ui.SIZE) as pilot:
        question = await ui.answer(pilot, right=False)
        picked = ui.wrong_response(question)
        assert ui.shows(app, "#verdict") == f"Wrong. The answer: {question.answer}"
        assert ui.shown(app.screen.query_one("#answered"))
        assert ui.on_screen(app, question.prompt)  # the question stays
        lines = answered_lines(app)
        assert len(lines) == 4
        right = line_with(lines, question.answer)
        wrong = line_with(lines, picked)
        assert right.startswith("✓") and right.endswith("(right answer)")
        assert wrong.startswith("✗") and wrong.endswith("(your answer, wrong)")
        others = [line for line in lines if line not in (right, wrong)]
        assert len(others) == 2
        assert all(not line.startswith(("✓", "✗")) and "(" not in line for line in others)
        # On the terminal: the marks are drawn, and each marked line in a colour of
        # its own (a mark is never told by colour alone, nor by symbol alone).
        assert ui.on_screen(app, right) and ui.on_screen(app, wrong)
        neutral = colours(app, others[0].strip())
        assert colours(app, right) != neutral and colours(app, wrong) != neutral
        assert colours(app, right) != colours(app, wrong)
        assert ui.on_screen(app, "Next (Enter)") and app.focused.id == "next"


async def test_a_right_choice_is_marked_as_your_answer_and_right() -> None:
    app = app_asking(ui.four_choices)
    async with app.run_test(size=ui.SIZE) as pilot:
        question = await ui.answer(pilot, right=True)
        lines = answered_lines(app)
        right = line_with(lines, question.answer)
        assert right.startswith("✓") and right.endswith("(your answer, right)")
        assert sum(line.startswith("✓") for line in lines) == 1
        assert not any(line.startswith("✗") or "(" in line for line in lines if line != right)
        assert ui.on_screen(app, right)


async def test_true_false_shows_the_statement_with_true_and_false_marked() -> None:
    for right in (True, False):
        app = app_asking(ui.true_false)
        async with app.run_test(size=ui.SIZE) as pilot:
            question = await ui.answer(pilot, right=right)
            assert ui.on_screen(app, question.full_prompt)
            lines = answered_lines(app)
            assert len(lines) == 2
            answer = line_with(lines, question.answer)
            other = next(line for line in lines if line != answer)
            assert answer.startswith("✓")
            if right:
                assert answer.endswith("(your answer, right)") and "✗" not in other
            else:
                assert answer.endswith("(right answer)")
                assert other.startswith("✗") and other.endswith("(your answer, wrong)")
            assert all(ui.on_screen(app, line) for line in lines)


async def test_a_typed_answer_is_repeated_marked_right_or_wrong() -> None:
    for right in (True, False):
        app = app_asking(ui.type_in)
        async with app.run_test(size=ui.SIZE) as pilot:
            question = await ui.answer(pilot, right=right)
            typed = question.answer if right else ui.WRONG_TYPED
            assert answered_lines(app) == [f"{'✓' if right else '✗'} You typed: {typed}"]
            assert ui.on_screen(app, f"You typed: {typed}")


async def test_a_typed_answer_is_repeated_as_text_never_markup_or_control_codes() -> None:
    app = app_asking(ui.type_in)
    async with app.run_test(size=ui.SIZE) as pilot:
        app.screen.query_one("#typed", Input).value = "[b]x[/b] \x1b]0;pwned\x07"
        await pilot.press("enter")
        await pilot.pause()
        assert answered_lines(app) == ["✗ You typed: [b]x[/b] <U+001B>]0;pwned<U+0007>"]
        assert ui.on_screen(app, "You typed: [b]x[/b] <U+001B>]0;pwned<U+0007>")
        assert "\x1b" not in ui.screen_text(app)


async def test_enter_on_an_empty_box_is_dont_know_and_counts_as_wrong() -> None:
    app = app_asking(ui.type_in)
    async with app.run_test(size=ui.SIZE) as pilot:
        round_ = app.screen.round
        question = round_.current
        assert app.focused.id == "typed"
        await pilot.press("space", "enter")
        await pilot.pause()
        assert [a.correct for a in round_.answers] == [False]
        assert ui.shows(app, "#verdict") == f"Don't know (counts as wrong). The answer: {question.answer}"
        assert ui.on_screen(app, f"The answer: {question.answer}")
        assert not ui.shown(app.screen.query_one("#answered"))  # nothing typed to repeat
        await ui.next_question(pilot)
        assert round_.current == round_.queue[1]


async def test_d_on_a_multiple_choice_question_is_dont_know() -> None:
    app = app_asking(ui.four_choices)
    async with app.run_test(size=ui.SIZE) as pilot:
        round_ = app.screen.round
        question = round_.current
        assert "d Don't know" in footer(app) and "n Next" not in footer(app)
        await pilot.press("d")
        await pilot.pause()
        assert [a.correct for a in round_.answers] == [False] and round_.streak == 0
        assert ui.shows(app, "#verdict").startswith("Don't know (counts as wrong).")
        lines = answered_lines(app)
        right = line_with(lines, question.answer)
        assert right.startswith("✓") and right.endswith("(right answer)")
        assert not any("your answer" in line or line.startswith("✗") for line in lines)
        # Feedback: d does nothing more; Next is the key now.
        assert "Don't know" not in footer(app) and "n Next" in footer(app)
        await pilot.press("d")
        await pilot.pause()
        assert len(round_.answers) == 1


async def test_d_types_a_letter_in_a_type_in_answer_and_the_help_says_both_keys() -> None:
    app = app_asking(ui.type_in)
    async with app.run_test(size=ui.SIZE) as pilot:
        assert "Don't know" not in footer(app)
        await pilot.press("d")
        await pilot.pause()
        assert app.screen.query_one("#typed", Input).value == "d"
        assert app.screen.round.answers == []
    assert "don't know" in KEYS and "\n  d " in KEYS


async def test_on_a_small_terminal_the_feedback_scrolls_to_the_verdict_and_next() -> None:
    app = app_asking(ui.four_choices)
    async with app.run_test(size=(40, 12)) as pilot:
        question = await ui.answer(pilot, right=False)
        assert ui.shows(app, "#verdict") == f"Wrong. The answer: {question.answer}"
        assert fully_drawn(app, "#verdict") and fully_drawn(app, "#next")
        assert ui.on_screen(app, "Next (Enter)")
        assert ui.on_screen(app, f"✓ {question.choices.index(question.answer) + 1}")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.round.current == app.screen.round.queue[1]


MARKUP_PACK = r'''format: 1
id: markup
title: Markup
questions:
  - id: q-choice
    type: choice
    prompt: Which one?
    answer: "[b]zeta[/b]"
    choices: ["[@click=app.quit]eta[/]", "[red]theta", "[/]iota"]
'''


async def test_the_marked_choices_are_text_never_markup(quiz_home) -> None:
    (quiz_home / "packs").mkdir(parents=True)
    (quiz_home / "packs" / "markup.yaml").write_text(MARKUP_PACK, encoding="utf-8")
    game = quiz.game.Game.load()
    pack = game.catalog.get("markup")
    app = make_app(game, game.new_round(pack, "classic", 1, "1"))
    async with app.run_test(size=ui.SIZE) as pilot:
        question = app.screen.round.current
        link = question.choices.index("[@click=app.quit]eta[/]")
        await pilot.press(str(link + 1))
        await pilot.pause()
        lines = answered_lines(app)
        assert sorted(line.split("   ", 1)[1] for line in lines) == sorted(
            ["[/]iota", "[@click=app.quit]eta[/]  (your answer, wrong)",
             "[b]zeta[/b]  (right answer)", "[red]theta"])
        assert all(ui.on_screen(app, line) for line in lines)
        # A click where a parsed link would be does nothing.
        row = next(y for y, text in enumerate(ui.screen_lines(app)) if "eta[/]  (your" in text)
        x = ui.screen_lines(app)[row].index("]eta") + 1
        await pilot.click(offset=(x, row))
        await pilot.pause()
        assert app.is_running and app.return_code is None
