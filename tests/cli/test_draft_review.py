"""`quiz draft --level` and `--review` from the command line: the levels a draft
declares, the refusals before any screen opens, and what the command says once
the curation screen has closed (the screen itself: tests/ui/test_review_screen.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_authoring_commands import ok, refused

from quiz.authoring.curation import Curation
from quiz.authoring.drafting import Candidate
from quiz.cli.draft import reviewed
from quiz.core.loader import load_pack
from quiz.ui.outcomes import Curating

ARTICLE = Path(__file__).resolve().parent.parent / "authoring" / "articles" / "harbour-lights.txt"


def test_a_draft_declares_the_levels_named_and_files_nothing_under_them(
        run_quiz, tmp_path: Path) -> None:
    out = tmp_path / "harbour.yaml"
    ok(run_quiz("draft", str(ARTICLE), "-o", str(out), "--level", "season-1",
                "--level", "season-2"))
    pack = load_pack(out, origin="user").pack
    assert [(level.id, level.label) for level in pack.levels] == [
        ("season-1", "Season 1"), ("season-2", "Season 2")]
    assert {fact.spoiler for fact in pack.facts} == {"unreviewed"}


def test_without_level_a_plain_draft_declares_none(run_quiz, tmp_path: Path) -> None:
    out = tmp_path / "harbour.yaml"
    ok(run_quiz("draft", str(ARTICLE), "-o", str(out)))
    assert load_pack(out, origin="user").pack.levels == ()


@pytest.mark.parametrize(("level", "message"), [
    ("none", "--level: 'none' is built in"),
    ("Season 2", "--level: 'Season 2' cannot be a level id"),
])
def test_a_bad_level_is_refused(run_quiz, tmp_path: Path, level: str, message: str) -> None:
    for review in ([], ["--review"]):
        refused(run_quiz("draft", str(ARTICLE), "-o", str(tmp_path / "x.yaml"),
                         "--level", level, *review), 2, message)
    assert not (tmp_path / "x.yaml").exists()


def test_review_needs_a_terminal_and_a_file(run_quiz, tmp_path: Path) -> None:
    """In a pipe (as here) it says so, and writes nothing; -o - is refused."""
    out = tmp_path / "harbour.yaml"
    refused(run_quiz("draft", str(ARTICLE), "--review", "-o", str(out)), 2,
            "--review needs a terminal")
    refused(run_quiz("draft", str(ARTICLE), "-r", "-o", "-"), 2, "--review writes the pack to a file")
    assert not out.exists()


def test_review_keeps_an_existing_file_unless_forced(run_quiz, tmp_path: Path) -> None:
    out = tmp_path / "harbour.yaml"
    out.write_text("mine", encoding="utf-8")
    refused(run_quiz("draft", str(ARTICLE), "--review", "-o", str(out)), 2, "already exists")
    assert out.read_text(encoding="utf-8") == "mine"


def curating(tmp_path: Path) -> Curating:
    facts = [Candidate(kind="year", answer=str(year), statement=f"It opened in {year}.",
                       ask="In what year did it open?", paragraph=1,
                       context=f"It opened in {year}.", score=1) for year in (2001, 2002)]
    return Curating(Curation(facts, pack_id="bridges", title="Bridges"), tmp_path / "b.yaml")


def test_after_the_screen_the_command_says_what_was_written_and_installed(
        tmp_path: Path) -> None:
    done = curating(tmp_path)
    assert reviewed(done).splitlines() == [
        "Curated 'bridges': 0 accepted · 0 rejected · 2 to review.",
        f"Nothing was written to {done.path}."]
    done.curation.accept(0)
    done.curation.save(done.path)
    done.curation.accept(1)
    assert reviewed(done).splitlines()[1:] == [
        f"Wrote the pack to {done.path}; what changed after that was not written.",
        f"Install it with: quiz packs add {done.path}"]
    done.installed = tmp_path / "installed.yaml"
    done.curation.save(done.path)
    assert reviewed(done).splitlines()[1:] == [
        f"Wrote the pack to {done.path}.",
        "Installed it: quiz play --pack bridges, or pick it in the game."]
