"""`quiz packs ...`: list, validate and export packs; add, remove, new, import
and the guide for pack authors."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from quiz.authoring.names import slug, title_from_stem
from quiz.cli.common import (
    CommandFailed, UsageError, check_input, check_seed, checked_id, find_pack, load_game, on_off,
    output_arguments, shown, target, write,
)
from quiz.core.catalog import PACK_SUFFIXES, load_catalog, pack_files
from quiz.core.loader import UNREVIEWED_NOTE, load_pack
from quiz.core.nodereader import ID_PATTERN
from quiz.core.pack import UNREVIEWED_LEVEL, Location, Problem
from quiz.core.packwords import counted, not_loaded, pack_lines
from quiz.core.seeds import new_seed
from quiz.core.spoilers import View
from quiz.core.yamltext import bad_character, printable, printable_line
from quiz.store import paths
from quiz.store.packcache import load_pack_cached
from quiz.store.userpacks import PackRefused, install, remove


def add_commands(commands: argparse._SubParsersAction) -> None:
    packs = commands.add_parser(
        "packs", help="list, check, add, remove, write, import and export question packs")
    packs.set_defaults(run=lambda _args: packs.print_help() or 0)
    pack_commands = packs.add_subparsers(title="pack commands", metavar="COMMAND")

    listing = pack_commands.add_parser("list", help="every pack, with questions visible and hidden")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=_cmd_list)

    validate = pack_commands.add_parser(
        "validate", help="check pack files (schema and spoiler lint); exit 1 on any error")
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                          help="pack files or folders (default: every installed pack)")
    validate.set_defaults(run=_cmd_validate)

    export = pack_commands.add_parser(
        "export", help="print the questions a pack generates, within your spoiler horizon")
    export.add_argument("pack_id", metavar="ID")
    export.add_argument("--format", choices=("json", "yaml"), default="json")
    export.add_argument("--spoilers", choices=("on", "off"),
                        help="override the spoiler setting for this export")
    export.add_argument("--seed", help="the seed that picks question kinds and wrong options")
    export.set_defaults(run=_cmd_export)

    add = pack_commands.add_parser(
        "add", help="check a pack file, then install it into your pack folder")
    add.add_argument("file", type=Path, metavar="FILE")
    add.add_argument("--force", action="store_true",
                     help="replace an installed pack with the same id")
    add.set_defaults(run=_cmd_add)

    rm = pack_commands.add_parser("remove", help="remove one of your installed packs")
    rm.add_argument("pack_id", metavar="ID")
    rm.set_defaults(run=_cmd_remove)

    new = pack_commands.add_parser("new", help="write a commented starter pack to edit")
    new.add_argument("pack_id", metavar="ID", help="the new pack's id: a-z, 0-9 and -")
    new.add_argument("--title", help="the pack's title (default: from the id)")
    output_arguments(new)
    new.set_defaults(run=_cmd_new)

    imp = pack_commands.add_parser(
        "import", help="convert an Open Trivia DB, Moodle GIFT or Aiken file into a pack")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--from", dest="fmt", required=True, choices=("opentdb", "gift", "aiken"),
                     help="the file's format")
    imp.add_argument("--id", dest="pack_id", help="the pack's id (default: from the file name)")
    imp.add_argument("--title", help="the pack's title (default: from the file name)")
    output_arguments(imp)
    imp.set_defaults(run=_cmd_import)

    guide = pack_commands.add_parser(
        "guide", help="print the pack author's guide (pipe it to less to page it)")
    guide.add_argument("--path", action="store_true",
                       help="print where the guide is instead (the built-in pack sits beside it)")
    guide.set_defaults(run=_cmd_guide)


# -- list / validate / export --------------------------------------------------------

def _view_summary(view: View) -> dict:
    return {
        "id": view.id, "title": view.title, "description": view.description,
        "origin": view.origin, "path": view.path, "horizon": view.horizon,
        "visible": view.visible_count, "hidden": view.hidden_count,
        "hidden_by_level": dict(view.hidden),
        "facts": len(view.facts), "questions": len(view.questions), "topics": list(view.topics),
    }


def _cmd_list(args: argparse.Namespace) -> int:
    game = load_game()
    packs = game.catalog
    views = [game.view(p) for p in packs.packs]
    if args.json:
        print(json.dumps({
            "packs": [_view_summary(v) for v in views],
            "failed": [{"path": f.path, "problems": [str(p) for p in f.errors]}
                       for f in packs.failed],
        }, indent=2, ensure_ascii=False))
        return 0
    if not views and not packs.failed:
        print("No packs found.")
    # The words of the game's pack picker, the id first: the commands take it.
    for view in views:
        print(f"{view.id}  {view.title}")
        for line in pack_lines(view):
            print(f"    {line}")
    for failed in packs.failed:
        print("\n    ".join(not_loaded(failed)))
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


def _cmd_validate(args: argparse.Namespace) -> int:
    if args.paths:
        files = _expand(args.paths)
    else:
        files = pack_files(paths.builtin_packs_dir()) + pack_files(paths.user_packs_dir())
    if not files:
        raise UsageError("no pack files to check (packs end in " + " or ".join(PACK_SUFFIXES) + ")")
    # Ids the game gives to installed files: built-in ones always win; among user
    # packs, the one loaded first. A file named on the command line may be the
    # very source of an installed pack (a checkout, an edit to add again), so
    # only installed packs are checked for a clash.
    installed = None if args.paths else load_catalog(
        paths.builtin_packs_dir(), paths.user_packs_dir(), load_pack_cached)
    errors = warnings = 0
    for path in files:
        loaded = load_pack(path, shown_as=str(path))
        if loaded.pack is not None:
            owner = installed.get(loaded.pack.id) if installed else None
            if owner is not None and Path(owner.path).resolve() != path.resolve():
                loaded.problems.append(Problem(Location(loaded.path), (
                    f"pack id '{loaded.pack.id}' is already used by {owner.path} "
                    f"({owner.origin}); the game does not load this pack: change its id")))
        for problem in loaded.problems:
            print(problem)
        errors += len(loaded.errors)
        warnings += len(loaded.warnings)
    print(f"checked {counted(len(files), 'pack')}: {errors} error(s), {warnings} warning(s)",
          file=sys.stderr)
    return 1 if errors else 0


def _cmd_export(args: argparse.Namespace) -> int:
    # Only here: the generator is the most of what `quiz packs list` would load for nothing.
    from quiz.core.generate import generate

    check_seed(args.seed)
    game = load_game()
    view = game.view(find_pack(game, args.pack_id), on_off(args.spoilers))
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
        import yaml  # only here: the game's start does without it

        print(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), end="")
    else:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    return 0


# -- add / remove --------------------------------------------------------------------

def _cmd_add(args: argparse.Namespace) -> int:
    check_input(args.file)
    try:
        installed = install(args.file, force=args.force)
    except PackRefused as refused:
        for problem in refused.problems:
            print(problem, file=sys.stderr)
        print(f"quiz: {refused}", file=sys.stderr)
        return 1
    pack = installed.pack
    view = load_game().view(pack)
    entries = (*pack.facts, *pack.questions)
    # A fresh draft has every entry unreviewed: the line below says so once,
    # in place of the warning that counts them.
    drafted = not view.visible_count and all(e.spoiler == UNREVIEWED_LEVEL for e in entries)
    for warning in installed.loaded.warnings:
        if not (drafted and warning.message.endswith(UNREVIEWED_NOTE)):
            print(warning, file=sys.stderr)
    verb = "Replaced" if installed.replaced else "Installed"
    if view.visible_count:
        print(printable_line(f"{verb} '{pack.id}' ({pack.title}) as {shown(installed.path)}."))
        print(f"Play it: quiz play --pack {pack.id}, or pick it in the game.")
        return 0
    held = ", ".join(counted(len(group), noun) for group, noun in
                     ((pack.facts, "fact"), (pack.questions, "question")) if group)
    every = "it is" if len(entries) == 1 else f"all {len(entries)} are"
    if drafted:
        why = (f"{every} unreviewed, hidden until spoiler mode is on; give each a spoiler "
               "level (quiz packs guide)")
    else:
        why = (f"{every} past your spoiler horizon ({view.hidden_note()}); say what you "
               f"have watched (quiz spoilers --pack {pack.id} --watched LEVEL)")
    print(printable_line(f"{verb} '{pack.id}' ({pack.title}: {held}) as "
                         f"{shown(installed.path)}, but none is playable yet: {why}, or "
                         "play it with --spoilers on."))
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    try:
        path = remove(args.pack_id)
    except PackRefused as refused:
        raise UsageError(str(refused)) from None
    print(f"Removed your pack '{args.pack_id}' ({shown(path)}).")
    return 0


# -- new / import: they write a pack for a person to edit ----------------------------

def _cmd_new(args: argparse.Namespace) -> int:
    from quiz.authoring.starter import starter_pack

    if not ID_PATTERN.fullmatch(args.pack_id):
        raise UsageError(f"'{args.pack_id}' cannot be a pack id: use a-z, 0-9 and - "
                         "(for example my-show)")
    if args.title is not None and (not args.title.strip() or bad_character(args.title)):
        raise UsageError("the title must be text without control characters")
    path = target(args, args.pack_id)
    text = starter_pack(args.pack_id, args.title or title_from_stem(args.pack_id),
                        path.name if path else "FILE")
    write(path, text)
    if path:
        print(f"Wrote a starter pack to {shown(path)}: edit it, then run\n"
              f"  quiz packs validate {shown(path)}\n  quiz packs add {shown(path)}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from quiz.authoring.importers import import_file

    check_input(args.file)
    pack_id = checked_id(args.pack_id) or slug(args.file.stem, "imported")
    try:
        imported = import_file(args.file, args.fmt, pack_id=pack_id, title=args.title)
    except ValueError as error:
        raise UsageError(str(error)) from None
    for skipped in imported.skipped:
        print(printable_line(f"{args.file}:{skipped.line}: not converted: {skipped.reason}"),
              file=sys.stderr)
    path = target(args, pack_id)
    write(path, imported.yaml_text)
    if path:
        left = f", {len(imported.skipped)} left out (above)" if imported.skipped else ""
        print(f"Converted {imported.count} question(s){left} into {shown(path)}.\n"
              f"Install it with: quiz packs add {shown(path)}")
    return 0


# -- guide -----------------------------------------------------------------------------

def _cmd_guide(args: argparse.Namespace) -> int:
    """The guide ships inside the package, so a pip user has it too. Printed,
    not paged: the same in a pipe, with a screen reader and where no $PAGER is
    set, and `| less` is one pipe away."""
    guide = paths.builtin_packs_dir() / "README.md"
    if args.path:
        print(shown(guide))
        return 0
    try:
        text = guide.read_text(encoding="utf-8")
    except OSError as error:
        raise CommandFailed(printable_line(
            f"the pack author's guide could not be read from {guide}: "
            f"{error.strerror or error} (is quiz installed whole?)")) from None
    sys.stdout.write(printable(text))
    return 0
