"""How fast quiz is, each figure against a reference measured in the same run.

    python benchmarks/run.py [--quick]

Prints one table: the figure, its reference, their ratio, the target and
whether it holds. Exits 1 if a target does not hold. Everything runs under a
temporary QUIZ_HOME; nothing touches your own scores or packs.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
FRAME = 1000 / 60  # ms: one frame at 60 Hz


@dataclass
class Figure:
    name: str
    measured: float   # ms
    reference: float  # ms
    reference_name: str
    target: str
    holds: bool

    @property
    def ratio(self) -> float:
        return self.measured / self.reference if self.reference else float("inf")


def median_ms(run: Callable[[], object], times: int) -> float:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def process_ms(args: list[str], times: int) -> float:
    """Median wall time of a whole process, start to exit."""
    def once() -> None:
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    once()  # warm the disk cache and .pyc files
    return median_ms(once, times)


# -- the figures -------------------------------------------------------------------

def first_paint(times: int) -> Figure:
    quiz = process_ms([sys.executable, str(HERE / "paint.py"), "quiz"], times)
    minimal = process_ms([sys.executable, str(HERE / "paint.py"), "minimal"], times)
    ratio = quiz / minimal
    return Figure("menu's first paint (whole process)", quiz, minimal,
                  "a one-widget Textual app", "≤ 1.3×", ratio <= 1.3)


def packs_list(times: int) -> Figure:
    script = Path(sys.executable).with_name("quiz")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "quiz"]
    listing = process_ms([*command, "packs", "list"], times)
    bare = process_ms([sys.executable, "-c", "pass"], times)
    return Figure("`quiz packs list`, built-in pack", listing, bare, "`python -c pass`",
                  "< 150 ms", listing < 150)


def big_pack(home: Path, facts: int, times: int) -> list[Figure]:
    import yaml

    from quiz.core.catalog import load_catalog
    from quiz.core.loader import load_pack
    from quiz.store import paths
    from quiz.store.packcache import load_pack_cached

    path = paths.user_packs_dir() / "big.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(generated_pack(facts), encoding="utf-8")
    data = path.read_bytes()
    parse = median_ms(lambda: yaml.load(data, Loader=yaml.CSafeLoader), times)
    validate = median_ms(lambda: load_pack(path, "user"), times)
    loaded = load_pack(path, "user")
    assert loaded.pack is not None and len(loaded.pack.facts) == facts, loaded.problems[:3]

    def listing() -> None:
        load_catalog(paths.builtin_packs_dir(), paths.user_packs_dir(), load_pack_cached)

    listing()  # the first listing fills the cache
    again = median_ms(listing, times)
    return [
        Figure(f"validate a {facts:,}-fact pack", validate, parse,
               "bare CSafeLoader parse of it", "≤ 1.5×", validate <= 1.5 * parse),
        Figure("list it again, unchanged", again, parse, "the same parse", "< 0.10×",
               again < 0.10 * parse),
    ]


def generated_pack(facts: int) -> str:
    lines = ["format: 1", "id: big", "title: A big pack", "sources:", "  - id: src",
             "    title: Generated", "spoilers:", "  levels:", "    - id: s1",
             "      label: Season 1", "      terms: [harbour, lantern]", "    - id: s2",
             "      label: Season 2", "      terms: [verdict, pardon]", "  safe_through: s1",
             "facts:"]
    for n in range(facts):
        lines += [f"  - id: f{n}", f"    spoiler: {('none', 's1', 's2')[n % 3]}",
                  f"    kind: k{n % 40}", f"    statement: Person {n} lives in town {n}.",
                  f"    ask: Where does person {n} live?", f"    answer: town {n}",
                  "    source: src#1"]
    return "\n".join(lines) + "\n"


def answer_save(home: Path, sessions: int, times: int) -> Figure:
    from quiz.core.scorebook import AnswerRecord, ScoreBook, Session, now_text
    from quiz.store.atomic import write_atomic
    from quiz.store.scorejson import to_json
    from quiz.store.scores import ScoreStore

    now = datetime.now().astimezone()

    def session(number: int, answers: int) -> Session:
        when = now_text(now - timedelta(minutes=sessions - number))
        return Session(
            id=f"s{number}", pack="narcos-mexico", mode="classic", horizon="spoilers on",
            seed=str(number), topic="", started=when, ended=when, score=100 * answers,
            questions=10, best_streak=answers, complete=answers == 10,
            answers=[AnswerRecord(f"q{(number + k) % 72}", k % 3 != 0, 3.5)
                     for k in range(answers)])

    book = ScoreBook()
    for number in range(sessions):  # older ones fold into totals as they would
        book.apply(session(number, 10), now)
    path = home / "scores.json"
    text = json.dumps(to_json(book), separators=(",", ":")) + "\n"
    write_atomic(path, text)
    store = ScoreStore(path)
    store.load()
    answers = iter(range(1, 10**6))
    saved = median_ms(lambda: store.save(session(sessions, next(answers) % 10 + 1)), times)
    bare = median_ms(lambda: write_atomic(home / "plain.json", text), times)
    return Figure(f"save an answer, {sessions:,} sessions played", saved, bare,
                  "one atomic write of the file", "< 20 ms", saved < 20)


def key_to_question(times: int) -> Figure:
    """From the Enter that leaves the feedback to the frame that shows the next
    question: timed inside the app (a Pilot's own waits are coarser than a frame)."""
    from textual import events

    from quiz.game import Game
    from quiz.ui.app import make_app
    from quiz.ui.screens.play import PlayScreen

    frames: list[tuple[float, str | None]] = []
    render = PlayScreen._compositor_refresh

    def timed(screen: PlayScreen) -> None:
        render(screen)
        frames.append((time.perf_counter(), screen.shown.id if screen.shown else None))

    async def measure() -> list[float]:
        game = Game.load()
        first = game.new_round(game.catalog.packs[0], "classic", 100, "7")
        app = make_app(game, first)
        samples = []
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            for _ in range(min(times, first.total - 1)):
                screen = app.screen
                assert isinstance(screen, PlayScreen)
                screen.respond(screen.round.current.answer)  # the feedback shows
                await pilot.pause()
                following = screen.round.current.id
                frames.clear()
                start = time.perf_counter()
                app._driver.send_message(events.Key("enter", "\r"))
                while not any(shown == following for _, shown in frames):
                    await asyncio.sleep(0.001)
                painted = next(t for t, shown in frames if shown == following)
                samples.append((painted - start) * 1000)
        return samples

    PlayScreen._compositor_refresh = timed
    try:
        measured = statistics.median(asyncio.run(measure()))
    finally:
        PlayScreen._compositor_refresh = render
    return Figure("key press to the next question rendered", measured, FRAME,
                  "one frame at 60 Hz", "≤ 1 frame", measured <= FRAME)


# -- the table -----------------------------------------------------------------------

def table(figures: list[Figure]) -> str:
    rows = [("figure", "measured", "reference", "ratio", "target", "holds")]
    for f in figures:
        rows.append((f.name, f"{f.measured:.1f} ms", f"{f.reference:.1f} ms ({f.reference_name})",
                     f"{f.ratio:.2f}×", f.target, "yes" if f.holds else "NO"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> int:
    quick = "--quick" in sys.argv
    times = 3 if quick else 9
    home = Path(tempfile.mkdtemp(prefix="quiz-bench-"))
    os.environ["QUIZ_HOME"] = str(home)
    try:
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; "
              f"{'quick run, ' if quick else ''}median of {times}", file=sys.stderr)
        figures = [first_paint(times), packs_list(times)]
        figures += big_pack(home, 20_000, max(3, times // 3))
        figures.append(answer_save(home, 10_000, 10 * times))
        figures.append(key_to_question(10 * times))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(table(figures))
    return 0 if all(f.holds for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
