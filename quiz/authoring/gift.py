"""Moodle GIFT: questions separated by blank lines, answers in braces.

Converted: multiple choice `{=right ~wrong}`, true/false `{T}` `{FALSE}`, short
answer `{=a =b}` and exact numbers `{#42}` (as typed answers), with `::title::`,
`[html]` and the other format markers, `//` comments, `$CATEGORY:` (the topic),
escapes, feedback and general feedback `####` (the explanation). A question whose
answers sit mid-sentence ("missing word") is asked with a blank `_____` there.

Only full credit counts as right: a partial-credit option (`~%50%`) is left out,
being neither right nor fairly wrong; a question with no fully right option is
skipped. Skipped too, with the reason: essay, matching, description, numeric
ranges and margins, several right options in one choice question.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from quiz.authoring.converted import Converted, Skipped

_BLANK = "_____"
_ESCAPABLE = "~=#{}:\\"
# Escaped characters hide as private-use characters while the braces are
# parsed, so that `\~` is never read as a wrong option.
_PROTECTED = {0xE000 + i: char for i, char in enumerate(_ESCAPABLE)}
_ESCAPE = re.compile(r"\\([~=#{}:\\n])")
_TITLE = re.compile(r"\s*::(.*?)::", re.S)
_FORMAT = re.compile(r"\s*\[(html|moodle|plain|markdown)\]", re.I)
_WEIGHT = re.compile(r"\s*%(-?[0-9]+(?:\.[0-9]+)?)%")
_NUMBER = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_TRUE, _FALSE = ("T", "TRUE"), ("F", "FALSE")


@dataclass(frozen=True)
class _Answer:
    weight: float
    text: str
    feedback: str


def read(text: str) -> list[Converted | Skipped]:
    out: list[Converted | Skipped] = []
    topic = ""
    for lines in _blocks(text):
        if lines[0][1].lstrip().startswith("$CATEGORY:"):
            path = lines[0][1].split(":", 1)[1].strip()
            topic = path.rstrip("/").rsplit("/", 1)[-1]  # "$course$/top/Geography" -> Geography
            lines = lines[1:]
        if lines:
            out.append(_question(lines[0][0], "\n".join(line for _, line in lines), topic))
    return out


def _blocks(text: str) -> Iterator[list[tuple[int, str]]]:
    """Each run of non-blank lines with its line numbers; comments neither
    start nor end a run."""
    lines: list[tuple[int, str]] = []
    for number, line in enumerate([*text.split("\n"), ""], start=1):
        if not line.strip():
            if lines:
                yield lines
            lines = []
        elif not line.lstrip().startswith("//"):
            lines.append((number, line))


def _question(start: int, text: str, topic: str) -> Converted | Skipped:
    text = _ESCAPE.sub(lambda m: " " if m[1] == "n" else chr(0xE000 + _ESCAPABLE.index(m[1])),
                       text)
    begin = 0
    if title := _TITLE.match(text):
        begin = title.end()
    as_html = False
    if marker := _FORMAT.match(text, begin):
        begin, as_html = marker.end(), marker[1].lower() == "html"

    def plain(part: str) -> str:
        part = part.translate(_PROTECTED)
        return html.unescape(re.sub(r"<[^>]*>", " ", part)) if as_html else part

    opening = text.find("{", begin)
    if opening < 0:
        return Skipped(start, "a description (no answers in braces): there is nothing to ask")
    closing = text.find("}", opening)
    if closing < 0:
        return Skipped(start, "the '{' of the answers is never closed")
    body, after = text[opening + 1:closing], text[closing + 1:]
    if "{" in body or "{" in after:
        return Skipped(start, "more than one answer block, or an unescaped '{' (write \\{)")
    prompt = text[begin:opening]
    if after.strip():
        prompt = f"{prompt} {_BLANK} {after}"

    body, _, general = body.partition("####")
    body = body.strip()
    if not body:
        return Skipped(start, "an essay question: there is no answer to check")
    if body.startswith("#"):
        found = _numeric(body[1:])
        if isinstance(found, str):
            return Skipped(start, plain(found))
        (answer, *others), feedback = found
        return Converted(start, "text", plain(prompt), answer, accept=tuple(others),
                         explain=plain(general or feedback), topic=plain(topic))

    truth, *feedback = body.split("#")
    if truth.strip().upper() in (*_TRUE, *_FALSE) and len(feedback) <= 2:
        wrong_feedback, right_feedback = [*feedback, "", ""][:2]
        return Converted(start, "true-false", plain(prompt),
                         "true" if truth.strip().upper() in _TRUE else "false",
                         explain=plain(general or right_feedback or wrong_feedback),
                         topic=plain(topic))
    if "->" in body:
        return Skipped(start, "a matching question: pairs cannot be converted")
    answers = _answers(body)
    if answers is None:
        return Skipped(start, "each answer must start with = (right) or ~ (wrong)")
    right = [a for a in answers if a.weight == 100]
    if not right:
        return Skipped(start, "no answer gets full credit (partial credit cannot be converted)")
    explain = plain(general or right[0].feedback)
    if "~" not in body:
        return Converted(start, "text", plain(prompt), plain(right[0].text),
                         accept=tuple(plain(a.text) for a in right[1:]),
                         explain=explain, topic=plain(topic))
    if len(right) > 1:
        return Skipped(start, f"{len(right)} options are right; a choice question has one")
    return Converted(start, "choice", plain(prompt), plain(right[0].text),
                     tuple(plain(a.text) for a in answers if a.weight <= 0),
                     explain=explain, topic=plain(topic))


def _answers(body: str) -> list[_Answer] | None:
    """`=right#feedback ~%50%half ~wrong` -> answers; None if text precedes the first."""
    lead, *pieces = re.split(r"([=~])", body)
    if lead.strip():
        return None
    answers = []
    for marker, rest in zip(pieces[::2], pieces[1::2]):
        weight = 100.0 if marker == "=" else 0.0
        if found := _WEIGHT.match(rest):
            weight, rest = float(found[1]), rest[found.end():]
        text, _, feedback = rest.partition("#")
        answers.append(_Answer(weight, text.strip(), feedback.strip()))
    return answers


def _numeric(spec: str) -> tuple[list[str], str] | str:
    """`42`, `42:0` or `=42:0 =%50%42:2` -> the exact right numbers and the first
    one's feedback; or why they cannot be checked as typed text."""
    if spec.lstrip().startswith("="):
        answers = _answers(spec)
        if answers is None:
            return "each numeric answer must start with ="
    else:
        text, _, feedback = spec.partition("#")
        answers = [_Answer(100.0, text.strip(), feedback.strip())]
    exact = []
    for answer in answers:
        if answer.weight != 100:
            continue
        if ".." in answer.text:
            return f"a numeric range ({answer.text}) cannot be checked as a typed answer"
        number, _, margin = (part.strip() for part in answer.text.partition(":"))
        if not _NUMBER.fullmatch(number) or (margin and not _NUMBER.fullmatch(margin)):
            return f"'{answer.text}' is not a number"
        if margin and float(margin) != 0:
            return (f"a numeric answer with a margin ({number} give or take {margin}) "
                    "cannot be checked as a typed answer")
        exact.append(number)
    if not exact:
        return "no numeric answer gets full credit (partial credit cannot be converted)"
    first = next(a for a in answers if a.weight == 100)
    return exact, first.feedback
