"""What the screens and widgets tell the ones above them, as dataclass messages."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from quiz.core.generate import Question
from quiz.core.round import Round


@dataclass
class Chosen(Message):
    """The player answered the question on screen (a choice pressed, a box
    submitted): the play screen judges it."""

    question: Question
    response: str


@dataclass
class Answered(Message):
    """A round has one more answer: the App saves it as it stands, so a game
    that dies loses no answer."""

    round: Round
