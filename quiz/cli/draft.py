"""`quiz draft`: a pack drafted from an article (a text file, a saved web page or
an http(s) address), for a person to curate."""

from __future__ import annotations

import argparse
from pathlib import Path

from quiz.authoring.names import slug, title_from_stem
from quiz.cli.common import (
    UsageError, check_input, checked_id, output_arguments, shown, target, write,
)


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
    draft.set_defaults(run=_cmd_draft)


def _cmd_draft(args: argparse.Namespace) -> int:
    from quiz.authoring.article import ArticleError, is_address, read_article
    from quiz.authoring.drafting import draft_pack

    if not is_address(args.article):
        check_input(Path(args.article))
    pack_id = checked_id(args.pack_id)
    try:
        article = read_article(args.article)
    except ArticleError as error:
        raise UsageError(str(error)) from None
    pack_id = pack_id or slug(article.name, "draft")
    title = args.title or article.title or title_from_stem(article.name)
    try:
        text = draft_pack(article.text, pack_id=pack_id, title=title,
                          source_title=args.source or article.title)
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
