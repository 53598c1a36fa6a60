"""`quiz draft`: a pack drafted from an article (a text file, a saved web page or
an http(s) address), for a person to curate: in a file, or (--review) in the
game's curation screen."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.authoring.names import slug, title_from_stem
from quiz.cli.common import (
    UsageError, check_input, checked_id, load_game, output_arguments, run_app, shown, target,
    write,
)
from quiz.core.pack import Level

if TYPE_CHECKING:
    from quiz.ui.outcomes import Curating


def add_commands(commands: argparse._SubParsersAction) -> None:
    draft = commands.add_parser(
        "draft", help="draft a pack to curate from an article: a text file, saved page or address")
    draft.add_argument("article", metavar="ARTICLE",
                       help="a .txt file, a web page saved as .html, or an http(s):// address")
    draft.add_argument("--id", dest="pack_id",
                       help="the pack's id (default: from the file name or address)")
    draft.add_argument("--title", help="the pack's title (default: the page's headline, "
                                       "else from the file name or address)")
    draft.add_argument("--source", metavar="TITLE",
                       help="the article's headline, cited by every fact (default: the page's "
                            "headline, else the title)")
    output_arguments(draft)
    draft.add_argument("-r", "--review", action="store_true",
                       help="curate the candidates in the game, best first: accept, reject, "
                            "edit, set spoiler levels, then write and install the pack")
    draft.add_argument("--level", action="append", default=[], metavar="ID",
                       help="declare a spoiler level, earliest first; repeat it "
                            "(--level season-1 --level season-2). With --review and no "
                            "--level, one: ending")
    draft.set_defaults(run=_cmd_draft)


def _cmd_draft(args: argparse.Namespace) -> int:
    from quiz.authoring.article import ArticleError, is_address, read_article
    from quiz.authoring.drafting import draft_pack

    if args.review and args.output == "-":  # refused before any page is fetched
        raise UsageError("--review writes the pack to a file: give -o FILE, or leave -o out")
    if not is_address(args.article):
        check_input(Path(args.article))
    pack_id = checked_id(args.pack_id)
    try:
        article = read_article(args.article)
    except ArticleError as error:
        raise UsageError(str(error)) from None
    pack_id = pack_id or slug(article.name, "draft")
    title = args.title or article.title or title_from_stem(article.name)
    source = args.source or article.title
    if args.review:
        return _review(args, article.text, pack_id, title, source)
    try:
        text = draft_pack(article.text, pack_id=pack_id, title=title, source_title=source,
                          levels=_levels(args))
    except ValueError as error:
        raise UsageError(f"{args.article}: {error}") from None
    path = target(args, pack_id)
    write(path, text)
    if path:
        import yaml

        facts = len(yaml.safe_load(text)["facts"])
        print(f"Drafted {facts} candidate fact(s) from {shown(args.article)} into "
              f"{shown(path)}.\n"
              "Every fact is 'unreviewed' (hidden unless spoiler mode is on): read each one,\n"
              "fix its wording, give it a spoiler level or none, delete the weak ones, then\n"
              f"  quiz packs validate {shown(path)}\n  quiz packs add {shown(path)}")
    return 0


# -- --level and --review ----------------------------------------------------------------

NO_TERMINAL = ("--review needs a terminal; without it, quiz draft writes the draft to a "
               "file to edit")


def _levels(args: argparse.Namespace) -> tuple[Level, ...]:
    from quiz.authoring.drafting.packtext import declared_levels

    try:
        return declared_levels(args.level)
    except ValueError as error:
        raise UsageError(f"--level: {error}") from None


def _review(args: argparse.Namespace, article: str, pack_id: str, title: str,
            source: str) -> int:
    """Curate the draft of `article` in the game (quiz/ui/screens/review.py),
    then say what became of it."""
    from quiz.authoring.curation import Curation
    from quiz.ui.outcomes import Curating

    try:
        curation = Curation.from_article(article, pack_id=pack_id, title=title,
                                         source_title=source, levels=_levels(args))
    except ValueError as error:
        raise UsageError(f"{args.article}: {error}") from None
    curating = Curating(curation, target(args, pack_id))
    status = run_app(load_game(), curating, NO_TERMINAL)
    print(reviewed(curating))
    return status


def reviewed(curating: Curating) -> str:
    """What a curation left, said once the game has closed."""
    curation = curating.curation
    path = shown(curating.path)
    lines = [f"Curated '{curation.pack_id}': {curation.summary()}."]
    if curation.written is None:
        return "\n".join([*lines, f"Nothing was written to {path}."])
    later = "; what changed after that was not written" if curation.unsaved else ""
    lines.append(f"Wrote the pack to {path}{later}.")
    if curating.installed is not None:
        lines.append(f"Installed it: quiz play --pack {curation.pack_id}, or pick it in the game.")
    else:
        lines.append(f"Install it with: quiz packs add {path}")
    return "\n".join(lines)
