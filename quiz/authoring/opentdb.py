"""Open Trivia DB (opentdb.com): an API response, or its bare list of results.

The API encodes every text field in one of three ways, detected per file:
- base64 (`encode=base64`): each `type` is the base64 of "multiple" or "boolean";
- url3986 (`encode=url3986`): no `question` holds a space (they are all %20)
  and some field holds a %XX escape;
- otherwise the default: HTML entities such as `&quot;` and `&#039;`.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import re
from collections.abc import Callable
from urllib.parse import unquote

from quiz.authoring.converted import Converted, Skipped
from quiz.store.jsonfile import JsonError, parse_text

_BASE64_TYPES = {"bXVsdGlwbGU=", "Ym9vbGVhbg=="}  # "multiple", "boolean"
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_RESPONSE_CODES = {
    1: "no results: the API had not enough questions for the query",
    2: "invalid parameter: the API rejected the query",
    3: "session token not found",
    4: "session token empty: every question for the query was already given; reset the token",
    5: "rate limit: too many requests, wait 5 seconds",
}


def read(text: str) -> list[Converted | Skipped]:
    try:
        data = parse_text(text)
    except JsonError as error:
        raise ValueError(f"{error}; expected an Open Trivia DB API response") from None
    if isinstance(data, dict):
        code = data.get("response_code", 0)
        if code != 0:
            meaning = (_RESPONSE_CODES.get(code, "an unknown code") if isinstance(code, int)
                       else "not a number")
            raise ValueError(f"the Open Trivia DB response has response_code {code!r} "
                             f"({meaning}), not 0: it holds no questions")
        results = data.get("results")
    else:
        results = data
    if not isinstance(results, list):
        raise ValueError("expected an Open Trivia DB API response: an object with a "
                         "'results' list, or the list itself")

    decode = _decoder(results)
    lines = _result_lines(text)
    if len(lines) != len(results):  # a duplicate 'results' key: json keeps the last
        lines = [1] * len(results)
    return [_convert(entry, number, line, decode)
            for number, (entry, line) in enumerate(zip(results, lines), start=1)]


def _decoder(results: list) -> Callable[[str], str]:
    entries = [e for e in results if isinstance(e, dict)]
    types = [e.get("type") for e in entries]
    if types and all(isinstance(t, str) and t in _BASE64_TYPES for t in types):
        return lambda s: base64.b64decode(s, validate=True).decode("utf-8")
    questions = [e.get("question") for e in entries if isinstance(e.get("question"), str)]
    fields = [v for e in entries for v in e.values() if isinstance(v, str)]
    if (questions and not any(" " in q for q in questions)
            and any(_PERCENT.search(f) for f in fields)):
        return lambda s: unquote(s, errors="strict")
    return html.unescape


def _convert(entry: object, number: int, line: int,
             decode: Callable[[str], str]) -> Converted | Skipped:
    def skip(reason: str) -> Skipped:
        return Skipped(line, f"question {number}: {reason}")

    if not isinstance(entry, dict):
        return skip("not an object with 'type', 'question' and answers")
    texts: dict[str, str] = {}
    for key in ("type", "question", "correct_answer", "category"):
        value = entry.get(key, "")
        if not isinstance(value, str):
            return skip(f"'{key}' is not text")
        try:
            texts[key] = decode(value)
        except (binascii.Error, UnicodeDecodeError):
            return skip(f"'{key}' cannot be decoded")
    wrong = entry.get("incorrect_answers", [])
    if not isinstance(wrong, list) or not all(isinstance(w, str) for w in wrong):
        return skip("'incorrect_answers' is not a list of texts")
    try:
        wrong = [decode(w) for w in wrong]
    except (binascii.Error, UnicodeDecodeError):
        return skip("'incorrect_answers' cannot be decoded")

    kind, prompt, answer = texts["type"], texts["question"], texts["correct_answer"]
    topic, name = texts["category"], f"question {number}"
    if kind == "multiple":
        return Converted(line, "choice", prompt, answer, tuple(wrong), topic=topic, name=name)
    if kind == "boolean":
        if answer.strip().lower() not in ("true", "false"):
            return skip(f"a true/false question whose answer is '{answer}'")
        return Converted(line, "true-false", prompt, answer.strip().lower(), topic=topic,
                         name=name)
    if not kind:
        return skip("it has no 'type'")
    return skip(f"type '{kind}' is neither 'multiple' nor 'boolean'")


def _result_lines(text: str) -> list[int]:
    """The line each entry of the results list starts on, found by walking the
    JSON again: json.loads keeps no positions."""
    decoder = json.JSONDecoder()
    position = _skip_space(text, 0)
    if text.startswith("{", position):
        position = _skip_space(text, position + 1)
        while True:
            if not text.startswith('"', position):
                return []  # no 'results' key
            key, position = decoder.raw_decode(text, position)
            position = _skip_space(text, _skip_space(text, position) + 1)  # past ':'
            if key == "results":
                break
            position = _past_comma(text, decoder.raw_decode(text, position)[1])
    if not text.startswith("[", position):
        return []
    lines, line, counted = [], 1, 0
    position = _skip_space(text, position + 1)
    while position < len(text) and not text.startswith("]", position):
        line += text.count("\n", counted, position)
        counted = position
        lines.append(line)
        position = _past_comma(text, decoder.raw_decode(text, position)[1])
    return lines


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\n\r":
        position += 1
    return position


def _past_comma(text: str, position: int) -> int:
    position = _skip_space(text, position)
    return _skip_space(text, position + 1) if text.startswith(",", position) else position
