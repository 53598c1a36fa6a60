"""The shape of the package (DESIGN's "core first, shells thin"; the issue "The
house"): no import cycle, no module that cannot be imported on its own, files
short enough to read, and a top level that holds only the shells and the
packages. Read from the checkout's source, so these tests are fast."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import run_python

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "quiz"
MAX_LINES = 400
TOP_LEVEL = {"__init__.py", "__main__.py", "game.py", "plain.py",
             "cli", "core", "store", "ui", "authoring"}


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in source_files()}


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def import_time_statements(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """The imports a module runs when it is imported: those of its body and of
    the blocks and class bodies in it; not those in functions (run when called)
    nor under `if TYPE_CHECKING:` (never run)."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        elif isinstance(node, ast.If):
            if not _type_checking(node.test):
                yield from import_time_statements(node.body)
            yield from import_time_statements(node.orelse)
        else:  # class bodies, try, with, for, while, match: all run at import
            blocks = [getattr(node, field, []) for field in ("body", "orelse", "finalbody")]
            blocks += [part.body for part in (*getattr(node, "handlers", []),
                                              *getattr(node, "cases", []))]
            for block in blocks:
                yield from import_time_statements(block)


def _known(name: str) -> str | None:
    """The quiz module `name` is, or the nearest package holding it (a name
    imported from a package's __init__)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def imported_modules(name: str) -> set[str]:
    """The quiz modules that importing module `name` imports at once."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in import_time_statements(ast.parse(path.read_text(encoding="utf-8")).body):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from quiz.core import pack` imports a module; `from quiz.core.pack
            # import Pack`, a name from one.
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                       for alias in node.names]
        found |= {known for t in targets if (known := _known(t)) is not None}
    found.discard(name)
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle_through_three_modules() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_import_reader_sees_module_level_imports_only() -> None:
    body = ast.parse(
        "import quiz.core.pack\n"
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from quiz.game import Game\n"
        "try:\n    from quiz.core import round\nexcept ImportError:\n    from quiz.store import jsonfile\n"
        "def later():\n    from quiz.ui import app\n"
        "class Holder:\n    from quiz.core import spoilers\n").body
    names = {alias.name if isinstance(node, ast.Import) else f"{node.module}.{alias.name}"
             for node in import_time_statements(body) for alias in node.names}
    assert names == {"quiz.core.pack", "typing.TYPE_CHECKING", "quiz.core.round",
                     "quiz.store.jsonfile", "quiz.core.spoilers"}


def test_no_import_cycle_among_the_modules_of_quiz() -> None:
    """A cycle makes a module importable in one order and not another, and ties
    layers together (a core rule that imports a shell). Imports inside
    functions run later and do not count."""
    graph = {name: imported_modules(name) for name in MODULES}
    assert graph["quiz.game"], "the import reader found nothing: the test would be empty"
    assert cycles(graph) == []


# One interpreter for all modules: each import starts with no quiz module loaded
# (textual, yaml and the standard library stay: they are not ours to test).
IMPORT_EACH = """
import importlib, json, sys, traceback
failed = {}
for name in json.loads(sys.argv[1]):
    for loaded in [m for m in sys.modules if m == "quiz" or m.startswith("quiz.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except BaseException:
        failed[name] = traceback.format_exc(limit=-3)
print(json.dumps(failed))
"""


def test_every_module_of_quiz_imports_on_its_own(tmp_path: Path) -> None:
    # __main__ runs the command when imported; its imports are in the graph above.
    names = sorted(n for n in MODULES if n != "quiz.__main__")
    result = subprocess.run([sys.executable, "-c", IMPORT_EACH, json.dumps(names)],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    failed = json.loads(result.stdout)
    assert failed == {}, "\n".join(failed.values())


def test_no_file_in_the_package_is_over_400_lines() -> None:
    # Code and style sheets; a data list (the drafter's cities.txt) is one name a line.
    files = [p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts
             and p.suffix in (".py", ".tcss")]
    lengths = {p.relative_to(REPO).as_posix(): len(p.read_bytes().splitlines()) for p in files}
    assert len(lengths) > 20 and "quiz/game.py" in lengths
    long = {name: n for name, n in lengths.items() if n > MAX_LINES}
    assert long == {}


def test_the_top_level_holds_only_the_shells_game_and_the_packages() -> None:
    entries = {p.name for p in PACKAGE.iterdir() if p.name != "__pycache__"}
    assert entries == TOP_LEVEL
    packages = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert all((PACKAGE / name / "__init__.py").is_file() for name in packages)


def test_the_real_command_runs_the_installed_package_not_the_checkout(
        quiz_home: Path) -> None:
    """The real command (the run_quiz fixture) runs where the tests put it: the
    quiz it imports must be the installed one, the one `python -I` (no current
    folder, no PYTHONPATH) finds, whatever pytest put on its own sys.path."""
    probe = "import quiz; print(quiz.__file__)"
    as_run = run_python(quiz_home, "-c", probe)
    assert as_run.returncode == 0, as_run.stderr
    installed = subprocess.run([sys.executable, "-I", "-c", probe], capture_output=True,
                               text=True, cwd=quiz_home.parent, check=True)
    assert as_run.stdout == installed.stdout != ""


def test_every_package_of_quiz_is_listed_for_the_wheel() -> None:
    """pyproject.toml names the packages a wheel holds: one left out installs
    from a checkout (editable) and is missing from `pip install .`."""
    listing = (REPO / "pyproject.toml").read_text(encoding="utf-8").split("packages = [")[1]
    listed = set(re.findall(r'"([a-z_.]+)"', listing.split("]")[0]))
    packages = {module_name(p) for p in source_files() if p.name == "__init__.py"}
    assert packages - listed == set()
