"""The `quiz` command: argument parsing and plain-text output over the core.

Textual is imported only by the commands that open the game, so everything else
starts fast and works without a terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import NoReturn, TextIO

from quiz.core.catalog import PACK_SUFFIXES, load_catalog, pack_files
from quiz.core.generate import generate, new_seed, seed_problem
from quiz.core.loader import load_pack
from quiz.core.pack import Location, Pack, Problem
from quiz.core.round import MODES, Round
from quiz.core.scoreboard import build_report
from quiz.core.scorebook import Saved
from quiz.core.spoilers import View, level_named, watched_choices
from quiz.core.yamltext import printable, printable_line
from quiz.game import Game
from quiz.store import paths
from quiz.store.packcache import load_pack_cached


class UsageError(Exception):
    """Something the user asked for that cannot be done; exit status 2. The
    message quotes what was asked (an id, a file name), so it is spelled out
    as one line."""

    def __init__(self, message: str) -> None:
        super().__init__(printable_line(message))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse quotes arguments it does not know as they were typed.
        super().error(printable_line(message))


class CommandFailed(Exception):
    """The command could not do its work (a file it could not write); exit status 1."""


def main(argv: Sequence[str] | None = None) -> int:
    # Pack text is Unicode; a terminal that cannot show a letter gets a '?'
    # rather than a crash. Typed bytes that are not UTF-8 (a terminal set to
    # Latin-1) become U+FFFD: an answer that names no option, not a crash.
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(errors="replace")
    if sys.stdout is None:  # started with it closed: `quiz packs list >&-`
        print("quiz: standard output is closed: there is nowhere to show anything",
              file=sys.stderr)
        return 1
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except UsageError as error:
        print(f"quiz: {error}", file=sys.stderr)
        return 2
    except CommandFailed as error:
        print(f"quiz: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `quiz packs export ... | head`
        sys.stderr.close()
        return 0
    except OSError as error:  # a file or folder we could not read or write
        print(f"quiz: {_failure(error)}", file=sys.stderr)
        return 1


def _failure(error: OSError) -> str:
    """One line for an OSError: the file it names (os.replace names its target
    second), spelled out for the terminal, and the reason. A failed write to
    standard output names no file: the reason alone says it."""
    reason = error.strerror or str(error)
    name = error.filename2 if error.filename2 is not None else error.filename
    return printable(f"{name}: {reason}" if name is not None else reason)


@contextmanager
def _saving(path: Path, unchanged: str) -> Iterator[None]:
    """Saving a file: a failure is one line naming that file (not the temp file
    the write went through) and what stays as it was."""
    try:
        yield
    except OSError as error:
        raise CommandFailed(printable(f"could not save {path} ({error.strerror or error}); "
                                      f"{unchanged}")) from None


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="quiz", description="A spoiler-aware trivia game for the terminal.")
    parser.set_defaults(run=_cmd_game)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    packs = commands.add_parser(
        "packs", help="list, check, add, remove, write, import and export question packs")
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

    from quiz import cli_authoring  # needs UsageError, defined above

    cli_authoring.add_pack_commands(pack_commands)
    cli_authoring.add_draft_command(commands)

    play = commands.add_parser("play", help="play a round (in the game, or --plain in text)")
    play.add_argument("--pack", metavar="ID", help="the pack to play (default: the first)")
    play.add_argument("--mode", choices=MODES, default="classic",
                      help="classic: N questions; blitz: 60 s clock; survival: until 3 misses; "
                           "review: questions you missed or that are due again")
    play.add_argument("-n", type=int, metavar="N",
                      help="questions in a classic round (at most, in review)")
    play.add_argument("--seed", help="replay a round: the same seed asks the same questions")
    play.add_argument("--topic", help="only questions of this topic")
    play.add_argument("--spoilers", choices=("on", "off"), help="override the spoiler setting")
    play.add_argument("--plain", action="store_true",
                      help="play in plain text: one answer per line; works in a pipe")
    play.set_defaults(run=_cmd_play)

    scores = commands.add_parser(
        "scores", help="recent rounds, best scores, accuracy and progress (within your horizon)")
    scores.add_argument("--json", action="store_true", help="print JSON")
    scores.set_defaults(run=_cmd_scores)

    spoilers = commands.add_parser("spoilers", help="read or change the spoiler setting")
    spoilers.add_argument("action", nargs="?", choices=("on", "off", "status"), default="status")
    spoilers.add_argument("--pack", metavar="ID", help="the pack whose --watched level to set")
    spoilers.add_argument("--watched", metavar="LEVEL",
                          help="the latest level you have watched (with --pack): its id "
                               "or its label, as status shows it")
    spoilers.add_argument("--yes", action="store_true",
                          help="say yes without being asked to spoiler mode on, or to a "
                               "level past what a pack assumes (for scripts)")
    spoilers.set_defaults(run=_cmd_spoilers)
    return parser


# -- shared helpers -----------------------------------------------------------------

def load_game() -> Game:
    game = Game.load()
    for message in game.take_messages():
        print(f"quiz: {message}", file=sys.stderr)
    return game


def on_off(value: str | None) -> bool | None:
    return None if value is None else value == "on"


def _check_seed(seed: str | None) -> None:
    """Before anything runs: a seed is shown and shared, so a bad one is refused."""
    if seed is not None and (problem := seed_problem(seed)):
        raise UsageError(f"--seed: {problem}")


def find_pack(game: Game, pack_id: str | None) -> Pack:
    if pack_id is None:
        if not game.catalog.packs:
            raise UsageError("no packs are installed")
        return game.catalog.packs[0]
    pack = game.catalog.get(pack_id)
    if pack is None:
        known = ", ".join(p.id for p in game.catalog.packs) or "none"
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
    for view in views:
        hidden = f", {view.hidden_note()}" if view.hidden else ""
        print(f"{view.id}  {view.title}")
        noun = "question" if view.visible_count == 1 else "questions"
        from_facts = view.visible_count - len(view.questions)
        print(f"    {view.visible_count} {noun} visible ({from_facts} from facts, "
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
    noun = "pack" if len(files) == 1 else "packs"
    print(f"checked {len(files)} {noun}: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def _cmd_packs_export(args: argparse.Namespace) -> int:
    _check_seed(args.seed)
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


# -- quiz play ------------------------------------------------------------------------

def _cmd_play(args: argparse.Namespace) -> int:
    _check_seed(args.seed)
    game = load_game()
    pack = find_pack(game, args.pack)
    spoilers = on_off(args.spoilers)
    # For this session only, never saved: every round of it, and the badge, agree.
    game.session_spoilers = spoilers
    if args.n is not None and not 1 <= args.n <= 500:
        raise UsageError("-n must be from 1 to 500")
    if args.topic:
        topics = game.view(pack, spoilers).topics
        if args.topic not in topics:
            raise UsageError(f"no topic '{args.topic}' in {pack.id} (topics: {', '.join(topics)})")
    round_ = game.new_round(pack, args.mode, args.n, args.seed, args.topic or "", spoilers)
    if args.plain:
        from quiz import plain

        def record(played: Round) -> Saved | None:
            saved = game.record(played)
            for message in game.take_messages():
                print(f"quiz: {message}", file=sys.stderr)
            return saved

        if sys.stdin is None:  # started with it closed: `quiz play --plain <&-`
            raise UsageError("standard input is closed: the plain game reads answers "
                             "from it, one per line")
        try:
            plain.play(round_, game.view(pack, spoilers), sys.stdin, sys.stdout,
                       interactive=sys.stdin.isatty(), record=record)
        finally:
            _close(game)
        return 0
    return _run_app(game, round_)


def _cmd_game(_args: argparse.Namespace) -> int:
    return _run_app(load_game(), None)


def _run_app(game: Game, round_) -> int:
    if not _terminal(sys.stdout) or not _terminal(sys.stdin):
        raise UsageError("the game needs a terminal; in a pipe, use 'quiz play --plain'")
    from quiz.ui.app import QuizApp  # Textual loads only when the game opens

    app = QuizApp(game, first_round=round_)
    try:
        app.run()
    finally:
        _close(game)
    return app.return_code or 0


def _close(game: Game) -> None:
    """Answers the score file could not take yet get a last try as the game exits;
    the terminal is the player's again, so what is left to say goes there."""
    game.close()
    for message in game.take_messages():
        print(f"quiz: {message}", file=sys.stderr)


# -- quiz scores --------------------------------------------------------------------

def _cmd_scores(args: argparse.Namespace) -> int:
    game = load_game()
    report = build_report(game.scores.book, game.catalog.packs, game.view,
                          datetime.now().astimezone())
    if args.json:
        print(json.dumps(asdict(report), indent=2, ensure_ascii=False))
        return 0
    for n, (heading, lines) in enumerate(report.sections()):
        print(("\n" if n else "") + heading)
        for line in lines:
            print(f"  {line}")
    return 0


# -- quiz spoilers ------------------------------------------------------------------

def _cmd_spoilers(args: argparse.Namespace) -> int:
    game = load_game()
    pack, level = None, None
    if args.watched is not None or args.pack is not None:
        if args.watched is None or args.pack is None:
            raise UsageError("--pack and --watched go together: quiz spoilers --pack ID --watched LEVEL")
        pack = find_pack(game, args.pack)
        level = level_named(pack, args.watched)
        if level is None:
            levels = ", ".join(f"{id_} = {label}" for id_, label in watched_choices(pack))
            raise UsageError(f"no level '{args.watched}' in {pack.id} (levels: {levels})")
    spoilers = on_off(args.action if args.action != "status" else None)
    # The same question the game asks, for the same changes: what shows more
    # than the player agreed to.
    asks = []
    if game.needs_yes(spoilers=spoilers):
        asks.append(("turning spoilers on", "Spoiler mode shows everything in every pack, "
                     "including what you have not watched yet."))
    if pack is not None and level is not None and game.needs_yes(pack=pack, watched=level):
        label = pack.label(level)
        asks.append((f"showing {label} of {pack.id}", f"Saying you have watched {label} of "
                     f"{pack.id} shows its questions, even with spoiler mode off."))
    if asks and not args.yes and not _confirm(asks):
        print("Nothing changed.")
        return 1
    if pack is not None and level is not None:
        with _saving(paths.settings_file(), "what you have watched is unchanged"):
            game.set_watched(pack, level)
    if spoilers is not None and spoilers != game.settings.spoilers:
        with _saving(paths.settings_file(),
                     f"spoiler mode stays {'off' if spoilers else 'on'}"):
            game.set_spoilers(spoilers)
    print(f"Spoiler mode: {'on' if game.settings.spoilers else 'off'}")
    for pack in game.catalog.packs:
        view = game.view(pack)
        hidden = f"; {view.hidden_note()}" if view.hidden else ""
        print(f"  {pack.id}: {view.horizon}{hidden}")
    return 0


def _confirm(asks: list[tuple[str, str]]) -> bool:
    """Ask at a terminal; elsewhere only --yes says yes. `asks`: (what, why)."""
    if not _terminal(sys.stdin):
        raise UsageError(" and ".join(what for what, _ in asks)
                         + " needs a yes: run it in a terminal, or add --yes")
    reply = input(" ".join(why for _, why in asks) + " Go ahead? [y/N] ")
    return reply.strip().casefold() in ("y", "yes")


def _terminal(stream: TextIO | None) -> bool:
    """Is this standard stream a terminal? None when it was closed at start."""
    return stream is not None and stream.isatty()
