"""Text from packs is shown as plain text, never as markup: a pack whose every
field is hostile markup plays through, shows its brackets literally, and its
`[@click=app.quit]` links do nothing when clicked."""

from __future__ import annotations

from pathlib import Path


from tests.ui import ui_helpers as ui

from quiz.core.loader import load_pack  # noqa: E402
from quiz.ui.screens.picker import PickerScreen  # noqa: E402
from quiz.ui.screens.play import PlayScreen  # noqa: E402
from quiz.ui.screens.results import ResultsScreen  # noqa: E402
from quiz.ui.screens.settings import SettingsScreen  # noqa: E402

HOSTILE = r'''format: 1
id: hostile
title: "[bold]x[/bold] Hostile [red]pack[/] [@click=app.quit]q[/]"
description: "Hostile [ @click=app.quit]d[/] pack [/] with [link=https://example.com]a-link[/link] [red]"
sources:
  - id: src
    title: "[b]The-source[/b] [@click=app.quit]s[/]"
facts:
  - id: f-click
    kind: thing
    statement: "The thing is [@click=app.quit]alpha[/] here."
    ask: "Which [bold]thing[/bold] is it? [/]"
    answer: "[@click=app.quit]alpha[/]"
    distractors: ["[ @click=app.quit]beta[/]", "[red]gamma"]
    explain: "Because [i]reasons[/i] [/] [@click=app.quit]e[/]"
    source: src#1
    topic: "[bold]topic[/bold]"
  - id: f-red
    kind: thing
    statement: "The other is [red]delta[/red] there."
    ask: "Which [red]other[/red] one? [@click=app.quit]x[/]"
    answer: "[red]delta[/red]"
    explain: "[/][/] [on red]"
    topic: "[bold]topic[/bold]"
  - id: f-close
    kind: thing
    statement: "Last is [/]epsilon[/] too."
    ask: "And the [/] last?"
    answer: "[/]epsilon[/]"
    topic: "[@click=app.quit]t[/]"
questions:
  - id: q-choice
    type: choice
    prompt: "Pick [@click=app.quit]the-link[/]: [bold]which[/bold]?"
    answer: "[b]zeta[/b]"
    choices: ["[@click=app.quit]eta[/]", "[ @click=app.quit]theta[/]", "[/]iota"]
    explain: "[@click=app.quit]why[/]"
    source: src
  - id: q-tf
    type: true-false
    prompt: "[bold]This[/bold] is [@click=app.quit]true[/]."
    answer: "true"
  - id: q-text
    type: text
    prompt: "Type [red]kappa[/red] in [/] brackets"
    answer: "[kappa]"
    accept: [kappa]
'''


def tokens(text: str) -> list[str]:
    """The bracketed words of a text: each must show literally, and none holds a
    space, so wrapping cannot split one."""
    return [word for word in text.split() if "[" in word or "]" in word]


def assert_literal(app, *texts: str) -> None:
    screen = ui.screen_text(app)
    for text in texts:
        for token in tokens(text):
            assert token in screen, (token, screen)


def still_running(app) -> bool:
    return app.is_running and app.return_code is None


async def click_the_link(pilot, label: str) -> None:
    """Click on the word inside the click markup of a choice, where a parsed link
    would be."""
    app = pilot.app
    word = label.split("]", 1)[1].split("[", 1)[0]
    for y, line in enumerate(ui.screen_lines(app)):
        x = line.find(label)
        if x >= 0:
            await pilot.click(offset=(x + label.index("]" + word) + 1, y))
            await pilot.pause()
            return
    raise AssertionError(f"{label!r} is not on screen")


async def test_hostile_pack_text_is_shown_literally_and_its_links_are_dead(quiz_home: Path) -> None:
    packs = quiz_home / "packs"
    packs.mkdir(parents=True)
    (packs / "hostile.yaml").write_text(HOSTILE, encoding="utf-8")
    loaded = load_pack(packs / "hostile.yaml", "user")
    assert loaded.pack is not None, loaded.problems
    pack = loaded.pack

    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        assert pack.title in ui.shows(app, "#packs")
        await pilot.press("down")
        await pilot.pause()
        about = ui.shows(app, "#about")
        assert about.startswith(f"{pack.title}\n{pack.description}\n")
        assert "Topics: [@click=app.quit]t[/], [bold]topic[/bold]" in about
        assert_literal(app, "[bold]x[/bold] [@click=app.quit]q[/]", "[ @click=app.quit]d[/]")
        await pilot.press("enter")
        await ui.wait_for_screen(pilot, PlayScreen)
        round_ = app.screen.round
        # The three facts of one kind offer each other's answers as wrong options,
        # so a round may leave one or two of them for another (test_giveaways.py).
        assert round_.config.pack_id == "hostile" and 4 <= round_.total <= 6
        assert_literal(app, "[bold]x[/bold]")  # the title in the top bar

        clicked = 0
        while isinstance(app.screen, PlayScreen):
            question = round_.current
            assert ui.shows(app, "#question").endswith(question.prompt)
            assert_literal(app, question.prompt)
            if question.type == "choice":
                for choice in question.choices:
                    assert any(ui.text(b).endswith(f"   {choice}")
                               for b in app.screen.query(".choice"))
                assert_literal(app, *question.choices)
                link = next(c for c in question.choices if c.startswith("[@click="))
                await click_the_link(pilot, link)
                clicked += 1
                assert still_running(app)
                assert ui.shown(app.screen.query_one("#feedback"))  # the click answered
                assert round_.answers[-1].response == link
            else:
                await ui.answer(pilot, right=question.id != "q-text")
            verdict = ui.shows(app, "#verdict")
            assert verdict.startswith("Right! +") or verdict == f"Wrong. The answer: {question.answer}"
            details = ui.shows(app, "#details")
            for part in (question.explain, question.source):
                assert part in details
            assert_literal(app, verdict, question.explain, question.source)
            await ui.next_question(pilot)
            assert still_running(app)

        assert clicked >= 1
        await ui.wait_for_screen(pilot, ResultsScreen)
        missed = ui.shows(app, "#missed")
        for answer in round_.missed:
            assert answer.question.prompt in missed and answer.question.answer in missed
        assert "[kappa]" in missed  # the type-in answered wrong on purpose
        app.screen.query_one("#missed").scroll_visible(animate=False, top=True)
        await pilot.pause()
        assert_literal(app, "[kappa]")

        await pilot.press("escape")
        await pilot.press("o")
        await ui.wait_for_screen(pilot, SettingsScreen)
        # A pack without spoiler levels has nothing to watch through: not listed.
        assert ui.on_screen(app, "watched through Season 1")
        assert not any(pack.title in t for t in ui.widget_texts(app))
        assert still_running(app)
