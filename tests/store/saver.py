"""A process that saves sessions to the score file as fast as it can, and says
so after each save returns: the crash and concurrency tests run several of it
and kill some of them mid-save."""

from __future__ import annotations

import sys
from datetime import datetime

from quiz.core.scorebook import AnswerRecord, Session
from quiz.store.scores import ScoreStore


def session(session_id: str, answers: int, complete: bool) -> Session:
    when = datetime.now().astimezone().isoformat(timespec="seconds")
    return Session(
        id=session_id, pack="demo", mode="classic", horizon="spoilers on", seed="1",
        topic="", started=when, ended=when, score=100 * answers, questions=answers,
        best_streak=answers, complete=complete,
        answers=[AnswerRecord(f"q{n}", True, 1.0) for n in range(answers)])


def main() -> None:
    tag, count, per_session = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    store = ScoreStore()
    store.load()
    for n in range(count):
        session_id = f"{tag}-{n}"
        # One save per answer, as a game does; the last one completes it.
        for given in range(1, per_session + 1):
            store.save(session(session_id, given, given == per_session))
        problems = store.take_messages()
        if problems:
            print("problem", *problems, flush=True)
            sys.exit(1)
        print("saved", session_id, flush=True)


if __name__ == "__main__":
    main()
