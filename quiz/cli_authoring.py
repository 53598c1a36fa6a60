"""The commands for pack authors: packs add, remove, new and import, and draft."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from quiz.authoring.names import slug, title_from_stem
from quiz.cli import UsageError, load_game
from quiz.core.loader import ID_PATTERN
from quiz.core.yamltext import bad_character, printable_line
from quiz.store.userpacks import PackRefused, install, remove


def add_pack_commands(pack_commands: argparse._SubParsersAction) -> None:
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
    _output_arguments(new)
    new.set_defaults(run=_cmd_new)

    imp = pack_commands.add_parser(
        "import", help="convert an Open Trivia DB, Moodle GIFT or Aiken file into a pack")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--from", dest="fmt", required=True, choices=("opentdb", "gift", "aiken"),
                     help="the file's format")
    imp.add_argument("--id", dest="pack_id", help="the pack's id (default: from the file name)")
    imp.add_argument("--title", help="the pack's title (default: from the file name)")
    _output_arguments(imp)
    imp.set_defaults(run=_cmd_import)


def add_draft_command(commands: argparse._SubParsersAction) -> None:
    draft = commands.add_parser(
        "draft", help="draft a pack from an article's text: candidate facts to curate")
    draft.add_argument("article", type=Path, metavar="ARTICLE.txt")
    draft.add_argument("--id", dest="pack_id", help="the pack's id (default: from the file name)")
    draft.add_argument("--title", help="the pack's title (default: from the file name)")
    draft.add_argument("--source", metavar="TITLE",
                       help="the article's headline, cited by every fact (default: the title)")
    _output_arguments(draft)
    draft.set_defaults(run=_cmd_draft)


def _output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="where to write the pack (default: ID.yaml here; - for the screen)")
    parser.add_argument("--force", action="store_true", help="write over an existing file")


# -- packs add / remove --------------------------------------------------------------

def _cmd_add(args: argparse.Namespace) -> int:
    _check_input(args.file)
    try:
        installed = install(args.file, force=args.force)
    except PackRefused as refused:
        for problem in refused.problems:
            print(problem, file=sys.stderr)
        print(f"quiz: {refused}", file=sys.stderr)
        return 1
    for warning in installed.loaded.warnings:
        print(warning, file=sys.stderr)
    verb = "Replaced" if installed.replaced else "Installed"
    print(printable_line(f"{verb} '{installed.pack.id}' ({installed.pack.title}) as "
                         f"{_shown(installed.path)}."))
    view = load_game().view(installed.pack)
    if view.visible_count:
        print(f"Play it: quiz play --pack {installed.pack.id}, or pick it in the game.")
    else:
        print(f"Nothing in it is within your spoiler horizon yet ({view.hidden_note()}): "
              "give its facts a level (or none), or play it with --spoilers on.")
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    try:
        path = remove(args.pack_id)
    except PackRefused as refused:
        raise UsageError(str(refused)) from None
    print(f"Removed your pack '{args.pack_id}' ({_shown(path)}).")
    return 0


# -- packs new / import, draft: they write a pack for a person to edit ---------------

def _cmd_new(args: argparse.Namespace) -> int:
    from quiz.authoring.starter import starter_pack

    if not ID_PATTERN.fullmatch(args.pack_id):
        raise UsageError(f"'{args.pack_id}' cannot be a pack id: use a-z, 0-9 and - "
                         "(for example my-show)")
    if args.title is not None and (not args.title.strip() or bad_character(args.title)):
        raise UsageError("the title must be text without control characters")
    target = _target(args, args.pack_id)
    text = starter_pack(args.pack_id, args.title or title_from_stem(args.pack_id),
                        target.name if target else "FILE")
    _write(target, text)
    if target:
        print(f"Wrote a starter pack to {_shown(target)}: edit it, then run\n"
              f"  quiz packs validate {_shown(target)}\n  quiz packs add {_shown(target)}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from quiz.authoring.importers import import_file

    _check_input(args.file)
    pack_id = _checked_id(args.pack_id) or slug(args.file.stem, "imported")
    try:
        imported = import_file(args.file, args.fmt, pack_id=pack_id, title=args.title)
    except ValueError as error:
        raise UsageError(str(error)) from None
    for skipped in imported.skipped:
        print(printable_line(f"{args.file}:{skipped.line}: not converted: {skipped.reason}"),
              file=sys.stderr)
    target = _target(args, pack_id)
    _write(target, imported.yaml_text)
    if target:
        left = f", {len(imported.skipped)} left out (above)" if imported.skipped else ""
        print(f"Converted {imported.count} question(s){left} into {_shown(target)}.\n"
              f"Install it with: quiz packs add {_shown(target)}")
    return 0


def _cmd_draft(args: argparse.Namespace) -> int:
    from quiz.authoring.draft import draft_pack

    _check_input(args.article)
    try:
        article = args.article.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(f"{args.article}: not UTF-8 text (byte {error.start}); save the "
                         "article as plain UTF-8 text") from None
    pack_id = _checked_id(args.pack_id) or slug(args.article.stem, "draft")
    title = args.title or title_from_stem(args.article.stem)
    try:
        text = draft_pack(article, pack_id=pack_id, title=title, source_title=args.source or "")
    except ValueError as error:
        raise UsageError(f"{args.article}: {error}") from None
    target = _target(args, pack_id)
    _write(target, text)
    if target:
        import yaml

        facts = len(yaml.safe_load(text)["facts"])
        print(f"Drafted {facts} candidate fact(s) from {_shown(args.article)} into "
              f"{_shown(target)}.\n"
              "Every fact is 'unreviewed' (hidden unless spoiler mode is on): read each one,\n"
              "fix its wording, give it a spoiler level or none, delete the weak ones, then\n"
              f"  quiz packs validate {_shown(target)}\n  quiz packs add {_shown(target)}")
    return 0


def _shown(path: Path) -> str:
    """A path in what we print, ready to paste into a command: quoted for a
    shell, and what a terminal would act on (a line break too) spelled out."""
    return printable_line(shlex.quote(str(path)))


def _check_input(path: Path) -> None:
    """A file to read must be a regular file: reading a named pipe or a terminal
    would wait forever, and a folder cannot be read at all."""
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    if not path.is_file():
        raise UsageError(f"{path}: not a regular file")


def _checked_id(pack_id: str | None) -> str | None:
    if pack_id is not None and not ID_PATTERN.fullmatch(pack_id):
        raise UsageError(f"'{pack_id}' cannot be a pack id: use a-z, 0-9 and -")
    return pack_id


def _target(args: argparse.Namespace, pack_id: str) -> Path | None:
    """Where to write: None means standard output."""
    if args.output == "-":
        return None
    target = Path(args.output) if args.output else Path(f"{pack_id}.yaml")
    if target.exists() and not args.force:
        raise UsageError(f"{target} already exists; add --force to write over it, or -o FILE")
    return target


def _write(target: Path | None, text: str) -> None:
    if target is None:
        sys.stdout.write(text)
        return
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"could not write {target}: {error.strerror or error}") from None
