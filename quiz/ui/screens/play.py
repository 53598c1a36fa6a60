"""Playing a round: a question, its answers, then feedback, until the round ends."""

from __future__ import annotations

import time

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Static

from quiz.core.generate import FALSE, TRUE, Question
from quiz.core.pack import Pack
from quiz.core.round import Answer, Round
from quiz.ui.widgets.top_bar import TopBar


def progress_text(round_: Round, waiting_since: float | None, now: float) -> str:
    # While feedback shows, the question it is about is the last one answered.
    number = round_.number if waiting_since is not None else len(round_.answers)
    parts = [f"Question {number} of {round_.total}",
             f"Score {round_.score}", f"Streak {round_.streak}"]
    if round_.config.mode == "blitz":
        used = now - waiting_since if waiting_since is not None else 0.0
        parts.append(f"Time {max(0.0, round_.time_left - used):.0f} s")
    if round_.config.mode == "survival":
        parts.append(f"Lives {round_.lives}")
    return "   ".join(parts)


class PlayScreen(Screen[None]):
    BINDINGS = [
        Binding("1", "choose(0)", "Answer", id="answer-1", key_display="1-4"),
        Binding("2", "choose(1)", show=False),
        Binding("3", "choose(2)", show=False),
        Binding("4", "choose(3)", show=False),
        Binding("t", "truth(True)", show=False),
        Binding("f", "truth(False)", show=False),
        Binding("up", "app.focus_previous", show=False),
        Binding("down", "app.focus_next", show=False),
        Binding("n", "next", "Next", id="next-question"),
        Binding("escape", "end", "End round", id="end-round",
                tooltip="End the round now; what you answered counts"),
    ]

    def __init__(self, pack: Pack, round_: Round) -> None:
        super().__init__()
        self.pack = pack
        self.round = round_
        # When the current question went on screen; None while feedback shows.
        self.waiting_since: float | None = None
        self.shown: Question | None = None
        self.last: Answer | None = None

    def compose(self) -> ComposeResult:
        yield TopBar(self.pack.title)
        with VerticalScroll(id="play-body"):
            yield Static(id="progress", markup=False)
            yield Static(id="question", markup=False)
            yield Vertical(id="choices")
            yield Input(id="typed", placeholder="Type your answer and press Enter")
            with Vertical(id="feedback"):
                yield Static(id="verdict", markup=False)
                yield Static(id="details", markup=False)
                yield Button("Next (Enter)", id="next", variant="primary")
        yield Footer()

    async def on_mount(self) -> None:
        # One Next button serves every question: without this, an Enter within
        # 0.2 s of the previous one would fall inside its press effect and be lost.
        self.query_one("#next", Button).active_effect_duration = 0
        self.watch(self.app, "horizon_stamp", self._horizon_changed, init=False)
        if self.round.config.mode == "blitz":
            self.set_interval(0.25, self._tick)
        await self.show_question()

    # -- showing ------------------------------------------------------------------

    async def show_question(self) -> None:
        question = self.round.current
        if question is None:
            self.finish()
            return
        self.shown = question
        self.last = None
        self.query_one("#feedback").display = False
        # Cleared, not just hidden: after spoilers go off, the last feedback may
        # be about a question that is now above the horizon.
        self.query_one("#verdict", Static).update("")
        self.query_one("#details", Static).update("")
        self.query_one("#question", Static).update(Content(question.full_prompt))
        choices = self.query_one("#choices", Vertical)
        typed = self.query_one("#typed", Input)
        if question.type == "text":
            choices.display = False
            typed.display = True
            typed.value = ""
            typed.focus()
        else:
            typed.display = False
            choices.display = True
            keys = ("1 / t", "2 / f") if question.type == "true-false" else None
            labels = [Content(f"{keys[i] if keys else i + 1}   {choice}")
                      for i, choice in enumerate(question.choices)]
            buttons = list(choices.query(Button))
            if len(buttons) == len(labels):
                # Relabel rather than rebuild: the next question shows a frame sooner.
                for button, label in zip(buttons, labels):
                    button.label = label
            else:
                # Wait for the old buttons to go: the new ones reuse their ids.
                await choices.remove_children()
                buttons = [Button(label, id=f"choice-{i}", classes="choice", compact=True)
                           for i, label in enumerate(labels)]
                await choices.mount_all(buttons)
            buttons[0].focus()
        self.waiting_since = time.monotonic()
        self._show_progress()

    def _show_progress(self) -> None:
        self.query_one("#progress", Static).update(
            Content(progress_text(self.round, self.waiting_since, time.monotonic())))

    def show_feedback(self, answer: Answer) -> None:
        self.last = answer
        question = answer.question
        self.query_one("#choices").display = False
        self.query_one("#typed").display = False
        verdict = self.query_one("#verdict", Static)
        verdict.update(Content(answer.verdict))
        verdict.set_class(answer.correct, "-right")
        verdict.set_class(not answer.correct, "-wrong")
        self.query_one("#details", Static).update(Content("\n\n".join(question.notes)))
        feedback = self.query_one("#feedback")
        feedback.display = True
        self.query_one("#next", Button).focus()
        self._show_progress()

    # -- answering ----------------------------------------------------------------

    def respond(self, response: str) -> None:
        if self.waiting_since is None or self.shown is None:
            return
        seconds = time.monotonic() - self.waiting_since
        self.waiting_since = None
        try:
            answer = self.round.answer(response, seconds)
        except TimeoutError:
            self.finish()
            return
        self.app.record(self.round)
        self.show_feedback(answer)

    def action_choose(self, index: int) -> None:
        question = self.shown
        if question and question.type != "text" and index < len(question.choices):
            self.respond(question.choices[index])

    def action_truth(self, value: bool) -> None:
        if self.shown and self.shown.type == "true-false":
            self.respond(TRUE if value else FALSE)

    @on(Button.Pressed, ".choice")
    def _choice_pressed(self, event: Button.Pressed) -> None:
        self.action_choose(int((event.button.id or "choice-0").split("-")[1]))

    @on(Input.Submitted, "#typed")
    def _typed(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.respond(event.value)

    @on(Button.Pressed, "#next")
    async def action_next(self) -> None:
        if self.waiting_since is None and self.last is not None:
            await self.show_question()

    def action_end(self) -> None:
        self.round.stop()
        self.finish()

    def finish(self) -> None:
        self.waiting_since = None
        from quiz.ui.screens.results import ResultsScreen

        saved = self.app.record(self.round)
        self.app.switch_screen(ResultsScreen(self.pack, self.round, saved))

    # -- time and spoilers ----------------------------------------------------------

    def _tick(self) -> None:
        if self.waiting_since is None:
            return
        now = time.monotonic()
        if self.round.time_left - (now - self.waiting_since) <= 0:
            self.round.tick(now - self.waiting_since)
            self.finish()
        else:
            self._show_progress()

    async def _horizon_changed(self) -> None:
        """Turning spoilers off (or lowering what was watched) applies at once:
        questions above the horizon go, including the one on screen or in the
        feedback."""
        view = self.app.game.view(self.pack)
        self.round.restrict(view)
        if self.shown is not None and self.round.safe_versions(view).get(self.shown.id) != self.shown:
            # The question on screen, or the one the feedback is about, is now
            # hidden or holds hidden text: ask the next (or its safe version).
            self.waiting_since = None
            await self.show_question()
        else:
            self._show_progress()
