"""The README against the game: its picture is drawn by one command, its keys are
the command table's, its --watched levels are the built-in pack's."""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

import pytest

from quiz.core.spoilers import watched_choices
from quiz.ui.commands import COMMANDS, Place
from tests.conftest import REPO, run_python
from tests.core.helpers import builtin_pack

README = REPO / "README.md"
DOCS = REPO / "docs"

pytestmark = pytest.mark.skipif(not README.exists() or not DOCS.is_dir(),
                                reason="needs the source tree")


def readme() -> str:
    return README.read_text(encoding="utf-8")


def test_the_screenshot_command_draws_a_question_of_the_game(quiz_home: Path,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "picture" / "quiz.svg"
    out.parent.mkdir()
    result = run_python(quiz_home, str(DOCS / "screenshot.py"), str(out))
    assert result.returncode == 0, result.stderr
    shown = html.unescape(out.read_text(encoding="utf-8")).replace("\xa0", " ")
    assert shown.lstrip().startswith("<svg")
    assert "Question 2 of 10" in shown and "Score 100" in shown
    assert "Spoilers off" in shown
    assert not quiz_home.exists()  # a home of its own: the player's is left alone


def test_the_readme_shows_the_picture_kept_in_the_repo() -> None:
    assert "](docs/quiz.svg)" in readme()
    assert (DOCS / "quiz.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")


def _readme_keys() -> set[tuple[str, str]]:
    """(place, keys) of each row of the README's keys table."""
    block = readme().split("<!-- keys:")[1].split("<!-- /keys -->")[0]
    rows, place = set(), ""
    for line in block.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[1].startswith("`"):
            place = cells[0] or place
            rows.add((place, cells[1].strip("`")))
    return rows


def test_the_readme_keys_table_is_the_games_command_table() -> None:
    wanted = {(c.where.value, c.keys) for c in COMMANDS if c.help and c.keys}
    assert wanted, "no keys in the command table?"
    assert {place for place, _ in wanted} <= {p.value for p in Place}
    assert _readme_keys() == wanted, "run: python docs/keys.py --write"


def test_the_keys_script_prints_what_the_readme_holds(quiz_home: Path) -> None:
    result = subprocess.run([sys.executable, str(DOCS / "keys.py")], capture_output=True,
                            text=True, encoding="utf-8", cwd=quiz_home.parent, check=True)
    assert result.stdout.strip() in readme(), "run: python docs/keys.py --write"


def test_the_readme_names_every_watched_level_of_the_builtin_pack() -> None:
    levels = [level for level, _label in watched_choices(builtin_pack())]
    assert len(levels) >= 2
    watched = next(line for line in readme().splitlines() if "--watched LEVEL" in line)
    for level in levels:
        assert f"`{level}`" in watched, level


def test_the_readme_points_a_pip_user_to_a_guide_they_have() -> None:
    text = readme()
    assert "`quiz packs guide`" in text and "`quiz --version`" in text
    # A link into the sources is no use to a pip user unless the command is beside it.
    for line_number, line in enumerate(text.splitlines()):
        if "(questions/README.md" in line:
            near = "\n".join(text.splitlines()[max(0, line_number - 3):line_number + 1])
            assert "quiz packs guide" in near, line
