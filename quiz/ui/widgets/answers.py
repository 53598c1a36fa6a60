"""The ways to answer a question: a button per choice, or a box to type in."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Input

from quiz.core.generate import Question
from quiz.ui.messages import Chosen


def choice_label(question: Question, index: int) -> str:
    """A choice with the keys that answer it."""
    keys = ("1 / t", "2 / f")[index] if question.type == "true-false" else str(index + 1)
    return f"{keys}   {question.choices[index]}"


class Answers(Vertical):
    """Answers the question it is given to ask: posts Chosen with what the
    player pressed or typed. The keys 1-4, t/f and d are the screen's."""

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self.question: Question | None = None

    def compose(self) -> ComposeResult:
        yield Vertical(id="choices")
        yield Input(id="typed", placeholder="Type your answer and press Enter (empty: don't know)")

    async def ask(self, question: Question) -> None:
        self.question = question
        self.display = True
        choices = self.query_one("#choices", Vertical)
        typed = self.query_one("#typed", Input)
        if question.type == "text":
            choices.display = False
            typed.display = True
            typed.value = ""
            typed.focus()
            return
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

    @on(Button.Pressed, ".choice")
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        index = int((event.button.id or "choice-0").split("-")[1])
        if self.question is not None and index < len(self.question.choices):
            self.post_message(Chosen(self.question, self.question.choices[index]))

    @on(Input.Submitted, "#typed")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        if self.question is not None:
            # An empty box is "don't know": the core says so and counts it wrong.
            self.post_message(Chosen(self.question, event.value))
