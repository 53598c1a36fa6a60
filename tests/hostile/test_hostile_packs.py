"""Every file in tests/hostile/packs/, and the big ones generate.py writes, has a
declared outcome: refused with a located message, or loaded and shown safely.

Each is checked through the real command in a subprocess, where a crash (a
RecursionError, the C parser falling over, memory running out) shows as a
traceback, a signal or a timeout. Whatever the input, nothing quiz prints may
carry a control character or a bidi override to the terminal.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from tests.hostile import generate

HERE = Path(__file__).resolve().parent
PACKS = HERE / "packs"
TIMEOUT = 120


# The tokens every field of markup-injection.yaml holds (see the file).
INJECTION = ("[b]b[/b]", "[/]", "[red on red]r", "[link=https://example.com]l[/link]",
             "[@click=app.quit]q[/]", "[ @click=app.exit]e[/]", "[@click=app.bell]g[/]",
             "[@click=app.push_screen('help')]h[/]", "[@click=screen.dismiss]d[/]",
             "[$accent]v[/]", "$accent", "\\[x]", ":skull:", "{0}{title}%s")
INJECTED = " ".join(INJECTION)


@dataclass(frozen=True)
class Refused:
    """`quiz packs validate` exits 1 and prints exactly these problems, in order:
    each as FILE:WHERE: MESSAGE (a prefix of the line), WHERE being LINE:COL, or
    nothing for a problem with the whole file."""

    where: str | None
    messages: tuple[str, ...]

    def __init__(self, where: str | None, *messages: str) -> None:
        object.__setattr__(self, "where", where)
        object.__setattr__(self, "messages", messages)

    def lines(self, path: Path) -> list[str]:
        prefix = f"{path}:{self.where}: " if self.where else f"{path}: "
        return [prefix + message for message in self.messages]


@dataclass(frozen=True)
class Loads:
    """The pack loads, and every command shows its text as written."""

    pack_id: str
    title: str
    questions: int           # visible at the default horizon
    shows: tuple[str, ...] = ()  # texts that must appear, literally, when played


ESC = "control character U+001B is not allowed in a pack"
UTF8 = "not valid UTF-8 (byte 0x{:02x}); save the file as UTF-8"
EMPTY = "the file is empty; a pack starts with 'format: 1'"
TAGS = "YAML tags ({}) are not allowed in a pack"
NESTING = "nesting deeper than 32 levels is not allowed in a pack"
UNKNOWN_TOP = "unknown key '{}' in the pack (expected one of: "

CASES: dict[str, Refused | Loads] = {
    # Markup and actions: shown as text, never run.
    "markup-injection.yaml": Loads("injection", f"Title {INJECTED}", 5,
                                   shows=(f"Title {INJECTED}", *INJECTION)),
    # Terminal escape sequences, raw or written as YAML escapes, anywhere.
    "osc0-raw-title.yaml": Refused("3:13", ESC),
    "osc52-raw-comment.yaml": Refused("1:3", ESC),
    "osc52-escaped-answer.yaml": Refused("16:19", ESC),
    "csi-raw-explain.yaml": Refused("10:17", ESC),
    "csi-c1-raw.yaml": Refused("10:17", "control character U+009B is not allowed in a pack"),
    "csi-c1-escaped.yaml": Refused("3:8", "control character U+009B is not allowed in a pack"),
    "bel-escaped.yaml": Refused("10:14", "control character U+0007 is not allowed in a pack"),
    "escape-in-key.yaml": Refused("3:1", ESC),
    "del-raw.yaml": Refused("3:12", "control character U+007F is not allowed in a pack"),
    "nel-escaped.yaml": Refused("3:8", "control character U+0085 is not allowed in a pack"),
    "nul-raw.yaml": Refused("3:12", "control character U+0000 is not allowed in a pack"),
    "bidi-override-raw.yaml": Refused("16:24", "bidirectional override U+202E is not allowed"),
    "bidi-isolate-escaped.yaml": Refused("10:14", "bidirectional override U+2066 is not allowed"),
    # Aliases and anchors: refused at the first anchor, before anything expands.
    "alias-bomb.yaml": Refused("3:8", "YAML anchors (&a) are not allowed in a pack"),
    "alias-merge.yaml": Refused("1:11", "YAML anchors (&d) are not allowed in a pack"),
    "merge-key-literal.yaml": Refused("17:1", UNKNOWN_TOP.format("<<")),
    # Nesting: the limit is 32, the root mapping counting as one.
    "nesting-32.yaml": Refused("4:1", UNKNOWN_TOP.format("deep")),
    "nesting-33.yaml": Refused("4:38", NESTING),
    "nesting-50000-flow-sequence.yaml": Refused("1:40", NESTING),
    "nesting-50000-flow-mapping.yaml": Refused("1:133", NESTING),
    "nesting-50000-block-sequence.yaml": Refused("3:63", NESTING),
    "nesting-50000-unclosed.yaml": Refused("2:36", NESTING),
    # Size: refused before reading; a pack of exactly 4 MiB is fine.
    "over-4-mib.yaml": Refused(None, "file is 4,194,305 bytes; packs are limited to 4 MiB"),
    "at-4-mib.yaml": Loads("at-limit", "3 facts", 3),
    # Encodings and line ends.
    "invalid-utf8-latin1.yaml": Refused("3:11", UTF8.format(0xE9)),
    "invalid-utf8-overlong.yaml": Refused("10:17", UTF8.format(0xC0)),
    "invalid-utf8-truncated.yaml": Refused("17:3", UTF8.format(0xE2)),
    "utf16.yaml": Refused("1:1", UTF8.format(0xFF)),
    "bom.yaml": Loads("bom", "Pack with a BOM", 2, shows=("Who plays Gallardo?",)),
    "bom-twice.yaml": Loads("bom-twice", "Two BOMs", 2),
    "crlf.yaml": Loads("crlf", "Pack with CRLF", 2, shows=("Two lines\nof explanation.",)),
    "cr-only.yaml": Refused("1:10", "control character U+000D is not allowed in a pack"),
    "crlf-stray-cr.yaml": Refused("3:14", "control character U+000D is not allowed in a pack"),
    # Duplicates: located at the duplicate, naming the first.
    "duplicate-key-top.yaml": Refused("17:1", "duplicate key 'title' (first at line 3)"),
    "duplicate-key-in-fact.yaml": Refused("17:5", "duplicate key 'answer' (first at line 15)"),
    "duplicate-key-quoted.yaml": Refused("4:1", "duplicate key 'id' (first at line 2)"),
    "duplicate-key-flow.yaml": Refused("17:23", "duplicate key 'kind' (first at line 17)"),
    "duplicate-ids.yaml": Refused("11:9", "duplicate id 'luna' (first at line 5)"),
    # Tags: none, not even the harmless ones.
    "tag-python-object.yaml": Refused("3:8", TAGS.format("!!python/object/apply:os.system")),
    "tag-python-name-verbatim.yaml": Refused("10:14", TAGS.format("!!python/name:os.system")),
    "tag-str.yaml": Refused("3:8", TAGS.format("!!str")),
    "tag-local.yaml": Refused("10:14", TAGS.format("!include")),
    "tag-directive.yaml": Refused("5:8", TAGS.format("tag:evil.example,2000:run")),
    "tag-set.yaml": Refused("17:8", TAGS.format("!!set")),
    # Empty, or nearly: what is missing, by name.
    "empty.yaml": Refused("1:1", EMPTY),
    "whitespace-only.yaml": Refused("1:1", EMPTY),
    "comments-only.yaml": Refused("1:1", EMPTY),
    "null-document.yaml": Refused("2:1", "a pack must be a mapping of 'key: value' lines"),
    "empty-map.yaml": Refused("1:1", "the pack is missing 'format'",
                              "the pack is missing 'id'", "the pack is missing 'title'"),
    "only-format.yaml": Refused("1:1", "the pack is missing 'id'", "the pack is missing 'title'"),
    "header-only.yaml": Refused("1:1", "the pack has no facts and no questions"),
    "two-documents.yaml": Refused("17:1", "a pack file holds one YAML document"),
    # YAML's typing never reaches the game: no, 1:30, 1e3 are text.
    "yaml-typing.yaml": Loads("typing", "no", 2, shows=("no", "1:30")),
    "facts-5000.yaml": Loads("many-facts", "5,000 facts", 5_000),
    "facts-20000.yaml": Loads("most-facts", "20,000 facts", 20_000),
}

COMMITTED = sorted(p.name for p in PACKS.iterdir())
ALL = sorted({*COMMITTED, *generate.GENERATED})

# Every C0 and C1 control but newline and tab, DEL, and the bidi controls.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return generate.write_all(tmp_path_factory.mktemp("hostile-generated"))


def hostile_path(name: str, generated: dict[str, Path]) -> Path:
    return generated[name] if name in generated else PACKS / name


def quiz(home: Path, *args: str, stdin: str = "") -> tuple[int, str, str]:
    """Run the real command; its output must be UTF-8 a terminal can show safely."""
    env = {**os.environ, "QUIZ_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-m", "quiz", *args], input=stdin.encode(),
                            capture_output=True, env=env, timeout=TIMEOUT, cwd=home.parent)
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    for stream in (out, err):
        assert "Traceback" not in stream, stream[-3000:]
        unsafe = UNSAFE.search(stream)
        assert unsafe is None, (args, unsafe, stream[max(0, unsafe.start() - 200):unsafe.end() + 50])
    assert result.returncode >= 0, f"killed by signal {-result.returncode}"
    return result.returncode, out, err


def install(home: Path, *paths: Path) -> None:
    """Copy pack files byte for byte into the user pack folder, as `packs add`
    would but without its checks: a refused pack goes in too."""
    folder = home / "packs"
    folder.mkdir(parents=True, exist_ok=True)
    for path in paths:
        shutil.copyfile(path, folder / path.name)


def cache_entries(home: Path) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in (home / "cache" / "packs").glob("*.json")}


# -- the table -------------------------------------------------------------------------

def test_every_hostile_file_has_a_declared_outcome() -> None:
    assert set(CASES) == set(ALL)
    assert not set(COMMITTED) & set(generate.GENERATED)
    assert all(p.suffix == ".yaml" for p in PACKS.iterdir())
    # The committed ones stay small: the big ones are generated.
    assert max((PACKS / name).stat().st_size for name in COMMITTED) < 16 * 1024


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.slow) if name in generate.SLOW else name for name in ALL])
def test_hostile_pack(name: str, generated: dict[str, Path], quiz_home: Path) -> None:
    path = hostile_path(name, generated)
    expected = CASES[name]
    code, out, err = quiz(quiz_home, "packs", "validate", str(path))
    if isinstance(expected, Refused):
        assert code == 1, out + err
        lines = out.splitlines()
        wanted = expected.lines(path)
        assert len(lines) == len(wanted), out
        for line, start in zip(lines, wanted):
            assert line.startswith(start), (line, start)
        assert err == f"checked 1 pack: {len(wanted)} error(s), 0 warning(s)\n"
        return

    assert (code, out) == (0, ""), out + err
    install(quiz_home, path)
    shown_as = str(quiz_home / "packs" / name)

    code, out, err = quiz(quiz_home, "packs", "list", "--json")
    assert (code, err) == (0, ""), err
    listed = json.loads(out)
    assert listed["failed"] == []
    summary = next(p for p in listed["packs"] if p["id"] == expected.pack_id)
    assert summary["title"] == expected.title
    assert summary["visible"] == expected.questions
    assert summary["path"] == shown_as
    first_load = cache_entries(quiz_home)
    assert first_load, "the pack cache is empty after a listing"

    code, out, err = quiz(quiz_home, "packs", "list")
    assert (code, err) == (0, ""), err
    assert f"{expected.pack_id}  {expected.title}\n" in out
    # Served from the cache: no entry was written again (a miss replaces its file).
    assert cache_entries(quiz_home) == first_load

    code, out, err = quiz(quiz_home, "packs", "export", expected.pack_id, "--seed", "1")
    assert (code, err) == (0, ""), err
    exported = json.loads(out)
    assert (exported["pack"], exported["title"]) == (expected.pack_id, expected.title)
    assert len(exported["questions"]) == expected.questions
    texts = json.dumps(exported, ensure_ascii=False)
    for literal in expected.shows:
        assert json.dumps(literal, ensure_ascii=False)[1:-1] in texts, literal

    if expected.questions < 100:  # PyYAML's emitter is slow; the JSON export checked the big one
        code, out, err = quiz(quiz_home, "packs", "export", expected.pack_id, "--seed", "1",
                              "--format", "yaml")
        assert (code, err) == (0, ""), err
        assert yaml.safe_load(out) == exported

    code, out, err = quiz(quiz_home, "play", "--plain", "--pack", expected.pack_id, "-n", "3",
                          "--seed", "1", stdin="1\n2\nzzz\n")
    assert (code, err) == (0, ""), err
    # Up to 3: a round leaves out what an earlier question (or the title) gives away.
    count = planned_count(path)
    assert 1 <= count <= min(3, expected.questions)
    noun = "question" if count == 1 else "questions"
    assert out.startswith(f"{expected.title} · classic · {count} {noun} · ")
    assert "\nRound over\n" in out
    asked = [q for q in exported["questions"] if q["prompt"] in out]
    assert len(asked) == count, out
    for literal in expected.shows:
        assert literal in out, literal


def planned_count(path: Path) -> int:
    """How many questions `quiz play -n 3 --seed 1` asks of this pack at the
    default horizon: the same Round.start the command calls."""
    from quiz.core.loader import load_pack
    from quiz.core.round import Round, RoundConfig
    from quiz.core.spoilers import gate, horizon_for

    pack = load_pack(path).pack
    return Round.start(gate(pack, horizon_for(pack, False)),
                       RoundConfig(pack.id, length=3, seed="1")).total


# -- a folder full of them -------------------------------------------------------------

def test_refused_packs_in_the_pack_folder_are_listed_with_their_problem_and_harm_nothing(
        generated: dict[str, Path], quiz_home: Path) -> None:
    refused = {name: hostile_path(name, generated) for name in ALL
               if isinstance(CASES[name], Refused)}
    install(quiz_home, *refused.values())
    installed = {name: quiz_home / "packs" / name for name in refused}

    code, out, err = quiz(quiz_home, "packs", "list", "--json")
    assert (code, err) == (0, ""), err
    listed = json.loads(out)
    assert [p["id"] for p in listed["packs"]] == ["narcos-mexico"]
    failed = {Path(f["path"]).name: f["problems"] for f in listed["failed"]}
    assert set(failed) == set(refused)
    for name, problems in failed.items():
        assert problems[0].startswith(CASES[name].lines(installed[name])[0]), problems

    code, out, err = quiz(quiz_home, "packs", "list")
    assert (code, err) == (0, ""), err
    for path in installed.values():
        assert f"Not loaded: {path}\n" in out

    code, out, err = quiz(quiz_home, "packs", "validate")
    assert code == 1
    for name, path in installed.items():
        for line in CASES[name].lines(path):
            assert line in out, line

    code, out, err = quiz(quiz_home, "play", "--plain", "-n", "2", "--seed", "1", stdin="1\n1\n")
    assert (code, err) == (0, ""), err
    assert "\nRound over\n" in out


def test_a_pack_file_name_with_an_escape_sequence_never_reaches_the_terminal(
        quiz_home: Path) -> None:
    folder = quiz_home / "packs"
    folder.mkdir(parents=True)
    shutil.copyfile(PACKS / "bom.yaml", folder / "title\x1b]0;pwned\x07.yaml")
    shutil.copyfile(PACKS / "empty-map.yaml", folder / "clear\x1b[2J\u202e.yaml")
    # A line break in a name would forge a line of the list.
    shutil.copyfile(PACKS / "empty-map.yaml", folder / "x\nNot loaded: forged\tline.yaml")
    # quiz() fails on any control character or bidi override in the output.
    code, out, _ = quiz(quiz_home, "packs", "list")
    assert code == 0 and "bom  Pack with a BOM" in out and "Not loaded: " in out
    assert f"Not loaded: {folder}/x<U+000A>Not loaded: forged<U+0009>line.yaml\n" in out
    assert not any(line.startswith("Not loaded: forged") for line in out.splitlines())
    code, out, _ = quiz(quiz_home, "packs", "validate", str(folder))
    assert code == 1 and "the pack is missing 'format'" in out
    assert all(line.startswith(f"{folder}/") for line in out.splitlines()), out


def test_a_problem_quoting_a_line_break_from_the_pack_stays_on_its_line(
        quiz_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text('format: 1\nid: x\ntitle: X\n"a\\nforged.yaml:1:1: fine": 1\n',
                    encoding="utf-8")
    code, out, _ = quiz(quiz_home, "packs", "validate", str(path))
    assert code == 1
    assert out.startswith(f"{path}:4:1: unknown key 'a<U+000A>forged.yaml:1:1: fine'")
    assert len(out.splitlines()) == 1, out

