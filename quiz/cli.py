"""The `quiz` command: argument parsing and plain-text output over the core.

Textual is imported only by the commands that open the game, so everything else
starts fast and works without a terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from quiz.core.catalog import PACK_SUFFIXES, Catalog, load_catalog, pack_files
from quiz.core.generate import generate, new_seed
from quiz.core.loader import load_pack
from quiz.core.pack import Pack
from quiz.core.spoilers import Horizon, View, gate, horizon_for
from quiz.store import paths
from quiz.store.settings import Settings, load_settings


class UsageError(Exception):
    """Something the user asked for that cannot be done; exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # Pack text is Unicode; a terminal that cannot show a letter gets a '?'
        # rather than a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(errors="replace")
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except UsageError as error:
        print(f"quiz: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `quiz packs export ... | head`
        sys.stderr.close()
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quiz", description="A spoiler-aware trivia game for the terminal.")
    parser.set_defaults(run=_cmd_game)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    packs = commands.add_parser("packs", help="list, check and export question packs")
    packs.set_defaults(run=lambda _args: packs.print_help() or 0)
    pack_commands = packs.add_subparsers(title="pack commands", metavar="COMMAND")

    listing = pack_commands.add_parser("list", help="every pack, with questions visible and hidden")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=_cmd_packs_list)

    validate = pack_commands.add_parser(
        "validate", help="check pack files (schema and spoiler lint); exit 1 on any error")
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                          help="pack files or folders (default: every installed pack)")
    validate.set_defaults(run=_cmd_packs_validate)

    export = pack_commands.add_parser(
        "export", help="print the questions a pack generates, within your spoiler horizon")
    export.add_argument("pack_id", metavar="ID")
    export.add_argument("--format", choices=("json", "yaml"), default="json")
    export.add_argument("--spoilers", choices=("on", "off"),
                        help="override the spoiler setting for this export")
    export.add_argument("--seed", help="the seed that picks question kinds and wrong options")
    export.set_defaults(run=_cmd_packs_export)
    return parser


def _cmd_game(_args: argparse.Namespace) -> int:
    print("The game screens are not built yet. For now, try:\n"
          "  quiz packs list\n"
          "  quiz packs export narcos-mexico --format yaml\n"
          "  quiz --help")
    return 0


# -- shared helpers -----------------------------------------------------------------

def catalog() -> Catalog:
    return load_catalog(paths.builtin_packs_dir(), paths.user_packs_dir())


def settings() -> Settings:
    loaded = load_settings()
    if loaded.message:
        print(f"quiz: {loaded.message}", file=sys.stderr)
    return loaded.settings


def horizon(pack: Pack, prefs: Settings, spoilers: str | None) -> Horizon:
    """The --spoilers flag when given, else the saved setting."""
    spoilers_on = prefs.spoilers if spoilers is None else spoilers == "on"
    return horizon_for(pack, spoilers_on, prefs.watched_level(pack.id))


def find_pack(packs: Catalog, pack_id: str) -> Pack:
    pack = packs.get(pack_id)
    if pack is None:
        known = ", ".join(p.id for p in packs.packs) or "none"
        raise UsageError(f"no pack with id '{pack_id}' (installed: {known})")
    return pack


# -- quiz packs ... ----------------------------------------------------------------

def _view_summary(view: View) -> dict:
    return {
        "id": view.id, "title": view.title, "description": view.description,
        "origin": view.origin, "path": view.path, "horizon": view.horizon,
        "visible": view.visible_count, "hidden": view.hidden_count,
        "hidden_by_level": dict(view.hidden),
        "facts": len(view.facts), "questions": len(view.questions), "topics": list(view.topics),
    }


def _cmd_packs_list(args: argparse.Namespace) -> int:
    packs = catalog()
    prefs = settings()
    views = [gate(p, horizon(p, prefs, None)) for p in packs.packs]
    if args.json:
        print(json.dumps({
            "packs": [_view_summary(v) for v in views],
            "failed": [{"path": f.path, "problems": [str(p) for p in f.errors]}
                       for f in packs.failed],
        }, indent=2, ensure_ascii=False))
        return 0
    if not views and not packs.failed:
        print("No packs found.")
    for view in views:
        hidden = f", {view.hidden_note()}" if view.hidden else ""
        print(f"{view.id}  {view.title}")
        print(f"    {view.visible_count} questions visible ({len(view.facts)} from facts, "
              f"{len(view.questions)} written){hidden}")
        print(f"    {view.horizon}; {view.origin}: {view.path}")
    for failed in packs.failed:
        first = failed.errors[0] if failed.errors else "could not be loaded"
        print(f"(not loaded) {failed.path}\n    {first}")
    return 0


def _expand(paths_given: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths_given:
        if path.is_dir():
            files.extend(pack_files(path))
        elif path.exists():
            files.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    return files


def _cmd_packs_validate(args: argparse.Namespace) -> int:
    if args.paths:
        files = _expand(args.paths)
    else:
        files = pack_files(paths.builtin_packs_dir()) + pack_files(paths.user_packs_dir())
    if not files:
        raise UsageError("no pack files to check (packs end in " + " or ".join(PACK_SUFFIXES) + ")")
    errors = warnings = 0
    for path in files:
        loaded = load_pack(path, shown_as=str(path))
        for problem in loaded.problems:
            print(problem)
        errors += len(loaded.errors)
        warnings += len(loaded.warnings)
    noun = "pack" if len(files) == 1 else "packs"
    print(f"checked {len(files)} {noun}: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def _cmd_packs_export(args: argparse.Namespace) -> int:
    pack = find_pack(catalog(), args.pack_id)
    view = gate(pack, horizon(pack, settings(), args.spoilers))
    seed = args.seed or new_seed()
    data = {
        "pack": view.id, "title": view.title, "seed": seed, "horizon": view.horizon,
        "hidden": view.hidden_note(),
        "questions": [
            {key: value for key, value in {
                "id": q.id, "type": q.type, "prompt": q.prompt, "choices": list(q.choices),
                "answer": q.answer, "accept": list(q.accepted[1:]), "statement": q.statement,
                "explain": q.explain, "source": q.source, "topic": q.topic, "level": q.level,
            }.items() if value not in ("", [])}
            for q in generate(view, seed)
        ],
    }
    if args.format == "yaml":
        print(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), end="")
    else:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    return 0
