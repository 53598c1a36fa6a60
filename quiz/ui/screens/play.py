"""Playing a round: a question, its answers, then feedback, until the round ends."""

from __future__ import annotations

import time

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Static

from quiz.core.generate import FALSE, TRUE, Question
from quiz.core.pack import Pack
from quiz.core.round import DONT_KNOW, Answer, Round
from quiz.core.wording import progress
from quiz.ui.widgets.top_bar import TopBar


def choice_label(question: Question, index: int) -> str:
    """A choice with the keys that answer it."""
    keys = ("1 / t", "2 / f")[index] if question.type == "true-false" else str(index + 1)
    return f"{keys}   {question.choices[index]}"


def answered(answer: Answer) -> Content:
    """The question as answered: each choice marked by a symbol, a colour and
    words (any one alone may be lost: a colour-blind player, a terminal font
    without the symbol), or the typed answer marked right or wrong."""
    if answer.typed:
        mark, style = ("✓", "bold $success") if answer.correct else ("✗", "$error")
        return Content.styled(f"{mark} {answer.typed}", style)
    lines = []
    for index, option in enumerate(answer.options):
        mark, style = (("✓", "bold $success") if option.right
                       else ("✗", "$error") if option.picked else (" ", ""))
        note = f"  ({option.note})" if option.note else ""
        lines.append(Content.styled(f"{mark} {choice_label(answer.question, index)}{note}", style))
    return Content("\n").join(lines)


class PlayScreen(Screen[None]):
    BINDINGS = [
        Binding("1", "choose(0)", "Answer", id="answer-1", key_display="1-4"),
        Binding("2", "choose(1)", show=False),
        Binding("3", "choose(2)", show=False),
        Binding("4", "choose(3)", show=False),
        Binding("d", "dont_know", "Don't know", id="dont-know",
                tooltip="Show the answer; it counts as wrong"),
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
            yield Input(id="typed",
                        placeholder="Type your answer and press Enter (empty: don't know)")
            with Vertical(id="feedback"):
                yield Static(id="answered", markup=False)
                # Next beside the verdict, not below the notes: long notes push
                # the bottom of the feedback off an 80x24 screen.
                with Horizontal(id="verdict-row"):
                    yield Static(id="verdict", markup=False)
                    yield Button("Next (Enter)", id="next", variant="primary", compact=True)
                yield Static(id="details", markup=False)
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
        for part in ("#answered", "#verdict", "#details"):
            self.query_one(part, Static).update("")
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
            labels = [Content(choice_label(question, i)) for i in range(len(question.choices))]
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
        self.refresh_bindings()
        self._show_progress()

    def _show_progress(self) -> None:
        since = self.waiting_since
        self.query_one("#progress", Static).update(Content(progress(
            self.round, asking=since is not None,
            thinking=time.monotonic() - since if since is not None else 0.0)))

    def show_feedback(self, answer: Answer) -> None:
        self.last = answer
        question = answer.question
        self.query_one("#choices").display = False
        self.query_one("#typed").display = False
        marks = self.query_one("#answered", Static)
        marks.update(answered(answer))
        marks.display = bool(answer.options or answer.typed)
        verdict = self.query_one("#verdict", Static)
        verdict.update(Content(answer.verdict))
        verdict.set_class(answer.correct, "-right")
        verdict.set_class(not answer.correct, "-wrong")
        self.query_one("#details", Static).update(Content("\n\n".join(question.notes)))
        feedback = self.query_one("#feedback")
        feedback.display = True
        self.query_one("#next", Button).focus()
        # The focus alone scrolls nothing: the feedback has no place on screen
        # until the next refresh lays it out. A small terminal needs the scroll.
        self.call_after_refresh(self.query_one("#verdict-row").scroll_visible, animate=False)
        self.refresh_bindings()
        self._show_progress()

    # -- answering ----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys only while they do something, so the footer lists no dead ones:
        answer keys while a question waits, Next while the feedback shows."""
        waiting = self.shown if self.waiting_since is not None else None
        if action in ("choose", "truth", "dont_know"):
            return waiting is not None and waiting.type != "text"
        if action == "next":
            return waiting is None and self.last is not None
        return True

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

    def action_dont_know(self) -> None:
        if self.shown and self.shown.type != "text":
            self.respond(DONT_KNOW)

    @on(Button.Pressed, ".choice")
    def _choice_pressed(self, event: Button.Pressed) -> None:
        self.action_choose(int((event.button.id or "choice-0").split("-")[1]))

    @on(Input.Submitted, "#typed")
    def _typed(self, event: Input.Submitted) -> None:
        # An empty box is "don't know": the core says so and counts it wrong.
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
