"""The README's table of keys, from the game's one table of them
(quiz/ui/commands.py's COMMANDS, which the footer, the menu and the help read too):

    python docs/keys.py            # prints the table
    python docs/keys.py --write    # puts it into README.md, between its markers

tests/cli/test_readme.py fails when the README's table and COMMANDS disagree.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
START = "<!-- keys: written by `python docs/keys.py --write` -->"
END = "<!-- /keys -->"


def table() -> str:
    from quiz.ui.commands import COMMANDS, Place

    rows = ["| where | keys | does |", "|---|---|---|"]
    for place in Place:
        where = place.value
        for command in (c for c in COMMANDS if c.where is place and c.help and c.keys):
            does = command.title + (f": {command.description[:1].lower()}"
                                    f"{command.description[1:]}" if command.description else "")
            rows.append(f"| {where} | `{command.keys}` | {does.replace('|', '/')} |")
            where = ""  # the place once, at the head of its rows
    return "\n".join(rows)


def write(readme: Path = README) -> None:
    text = readme.read_text(encoding="utf-8")
    block = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if not block.search(text):
        raise SystemExit(f"{readme}: no {START} ... {END} markers to write between")
    readme.write_text(block.sub(lambda _: f"{START}\n{table()}\n{END}", text), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write()
    else:
        print(table())
