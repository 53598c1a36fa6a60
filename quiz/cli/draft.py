"""`quiz draft`: a pack drafted from an article's text, for a person to curate."""

from __future__ import annotations

import argparse
from pathlib import Path

from quiz.authoring.names import slug, title_from_stem
from quiz.cli import draft_review
from quiz.cli.common import (
    UsageError, check_input, checked_id, output_arguments, shown, target, write,
)


def add_commands(commands: argparse._SubParsersAction) -> None:
    draft = commands.add_parser(
        "draft", help="draft a pack from an article's text: candidate facts to curate")
    draft.add_argument("article", type=Path, metavar="ARTICLE.txt")
    draft.add_argument("--id", dest="pack_id", help="the pack's id (default: from the file name)")
    draft.add_argument("--title", help="the pack's title (default: from the file name)")
    draft.add_argument("--source", metavar="TITLE",
                       help="the article's headline, cited by every fact (default: the title)")
    output_arguments(draft)
    draft_review.add_arguments(draft)
    draft.set_defaults(run=_cmd_draft)


def _cmd_draft(args: argparse.Namespace) -> int:
    from quiz.authoring.drafting import draft_pack

    check_input(args.article)
    try:
        article = args.article.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(f"{args.article}: not UTF-8 text (byte {error.start}); save the "
                         "article as plain UTF-8 text") from None
    pack_id = checked_id(args.pack_id) or slug(args.article.stem, "draft")
    title = args.title or title_from_stem(args.article.stem)
    if args.review:
        return draft_review.review(args, article, pack_id, title)
    try:
        text = draft_pack(article, pack_id=pack_id, title=title, source_title=args.source or "",
                          levels=draft_review.levels(args))
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
