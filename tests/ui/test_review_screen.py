"""The curation screen (`quiz draft ARTICLE --review`), driven by keyboard as a
pack author would: accept, reject, edit, level, undo, write and install; leaving
with work not written asks first; article text is shown as written, never as
markup; it works at 80x24 and at 40x12."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input

from tests.authoring.curation_data import SEASONS, harbour_lights
from tests.ui import ui_helpers as ui

from quiz.authoring.curation import Curation, Decision
from quiz.authoring.drafting import Candidate
from quiz.core.loader import load_pack
from quiz.game import Game
from quiz.store import paths
from quiz.ui.app import QuizApp, make_app
from quiz.ui.outcomes import Curating
from quiz.ui.screens.confirm import ConfirmLeave
from quiz.ui.screens.help import HelpScreen
from quiz.ui.screens.review import EditText, ReviewScreen


CANDIDATES = harbour_lights()


def curating(tmp_path: Path, candidates: list[Candidate] = CANDIDATES) -> Curating:
    curation = Curation(candidates, pack_id="harbour", title="Harbour Lights", levels=SEASONS)
    return Curating(curation, tmp_path / "harbour.yaml")


def review_app(start: Curating) -> QuizApp:
    return make_app(Game.load(), start)


async def opened(pilot: Pilot) -> ReviewScreen:
    await ui.wait_for_screen(pilot, ReviewScreen)
    return pilot.app.screen


async def press(pilot: Pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


def cursor(app: QuizApp) -> int:
    return app.screen.query_one("#candidates", DataTable).cursor_row


# -- deciding ---------------------------------------------------------------------------------

async def test_accept_and_reject_decide_and_move_on_and_the_summary_follows(
        tmp_path: Path) -> None:
    start = curating(tmp_path)
    app = review_app(start)
    async with app.run_test(size=ui.SIZE) as pilot:
        await opened(pilot)
        assert ui.on_screen(app, "0 accepted · 0 rejected · 4 to review")
        await press(pilot, "y")
        assert cursor(app) == 1
        await press(pilot, "n")
        assert cursor(app) == 2
        items = start.curation.items
        assert [i.decision for i in items[:3]] == [Decision.ACCEPTED, Decision.REJECTED,
                                                   Decision.OPEN]
        assert ui.on_screen(app, "1 accepted (1 unreviewed) · 1 rejected · 2 to review")


async def test_the_level_key_cycles_and_the_screen_says_what_it_means(tmp_path: Path) -> None:
    start = curating(tmp_path)
    app = review_app(start)
    async with app.run_test(size=ui.SIZE) as pilot:
        await opened(pilot)
        assert ui.shows(app, "#shown-level").startswith("unreviewed: hidden from every player")
        await press(pilot, "l")
        assert start.curation.items[0].level == "none"
        assert ui.shows(app, "#shown-level") == "none: every player sees it"
        await press(pilot, "l")
        assert ui.shows(app, "#shown-level").startswith("season-1: only for players who")
        assert ui.on_screen(app, "season-1")  # in the list's level column too
        await press(pilot, "l", "l")
        assert start.curation.items[0].level == "unreviewed"


async def test_undo_takes_back_the_last_change_and_goes_to_it(tmp_path: Path) -> None:
    start = curating(tmp_path)
    app = review_app(start)
    async with app.run_test(size=ui.SIZE) as pilot:
        await opened(pilot)
        await press(pilot, "y", "y", "down")
        await press(pilot, "u")
        assert cursor(app) == 1
        assert start.curation.items[1].decision is Decision.OPEN
        assert start.curation.items[0].decision is Decision.ACCEPTED


# -- editing ----------------------------------------------------------------------------------

async def test_editing_the_ask_and_the_answer_enter_saves_escape_cancels(tmp_path: Path) -> None:
    start = curating(tmp_path)
    app = review_app(start)
    async with app.run_test(size=ui.SIZE) as pilot:
        await opened(pilot)
        await press(pilot, "e")
        assert isinstance(app.screen, EditText)
        box = app.screen.query_one("#edit-text", Input)
        assert box.value == "Which actor plays Ruth Kane?"
        box.value = ""
        await press(pilot, *"Who plays Ruth?", "enter")
        assert isinstance(app.screen, ReviewScreen)
        assert start.curation.items[0].fact.ask == "Who plays Ruth?"
        assert ui.on_screen(app, "Who plays Ruth? (edited)")

        await press(pilot, "a")
        app.screen.query_one("#edit-text", Input).value = "Okafor"
        await press(pilot, "escape")
        assert isinstance(app.screen, ReviewScreen)
        assert start.curation.items[0].fact.answer == "Maria Okafor"

        await press(pilot, "a")
        app.screen.query_one("#edit-text", Input).value = "Okafor"
        await press(pilot, "enter")
        assert start.curation.items[0].fact.answer == "Okafor"


async def test_an_empty_edit_is_refused_in_the_box_and_nothing_changes(tmp_path: Path) -> None:
    start = curating(tmp_path)
    app = review_app(start)
    async with app.run_test(size=ui.SIZE) as pilot:
        await opened(pilot)
        await press(pilot, "t")
        app.screen.query_one("#edit-text", Input).value = "   "
        await press(pilot, "enter")
        assert isinstance(app.screen, EditText)
        assert ui.on_screen(app, "The statement cannot be empty.")
        await press(pilot, "escape")
        assert not start.curation.unsaved


async def test_letters_typed_in_the_box_are_text_not_keys(tmp_path: Path) -> None:
    """y, n, l, s, ? and q go into the box: no decision, no help, no spoilers."""
    start = curating(tmp_path)
    app = review_app(start)
    async with app.run_test(size=ui.SIZE) as pilot:
        await opened(pilot)
        await press(pilot, "e")
        app.screen.query_one("#edit-text", Input).value = ""
        await press(pilot, *"ynls?q", "enter")
        assert start.curation.items[0].fact.ask == "ynls?q"
        assert start.curation.items[0].decision is Decision.OPEN
        assert not app.game.spoilers_on()


# -- writing and installing ----------------------------------------------------------------------

async def test_write_puts_only_the_accepted_facts_at_their_levels_in_the_file(
        tmp_path: Path) -> None:
    start = curating(tmp_path)
    app = review_app(start)
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await opened(pilot)
        await press(pilot, "l", "y", "n", "l", "l", "y")
        await press(pilot, "w")
        assert ui.on_screen(app, "Wrote 2 facts to")
        assert ui.on_screen(app, "· written")
    pack = load_pack(start.path, origin="user").pack
    assert [(f.answer, f.spoiler) for f in pack.facts] == [("Maria Okafor", "none"),
                                                           ("2021", "season-1")]


async def test_write_with_nothing_accepted_says_so_and_writes_nothing(tmp_path: Path) -> None:
    start = curating(tmp_path)
    app = review_app(start)
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await opened(pilot)
        await press(pilot, "w")
        assert ui.on_screen(app, "No candidate is accepted yet")
    assert not start.path.exists()


async def test_install_writes_and_installs_as_packs_add_does(tmp_path: Path,
                                                             quiz_home: Path) -> None:
    start = curating(tmp_path)
    app = review_app(start)
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await opened(pilot)
        await press(pilot, "l", "y", "y")
        await press(pilot, "i")
        installed = paths.user_packs_dir() / "harbour.yaml"
        assert start.installed == installed and installed.read_bytes() == start.path.read_bytes()
        assert ui.on_screen(app, "1 question to play; 1 hidden: not yet reviewed")
        assert app.game.catalog.get("harbour") is not None  # the picker shows it
        # Installed by this curation: the next press updates it.
        await press(pilot, "up", "l", "i")
        assert load_pack(installed, origin="user").pack.facts[1].spoiler == "none"


async def test_install_over_a_pack_of_your_own_asks_for_a_second_press(tmp_path: Path) -> None:
    first = curating(tmp_path)
    first.curation.accept(0)
    first.curation.save(first.path)
    from quiz.store.userpacks import install
    install(first.path)
    start = curating(tmp_path / "again")
    app = review_app(start)
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await opened(pilot)
        await press(pilot, "y", "y", "i")
        assert ui.on_screen(app, "press i again to replace it")
        assert start.installed is None
        await press(pilot, "i")
        assert start.installed is not None
    assert len(load_pack(start.installed, origin="user").pack.facts) == 2


# -- leaving ----------------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["escape", "ctrl+c", "ctrl+q"])
async def test_leaving_with_work_not_written_asks_first(tmp_path: Path, key: str) -> None:
    start = curating(tmp_path)
    app = review_app(start)
    async with app.run_test(size=ui.SIZE) as pilot:
        await opened(pilot)
        await press(pilot, "y", key)
        assert isinstance(app.screen, ConfirmLeave)
        assert ui.on_screen(app, "1 accepted (1 unreviewed)")
        await press(pilot, "n")
        assert isinstance(app.screen, ReviewScreen) and app.is_running
        await press(pilot, key, "y")
        await pilot.pause()
        assert not app.is_running
    assert not start.path.exists()


async def test_a_second_ctrl_c_leaves(tmp_path: Path) -> None:
    app = review_app(curating(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await opened(pilot)
        await press(pilot, "y", "ctrl+c", "ctrl+c")
        await pilot.pause()
        assert not app.is_running


async def test_leaving_once_everything_is_written_does_not_ask(tmp_path: Path) -> None:
    start = curating(tmp_path)
    app = review_app(start)
    async with app.run_test(size=ui.SIZE) as pilot:
        await opened(pilot)
        await press(pilot, "y", "w", "escape")
        await pilot.pause()
        assert not app.is_running
    assert start.curation.written == start.path


async def test_help_shows_the_curation_keys_and_how_levels_are_declared(tmp_path: Path) -> None:
    app = review_app(curating(tmp_path))
    async with app.run_test(size=ui.SIZE) as pilot:
        await opened(pilot)
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        texts = " ".join(ui.widget_texts(app))
        assert "Curating a draft" in texts and "--level season-1" in texts


# -- article text is text ---------------------------------------------------------------------

MARKUP = ("[bold]Diego Luna[/] plays [red]Félix Gallardo[/red] in the 2018 series, "
          "[@click=app.quit]the[/] cast list says.\n"
          "The [/] series premiered on Netflix in November 2018 with ten [b]episodes[/b].\n")


@pytest.mark.parametrize("size", [(80, 24), (40, 12)], ids=["80x24", "40x12"])
async def test_markup_in_the_article_is_shown_as_written(tmp_path: Path,
                                                        size: tuple[int, int]) -> None:
    curation = Curation.from_article(MARKUP, pack_id="narcos", title="[b]Narcos[/]")
    start = Curating(curation, tmp_path / "narcos.yaml")
    app = review_app(start)
    async with app.run_test(size=size) as pilot:
        await opened(pilot)
        first = curation.items[0].fact
        if size == (80, 24):  # as the terminal shows it: in the list and in full below
            assert ui.on_screen(app, first.ask[:25]) and ui.on_screen(app, first.context)
        for row in range(len(curation.items)):
            app.screen.query_one("#candidates", DataTable).move_cursor(row=row)
            await pilot.pause()
            assert ui.shows(app, "#context") == curation.items[row].fact.context
            assert ui.shows(app, "#shown-ask").startswith(curation.items[row].fact.ask)
        await press(pilot, "e")
        assert app.screen.query_one("#edit-text", Input).value == curation.items[-1].fact.ask
        await press(pilot, "escape", "y", "w")
        assert app.is_running  # a [@click=app.quit] is not a link
    text = start.path.read_text(encoding="utf-8")
    assert "[@click=app.quit]the[/]" in text or "[/] series" in text


# -- sizes ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [(80, 24), (40, 12)], ids=["80x24", "40x12"])
async def test_the_list_the_details_and_the_keys_fit(tmp_path: Path,
                                                    size: tuple[int, int]) -> None:
    app = review_app(curating(tmp_path))
    async with app.run_test(size=size) as pilot:
        screen = await opened(pilot)
        area = screen.region
        for part in ("#summary", "#candidates", "#candidate"):
            assert area.contains_region(screen.query_one(part).region), part
        table = screen.query_one("#candidates", DataTable)
        assert table.max_scroll_x == 0  # no column runs off to the right
        lines = ui.screen_lines(app)
        assert "Which actor plays" in "\n".join(lines)
        assert lines[-1].startswith("y Accept n Reject")
        if size == (80, 24):
            for key in ("e Ask", "a Answer", "l Level", "w Write", "i Install", "esc Leave",
                        "? Help"):
                assert key in lines[-1]
            assert len([line for line in lines if "Which actor plays" in line]) >= 2
            assert ui.on_screen(app, "Statement Maria Okafor plays Ruth Kane.")


async def test_tab_moves_to_the_details_where_the_keys_still_decide(tmp_path: Path) -> None:
    long = Candidate(kind="year", answer="1985", statement="The agent was taken in 1985.",
                     ask="In what year was the agent taken?", paragraph=4, score=1,
                     context=" ".join(["A long paragraph around it."] * 40
                                      + ["The agent was taken in 1985."]))
    start = curating(tmp_path, [long, *CANDIDATES])
    app = review_app(start)
    async with app.run_test(size=ui.SIZE) as pilot:
        screen = await opened(pilot)
        assert ui.shows(app, "#context") == long.context
        await press(pilot, "tab")
        details = screen.query_one("#candidate")
        assert app.focused is details
        await press(pilot, "end")
        # The scroll is animated: a loaded machine gets there a few frames later.
        await ui.wait_for(pilot, lambda: details.scroll_y > 0)  # the paragraph's end
        await press(pilot, "y")
        assert start.curation.items[0].decision is Decision.ACCEPTED
        await ui.wait_for(pilot, lambda: details.scroll_y == 0)  # the next one, from the top
        assert not screen.query_one("#context").display  # it says no more than its statement
