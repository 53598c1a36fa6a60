"""Spoiler audit of every TUI screen: with spoilers off, at each horizon of the
built-in pack ("watched through" none, and season-1, the default), after a
history played with spoilers on that missed season-2 questions, every screen a
player can reach is scanned, at every step:

menu, help, the command palette (its list open), settings (the "watched
through" list open), scores (scrolled from top to bottom), the picker (each mode
chosen, the topic list open on each topic), rounds in every mode (review
included, from the history's misses), each question and the feedback after
right and wrong answers, the results, then the scores again.

A scan (AuditFinder, built on tests/ui's LeakFinder) looks for secret texts in
the full text of every Static, Label, Button, RadioButton, Input and OptionList
of the active screen, displayed or not, and for the higher levels' terms there
and on the rendered screen (modal backgrounds included); the app's own figures
are masked as in the CLI audit (audit_helpers.mask_figures), because "Question
27 of 27" is no spoiler at a horizon where "27" is a hidden answer.

Then the horizon lowered with season-1 text on screen ("watched through" set to
nothing in the settings, mid-round with a season-1 feedback showing, and on the
results): the screens behind must drop it at once.

And the scan can hit: the same history with spoilers on shows season-2 text on
the scores screen, in a round and on its results; season-1 feedback and results
show season-1 text to the audit of `none`.
"""

from __future__ import annotations

import re

import pytest
from textual.command import CommandPalette
from textual.widgets import Button, Input, OptionList, RadioButton, Select, Static


import quiz.game
import quiz.ui.screens.play as play_module
from quiz.game import Game
from quiz.ui.app import QuizApp
from quiz.ui.screens.help import HelpScreen
from quiz.ui.screens.menu import MenuScreen
from quiz.ui.screens.picker import PickerScreen
from quiz.ui.screens.play import PlayScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.screens.scores import ScoresScreen
from quiz.ui.screens.settings import SettingsScreen
from quiz.ui.screens.watched import WatchedScreen
from tests.audit import audit_helpers as ah
from tests.ui import ui_helpers as ui

# Whole-game spoiler audits: the slow set, which CI runs every time (`pytest -m slow`).
pytestmark = pytest.mark.slow

PACK = ah.PACK
# Rounds of the spoilers-on history: (mode, seed, topic). Every answer wrong,
# except in the review, which gets every other one right; the review comes
# before the round of everything, so that every question ends missed: due again.
HISTORY = (("classic", "104", "history"), ("review", "105", ""), ("classic", "101", ""),
           ("blitz", "102", ""), ("survival", "103", ""))
# What is played at each horizon: first a review of every topic from the menu's r
# (every visible question, as the history missed them all); then, from the
# picker, (mode index, topic): each mode once, the topics spread over them.
# The review of one topic comes first, and the menu's review misses every
# question of that topic: the review order follows the times answers were saved
# (to the second), so which questions it gets right is left to no clock.
ROUNDS = {
    "none": ((3, "show"), (0, ""), (1, "production"), (2, "history")),
    "season-1": ((3, "production"), (0, ""), (1, "show"), (2, "history")),
}
MODES = ("classic", "blitz", "survival", "review")


# -- the scan ----------------------------------------------------------------------------

def masked(text: str) -> str:
    return "\n".join(ah.mask_figures(line, json_numbers=False) for line in text.split("\n"))



class AuditFinder(ui.LeakFinder):
    """LeakFinder's scan, with the app's figure phrases masked, and the terms
    looked for in every widget's text too (displayed or not, scrolled into view
    or not), not only on the rendered screen."""

    def find(self, app, hidden: bool = True) -> list[str]:
        kinds = (Static, Button, RadioButton, Input, OptionList)
        texts, hidden_texts = [], []
        for widget in app.screen.query("*"):
            if isinstance(widget, kinds):
                shown_text = ui.text(widget)
                if widget.id in ui.FIGURES:
                    shown_text = re.sub(r"\d", " ", shown_text)
                (texts if ui.shown(widget) else hidden_texts).append(masked(shown_text))
        every_text = texts + (hidden_texts if hidden else [])
        widget_text = "\n".join(every_text)
        found = []
        if self.secrets is not None:
            found += [f"text {m.group(0)!r}" for m in self.secrets.finditer(widget_text)]
        plain_terms = [t for t in self.terms if t not in self.chrome]
        rendered = " ".join(masked(line) for line in ui.masked_screen_lines(app))
        found += [f"term {t!r} on screen" for t in self._terms_in(rendered, plain_terms)]
        found += [f"term {t!r} in a widget" for t in self._terms_in(widget_text, plain_terms)]
        # Terms the help text holds ("escape"): in every text but the help's.
        pack_text = "\n".join(t for t in every_text if t != self.keys_text)
        found += [f"term {t!r} in a widget" for t in self._terms_in(pack_text, self.chrome)]
        return sorted(set(found))


class ScreenAudit:
    """Scans the active screen on each call; keeps what it found and counts."""

    def __init__(self, app, horizon: str) -> None:
        pack = ui.builtin_pack()
        self.app = app
        self.finder = AuditFinder(ui.secret_texts(pack, pack.rank(horizon)),
                                  ah.hidden_terms(pack, horizon))
        self.found: list[str] = []
        self.scans = 0
        self.screens: set[str] = set()
        self.asked: set[str] = set()
        self.verdicts: set[str] = set()

    def __call__(self, where: str) -> list[str]:
        screen = self.app.screen
        label = f"{type(screen).__name__}/{where}"
        if isinstance(screen, PlayScreen) and where in ("question", "feedback"):
            round_ = screen.round
            question = round_.current if where == "question" else screen.last.question
            label += f" {round_.config.mode} seed {round_.config.seed} {question.id}"
            self.asked.add(question.id)
            # The scan must see this very step, not a stale frame.
            if where == "question":
                assert ui.on_screen(self.app, question.prompt), label
            else:
                verdict = ui.shows(self.app, "#verdict")
                self.verdicts.add(verdict.split(".")[0].split("!")[0])
                assert ui.verdict_on_screen(self.app), label
        hits = self.finder.find(self.app, hidden=True)
        self.found += [f"{label}: {hit}" for hit in hits]
        self.scans += 1
        self.screens.add(type(screen).__name__)
        return hits


# -- set-up ----------------------------------------------------------------------------------

def spoilers_on_history(horizon: str | None) -> set[str]:
    """Rounds played with spoilers on, through the core (as the TUI plays them),
    saved to the score file; then spoilers off, and the horizon set (None:
    leave spoilers on). Returns the ids of the season-2 questions missed."""
    game = Game.load()
    game.settings.spoilers = True
    pack = game.catalog.get(PACK)
    for mode, seed, topic in HISTORY:
        round_ = game.new_round(pack, mode, 500, seed, topic)
        assert round_.total
        while (question := round_.current) is not None:
            right = mode == "review" and len(round_.answers) % 2 == 1
            round_.answer(question.answer if right else "zzz", 0.1)
            game.record(round_)
    # A round cut short after three misses.
    round_ = game.new_round(pack, "classic", 20, "106")
    for _ in range(3):
        round_.answer("zzz", 0.1)
    round_.stop()
    game.record(round_)
    assert game.take_messages() == []

    if horizon is not None:
        game.settings.spoilers = False
        if horizon != "season-1":  # season-1 is the pack's default: left unset
            game.settings.watched[PACK] = horizon
    game.settings.round_length = 50  # a review from the menu asks every question due
    game.save()
    levels = {i: e.spoiler for e in (*pack.facts, *pack.questions) for i in e.question_ids}
    missed = {a.question for s in game.scores.book.sessions for a in s.answers if not a.right}
    season2 = {q for q in missed if levels[q] == "season-2"}
    assert season2
    return season2


@pytest.fixture
def steady(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Quicker Pilot waits (every scan checks its frame is current), a clock that
    moves only when told (blitz rounds end by running out of questions, not by
    the machine's speed), and seeds from a list."""
    ui.quicker_idle(monkeypatch)
    monkeypatch.setattr(play_module, "time", ui.FakeClock())
    upcoming: list[str] = []
    monkeypatch.setattr(quiz.game, "new_seed", lambda: upcoming.pop(0))
    return upcoming


# -- walking the screens ---------------------------------------------------------------------

async def scroll_through(pilot, scan, where: str, body: str) -> None:
    """Scan a scrolling body from its top to its bottom, a page at a time."""
    scroller = pilot.app.screen.query_one(body)
    scroller.focus()
    await pilot.press("home")
    await pilot.pause()
    for page in range(40):
        scan(f"{where} page {page + 1}")
        if scroller.scroll_y >= scroller.max_scroll_y:
            return
        before = scroller.scroll_y
        await pilot.press("pagedown")
        await ui.wait_for(pilot, lambda: scroller.scroll_y > before)
    raise AssertionError(f"{where}: never reached the bottom")


async def open_select(pilot, select_id: str) -> Select:
    """Focus a Select by keyboard and open its list."""
    await ui.focus(pilot, select_id)
    select = pilot.app.screen.query_one(f"#{select_id}", Select)
    await pilot.press("enter")
    await ui.wait_for(pilot, lambda: select.expanded)
    return select


async def visit_menu_help_palette_settings(pilot, scan) -> None:
    app = pilot.app
    scan("start")
    await pilot.press("question_mark")
    await ui.wait_for_screen(pilot, HelpScreen)
    scan("help")
    await pilot.press("escape")
    await ui.wait_for_screen(pilot, MenuScreen)

    await pilot.press("ctrl+p")
    await ui.wait_for_screen(pilot, CommandPalette)
    palette_list = app.screen.query_one(OptionList)
    await ui.wait_for(pilot, lambda: palette_list.option_count >= 7 and palette_list.display)
    assert ui.on_screen(app, "Review")
    scan("command palette, list open")
    await pilot.press("escape")
    await ui.wait_for_screen(pilot, MenuScreen)

    await pilot.press("o")
    await ui.wait_for_screen(pilot, SettingsScreen)
    scan("settings")
    await ui.focus(pilot, "watched")
    await pilot.press("enter")
    await ui.wait_for_screen(pilot, WatchedScreen)
    scan("settings, watched-through levels open")
    await pilot.press("escape")
    await ui.wait_for_screen(pilot, SettingsScreen)
    await pilot.press("escape")
    await ui.wait_for_screen(pilot, MenuScreen)
    scan("menu")


async def visit_scores(pilot, scan, where: str) -> None:
    await pilot.press("h")
    await ui.wait_for_screen(pilot, ScoresScreen)
    assert ui.on_screen(pilot.app, "Recent rounds")
    await scroll_through(pilot, scan, where, "#scores-body")
    await pilot.press("escape")
    await ui.wait_for_screen(pilot, MenuScreen)


async def walk_picker(pilot, scan) -> None:
    """Each mode chosen, then the topic list open with each topic highlighted."""
    app = pilot.app
    scan("picker")
    await ui.pick_mode(pilot, 0)
    for index in range(len(MODES)):
        if index:  # the next mode down from the one just chosen
            await pilot.press("down", "enter")
            await ui.wait_for(pilot, lambda: app.screen.query_one("#mode").pressed_index == index)
        scan(f"picker, mode {MODES[index]}")
    topic = await open_select(pilot, "topic")
    overlay = topic.query_one(OptionList)
    for index in range(overlay.option_count):
        await ui.wait_for(pilot, lambda: overlay.highlighted == index)
        scan(f"picker, topic list on {index}")
        await pilot.press("down")
    await pilot.press("escape")
    await ui.wait_for(pilot, lambda: not topic.expanded)
    assert isinstance(app.screen, PickerScreen)


async def start_from_picker(pilot, mode_index: int, topic: str) -> None:
    """Set the picker's mode and topic, then play (p). Set, not keyed in: the
    keyboard walk through them is walk_picker's, and each key costs time."""
    app = pilot.app
    app.screen.query(RadioButton)[mode_index].value = True
    app.screen.query_one("#topic", Select).value = topic
    await pilot.pause()
    await pilot.press("p")
    await ui.wait_for_screen(pilot, PlayScreen)
    round_ = app.screen.round
    assert (round_.config.mode, round_.config.topic) == (MODES[mode_index], topic)


async def play_round(pilot, scan, stop_after: int | None = None, miss_topic: str = "") -> None:
    """Answer the round on screen (a third of the answers wrong, and every
    question of `miss_topic`), scanning each question and feedback, to its end
    or, with `stop_after`, until Escape ends it after that many answers; then
    scan the results, scrolled through."""
    app = pilot.app
    if stop_after is None:
        def each(step: str) -> None:  # play_out awaits what `each` returns: nothing here
            scan(step)

        def right(n: int) -> bool:  # asked with the question on screen
            return n % 3 != 1 and app.screen.round.current.topic != miss_topic

        await ui.play_out(pilot, right=right, each=each, typing=False, settle=False)
    else:
        for number in range(stop_after):
            scan("question")
            await ui.answer(pilot, right=number % 3 != 1, typing=False, settle=False)
            scan("feedback")
            await ui.next_question(pilot, settle=False)
        assert isinstance(app.screen, PlayScreen) and app.screen.round.current is not None
        await pilot.press("ctrl+c")  # the round ends at once
    await ui.wait_for_screen(pilot, ResultsScreen)
    headline = ui.shows(app, "#headline")
    # Played out: each mode ends its own way (survival may lose its lives, a
    # blitz answered this fast runs out of questions before the clock).
    played_out = ("Round over", "Out of lives", "Survived every question",
                  "No questions left before the clock ran out")
    assert headline in (("Round ended early",) if stop_after else played_out), headline
    await scroll_through(pilot, scan, "results", "#results-body")


# -- the audit ---------------------------------------------------------------------------------

def entry(question_id: str) -> str:
    """The pack entry a question comes from: 'ID~reverse' is fact ID asked the
    other way round."""
    return question_id.partition("~")[0]


@pytest.mark.parametrize("horizon", ah.HORIZONS)
async def test_no_screen_shows_anything_above_the_horizon(horizon: str, steady) -> None:
    spoilers_on_history(horizon)
    base = 200 if horizon == "none" else 300
    steady.extend(str(base + n) for n in range(20))
    pack = ui.builtin_pack()
    visible = {e.id for e in (*pack.facts, *pack.questions)
               if pack.rank(e.spoiler) <= pack.rank(horizon)}
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.wait_for_screen(pilot, MenuScreen)
        assert app.spoilers_on is False
        scan = ScreenAudit(app, horizon)
        await visit_menu_help_palette_settings(pilot, scan)
        await visit_scores(pilot, scan, "scores, history only")

        # Review from the menu: every topic; what the history missed, as far as
        # it is visible now (less what an earlier question gives away).
        await pilot.press("r")
        await ui.wait_for_screen(pilot, PlayScreen)
        review = app.screen.round
        assert review.config.mode == "review"
        assert {entry(q.id) for q in review.queue} <= visible
        assert len(review.queue) > len(visible) // 2
        await play_round(pilot, scan, miss_topic=ROUNDS[horizon][0][1])
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)

        await pilot.press("p")
        await ui.wait_for_screen(pilot, PickerScreen)
        await walk_picker(pilot, scan)
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)
        for mode_index, topic in ROUNDS[horizon]:
            await pilot.press("p")
            await ui.wait_for_screen(pilot, PickerScreen)
            await start_from_picker(pilot, mode_index, topic)
            # The classic round (of 50) is ended early, for that results screen;
            # the review above asked most visible questions.
            await play_round(pilot, scan, stop_after=8 if mode_index == 0 else None)
            await pilot.press("escape")  # results -> menu
            await ui.wait_for_screen(pilot, MenuScreen)
        await visit_scores(pilot, scan, "scores, after the rounds")

        # Most visible questions were on screen: a round leaves out what an earlier
        # question gives away, so these few rounds no longer show every one (the
        # CLI audit, with more rounds, asks every one a round may ask).
        asked = {entry(i) for i in scan.asked}  # a fact asked either way
        assert asked <= visible and len(asked) >= 2 * len(visible) // 3
        assert {"Right", "Wrong"} <= scan.verdicts
        assert {"MenuScreen", "HelpScreen", "CommandPalette", "SettingsScreen", "ScoresScreen",
                "PickerScreen", "PlayScreen", "ResultsScreen"} <= scan.screens
        print(f"TUI audit {horizon}: {scan.scans} screens scanned, "
              f"{len(asked)} questions, {len(scan.found)} hits")
        assert scan.found == [], "\n".join(scan.found)


async def test_the_scan_finds_season_2_with_spoilers_on(steady) -> None:
    spoilers_on_history(None)
    steady.append("77")
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.wait_for_screen(pilot, MenuScreen)
        assert app.spoilers_on is True
        scan = ScreenAudit(app, "season-1")
        await pilot.press("h")
        await ui.wait_for_screen(pilot, ScoresScreen)
        assert scan("scores, spoilers on")
        # And the audit of a player who watched nothing finds season 1 there.
        assert ScreenAudit(app, "none")("scores, spoilers on")

        # A review round with spoilers on asks the season-2 misses too: answer
        # until one shows, then end it: the results list it.
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)
        await pilot.press("r")
        await ui.wait_for_screen(pilot, PlayScreen)
        for _ in range(app.screen.round.total):
            shown = scan("question")
            await ui.answer(pilot, right=False, typing=False, settle=False)
            if shown and scan("feedback"):
                break
            await ui.next_question(pilot, settle=False)
        else:
            raise AssertionError("no season-2 question in the review")
        await pilot.press("ctrl+c")  # the round ends at once
        await ui.wait_for_screen(pilot, ResultsScreen)
        assert scan("results, spoilers on")


# -- lowering what was watched, with season 1 on screen --------------------------------------

async def watch_through(pilot, level: str) -> None:
    """Settings, then the built-in pack's "watched through" set to `level`, then
    back. Settings opened by its action (what the command palette's "Settings"
    runs): the play and results screens have no key of their own for it."""
    app = pilot.app
    await app.run_action("settings")
    await ui.wait_for_screen(pilot, SettingsScreen)
    pack = app.game.catalog.get(PACK)
    assert not app.game.needs_yes(pack=pack, watched=level)  # lowering: no question
    app.change_setting("watched", level, pack)
    await ui.wait_for(pilot, lambda: app.game.settings.watched.get(PACK) == level)
    await pilot.press("escape")
    await ui.wait_for(pilot, lambda: not isinstance(app.screen, SettingsScreen))
    await pilot.pause()


def season1_first_seed(game: Game, pack, length: int) -> str:
    """A seed whose round (spoilers off, season 1 watched) opens with a season-1
    question and asks at least one more."""
    for seed in range(1, 2000):
        levels = [q.level for q in game.new_round(pack, "classic", length, str(seed)).queue]
        if levels[0] == "season-1" and levels.count("season-1") >= 2:
            return str(seed)
    raise AssertionError("no such seed")


async def test_watching_less_hides_season_1_at_once_in_a_round_and_its_results(steady) -> None:
    """At season 1, a season-1 question's feedback is on screen; the player sets
    "watched through" to nothing: the round moves on and its results, then the
    results of a round played at season 1, show nothing of season 1."""
    game = Game.load()
    pack = game.catalog.get(PACK)
    seed = season1_first_seed(game, pack, 5)
    app = QuizApp(game, first_round=game.new_round(pack, "classic", 5, seed))
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.wait_for_screen(pilot, PlayScreen)
        scan = ScreenAudit(app, "none")
        first = await ui.answer(pilot, right=False, typing=False)
        assert first.level == "season-1"
        assert scan("feedback at season 1")  # season 1 on screen: the scan sees it
        scan.found.clear()

        await watch_through(pilot, "none")
        assert isinstance(app.screen, PlayScreen)
        assert app.screen.last is None and app.screen.shown.id != first.id
        scan("question, after watching less")
        await play_round(pilot, scan)
        assert ui.on_screen(app, "hidden: spoilers off, nothing watched")
        assert scan.found == [], "\n".join(scan.found)

        # The same results at season 1 show its misses; watching less hides them.
        await watch_through(pilot, "season-1")
        assert isinstance(app.screen, ResultsScreen)
        assert scan("results at season 1")
        scan.found.clear()
        await watch_through(pilot, "none")
        await scroll_through(pilot, scan, "results, after watching less", "#results-body")
        assert scan.found == [], "\n".join(scan.found)
