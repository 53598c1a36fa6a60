"""The line mode and the game show the same words: the same seeded round, played
the same way in each, gives the same progress lines and the same results."""

from __future__ import annotations

import io

import pytest

from textual.widgets import Digits

import quiz.ui.screens.play as play_module
from quiz import plain
from quiz.core.generate import Question
from quiz.core.party import party_view
from quiz.game import Game
from quiz.ui.screens.play import PlayScreen
from quiz.ui.screens.results import ResultsScreen
from tests.ui import ui_helpers as ui

PACK = "narcos-mexico"
SEED = "5"
RIGHT = [True, False, True, False, False]  # survival ends at the third miss


def typed(question: Question, right: bool) -> str:
    """The line the line mode reads for the answer the game's keys give."""
    response = ui.right_response(question) if right else ui.wrong_response(question)
    if question.type == "text":
        return response
    return str(question.choices.index(response) + 1)


def line_mode(mode: str) -> str:
    """The round in the line mode, its clock stopped like the game's below; input
    ends after the fifth answer (a blitz round then ends early, as Escape does)."""
    game = Game.load()
    pack = game.catalog.get(PACK)
    round_ = game.new_round(pack, mode, seed=SEED)
    lines = "".join(typed(q, right) + "\n" for q, right in zip(round_.queue, RIGHT))
    out = io.StringIO()
    plain.play(round_, game.view(pack), io.StringIO(lines), out, interactive=False,
               clock=lambda: 0.0)
    return out.getvalue()


@pytest.mark.parametrize("mode", ["survival", "blitz"])
async def test_the_line_mode_and_the_game_show_the_same_words(
        mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(play_module, "time", ui.FakeClock())
    transcript = line_mode(mode)
    app = ui.new_app(mode=mode, seed=SEED)
    progress: list[str] = []
    async with app.run_test(size=ui.SIZE) as pilot:
        for right in RIGHT:
            assert isinstance(app.screen, PlayScreen)
            words = ui.shows(app, "#progress")
            if mode == "blitz":  # the time left is the clock's, a bar and its seconds
                words += f"   Time {app.screen.query_one('#clock').seconds} s"
            progress.append(words)
            await ui.answer(pilot, right)
            await ui.next_question(pilot)
        if mode == "blitz":
            await pilot.press("ctrl+c")  # as the end of the line mode's input
        await ui.wait_for_screen(pilot, ResultsScreen)
        shown = {part: ui.shows(app, f"#{part}")
                 for part in ("headline", "figures", "missed", "right", "replay-line")}
        score = app.screen.query_one("#score", Digits).value

    lines = transcript.splitlines()
    assert progress == [line for line in lines if line.startswith("Question ")][:len(RIGHT)]
    assert progress[-1].endswith("Lives 1" if mode == "survival" else "Time 60 s")
    assert shown["headline"] == ("Out of lives" if mode == "survival" else "Round ended early")
    assert shown["headline"] in lines
    # The score the game shows large is the line mode's score line.
    assert f"\nScore {score}\n{shown['figures']}\n" in transcript
    assert "\nTime taken 0 s" in shown["figures"]  # both clocks stopped
    assert shown["missed"].startswith("Missed:\n• ")
    assert shown["right"].startswith("Right:\n• ")
    # Every question answered, right and wrong, in the same words and order.
    assert f"\n{shown['missed']}\n{shown['right']}\n" in transcript
    assert shown["missed"].count("• ") + shown["right"].count("• ") == len(RIGHT)
    assert transcript.endswith(f"\n{shown['replay-line']}\n")


async def test_time_up_says_in_both_shells_which_question_the_clock_ran_out_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    clock = ui.FakeClock()
    monkeypatch.setattr(play_module, "time", clock)
    game = Game.load()
    pack = game.catalog.get(PACK)
    round_ = game.new_round(pack, "blitz", seed=SEED)
    cut_off = round_.queue[1]
    out = io.StringIO()
    # The line mode: the first answer in 10 s, the second after the bell.
    times = iter([0.0, 10.0, 10.0, 75.0])
    plain.play(round_, game.view(pack), io.StringIO(f"{typed(round_.queue[0], True)}\n1\n"),
               out, interactive=False, clock=lambda: next(times))
    transcript = out.getvalue()

    app = ui.new_app(mode="blitz", seed=SEED)
    async with app.run_test(size=ui.SIZE) as pilot:
        clock.now += 10
        await ui.answer(pilot, True)
        await ui.next_question(pilot)
        clock.now += 65
        # The play screen says time is up, with the answer, until Enter.
        await ui.wait_for(pilot, lambda: app.screen.cut_off)
        await pilot.press("enter")
        await ui.wait_for_screen(pilot, ResultsScreen)
        headline, note = ui.shows(app, "#headline"), ui.shows(app, "#note")
        assert ui.on_screen(app, note.splitlines()[0])

    assert headline == "Time is up"
    assert note == f"The clock ran out on: {cut_off.full_prompt}\nThe answer: {cut_off.answer}"
    assert f"\n{headline}\n{note}\nScore " in transcript


async def test_a_partys_turns_and_scores_read_the_same_in_both_shells() -> None:
    """The same seeded party, answered the same way: the game's turn line holds
    the line mode's, and its scores are the line mode's score line, entry by
    entry (the game marks whose question it is, and lays the entries out apart)."""
    right = [True, True, False, True, False, True]  # Ana's streak grows, Ben's breaks
    players = "Ana,Ben,Cy"
    app = ui.party_app(players, each=2)
    turns: list[str] = []
    scores: list[list[str]] = []
    async with app.run_test(size=ui.SIZE) as pilot:
        await ui.wait_for_screen(pilot, PlayScreen)
        party = app.screen.round
        queue = list(party.queue)

        async def each(step: str) -> None:
            await pilot.pause()
            if step == "question":
                turns.append(ui.shows(app, "#turn"))
            else:
                scores.append(ui.shows(app, "#party-scores").removeprefix("▶ ")
                              .replace("   ▶ ", "   ").split("   "))

        await ui.play_out(pilot, right=lambda n: right[n], each=each, typing=False)
        await ui.wait_for_screen(pilot, ResultsScreen)

    game = Game.load()
    pack = game.catalog.get(PACK)
    again = game.new_party(pack, party.players, 2, party.config.seed)
    assert again.queue == queue
    out = io.StringIO()
    lines = "".join(typed(q, r) + "\n" for q, r in zip(queue, right))
    plain.play(again, party_view(pack, again.players), io.StringIO(lines), out,
               interactive=False, clock=lambda: 0.0)
    transcript = out.getvalue().splitlines()
    line_turns = [line for line in transcript if line.endswith("'s turn")]
    line_scores = [line.removeprefix("Scores: ").split(" · ")
                   for line in transcript if line.startswith("Scores: ")]

    assert len(turns) == len(line_turns) == len(scores) == len(line_scores) == 6
    assert all(turn.endswith(f" · {mine}") for turn, mine in zip(turns, line_turns)), turns
    assert scores == line_scores
    assert any("streak 2" in entry for entry in scores[-1])  # the check can see a streak
