"""How a right answer scores: the one rule every round and shell uses.

Two scorings: "points" (100 a right answer, plus a blitz speed bonus) and
"time", as the big classroom quiz games score (points fall with the time taken).
The streak bonus, for answers right in a row, is a switch in either.
"""

from __future__ import annotations

from dataclasses import dataclass

# The modes a round is played in. Here, not in round.py: `quiz play`'s parser,
# which every command builds, needs them without loading rounds.
MODES = ("classic", "blitz", "survival", "review")
POINTS = 100
STREAK_STEP = 10      # bonus per answer in a row after the first
STREAK_CAP = 50
SPEED_BONUS = 50      # blitz: full bonus for an instant answer...
SPEED_WINDOW = 10.0   # ...falling to nothing at this many seconds
# Time scoring, as the big classroom quiz games score: a right answer is worth
# TIME_POINTS at once, falling evenly to half of it at TIME_LIMIT seconds and
# after; each answer in a row adds TIME_STREAK_STEP, up to TIME_STREAK_CAP.
SCORINGS = ("points", "time")
TIME_POINTS = 1000
TIME_LIMIT = 20.0
TIME_STREAK_STEP = 100
TIME_STREAK_CAP = 500


@dataclass(frozen=True)
class Points:
    """What one answer earned, item by item."""
    base: int = 0
    speed: int = 0    # for answering fast (blitz, or time scoring)
    streak: int = 0   # for answers right in a row

    @property
    def total(self) -> int:
        return self.base + self.speed + self.streak

    def text(self) -> str:
        """'+124 (100 + 14 speed + 10 streak)'; the bare total when there is no
        bonus to explain ('+100', '+0')."""
        bonuses = [f"{n} {name}" for n, name in ((self.speed, "speed"), (self.streak, "streak"))
                   if n]
        if not bonuses:
            return f"+{self.total}"
        return f"+{self.total} ({' + '.join([str(self.base), *bonuses])})"


def earned(mode: str, scoring: str, streak_bonus: bool, correct: bool, streak: int,
           seconds: float) -> Points:
    """What an answer earns. `streak` counts the answers right in a row, this
    one included; `seconds` is the time it took."""
    if not correct:
        return Points()
    if scoring == "time":
        half = TIME_POINTS // 2
        return Points(
            base=half, speed=round(half * max(0.0, 1 - seconds / TIME_LIMIT)),
            streak=min(TIME_STREAK_CAP, TIME_STREAK_STEP * (streak - 1)) if streak_bonus else 0)
    return Points(
        base=POINTS,
        speed=(round(SPEED_BONUS * max(0.0, 1 - seconds / SPEED_WINDOW))
               if mode == "blitz" else 0),
        streak=min(STREAK_CAP, STREAK_STEP * (streak - 1)) if streak_bonus else 0)
