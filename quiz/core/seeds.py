"""A round's seed: made, and checked. Apart from the generator that uses it,
so that a command can check one, and the game make one, before (or without)
loading the generator."""

from __future__ import annotations

import random

from quiz.core.yamltext import printable_line


def new_seed() -> str:
    """A short seed a player can read back and type to replay a round."""
    return str(random.SystemRandom().randrange(1, 1_000_000))


def seed_problem(seed: str) -> str:
    """Why `seed` cannot be a seed ('' if it can). A seed is shown with its round
    and shared as a command line, so it is one line a terminal shows as typed."""
    if printable_line(seed) != seed:
        return "a seed is one line of text, without control characters or tabs"
    return ""
