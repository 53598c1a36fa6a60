"""The score book as JSON, and the checks that tell a good file from a damaged one.

Reading is strict about shape (a file we misread could be written back wrong)
and lenient about keys it does not know, so that a newer version's file can
still be shown.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from quiz.core.yamltext import printable
from quiz.core.scorebook import (
    AnswerRecord, Best, PlayerRecord, QuestionStat, ScoreBook, Session, Totals,
)

# The shape of the file this version writes; a file of a later schema is
# shown but never written over.
SCHEMA = 1

T = TypeVar("T")


class ShapeError(ValueError):
    """The JSON parsed but is not a score file; says where."""


def to_json(book: ScoreBook) -> dict[str, Any]:
    # By hand rather than dataclasses.asdict, which deep-copies every value:
    # this runs on every answer saved.
    return {
        "schema": SCHEMA,
        "sessions": [_session_json(s) for s in book.sessions],
        "bests": {p: {m: vars(b).copy() for m, b in modes.items()}
                  for p, modes in book.bests.items()},
        "folded": {p: {m: vars(t).copy() for m, t in modes.items()}
                   for p, modes in book.folded.items()},
        "progress": {p: {q: vars(s).copy() for q, s in stats.items()}
                     for p, stats in book.progress.items()},
    }


def _session_json(session: Session) -> dict[str, Any]:
    data = vars(session).copy()
    # Short keys: answers are most of the file.
    data["answers"] = [{"q": a.question, "right": a.right, "s": round(a.seconds, 2)}
                       for a in session.answers]
    data["players"] = [vars(p).copy() for p in session.players]
    return data


def schema_of(data: object) -> int:
    if not isinstance(data, dict):
        raise ShapeError("expected a JSON object")
    schema = data.get("schema")
    if type(schema) is not int or schema < 1:
        raise ShapeError("'schema' must be a whole number from 1")
    return schema


def from_json(data: object) -> ScoreBook:
    schema_of(data)
    assert isinstance(data, dict)
    sessions = [_session(item, f"sessions[{n}]")
                for n, item in enumerate(_get(data, "sessions", list, "", []))]
    return ScoreBook(
        sessions=sessions,
        bests=_nested(data, "bests", _best),
        folded=_nested(data, "folded", _totals),
        progress=_nested(data, "progress", _stat),
    )


def _nested(data: dict, key: str, build) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for outer, inner in _get(data, key, dict, "", {}).items():
        # Keys are the file's own text: spelled out, they cannot reach a terminal as controls.
        where = f"{key}.{printable(outer)}"
        if not isinstance(inner, dict):
            raise ShapeError(f"'{where}' must be an object")
        out[outer] = {name: build(value, f"{where}.{printable(name)}")
                      for name, value in inner.items()}
    return out


def _session(item: object, where: str) -> Session:
    data = _object(item, where)
    answers = []
    for n, answer in enumerate(_get(data, "answers", list, where)):
        raw = _object(answer, f"{where}.answers[{n}]")
        answers.append(AnswerRecord(
            question=_get(raw, "q", str, f"{where}.answers[{n}]"),
            right=_get(raw, "right", bool, f"{where}.answers[{n}]"),
            seconds=float(_number(raw, "s", f"{where}.answers[{n}]")),
        ))
    return Session(
        id=_get(data, "id", str, where), pack=_get(data, "pack", str, where),
        mode=_get(data, "mode", str, where), horizon=_get(data, "horizon", str, where),
        seed=_get(data, "seed", str, where), topic=_get(data, "topic", str, where),
        started=_time(data, "started", where), ended=_time(data, "ended", where),
        score=_count(data, "score", where), questions=_count(data, "questions", where),
        best_streak=_count(data, "best_streak", where),
        complete=_get(data, "complete", bool, where), answers=answers,
        # Both new with party rounds: a file from before has neither.
        scoring=_get(data, "scoring", str, where, "points"),
        players=[_player(p, f"{where}.players[{n}]")
                 for n, p in enumerate(_get(data, "players", list, where, []))],
    )


def _player(item: object, where: str) -> PlayerRecord:
    data = _object(item, where)
    player = PlayerRecord(
        name=_get(data, "name", str, where), horizon=_get(data, "horizon", str, where),
        score=_count(data, "score", where), correct=_count(data, "correct", where),
        answered=_count(data, "answered", where), best_streak=_count(data, "best_streak", where))
    if player.correct > player.answered:
        raise ShapeError(f"'{where}' has impossible figures")
    return player


def _best(item: object, where: str) -> Best:
    data = _object(item, where)
    best = Best(score=_count(data, "score", where), session=_get(data, "session", str, where),
                when=_time(data, "when", where), correct=_count(data, "correct", where),
                answered=_count(data, "answered", where))
    if best.correct > best.answered:
        raise ShapeError(f"'{where}' has impossible figures")
    return best


def _totals(item: object, where: str) -> Totals:
    data = _object(item, where)
    totals = Totals(**{name: _count(data, name, where)
                       for name in ("sessions", "complete", "answers", "correct", "score")})
    if totals.complete > totals.sessions or totals.correct > totals.answers:
        raise ShapeError(f"'{where}' has impossible figures")
    return totals


def _stat(item: object, where: str) -> QuestionStat:
    data = _object(item, where)
    # A question has progress only once it has been answered: seen is never 0.
    stat = QuestionStat(seen=_count(data, "seen", where, least=1),
                        right=_count(data, "right", where), box=_get(data, "box", int, where),
                        due=_time(data, "due", where), last=_time(data, "last", where))
    if not 1 <= stat.box <= 5 or stat.right > stat.seen:
        raise ShapeError(f"'{where}' has impossible figures")
    return stat


# -- checked access -------------------------------------------------------------------

def _object(item: object, where: str) -> dict:
    if not isinstance(item, dict):
        raise ShapeError(f"'{where}' must be an object")
    return item


_MISSING = object()


def _get(data: dict, key: str, kind: type[T], where: str, default: Any = _MISSING) -> T:
    value = data.get(key, default)
    name = f"{where}.{key}" if where else key
    if value is _MISSING:
        raise ShapeError(f"'{name}' is missing")
    # bool is an int to Python, but not to a score file.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ShapeError(f"'{name}' must be {_NAMES[kind]}")
    return value


def _count(data: dict, key: str, where: str, least: int = 0) -> int:
    value = _get(data, key, int, where)
    if value < least:
        raise ShapeError(f"'{where}.{key}' must be {least} or more")
    return value


def _number(data: dict, key: str, where: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ShapeError(f"'{where}.{key}' must be a number of seconds")
    return value


def _time(data: dict, key: str, where: str) -> str:
    value = _get(data, key, str, where)
    try:
        aware = datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        aware = False
    if not aware:  # dates are compared, and only times with an offset compare safely
        raise ShapeError(f"'{where}.{key}' is not a date and time with its UTC offset")
    return value


_NAMES = {str: "text", int: "a whole number", bool: "true or false", list: "a list",
          dict: "an object"}
