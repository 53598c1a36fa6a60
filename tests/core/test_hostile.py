"""Hostile pack files are refused with a located, readable error, never a crash.

Each runs the real validator in a subprocess: a crash (RecursionError, memory
blow-up, segfault in the C parser) would show as a traceback or a signal.
"""

from __future__ import annotations

from pathlib import Path

import pytest

GOOD = (
    "format: 1\nid: fine\ntitle: Fine\nfacts:\n  - id: f1\n    kind: actor\n"
    "    statement: Diego Luna plays Gallardo.\n    ask: Who plays Gallardo?\n"
    "    answer: Diego Luna\n"
)
ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(9))

CITED = (
    "format: 1\nid: cited\ntitle: Cited\nsources:\n  - id: art\n    title: An article\n"
    + GOOD[GOOD.index("facts:"):] + "    source: art#{}\n"
)

CASES = {
    "alias-bomb": (ALIAS_BOMB.encode(), "1:4: YAML anchors (&a) are not allowed"),
    "alias": (b"format: 1\nid: x\ntitle: *t\n", "3:8: YAML aliases (*name) are not allowed"),
    "python-tag": (b"format: 1\nid: x\ntitle: !!python/object/apply:os.system [echo hi]\n",
                   "3:8: YAML tags (!!python/object/apply:os.system) are not allowed"),
    "local-tag": (b"format: 1\nid: !custom x\n", "2:5: YAML tags (!custom) are not allowed"),
    "deep-flow": (b"a: " + b"[" * 50_000 + b"]" * 50_000 + b"\n",
                  "1:35: nesting deeper than 32 levels"),
    # Nesting past our limit, then a syntax error the parser meets while it
    # looks ahead: our limit is what the author is told, at its first spot.
    "deep-then-broken": (b"a: " + b"[" * 40 + b"1" + b"]" * 40 + b" ]\n",
                         "1:35: nesting deeper than 32 levels"),
    "deep-unclosed-mixed": (b"a: [1, 2]\nb: [" + b"{k: [" * 600 + b'"open',
                            "2:80: nesting deeper than 32 levels"),
    "deep-block": ("".join(f"{' ' * i}k{i}:\n" for i in range(200)).encode(),
                   "nesting deeper than 32 levels"),
    "over-4-mib": (b"# " + b"x" * (4 * 1024 * 1024) + b"\n", "packs are limited to 4 MiB"),
    "invalid-utf8": (b"format: 1\nid: x\ntitle: caf\xe9\n", "3:11: not valid UTF-8 (byte 0xe9)"),
    "raw-escape": (b"format: 1\nid: x\ntitle: a\x1b[2Jb\n", "3:9: control character U+001B"),
    "csi-8bit": ("format: 1\nid: x\ntitle: a\x9b2Jb\n".encode(), "3:9: control character U+009B"),
    "escaped-osc52": (b'format: 1\nid: x\ntitle: "\\e]52;c;aGVsbG8=\\a"\n',
                      "3:8: control character U+001B"),
    "escaped-osc0": (b'format: 1\nid: x\ntitle: "\\x1b]0;pwned\\x07"\n',
                     "3:8: control character U+001B"),
    "raw-bidi": ("format: 1\nid: x\ntitle: abc\u202edef\n".encode(),
                 "3:11: bidirectional override U+202E"),
    "escaped-bidi": (b'format: 1\nid: x\ntitle: "abc\\u2066def"\n', "bidirectional override U+2066"),
    "nul": (b"format: 1\nid: x\x00\n", "2:6: control character U+0000"),
    "lone-cr": (b"format: 1\rid: x\n", "1:10: control character U+000D"),
    "duplicate-keys": (GOOD.encode() + b"title: Again\n", "10:1: duplicate key 'title' (first at line 3)"),
    "two-documents": (GOOD.encode() + b"---\nformat: 1\n", "10:1: a pack file holds one YAML document"),
    "empty": (b"", "1:1: the file is empty"),
    "only-comments": (b"# nothing here\n", "the file is empty"),
    "complex-key": (b"? [a, b]\n: c\n", "1:3: a key must be plain text"),
    # More digits than int() converts: checked as text, located like any other.
    "paragraph-5000-digits": (CITED.format("9" * 5000).encode(),
                              "13:13: the paragraph number in fact 'f1' is too long"),
    "paragraph-0": (CITED.format("000").encode(), "13:13: paragraphs count from 1 in fact 'f1'"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_pack_is_refused_clearly(name: str, tmp_path: Path, run_quiz) -> None:
    data, expected = CASES[name]
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(data)
    result = run_quiz("packs", "validate", str(path))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{path}:"), first
    assert expected in first, first
    # The message is for a terminal: it must not carry the hostile bytes itself.
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout


@pytest.mark.parametrize("name, data", [
    ("bom", b"\xef\xbb\xbf" + GOOD.encode()),
    ("crlf", GOOD.replace("\n", "\r\n").encode()),
    ("paragraph-six-digits", CITED.format("999999").encode()),
    ("paragraph-leading-zeros", CITED.format("0000007").encode()),
])
def test_harmless_encodings_are_accepted(name: str, data: bytes, tmp_path: Path, run_quiz) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(data)
    result = run_quiz("packs", "validate", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
