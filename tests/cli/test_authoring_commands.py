"""The pack author's commands end to end through the real command: `quiz packs new`,
`packs add`, `packs remove`, `packs import` and `quiz draft`, each followed by what
the author does next (validate, install, list, play)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from quiz.authoring.starter import starter_pack
from quiz.core.loader import load_pack

TESTS = Path(__file__).resolve().parent.parent
SAMPLES = TESTS / "authoring" / "samples"
ARTICLES = sorted((TESTS / "authoring" / "articles").glob("*.txt"))
BUILTIN = TESTS.parent / "questions" / "narcos-mexico.yaml"

LOCATED = re.compile(r"^.+:\d+:\d+: .+$")
# The one warning for every entry a draft left unreviewed: at the first, counting the rest.
UNREVIEWED = re.compile(r"^.+:\d+:\d+: warning: fact '[^']+' and (\d+) more facts need a "
                        r"spoiler level: 'unreviewed' is hidden unless spoiler mode is on$")
STATUS = re.compile(r"^Question \d+ of (\d+)   Score", re.MULTILINE)
SUMMARY = re.compile(r"^Round over\nScore \d+\n(\d+) of (\d+) right", re.MULTILINE)

# A pack with no spoiler levels: one fact ready, one a drafting tool left unreviewed.
WARNINGS_ONLY = """\
format: 1
id: half-done
title: Half done
sources:
  - id: notes
    title: My notes
facts:
  - id: capital
    spoiler: none
    kind: city
    statement: Lisbon is the capital of Portugal.
    ask: What is the capital of Portugal?
    answer: Lisbon
    distractors: [Porto, Braga]
  - id: river
    spoiler: unreviewed
    kind: river
    statement: The Tagus flows through Lisbon.
    ask: Which river flows through Lisbon?
    answer: Tagus
"""

BROKEN = "format: 1\nid: broken-one\ntitle: [oops\n"


# -- helpers ------------------------------------------------------------------------

def ok(result, code: int = 0):
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result


def refused(result, code: int, *phrases: str) -> str:
    """The command failed with this exit status and a message holding the phrases."""
    ok(result, code)
    first = result.stderr.splitlines()[0] if result.stderr else ""
    assert first.startswith("quiz: ") or LOCATED.match(first), result.stderr
    for phrase in phrases:
        assert phrase in result.stderr, (phrase, result.stderr)
    return result.stderr


def listed(run_quiz) -> dict:
    data = json.loads(ok(run_quiz("packs", "list", "--json")).stdout)
    return {"packs": {p["id"]: p for p in data["packs"]}, "failed": data["failed"]}


def new_pack(quiz_home: Path, name: str = "my-show.yaml") -> Path:
    """What `quiz packs new my-show -o NAME` writes (tested below), written here
    without the cost of a subprocess, in the folder the commands run in."""
    path = quiz_home.parent / name
    path.write_text(starter_pack("my-show", "My show", name), encoding="utf-8")
    return path


def install_by_hand(quiz_home: Path, pack_id: str = "my-show", name: str = "") -> Path:
    """A starter pack put straight into the user pack folder (where `packs add`,
    tested below, puts it), without the cost of a subprocess."""
    path = quiz_home / "packs" / (name or f"{pack_id}.yaml")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(starter_pack(pack_id, "My show", path.name), encoding="utf-8")
    return path


def play_wrong(run_quiz, pack_id: str, *args: str, n: int = 3) -> str:
    """Play a round in line mode answering every question wrong, so that the
    feedback names every right answer; returns the transcript."""
    result = ok(run_quiz("play", "--plain", "--pack", pack_id, "-n", str(n), "--seed", "1",
                         *args, input="zzz\n" * n))
    return result.stdout


def installed(quiz_home: Path) -> list[str]:
    folder = quiz_home / "packs"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


# -- quiz packs new -----------------------------------------------------------------------

def test_new_writes_a_commented_starter_that_validates_and_never_overwrites(
        run_quiz, quiz_home: Path) -> None:
    here = quiz_home.parent
    result = ok(run_quiz("packs", "new", "my-show"))
    pack = here / "my-show.yaml"
    assert pack.is_file()
    assert "quiz packs validate my-show.yaml" in result.stdout
    assert "quiz packs add my-show.yaml" in result.stdout
    text = pack.read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    assert len(comments) >= 5, text
    assert yaml.safe_load(text)["id"] == "my-show"

    checked = ok(run_quiz("packs", "validate", "my-show.yaml"))
    assert checked.stdout == ""
    assert "checked 1 pack: 0 error(s), 0 warning(s)" in checked.stderr

    pack.write_text(text + "# my own notes\n", encoding="utf-8")
    refused(run_quiz("packs", "new", "my-show"), 2, "my-show.yaml already exists", "--force")
    assert pack.read_text(encoding="utf-8").endswith("# my own notes\n")

    ok(run_quiz("packs", "new", "my-show", "--force"))
    assert pack.read_text(encoding="utf-8") == text


def test_new_rejects_a_bad_id(run_quiz, quiz_home: Path) -> None:
    before = sorted(quiz_home.parent.iterdir())
    for bad in ("My_Show", "../evil"):
        message = refused(run_quiz("packs", "new", bad), 2, f"'{bad}' cannot be a pack id",
                          "a-z, 0-9 and -")
        assert message.count("\n") == 1
    assert sorted(quiz_home.parent.iterdir()) == before


def test_new_to_the_screen_with_a_yaml_special_title(run_quiz, quiz_home: Path) -> None:
    title = 'My show: part #1, "quoted" \\ and — ünïcode'
    before = sorted(quiz_home.parent.iterdir())
    result = ok(run_quiz("packs", "new", "my-show", "--title", title, "-o", "-"))
    assert sorted(quiz_home.parent.iterdir()) == before  # nothing written here
    assert result.stdout.startswith("#") and "\nid: my-show " in result.stdout
    # Installed as `packs add` would (tested below): the title is read back as typed.
    (quiz_home / "packs").mkdir(parents=True)
    (quiz_home / "packs" / "my-show.yaml").write_text(result.stdout, encoding="utf-8")
    assert listed(run_quiz)["packs"]["my-show"]["title"] == title


# -- quiz packs add -----------------------------------------------------------------------

def test_add_installs_under_the_id_then_lists_and_plays_it(run_quiz, quiz_home: Path) -> None:
    source = new_pack(quiz_home, "starter copy.yaml")
    result = ok(run_quiz("packs", "add", "starter copy.yaml"))
    target = quiz_home / "packs" / "my-show.yaml"
    assert f"Installed 'my-show' (My show) as {target}." in result.stdout
    assert "quiz play --pack my-show" in result.stdout
    assert installed(quiz_home) == ["my-show.yaml"]
    assert target.read_bytes() == source.read_bytes()  # as written, comments and all

    text = ok(run_quiz("packs", "list")).stdout
    assert "my-show  My show" in text
    assert f"From: user pack, {target}" in text
    assert "1 hidden: Season 2" in text

    transcript = play_wrong(run_quiz, "my-show")
    # The two visible actors give each other away (the lead's choices borrow the
    # other's name, the other's false statement swaps in the lead's): a round
    # asks one of them, here the lead.
    assert transcript.startswith("My show · classic · 2 questions")
    assert "Wrong. The answer: Ada Lane" in transcript
    assert "2024" not in transcript  # the season-2 fact stays hidden
    assert SUMMARY.search(transcript).groups() == ("0", "2")


def test_adding_an_installed_id_is_refused_unless_forced(run_quiz, quiz_home: Path) -> None:
    source = new_pack(quiz_home)
    ok(run_quiz("packs", "add", "my-show.yaml"))
    target = quiz_home / "packs" / "my-show.yaml"
    first = target.read_text(encoding="utf-8")

    source.write_text(first.replace('title: "My show"', 'title: "My show, edited"'),
                      encoding="utf-8")
    refused(run_quiz("packs", "add", "my-show.yaml"), 1,
            f"a pack with id 'my-show' is already installed ({target})", "--force")
    assert target.read_text(encoding="utf-8") == first

    result = ok(run_quiz("packs", "add", "my-show.yaml", "--force"))
    assert f"Replaced 'my-show' (My show, edited) as {target}." in result.stdout
    assert installed(quiz_home) == ["my-show.yaml"]
    assert listed(run_quiz)["packs"]["my-show"]["title"] == "My show, edited"


def test_add_refuses_an_invalid_pack_with_located_errors(run_quiz, quiz_home: Path,
                                                         write_pack) -> None:
    bad = write_pack("format: 1\nid: bad\ntitle: Bad\nfacts:\n  - id: f\n    kind: x\n"
                     "    statement: s\n    ask: q\n    answr: a\n", "bad.yaml")
    message = refused(run_quiz("packs", "add", str(bad)), 1, "nothing was installed")
    lines = message.splitlines()
    assert lines[0] == f"{bad}:5:5: fact 'f' is missing 'answer'"
    assert lines[1].startswith(f"{bad}:9:5: unknown key 'answr' in fact 'f'")
    assert lines[2] == f"quiz: {bad} has errors; nothing was installed"
    assert installed(quiz_home) == []

    refused(run_quiz("packs", "add", "no-such.yaml"), 2, "no-such.yaml: no such file")
    assert installed(quiz_home) == []


def test_add_refuses_the_builtin_packs_id(run_quiz, quiz_home: Path, write_pack) -> None:
    source = new_pack(quiz_home)
    mine = write_pack(source.read_text(encoding="utf-8").replace(
        "id: my-show ", "id: narcos-mexico "), "narcos.yaml")
    refused(run_quiz("packs", "add", str(mine)), 1,
            "the id 'narcos-mexico' belongs to a built-in pack", "another id")
    assert installed(quiz_home) == []


def test_add_installs_a_pack_with_only_warnings_and_shows_them(run_quiz, quiz_home: Path,
                                                               write_pack) -> None:
    source = write_pack(WARNINGS_ONLY, "half.yaml")
    result = ok(run_quiz("packs", "add", str(source)))
    assert result.stderr.splitlines() == [
        f"{source}:16:14: warning: fact 'river' needs a spoiler level: 'unreviewed' is "
        "hidden unless spoiler mode is on"]
    assert "Installed 'half-done' (Half done)" in result.stdout
    assert installed(quiz_home) == ["half-done.yaml"]
    pack = listed(run_quiz)["packs"]["half-done"]
    assert (pack["facts"], pack["hidden"]) == (1, 1)


def unreviewed_facts(count: int) -> str:
    return "".join(f"  - id: f{n}\n    spoiler: unreviewed\n    kind: year\n"
                   f"    statement: The light was lit in {1800 + n}.\n"
                   f"    ask: In what year was light {n} lit?\n    answer: '{1800 + n}'\n"
                   for n in range(1, count + 1))


def test_add_of_a_fresh_draft_says_in_one_line_that_none_is_playable(
        run_quiz, quiz_home: Path, write_pack) -> None:
    """Sixty unreviewed facts: one line says what was installed, why none of it
    can be played, and what to do; not sixty warnings that say the same."""
    source = write_pack("format: 1\nid: lights\ntitle: Lights\nfacts:\n"
                        + unreviewed_facts(60), "lights.yaml")
    result = ok(run_quiz("packs", "add", str(source)))
    assert result.stderr == ""
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"Installed 'lights' (Lights: 60 facts) as "
                           f"{quiz_home / 'packs' / 'lights.yaml'}, but none is playable yet: ")
    assert "all 60 are unreviewed" in line and "quiz packs guide" in line
    assert installed(quiz_home) == ["lights.yaml"]

    checked = ok(run_quiz("packs", "validate", str(source)))
    assert checked.stdout == (f"{source}:6:14: warning: fact 'f1' and 59 more facts need a "
                              "spoiler level: 'unreviewed' is hidden unless spoiler mode is on\n")
    assert "checked 1 pack: 0 error(s), 1 warning(s)" in checked.stderr


def test_add_of_a_pack_hidden_past_the_horizon_says_what_to_watch_and_keeps_warnings(
        run_quiz, quiz_home: Path, write_pack) -> None:
    """Not only unreviewed: the line names the levels hidden and the warning
    for the unreviewed facts still shows, once."""
    source = write_pack(
        "format: 1\nid: later\ntitle: Later\nspoilers:\n  levels:\n    - id: season-1\n"
        "      label: Season 1\nfacts:\n" + unreviewed_facts(3).replace(
            "spoiler: unreviewed", "spoiler: season-1", 1), "later.yaml")
    result = ok(run_quiz("packs", "add", str(source)))
    assert result.stderr == (f"{source}:16:14: warning: fact 'f2' and 1 more fact need a spoiler "
                             "level: 'unreviewed' is hidden unless spoiler mode is on\n")
    (line,) = result.stdout.splitlines()
    assert "none is playable yet: all 3 are past your spoiler horizon (3 hidden: " in line
    assert "1 Season 1, 2 not yet reviewed" in line
    assert "quiz spoilers --pack later --watched LEVEL" in line


def test_add_names_the_installed_file_after_the_id_whatever_the_source_is_called(
        run_quiz, quiz_home: Path, write_pack) -> None:
    text = new_pack(quiz_home).read_text(encoding="utf-8")
    # Only .yaml and .yml files are loaded from the pack folders; add takes any name
    # and suffix, since what it installs is always ID.yaml.
    for name, pack_id in (("My Pack (v2).YAML", "upper-suffix"), ("notes.txt", "text-suffix")):
        source = write_pack(text.replace("id: my-show ", f"id: {pack_id} "), name)
        result = ok(run_quiz("packs", "add", str(source)))
        assert f"as {quiz_home / 'packs' / f'{pack_id}.yaml'}." in result.stdout
    assert installed(quiz_home) == ["text-suffix.yaml", "upper-suffix.yaml"]


# -- quiz packs remove --------------------------------------------------------------------

def test_remove_a_user_pack(run_quiz, quiz_home: Path) -> None:
    target = install_by_hand(quiz_home)
    result = ok(run_quiz("packs", "remove", "my-show"))
    assert result.stdout == f"Removed your pack 'my-show' ({target}).\n"
    assert not target.exists()
    assert "my-show" not in listed(run_quiz)["packs"]


def test_remove_refuses_a_builtin_pack_and_an_unknown_id(run_quiz) -> None:
    before = BUILTIN.read_bytes()
    refused(run_quiz("packs", "remove", "narcos-mexico"), 2,
            "'narcos-mexico' is a built-in pack; it cannot be removed")
    refused(run_quiz("packs", "remove", "no-such-pack"), 2,
            "no user pack has the id 'no-such-pack'", "quiz packs list")
    assert BUILTIN.read_bytes() == before


def test_remove_a_user_pack_that_no_longer_loads(run_quiz, quiz_home: Path) -> None:
    broken = quiz_home / "packs" / "broken-one.yaml"
    broken.parent.mkdir(parents=True)
    broken.write_text(BROKEN, encoding="utf-8")
    assert load_pack(broken, "user").pack is None

    result = ok(run_quiz("packs", "remove", "broken-one"))
    assert result.stdout == f"Removed your pack 'broken-one' ({broken}).\n"
    assert installed(quiz_home) == []
    assert listed(run_quiz)["failed"] == []


def test_remove_by_a_file_name_never_deletes_a_working_pack_with_another_id(
        run_quiz, quiz_home: Path) -> None:
    dropped = install_by_hand(quiz_home, "pub-night", "trivia.yaml")  # a copy made by hand
    assert load_pack(dropped, "user").pack.id == "pub-night"

    refused(run_quiz("packs", "remove", "trivia"), 2, "no user pack has the id 'trivia'")
    assert dropped.is_file()


def test_remove_with_something_that_is_not_an_id_removes_nothing(run_quiz,
                                                                 quiz_home: Path) -> None:
    mine = install_by_hand(quiz_home)
    result = run_quiz("packs", "remove", "../My-Show")
    assert mine.is_file()
    refused(result, 2, "../My-Show")


# -- quiz packs import --------------------------------------------------------------------

IMPORTS = [  # format, sample, pack id, questions converted, lines left out
    ("opentdb", "opentdb.json", "opentdb", 3, [28, 36, 43]),
    ("gift", "sample.gift", "sample", 11, [39, 41, 43, 45, 51, 53, 59]),
    ("aiken", "sample-aiken.txt", "sample-aiken", 4, [19, 23, 27]),
]


@pytest.mark.parametrize("fmt, sample, pack_id, count, skipped", IMPORTS,
                         ids=[i[0] for i in IMPORTS])
def test_import_validate_add_and_play(run_quiz, quiz_home: Path, fmt: str, sample: str,
                                      pack_id: str, count: int, skipped: list[int]) -> None:
    source = SAMPLES / sample
    result = ok(run_quiz("packs", "import", str(source), "--from", fmt))
    written = f"{pack_id}.yaml"
    assert (quiz_home.parent / written).is_file()
    assert (f"Converted {count} question(s), {len(skipped)} left out (above) into {written}."
            in result.stdout)
    assert f"quiz packs add {written}" in result.stdout
    lines = result.stderr.splitlines()
    assert [int(re.match(rf"^{re.escape(str(source))}:(\d+): not converted: \S", line)[1])
            for line in lines] == skipped, result.stderr

    checked = ok(run_quiz("packs", "validate", written))
    assert "0 error(s), 0 warning(s)" in checked.stderr
    ok(run_quiz("packs", "add", written))
    transcript = play_wrong(run_quiz, pack_id)
    assert len(STATUS.findall(transcript)) == 3
    assert SUMMARY.search(transcript).groups() == ("0", "3")


@pytest.mark.parametrize("fmt", [
    "opentdb", "gift", "aiken"])
def test_import_of_a_file_in_no_format_is_a_clear_error(run_quiz, quiz_home: Path,
                                                        write_pack, fmt: str) -> None:
    garbage = write_pack("Just some notes\nwith nothing to ask.\n", "notes.txt")
    before = sorted(quiz_home.parent.iterdir())
    message = refused(run_quiz("packs", "import", str(garbage), "--from", fmt), 2)
    assert sorted(quiz_home.parent.iterdir()) == before
    assert "notes.txt" in message, message


def test_import_from_opentdb_decodes_html_entities(run_quiz, quiz_home: Path) -> None:
    ok(run_quiz("packs", "import", str(SAMPLES / "opentdb.json"), "--from", "opentdb",
                "--id", "trivia-night", "--title", "Trivia & night"))
    ok(run_quiz("packs", "add", "trivia-night.yaml"))
    result = ok(run_quiz("packs", "export", "trivia-night", "--seed", "1"))
    assert not re.search(r"&(?:[a-z]+|#\d+);", result.stdout), result.stdout
    data = json.loads(result.stdout)
    assert data["title"] == "Trivia & night"
    prompts = {q["prompt"] for q in data["questions"]}
    assert "In \"The Legend of Zelda\", what is the princess's name?" in prompts
    assert any(p.startswith("The Earth's inner core") for p in prompts)
    assert "science-nature" in {q.get("topic") for q in data["questions"]}
    assert {q["source"] for q in data["questions"]} == {
        "Open Trivia DB (opentdb.com), CC BY-SA 4.0"}


# -- quiz draft ---------------------------------------------------------------------------

@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_draft_writes_a_pack_of_unreviewed_facts(run_quiz, quiz_home: Path,
                                                 article: Path) -> None:
    pack_id = article.stem
    written = f"{pack_id}.yaml"
    result = ok(run_quiz("draft", str(article)))
    facts = yaml.safe_load((quiz_home.parent / written).read_text(encoding="utf-8"))["facts"]
    assert len(facts) >= 5
    assert result.stdout.startswith(
        f"Drafted {len(facts)} candidate fact(s) from {article} into {written}.\n")
    assert f"quiz packs validate {written}\n" in result.stdout
    assert f"quiz packs add {written}\n" in result.stdout

    checked = ok(run_quiz("packs", "validate", written))
    assert "checked 1 pack: 0 error(s), 1 warning(s)" in checked.stderr
    (problem,) = checked.stdout.splitlines()
    assert int(UNREVIEWED.match(problem)[1]) == len(facts) - 1, problem

    added = ok(run_quiz("packs", "add", written))
    assert (added.stderr, len(added.stdout.splitlines())) == ("", 1)
    pack = listed(run_quiz)["packs"][pack_id]
    assert (pack["visible"], pack["hidden"]) == (0, len(facts))

    transcript = play_wrong(run_quiz, pack_id, "--spoilers", "on")
    assert "\nSpoilers on\n" in transcript
    assert len(STATUS.findall(transcript)) == 3
    assert SUMMARY.search(transcript).groups() == ("0", "3")


def test_draft_refuses_an_article_it_cannot_read(run_quiz, quiz_home: Path,
                                                 write_pack) -> None:
    latin1 = write_pack("", "latin1.txt")
    latin1.write_bytes("Félix Gallardo was born in 1946 in Culiacán.\n".encode("latin-1"))
    before = sorted(quiz_home.parent.iterdir())
    refused(run_quiz("draft", str(latin1)), 2, f"{latin1}: not UTF-8", "UTF-8 text")
    refused(run_quiz("draft", "missing.txt"), 2, "missing.txt: no such file")
    refused(run_quiz("draft", str(ARTICLES[0]), "--id", "Bad Id"), 2,
            "'Bad Id' cannot be a pack id")
    assert sorted(quiz_home.parent.iterdir()) == before


# -- the whole path: new, edit, add, play -------------------------------------------------

def test_a_new_pack_edited_installed_and_played(run_quiz, quiz_home: Path) -> None:
    ok(run_quiz("packs", "new", "my-show"))
    source = quiz_home.parent / "my-show.yaml"
    text = source.read_text(encoding="utf-8")
    assert text.count("Ada Lane") == 2 and "accept: [Lane]" in text
    source.write_text(text.replace("Ada Lane", "Zora Quill")
                      .replace("accept: [Lane]", "accept: [Quill]"), encoding="utf-8")

    ok(run_quiz("packs", "add", "my-show.yaml"))
    transcript = play_wrong(run_quiz, "my-show")
    assert "Wrong. The answer: Zora Quill" in transcript
    assert "Ada Lane" not in transcript


def test_add_never_writes_over_a_hand_placed_file_that_holds_another_pack(
        run_quiz, quiz_home: Path, write_pack) -> None:
    other = install_by_hand(quiz_home, "pub-night", "my-show.yaml")  # named like my-show
    before = other.read_bytes()
    mine = write_pack(starter_pack("my-show", "My show", "my-show.yaml"), "my-show.yaml")
    for extra in ((), ("--force",)):
        refused(run_quiz("packs", "add", str(mine), *extra), 1, f"{other} holds another pack")
        assert other.read_bytes() == before


def test_validate_of_the_installed_packs_reports_an_id_the_game_refuses(
        run_quiz, quiz_home: Path) -> None:
    clash = install_by_hand(quiz_home, "narcos-mexico", "copy.yaml")
    result = run_quiz("packs", "validate")
    assert result.returncode == 1
    assert (f"{clash}: pack id 'narcos-mexico' is already used by "
            in result.stdout), result.stdout
    assert "the game does not load this pack: change its id" in result.stdout
    # Named on the command line, the same file is checked on its own.
    assert run_quiz("packs", "validate", str(clash)).returncode == 0
