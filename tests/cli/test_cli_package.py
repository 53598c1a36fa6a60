"""The quiz/cli/ package: one module per command group, none importing another,
and every module of quiz importable on its own (no import cycle)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import quiz

from tests.conftest import run_python

PACKAGE = Path(quiz.__file__).resolve().parent


def quiz_imports(path: Path) -> set[str]:
    """The quiz modules a file imports, at its top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("quiz"):
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names if alias.name.startswith("quiz"))
    return names


def test_a_command_module_imports_no_other_but_common() -> None:
    commands = sorted((PACKAGE / "cli").glob("*.py"))
    assert {p.stem for p in commands} >= {"__init__", "common", "packs", "play", "draft"}
    siblings = {f"quiz.cli.{p.stem}" for p in commands if p.stem != "__init__"}
    for path in commands:
        if path.stem == "__init__":
            continue  # the package gathers the groups into one parser
        imported = quiz_imports(path) & siblings
        assert imported <= {"quiz.cli.common"}, (path.name, imported)


def test_every_module_imports_on_its_own() -> None:
    """Each module imported first, into an interpreter that holds no other quiz
    module: a cycle shows as an ImportError for whichever module comes first."""
    modules = sorted(
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for path in PACKAGE.rglob("*.py") if path.name != "__main__.py")
    script = (
        "import importlib, sys, traceback\n"
        "failed = []\n"
        f"for name in {modules!r}:\n"
        "    for loaded in [m for m in sys.modules if m == 'quiz' or m.startswith('quiz.')]:\n"
        "        del sys.modules[loaded]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception:\n"
        "        failed.append(name + ': ' + traceback.format_exc(limit=-1))\n"
        "print('\\n'.join(failed))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
    assert len(modules) > 40 and "quiz.cli.common" in modules


def test_the_commands_start_without_textual() -> None:
    """Textual loads when the game opens, not for `quiz packs list`."""
    script = "import sys, quiz.cli; quiz.cli.build_parser(); print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "False", result.stderr


# The command run whole, in one interpreter, then what it loaded.
LOADED_BY = """
import contextlib, io, sys
from quiz.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    status = main(sys.argv[1:])
print(status, 'narcos-mexico' in out.getvalue(),
      sorted(m for m in ('quiz.core.generate', 'quiz.core.round', 'textual') if m in sys.modules))
"""


def test_packs_list_starts_without_the_question_generator(quiz_home: Path) -> None:
    """`quiz packs list` lists packs: the rounds and the generator behind them,
    most of what a command could load, wait for a command that asks questions."""
    listed = run_python(quiz_home, "-c", LOADED_BY, "packs", "list")
    assert listed.stdout.split(" ", 2) == ["0", "True", "[]\n"], listed.stderr
    # The same check sees the generator where it is used.
    exported = run_python(quiz_home, "-c", LOADED_BY, "packs", "export", "narcos-mexico")
    assert "'quiz.core.generate'" in exported.stdout, exported.stderr
