"""Shared helpers for the Pilot tests of the TUI
(`from tests.ui import ui_helpers as ui`)."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path

from rich.segment import Segment
from textual.errors import NoWidget
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Input, OptionList, RadioButton, Static

import quiz.game
from quiz.core.answers import contains_term, fold
from quiz.core.generate import FALSE, TRUE, Question
from quiz.core.pack import Pack
from quiz.ui.app import QuizApp, make_app
from quiz.ui.outcomes import RoundChoice
# The UI tests use these as ui.builtin_pack and so on.
from tests.core.helpers import builtin_pack, question_texts, secret_texts  # noqa: F401

TESTS = Path(__file__).resolve().parent.parent
SIZE = (80, 24)
WRONG_TYPED = "zzz"  # short: every key costs a Pilot round trip


# -- apps and files -------------------------------------------------------------------

def new_app(**round_args) -> QuizApp:
    """A fresh app on a fresh Game.load(); with round arguments (mode, length,
    seed, ...) it opens straight into that round of the built-in pack, like
    `quiz play`."""
    return make_app(start=RoundChoice("narcos-mexico", **round_args) if round_args else None)


def party_app(players: str = "Ana,Ben,Cy", wanted: Callable[[Question], bool] | None = None,
              each: int = 2) -> QuizApp:
    """An app that opens on a party round of the built-in pack (as `quiz play
    --players` would start one): `players` as --players takes them; with
    `wanted`, the first seed whose round opens with such a question."""
    from quiz.core.party import parse_players

    game = quiz.game.Game.load()
    pack = game.catalog.get("narcos-mexico")
    party = parse_players(players, pack)
    seed = "1" if wanted is None else next(
        str(s) for s in range(1, 1000)
        if wanted(game.new_party(pack, party, each, str(s)).current))
    return make_app(game, game.new_party(pack, party, each, seed))


def settings_path(home: Path) -> Path:
    return home / "settings.json"


def read_settings(home: Path) -> dict:
    return json.loads(settings_path(home).read_text(encoding="utf-8"))


def write_settings(home: Path, **values) -> None:
    home.mkdir(parents=True, exist_ok=True)
    settings_path(home).write_text(json.dumps(values), encoding="utf-8")


def season(pack: Pack, level: str) -> set[str]:
    """Ids of the facts and questions of one spoiler level."""
    return {e.id for e in (*pack.facts, *pack.questions) if e.spoiler == level}


def season2_terms(pack: Pack) -> tuple[str, ...]:
    return next(level.terms for level in pack.levels if level.id == "season-2")


# -- reading the screen -----------------------------------------------------------------

def shown(widget: Widget) -> bool:
    """Is the widget displayed (it and every ancestor have display on)?"""
    node: object = widget
    while isinstance(node, Widget):
        if not node.display or not node.visible:
            return False
        node = node.parent
    return True


def text(widget: Widget) -> str:
    """The full text a widget shows, before wrapping."""
    if isinstance(widget, Static):  # Label is a Static too
        return widget.visual.plain
    if isinstance(widget, Button | RadioButton):
        return widget.label.plain
    if isinstance(widget, Input):
        return "\n".join(t for t in (widget.value, str(widget.placeholder)) if t)
    if isinstance(widget, OptionList):
        parts = []
        for index in range(widget.option_count):
            prompt = widget.get_option_at_index(index).prompt
            parts.append(prompt if isinstance(prompt, str) else getattr(prompt, "plain", str(prompt)))
        return "\n".join(parts)
    return ""


def widget_texts(app: QuizApp) -> list[str]:
    """Text of every displayed Static, Label, Button, RadioButton, Input and
    OptionList on the active screen."""
    kinds = (Static, Button, RadioButton, Input, OptionList)
    return [text(w) for w in app.screen.query("*") if isinstance(w, kinds) and shown(w)]


def rendered_rows(app: QuizApp) -> list[list[Segment]]:
    """The screen as the terminal shows it, one list of segments (text and style)
    per row: the active screen over the screens a modal leaves visible behind it."""
    behind = [screen for screen in app.screen_stack[:-1] if screen.is_current]
    # Private, and only here: no public call returns the composed rows.
    # `App.export_screenshot` makes this same call but returns SVG, whose layout
    # is Rich's to change, and from which the text cannot be read back reliably.
    update = app.screen._compositor.render_update(full=True, screen_stack=behind)
    return [[segment for strip in row for segment in strip] for row in update.strips]


def screen_lines(app: QuizApp) -> list[str]:
    """The screen as the terminal shows it (see rendered_rows), one string per row."""
    return ["".join(segment.text for segment in row) for row in rendered_rows(app)]


def screen_text(app: QuizApp) -> str:
    return "\n".join(screen_lines(app))


def on_screen(app: QuizApp, wanted: str) -> bool:
    """Is `wanted` shown, allowing for wrapping (compared folded, words in order)?"""
    return fold(wanted) in fold(" ".join(screen_lines(app)))


def season1_choice_round(game, pack: Pack):
    """A fifty-question classic round whose first question is a season-1 one that
    offers choices: the first seed that gives one."""
    seed = next(str(n) for n in range(1, 1000)
                if (q := game.new_round(pack, "classic", 50, str(n)).current).level == "season-1"
                and q.type != "text")
    return game.new_round(pack, "classic", 50, seed)


def opening_seed(wanted: Callable[[Question], bool]) -> str:
    """The first seed whose five-question classic round of the built-in pack
    opens with a `wanted` question."""
    game = quiz.game.Game.load()
    pack = game.catalog.get("narcos-mexico")
    return next(str(s) for s in range(1, 1000)
                if wanted(game.new_round(pack, "classic", 5, str(s)).current))


def four_choices(question: Question) -> bool:
    return question.type == "choice" and len(question.choices) == 4


def true_false(question: Question) -> bool:
    return question.type == "true-false"


def type_in(question: Question) -> bool:
    return question.type == "text"


def verdict_on_screen(app: QuizApp) -> bool:
    """Is the verdict drawn? Its first words: a long one wraps beside the Next
    button, whose label then stands between its lines."""
    return on_screen(app, " ".join(shows(app, "#verdict").split()[:5]))


def shows(app: QuizApp, selector: str) -> str:
    """Text of one widget of the active screen."""
    return text(app.screen.query_one(selector))


# -- leaks --------------------------------------------------------------------------------

def holds(haystack: str, needle: str) -> bool:
    """`needle` in `haystack`, not as part of a longer word or number.

    Plain substring search would flag the hidden answer "74" in "Score 1740" or
    "ten" in "written": app figures and ordinary words, not spoilers.
    """
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


# Widgets whose text the app computes (scores, counts, seeds, the clock): their
# digits are not pack text. "67" is a season-2 term of the built-in pack (an age)
# and "2 of 3 right (67%)" is no spoiler.
FIGURES = frozenset({"progress", "figures", "replay-line", "turn", "party-scores", "podium"})
# The clock's dates and times (the scores screen's rounds): '05:40' is not the
# season-2 answer '40'.
CLOCK = re.compile(r"\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?")


def _figure_widgets(app: QuizApp) -> list[Widget]:
    return [w for w in app.screen.query("*") if w.id in FIGURES and shown(w)]


def masked_screen_lines(app: QuizApp) -> list[str]:
    """The rendered screen with the digits of the app's figure widgets blanked,
    each only where it is drawn: its region clipped by its container (a widget
    scrolled past has a region off the screen)."""
    rows = [list(line) for line in screen_lines(app)]
    for widget in _figure_widgets(app):
        try:
            area = app.screen.find_widget(widget).visible_region
        except NoWidget:  # not laid out yet
            continue
        for y in range(max(0, area.y), min(area.bottom, len(rows))):
            row = rows[y]
            for x in range(max(0, area.x), min(area.right, len(row))):
                if row[x].isdigit():
                    row[x] = " "
    return ["".join(row) for row in rows]


def chrome_terms(terms: Iterable[str]) -> set[str]:
    """Terms the app's own fixed words hold ("escape" in the key help)."""
    from quiz.ui.screens.help import KEYS
    return {t for t in terms if contains_term(KEYS, t)}


class LeakFinder:
    """What the active screen shows that it must not:

    - a hidden text in the full text of a displayed Static, Label, Button,
      RadioButton, Input or OptionList (digits of app figures aside); with
      `hidden=True`, of those not displayed too (a list not open, feedback
      between questions);
    - a hidden term, as whole words, on the rendered screen joined and folded
      (digits of app figures aside). Terms the app's own help text holds
      ("escape") are looked for in the widgets' text instead, the help text aside.

    Built once for many scans: folding the screen once per scan, not per term,
    keeps a scan at a few milliseconds.
    """

    def __init__(self, secrets: Iterable[str], terms: Iterable[str]) -> None:
        from quiz.ui.screens.help import KEYS

        self.keys_text = KEYS
        secrets = sorted(set(secrets), key=len, reverse=True)
        self.secrets = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, secrets)) + r")(?!\w)") if secrets else None
        terms = tuple(terms)
        self.chrome = chrome_terms(terms)
        self.terms = {t: fold(t) for t in terms if fold(t)}

    def _terms_in(self, text: str, terms: Iterable[str]) -> list[str]:
        # The same test as quiz.core.answers.contains_term, with the text folded once.
        folded = f" {fold(text)} "
        hits = [t for t in terms if f" {self.terms[t]} " in folded]
        assert all(contains_term(text, t) for t in hits)
        return hits

    def find(self, app: QuizApp, hidden: bool = False) -> list[str]:
        kinds = (Static, Button, RadioButton, Input, OptionList)
        texts, hidden_texts = [], []
        for widget in app.screen.query("*"):
            if isinstance(widget, kinds):
                shown_text = text(widget)
                if widget.id in FIGURES:
                    shown_text = re.sub(r"\d", " ", shown_text)
                (texts if shown(widget) else hidden_texts).append(shown_text)
        widget_text = CLOCK.sub(" ", "\n".join(texts + (hidden_texts if hidden else [])))
        found = []
        if self.secrets is not None:
            found += [f"text {m.group(0)!r}" for m in self.secrets.finditer(widget_text)]
        rendered = " ".join(masked_screen_lines(app))
        found += [f"term {t!r} on screen"
                  for t in self._terms_in(rendered, [t for t in self.terms if t not in self.chrome])]
        pack_text = "\n".join(t for t in texts if t != self.keys_text)
        found += [f"term {t!r} in a widget" for t in self._terms_in(pack_text, self.chrome)]
        return found


# -- the picker --------------------------------------------------------------------------

async def focus(pilot: Pilot, widget_id: str, key: str = "tab", tries: int = 8) -> None:
    """Move the focus with tab (or shift+tab) until the widget with this id has it."""
    app = pilot.app
    for _ in range(tries):
        if app.focused is not None and app.focused.id == widget_id:
            return
        await pilot.press(key)
    assert app.focused is not None and app.focused.id == widget_id, app.focused


async def pick_mode(pilot: Pilot, mode_index: int) -> None:
    """In the picker, choose a mode by keyboard: tab to the mode set, arrow, Enter."""
    await focus(pilot, "mode")
    radio = pilot.app.screen.query_one("#mode")
    for _ in range(mode_index):
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause()
    assert radio.pressed_index == mode_index


def quicker_idle(monkeypatch) -> None:
    """Let Pilot decide "the app is idle" in 5 ms windows instead of 20 ms.

    Pilot.press waits after each key until a whole window passes with (almost) no
    CPU used; the window is Textual's private `textual._wait.SLEEP_GRANULARITY`,
    which no public setting changes (Pilot.press has no option, and posting Key
    events by hand would need a wait of our own, less sure than Pilot's). Smaller
    windows take a quarter off the UI tests' time (three files: 118 s -> 90 s).
    Tests that use this check each frame they scan is the current one (the
    question on screen is the one the round is at), so a wait cut short fails
    loudly rather than passing.
    """
    import textual._wait as wait

    monkeypatch.setattr(wait, "SLEEP_GRANULARITY", 0.005)
    monkeypatch.setattr(wait, "SLEEP_IDLE", 0.005 / 20)


class FakeClock:
    """Stands in for the `time` module of the play screen (monkeypatch it over
    `quiz.ui.screens.play.time`): time moves only when a test moves it, while
    asyncio and Textual keep the real clock."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


# -- playing ---------------------------------------------------------------------------------

async def wait_for(pilot: Pilot, condition: Callable[[], bool], tries: int = 200) -> None:
    """Pause until the condition holds (each try lets the app run ~20 ms)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    assert condition(), "the app never got there"


async def wait_for_screen(pilot: Pilot, screen_type: type) -> None:
    """Pause until a screen of this type is active and mounted (its on_mount ran)."""
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, screen_type) and app.screen.is_mounted)
    await pilot.pause()


def right_response(question: Question) -> str:
    return question.answer


def wrong_response(question: Question) -> str:
    if question.type == "true-false":
        return FALSE if question.answer == TRUE else TRUE
    if question.type == "choice":
        return next(c for c in question.choices if not question.check(c))
    return WRONG_TYPED


def keys_for(question: Question, right: bool = True) -> list[str]:
    """The keys a player presses to answer: 1-4 for a choice, t/f for true or
    false, the letters then Enter for a type-in answer."""
    response = right_response(question) if right else wrong_response(question)
    if question.type == "true-false":
        return ["t" if response == TRUE else "f"]
    if question.type == "choice":
        return [str(question.choices.index(response) + 1)]
    return [*response, "enter"]


async def answer(pilot: Pilot, right: bool = True, typing: bool = True,
                 settle: bool = True) -> Question:
    """Answer the question on screen by keyboard; returns it. With `typing` off, a
    type-in answer is put in the box at once and only Enter is pressed (each key
    costs a Pilot round trip: long runs of rounds would take minutes). With
    `settle` off, no extra wait for idle follows the keys (Pilot.press already
    waits for it), only the screen's pending refresh."""
    question = pilot.app.screen.round.current
    assert question is not None
    keys = keys_for(question, right)
    if question.type == "text" and not typing:
        pilot.app.screen.query_one("#typed", Input).value = "".join(keys[:-1])
        keys = ["enter"]
    await pilot.press(*keys)
    await pilot.pause(None if settle else 0)
    return question


async def next_question(pilot: Pilot, settle: bool = True) -> None:
    await pilot.press("enter")
    await pilot.pause(None if settle else 0)


async def play_out(pilot: Pilot, right: Callable[[int], bool] = lambda n: True,
                   each: Callable[[str], Awaitable[None] | None] | None = None,
                   typing: bool = True, settle: bool = True) -> int:
    """Answer every question of the round on screen by keyboard until the results
    screen shows; `right(n)` says whether to answer question n (0-based) right;
    `each(step)` runs at every step ("question", "feedback"). Returns how many
    questions were answered."""
    from quiz.ui.screens.play import PlayScreen

    app = pilot.app
    count = 0
    while isinstance(app.screen, PlayScreen):
        if each:
            result = each("question")
            if result is not None:
                await result
        await answer(pilot, right(count), typing, settle)
        count += 1
        if not isinstance(app.screen, PlayScreen):
            break
        if each:
            result = each("feedback")
            if result is not None:
                await result
        await next_question(pilot, settle)
    return count


async def click_menu(pilot, action: str) -> None:
    """Click the menu's choice for an action ('pick', 'scores', ...) with the mouse."""
    menu = pilot.app.screen.query_one("#menu-list")
    index = next(i for i in range(menu.option_count)
                 if menu.get_option_at_index(i).id == action)
    region = menu.content_region
    assert await pilot.click(offset=(region.x + 2, region.y + index))
