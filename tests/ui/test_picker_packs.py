"""The pack picker and the player's own packs: where each pack comes from, the
packs that did not load, and reading the pack folders again with `r`."""

from __future__ import annotations

from pathlib import Path


from tests.ui import ui_helpers as ui

from quiz.authoring.starter import starter_pack  # noqa: E402
from quiz.ui.screens.menu import MenuScreen  # noqa: E402
from quiz.ui.screens.picker import PickerScreen  # noqa: E402
from quiz.ui.screens.play import PlayScreen  # noqa: E402
from quiz.ui.screens.results import ResultsScreen  # noqa: E402

BUILTIN_TITLE = "Narcos: Mexico — the real story"
# A pack with an unknown key whose name is markup: the error quotes it.
BROKEN = """\
format: 1
id: mended
title: Mended
"[bold]oops[/bold]": 1
facts:
  - id: sky
    kind: colour
    statement: The sky is blue.
    ask: What colour is the sky?
    answer: blue
    distractors: [green, red]
"""
MENDED = BROKEN.replace('"[bold]oops[/bold]": 1\n', "description: Fixed at last.\n")


def user_pack(home: Path, pack_id: str = "my-show", title: str = "My show") -> Path:
    """A valid pack in the user pack folder, as `quiz packs add` leaves it."""
    path = home / "packs" / f"{pack_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(starter_pack(pack_id, title, path.name), encoding="utf-8")
    return path


def broken_pack(home: Path) -> Path:
    path = home / "packs" / "mended.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(BROKEN, encoding="utf-8")
    return path


def listed(app) -> list[str]:
    """The pack list, one entry per pack: title, then counts and origin."""
    packs = app.screen.query_one("#packs")
    return [packs.get_option_at_index(i).prompt.plain for i in range(packs.option_count)]


def notifications(app) -> list[str]:
    return [n.message for n in app._notifications]


async def open_picker(pilot) -> None:
    await pilot.press("p")
    await ui.wait_for_screen(pilot, PickerScreen)


async def highlight(pilot, title: str) -> None:
    """Move down the pack list until the pack with this title is highlighted."""
    app = pilot.app
    for _ in range(len(listed(app))):
        if ui.shows(app, "#about").startswith(title + "\n"):
            return
        await pilot.press("down")
    assert ui.shows(app, "#about").startswith(title + "\n"), ui.shows(app, "#about")


async def test_the_picker_shows_where_each_pack_comes_from(quiz_home: Path) -> None:
    mine = user_pack(quiz_home)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await open_picker(pilot)
        entries = listed(app)
        assert len(entries) == 2
        builtin, user = entries
        assert builtin.startswith(BUILTIN_TITLE + "\n")
        assert " · built-in · " in builtin  # then the count of hidden season-2 questions
        assert user == "My show\n3 questions · user · 1 hidden: Season 2"
        assert ui.on_screen(app, "user") and ui.on_screen(app, "built-in")
        assert ui.shows(app, "#failed") == ""

        assert ui.shows(app, "#about").endswith("\nFrom: built-in pack, "
                                               f"{app.game.catalog.get('narcos-mexico').path}")
        await highlight(pilot, "My show")
        assert ui.shows(app, "#about").endswith(f"\nFrom: user pack, {mine}")


async def test_a_broken_user_pack_is_listed_with_its_first_error_as_plain_text(
        quiz_home: Path) -> None:
    broken = broken_pack(quiz_home)
    app = ui.new_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_picker(pilot)
        assert [e.split("\n")[0] for e in listed(app)] == [BUILTIN_TITLE]  # the rest still load
        failed = ui.shows(app, "#failed")
        assert failed.splitlines() == [
            f"Not loaded: {broken}",
            f"  {broken}:4:1: unknown key '[bold]oops[/bold]' in the pack (expected one of: "
            "description, facts, format, id, questions, sources, spoilers, title)",
        ]
        # Shown as written, brackets and all: the text is not read as markup.
        app.screen.query_one("#pack-details").scroll_end(animate=False)
        await pilot.pause()
        assert "'[bold]oops[/bold]'" in ui.screen_text(app)
        assert ui.on_screen(app, "Not loaded")


async def test_r_reloads_the_pack_folders_while_the_picker_is_open(quiz_home: Path) -> None:
    broken_pack(quiz_home)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
        await open_picker(pilot)
        assert len(listed(app)) == 1
        assert ui.shows(app, "#failed").startswith("Not loaded: ")

        user_pack(quiz_home)  # `quiz packs add` from another terminal
        await pilot.press("r")
        await pilot.pause()
        assert [e.split("\n")[0] for e in listed(app)] == [BUILTIN_TITLE, "My show"]
        assert notifications(app)[-1] == "2 pack(s) loaded, 1 new, 1 could not be loaded."
        assert ui.on_screen(app, "2 pack(s) loaded, 1 new")
        assert ui.shows(app, "#failed").startswith("Not loaded: ")

        (quiz_home / "packs" / "mended.yaml").write_text(MENDED, encoding="utf-8")
        await pilot.press("r")
        await pilot.pause()
        assert [e.split("\n")[0] for e in listed(app)] == [BUILTIN_TITLE, "Mended", "My show"]
        assert ui.shows(app, "#failed") == ""
        assert notifications(app)[-1] == "3 pack(s) loaded, 1 new."
        await highlight(pilot, "Mended")
        assert "\nFixed at last.\n" in ui.shows(app, "#about")


async def test_the_menu_forgets_a_broken_pack_once_it_is_mended_and_reloaded(
        quiz_home: Path) -> None:
    broken = broken_pack(quiz_home)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        assert ui.shows(app, "#notes") == "1 pack(s) could not be loaded: see the pack picker."
        await open_picker(pilot)
        broken.write_text(MENDED, encoding="utf-8")
        await pilot.press("r")
        await pilot.pause()
        assert ui.shows(app, "#failed") == ""
        await pilot.press("escape")
        await ui.wait_for_screen(pilot, MenuScreen)
        assert "could not be loaded" not in ui.shows(app, "#notes")


async def test_a_user_pack_added_while_the_game_is_open_can_be_played(quiz_home: Path) -> None:
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await open_picker(pilot)
        user_pack(quiz_home, title="Harbour [b]lights[/b]")
        await pilot.press("r")
        await pilot.pause()
        await highlight(pilot, "Harbour [b]lights[/b]")
        await pilot.press("enter")
        await ui.wait_for_screen(pilot, PlayScreen)
        round_ = app.screen.round
        assert round_.config.pack_id == "my-show"
        # The season-2 fact stays hidden; the two actors may give each other away
        # (one's choices or false statement naming the other), and then one waits.
        assert round_.total in (2, 3)
        asked = round_.current
        assert asked.id in {"lead-actor", "second-actor", "set-in-winter"}
        assert ui.on_screen(app, asked.prompt)

        answered = await ui.play_out(pilot)
        assert answered == round_.total
        assert isinstance(app.screen, ResultsScreen)
        assert "quiz play --pack my-show " in ui.shows(app, "#replay-line")
        assert '"my-show"' in (quiz_home / "scores.json").read_text(encoding="utf-8")


# -- the picker at each size: the choices and Play on screen -------------------------------

def in_view(app, selector: str) -> bool:
    """Is the widget drawn on screen, whole, where a player sees it (not below
    the fold of a scrolled container)?"""
    widget = app.screen.query_one(selector)
    region = widget.region
    if not ui.shown(widget) or not region or not app.screen.region.contains_region(region):
        return False
    try:
        seen, _ = app.screen.get_widget_at(*region.center)
    except Exception:  # nothing drawn there
        return False
    return seen is widget or widget in seen.ancestors


async def test_mode_topic_and_play_are_on_screen_at_every_size(quiz_home: Path) -> None:
    for size in ((80, 24), (40, 12), (120, 40)):
        app = ui.new_app()
        async with app.run_test(size=size) as pilot:
            await open_picker(pilot)
            await pilot.pause()
            for part in ("#packs", "#mode", "#topic", "#start"):
                assert in_view(app, part), (size, part)
            await pilot.click("#start")
            await ui.wait_for_screen(pilot, PlayScreen)


async def test_packs_are_ruled_apart_and_a_path_shows_home_as_tilde_unbroken(
        quiz_home: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(quiz_home.parent))
    name = "a-long-name-for-my-own-show"
    user_pack(quiz_home, pack_id=name)
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await open_picker(pilot)
        await highlight(pilot, "My show")
        assert ui.shows(app, "#about").endswith(f"\nFrom: user pack, ~/quiz-home/packs/{name}.yaml")
        lines = ui.screen_lines(app)
        # The path breaks after a "/", never inside a folder or file name.
        assert any(f"{name}.yaml" in line for line in lines), "\n".join(lines)
        assert any("~/quiz-home/packs/" in line for line in lines), "\n".join(lines)
        # Between the built-in pack's entry and the next one: a rule, not text.
        mine = next(n for n, line in enumerate(lines) if "My show" in line.split("▎")[0])
        assert "─" in lines[mine - 1], "\n".join(lines)


# -- the picker remembers ---------------------------------------------------------------

async def play_from_picker(quiz_home: Path, title: str, mode: int, topic: str) -> None:
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        await open_picker(pilot)
        await highlight(pilot, title)
        await ui.pick_mode(pilot, mode)
        app.screen.query_one("#topic").value = topic
        await pilot.click("#start")
        await ui.wait_for_screen(pilot, PlayScreen)


async def picker_shows(app, pilot) -> tuple[str, str, str]:
    await open_picker(pilot)
    screen = app.screen
    return (screen.selected_view().title, screen.query_one("#mode").pressed_button.name,
            screen.query_one("#topic").value)


async def test_the_picker_opens_on_the_last_pack_mode_and_topic_after_a_restart(
        quiz_home: Path) -> None:
    user_pack(quiz_home)
    await play_from_picker(quiz_home, "My show", 2, "cast")
    app = ui.new_app()  # the game started again: settings read from the file
    async with app.run_test(size=ui.SIZE) as pilot:
        assert await picker_shows(app, pilot) == ("My show", "survival", "cast")


async def test_a_remembered_pack_since_removed_or_damaged_values_fall_back_quietly(
        quiz_home: Path) -> None:
    mine = user_pack(quiz_home)
    await play_from_picker(quiz_home, "My show", 1, "cast")
    mine.unlink()
    app = ui.new_app()
    async with app.run_test(size=ui.SIZE) as pilot:
        # The first pack; the mode still the one chosen; no such topic there.
        assert await picker_shows(app, pilot) == (BUILTIN_TITLE, "blitz", "")

    for damaged in ('"picker": "narcos"', '"picker": {"pack": 3, "mode": "sprint", "topic": []}'):
        ui.settings_path(quiz_home).write_text(
            '{"round_length": 15, %s}' % damaged, encoding="utf-8")
        app = ui.new_app()
        async with app.run_test(size=ui.SIZE, notifications=True) as pilot:
            assert await picker_shows(app, pilot) == (BUILTIN_TITLE, "classic", "")
            assert app.game.settings.round_length == 15  # the rest of the file kept
            assert notifications(app) == []
