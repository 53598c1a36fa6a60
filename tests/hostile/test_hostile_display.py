"""The injection pack in the TUI: every field holds every kind of markup and
action (tests/hostile/packs/markup-injection.yaml), and every screen a round
passes through shows each field as written, while clicking the would-be links
and pressing the buttons that carry them runs none of their actions.

tests/ui/test_markup.py plays a pack of markup one field at a time; this one
puts the whole set in every field, level labels and topics included, and
watches the actions themselves rather than only whether the app quit.

Then what is not a pack's text but comes from outside all the same (a file's
name, a seed, an argument, the score file): in the TUI and through the real
commands, it reaches the terminal spelled out (<U+001B>) and on its own line.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.ui import ui_helpers as ui

import quiz.game  # noqa: E402

from quiz.core.loader import load_pack  # noqa: E402
from quiz.ui.screens.picker import PickerScreen  # noqa: E402
from quiz.ui.screens.play import PlayScreen  # noqa: E402
from quiz.ui.screens.results import ResultsScreen  # noqa: E402
from quiz.ui.screens.scores import ScoresScreen  # noqa: E402

PACKS = Path(__file__).resolve().parent / "packs"
SAMPLES = PACKS.parent.parent / "authoring" / "samples"
SIZE = (200, 60)  # room for fields of ~270 characters without scrolling
# The tokens of the injection pack that would be links if parsed, and a name
# each would-be action has in what the app runs.
LINKS = {
    "[@click=app.quit]q[/]": "quit",
    "[@click=app.bell]g[/]": "bell",
    "[@click=app.push_screen('help')]h[/]": "push_screen",
    "[@click=screen.dismiss]d[/]": "dismiss",
    "[link=https://example.com]l[/link]": "example.com",
}
# With a space inside: a line may wrap there, so they are checked as text only.
SPACED = ("[ @click=app.exit]e[/]", "[red on red]r")
TOKENS = (*LINKS, *SPACED, "[b]b[/b]", "[/]", "[$accent]v[/]", "$accent", "\\[x]",
          ":skull:", "{0}{title}%s")
ACTIONS = (*LINKS.values(), "exit", "notify")


@pytest.fixture(autouse=True)
def _quicker_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    ui.quicker_idle(monkeypatch)
    # The same round every run: the order of the questions decides which are
    # clicked and which pressed.
    monkeypatch.setattr(quiz.game, "new_seed", lambda: "1")


class Watch:
    """Records every action the app runs and every bell it rings."""

    def __init__(self, app) -> None:
        self.app = app
        self.actions: list[str] = []
        self.bells = 0
        run_action = app.run_action

        async def recording(action, default_namespace=None):
            self.actions.append(action if isinstance(action, str) else repr(action))
            return await run_action(action, default_namespace)

        def bell() -> None:
            self.bells += 1

        app.run_action = recording
        app.bell = bell

    def injected(self) -> list[str]:
        return [a for a in self.actions if any(name in a for name in ACTIONS)]

    def assert_nothing_ran(self, screen_type: type) -> None:
        assert self.app.is_running and self.app.return_code is None
        assert isinstance(self.app.screen, screen_type), self.app.screen
        assert self.injected() == [] and self.bells == 0, (self.injected(), self.bells)


def assert_literal(app, *texts: str) -> None:
    """Each space-free piece of markup in these texts is on the rendered screen."""
    screen = ui.screen_text(app)
    for text in texts:
        for word in text.split():
            if "[" in word or "]" in word or "$" in word or ":" in word:
                assert word in screen, (word, screen)


async def click_links(pilot, widget, screen_type: type, watch: Watch,
                      tokens=tuple(LINKS)) -> int:
    """Click the word inside each would-be link that shows within the widget."""
    app = pilot.app
    region = widget.region
    clicked = 0
    for token in tokens:
        word_at = token.index("]") + 1
        for y, line in enumerate(ui.screen_lines(app)):
            if not region.y <= y < region.bottom:
                continue
            x = line.find(token, region.x, region.right)
            if x >= 0:
                await pilot.click(offset=(x + word_at, y))
                await pilot.pause()
                clicked += 1
                watch.assert_nothing_ran(screen_type)
                break
    return clicked


# Every field of a hostile pack on every screen: the longest walk of the everyday run;
# tests/ui/test_markup.py keeps a pack's markup shown as text there.
@pytest.mark.slow
async def test_every_kind_of_markup_in_every_field_is_shown_as_text_and_runs_nothing(
        quiz_home: Path) -> None:
    folder = quiz_home / "packs"
    folder.mkdir(parents=True)
    shutil.copyfile(PACKS / "markup-injection.yaml", folder / "markup-injection.yaml")
    loaded = load_pack(folder / "markup-injection.yaml", "user")
    assert loaded.pack is not None, loaded.problems
    pack = loaded.pack
    one, two = (level.label for level in pack.levels)
    source = pack.sources[0].title

    app = ui.new_app()
    watch = Watch(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        await pilot.press("down")
        await pilot.pause()
        assert app.screen.selected_view().id == "injection"
        topics = sorted({e.topic for e in (*pack.facts, *pack.questions)
                         if e.topic and e.spoiler in ("none", "one")})
        assert ui.shows(app, "#about") == "\n".join([
            pack.title, pack.description, f"5 questions (watched through {one})",
            f"1 hidden: {two}", "Topics: " + ", ".join(topics),
            f"From: user pack, {pack.path}"])
        assert f"{pack.title}\n5 questions · user · 1 hidden: {two}" in ui.shows(app, "#packs")
        assert_literal(app, pack.title, pack.description, one, two, *topics)
        clicks = await click_links(pilot, app.screen.query_one("#about"), PickerScreen, watch)
        assert clicks == len(LINKS)

        await pilot.press("p")  # a click may have moved the focus off the list
        await ui.wait_for_screen(pilot, PlayScreen)
        round_ = app.screen.round
        # f-delta's choices offer f-alpha's answer: four of the five questions
        assert round_.config.pack_id == "injection" and round_.total == 4
        assert_literal(app, pack.title)  # the top bar
        pressed = clicked = 0
        while isinstance(app.screen, PlayScreen):
            question = round_.current
            assert ui.shows(app, "#question") == question.full_prompt
            assert_literal(app, question.prompt)
            assert await click_links(pilot, app.screen.query_one("#question"), PlayScreen, watch)
            if question.type == "choice":
                buttons = list(app.screen.query(".choice"))
                for button, choice in zip(buttons, question.choices, strict=True):
                    assert ui.text(button).endswith(f"   {choice}")
                assert_literal(app, *question.choices)
                if not pressed:  # the keyboard: Enter on a button labelled with markup
                    buttons[0].focus()
                    await pilot.press("enter")
                    pressed += 1
                    chosen = question.choices[0]
                else:  # the mouse: on the word inside a would-be link of a label
                    chosen = question.choices[-1]
                    clicked += await click_links(pilot, buttons[-1], PlayScreen, watch,
                                                 tokens=("[@click=app.quit]q[/]",))
                await pilot.pause()
                assert ui.shown(app.screen.query_one("#feedback"))  # it answered...
                assert round_.answers[-1].response == chosen  # ...with that button
            else:
                if question.type == "text":
                    # A click on the text may have moved the focus to the scrolling body.
                    app.screen.query_one("#typed").focus()
                await ui.answer(pilot, right=question.type == "text", typing=False)
            watch.assert_nothing_ran(PlayScreen)
            verdict = ui.shows(app, "#verdict")
            assert verdict.startswith("Right! +") or verdict == f"Wrong. The answer: {question.answer}"
            details = ui.shows(app, "#details")
            assert details == "\n\n".join(question.notes)
            assert question.explain in details and question.source in details
            assert_literal(app, verdict, question.explain, source)
            assert await click_links(pilot, app.screen.query_one("#details"), PlayScreen, watch)
            await pilot.press("n")  # a click may have moved the focus off the Next button
            await pilot.pause()

        await ui.wait_for_screen(pilot, ResultsScreen)
        assert pressed == 1 and clicked >= 1
        assert round_.missed, "the round was meant to miss some"
        missed = ui.shows(app, "#missed")
        for answer in round_.missed:
            assert f"• {answer.question.full_prompt}\n  → {answer.question.answer}" in missed
        assert_literal(app, round_.missed[0].question.prompt, round_.missed[0].question.answer)
        assert await click_links(pilot, app.screen.query_one("#missed"), ResultsScreen, watch)
        watch.assert_nothing_ran(ResultsScreen)
        # The watch does see actions: the app's own, run by their keys.
        assert "truth(False)" in watch.actions and "next" in watch.actions


async def test_a_pack_file_name_with_an_escape_sequence_is_not_drawn_raw(quiz_home: Path) -> None:
    folder = quiz_home / "packs"
    folder.mkdir(parents=True)
    shutil.copyfile(PACKS / "bom.yaml", folder / "title\x1b]0;pwned\x07.yaml")
    shutil.copyfile(PACKS / "empty-map.yaml", folder / "clear\x1b[2J\nNot loaded: forged.yaml")
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        await pilot.press("down")
        await pilot.pause()
        assert app.screen.selected_view().id == "bom"
        assert "\x1b" not in ui.screen_text(app)
        assert "title<U+001B>]0;pwned<U+0007>.yaml" in ui.shows(app, "#about")
        assert "clear<U+001B>[2J<U+000A>Not loaded: forged.yaml" in ui.shows(app, "#failed")


# -- outside strings that are not pack text -----------------------------------------------

# What a terminal would act on (an OSC that retitles the window, BEL, a CSI that
# wipes the screen, CR), then a line break and a line of our own making.
HOSTILE = "x\x1b]2;PWNED\x07\x1b[2J\r\nquiz: forged"
SPELLED = "x<U+001B>]2;PWNED<U+0007><U+001B>[2J<U+000D><U+000A>quiz: forged"
# Every control character but newline, and the bidi overrides.
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def assert_safe(*streams: str) -> None:
    """Nothing a terminal would act on, and no line that the outside string forged."""
    for stream in streams:
        unsafe = UNSAFE.search(stream)
        assert unsafe is None, (unsafe, stream)
        assert not any(line.startswith("quiz: forged") for line in stream.splitlines()), stream


def hostile_scores() -> str:
    """A score file of the right shape whose every string is hostile."""
    when = "2026-11-30T12:00:00+00:00"
    session = {"id": HOSTILE, "pack": HOSTILE, "mode": HOSTILE, "horizon": HOSTILE,
               "seed": HOSTILE, "topic": HOSTILE, "started": when, "ended": when,
               "score": 100, "questions": 1, "best_streak": 1, "complete": True,
               "answers": [{"q": HOSTILE, "right": True, "s": 1.0}]}
    best = {"score": 100, "session": HOSTILE, "when": when, "correct": 1, "answered": 1}
    return json.dumps({"schema": 1, "sessions": [session],
                       "bests": {HOSTILE: {"classic": best}}})


async def test_a_seed_from_outside_the_command_line_is_shown_spelled_out(quiz_home: Path) -> None:
    app = ui.new_app(mode="classic", length=1, seed=HOSTILE)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await ui.play_out(pilot, typing=False)
        await ui.wait_for_screen(pilot, ResultsScreen)
        replay = ui.shows(app, "#replay-line")
        assert replay.startswith(f"Seed {SPELLED}. Replay this round with:\n")
        assert_safe(replay, ui.screen_text(app))


async def test_the_scores_screen_shows_the_score_files_strings_spelled_out(
        quiz_home: Path) -> None:
    quiz_home.mkdir(parents=True)
    (quiz_home / "scores.json").write_text(hostile_scores(), encoding="utf-8")
    app = ui.new_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h")
        await ui.wait_for_screen(pilot, ScoresScreen)
        await pilot.pause()
        rows = ["  ".join(str(cell) for cell in table.get_row_at(n))
                for table in app.screen.query(DataTable) for n in range(table.row_count)]
        assert any(row.startswith(f"{SPELLED}  classic  100") for row in rows), rows
        assert_safe(*ui.widget_texts(app), *rows, ui.screen_text(app))


def test_quiz_scores_shows_the_score_files_strings_spelled_out(run_quiz, quiz_home: Path) -> None:
    quiz_home.mkdir(parents=True)
    (quiz_home / "scores.json").write_text(hostile_scores(), encoding="utf-8")
    result = run_quiz("scores")
    assert (result.returncode, result.stderr) == (0, "")
    assert_safe(result.stdout)
    recent = result.stdout.split("Recent rounds\n")[1].split("\n\n")[0].splitlines()
    assert recent[1].startswith(f"  2026-11-30 12:00  {SPELLED}  {SPELLED}")
    assert recent[1].endswith("  100  1/1")


# Markup in the score file's names: read as markup, "[b]x[/b]" would show as a bold x
# and the link as a bare y. The topic shows only while a pack has it: demo's, retitled.
MARKED_PACK = "[b]x[/b]\x1b[2J"
MARKED_MODE = "[link=http://e]y[/link]\x07"
MARKED_TOPIC = "[b]t[/b] [link=http://e]z[/link]"
MARKED_SHOWN = ("[b]x[/b]<U+001B>[2J", "[link=http://e]y[/link]<U+0007>",
                f"classic · {MARKED_TOPIC}")


def marked_home(home: Path) -> None:
    """A score file whose pack id, mode and topic are markup, and a pack with that topic."""
    (home / "packs").mkdir(parents=True)
    demo = (ui.TESTS / "packs" / "demo.yaml").read_text(encoding="utf-8")
    (home / "packs" / "demo.yaml").write_text(
        demo.replace("topic: show", f"topic: '{MARKED_TOPIC}'"), encoding="utf-8")
    when = "2026-11-30T12:00:00+00:00"

    def session(n: int, pack: str, mode: str, topic: str) -> dict:
        return {"id": f"s{n}", "pack": pack, "mode": mode, "horizon": "none", "seed": "1",
                "topic": topic, "started": when, "ended": when, "score": 100 + n,
                "questions": 1, "best_streak": 1, "complete": True,
                "answers": [{"q": "luna-plays-gallardo", "right": True, "s": 1.0}]}

    best = {"score": 100, "session": "s1", "when": when, "correct": 1, "answered": 1}
    (home / "scores.json").write_text(json.dumps({
        "schema": 1,
        "sessions": [session(1, MARKED_PACK, MARKED_MODE, MARKED_TOPIC),
                     session(2, "demo", "classic", MARKED_TOPIC)],
        "bests": {MARKED_PACK: {"classic": best}}}), encoding="utf-8")


async def test_markup_in_the_score_file_shows_as_written_in_the_scores_tables(
        quiz_home: Path) -> None:
    marked_home(quiz_home)
    app = ui.new_app()
    watch = Watch(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h")
        await ui.wait_for_screen(pilot, ScoresScreen)
        await pilot.pause()
        screen = "\n".join(ui.screen_lines(app))
        for shown in MARKED_SHOWN:
            assert shown in screen, (shown, screen)
        assert_safe(screen)
        # The would-be link in a cell is no link: clicking its word runs nothing.
        assert await click_links(pilot, app.screen.query_one(DataTable), ScoresScreen, watch,
                                 tokens=("[link=http://e]y[/link]",)) == 1


def test_quiz_scores_shows_markup_in_the_score_file_as_written(run_quiz, quiz_home: Path) -> None:
    marked_home(quiz_home)
    result = run_quiz("scores")
    assert (result.returncode, result.stderr) == (0, "")
    assert_safe(result.stdout)
    for shown in MARKED_SHOWN:
        assert shown in result.stdout, (shown, result.stdout)


def test_a_message_that_quotes_the_score_file_is_spelled_out_and_told_once(
        run_quiz, quiz_home: Path) -> None:
    quiz_home.mkdir(parents=True)
    (quiz_home / "scores.json").write_text(json.dumps({"schema": 1, "bests": {HOSTILE: 1}}),
                                           encoding="utf-8")
    result = run_quiz("play", "--plain", "-n", "1", "--seed", "1", input="1\n")
    assert result.returncode == 0
    assert_safe(result.stdout, result.stderr)
    [told] = result.stderr.splitlines()
    assert "damaged" in told and SPELLED in told


FILE = f"{HOSTILE}.yaml"


@pytest.mark.parametrize("args", [
    ("play", "--plain", "--pack", HOSTILE),
    ("play", "--plain", "--topic", HOSTILE),
    ("packs", "export", HOSTILE),
    ("spoilers", "--pack", HOSTILE, "--watched", "none"),
    ("spoilers", "--pack", "narcos-mexico", "--watched", HOSTILE),
    ("packs", "validate", FILE),
    ("packs", "add", FILE),
    ("packs", "remove", HOSTILE),
    ("packs", "new", HOSTILE),
    ("packs", "new", "my-show", "-o", FILE),
    ("packs", "import", FILE, "--from", "gift"),
    ("packs", "import", str(SAMPLES / "sample.gift"), "--from", "gift", "--id", HOSTILE),
    ("draft", FILE),
    ("scores", HOSTILE),
], ids=lambda args: " ".join(a for a in args if a.isprintable() and "/" not in a))
def test_an_argument_is_echoed_spelled_out_on_one_line(run_quiz, args: tuple[str, ...]) -> None:
    result = run_quiz(*args)
    assert "Traceback" not in result.stderr
    assert_safe(result.stdout, result.stderr)
    assert SPELLED in result.stdout + result.stderr
