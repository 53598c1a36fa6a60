"""A round never gives away its own answers.

Question A gives B away when the text A puts on screen (its prompt, choices,
answer, statement, explanation, source note) holds one of B's secrets (its
answer and the other forms of it) as whole words, folded. A round may then ask
B before A, or not both. What stays on screen all round (the pack's title, its
level labels, the topic) counts as shown before every question.

The search is linear: every candidate's secrets go into one automaton over
folded words (Aho-Corasick), and each shown text is read once, whatever the
number of secrets. Comparing every text with every secret would be quadratic,
and a 4 MiB pack must still start a round at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quiz.core.generate import Question
from quiz.core.options import folded
from quiz.core.spoilers import View


def on_screen(view: View, topic: str = "") -> tuple[str, ...]:
    """The pack's text that stays on screen for a whole round: its title, the
    labels of its levels (the horizon and what it hides are told by them) and
    the topic played. The game's own words around them give nothing away."""
    return (view.title, *(level.label for level in view.levels), topic)


class Seen:
    """What a round has shown so far, as far as some candidates' secrets go."""

    def __init__(self, candidates: Iterable[Question], shown: Iterable[str] = ()) -> None:
        self._next: list[dict[str, int]] = [{}]   # the trie of secrets' words
        self._fail: list[int] = [0]               # longest proper suffix in the trie
        self._ends: list[str] = [""]              # the folded secret a node completes
        self._also: list[int] = [0]               # nearest suffix that completes one
        self._found: list[bool] = [False]
        for question in candidates:
            for secret in question.secrets:
                self._add(folded(secret))
        self._link()
        self.found: set[str] = set()
        self.entries: set[str] = set()
        self.see(shown)

    def _add(self, secret: str) -> None:
        if not secret:
            return
        node = 0
        for word in secret.split():
            following = self._next[node].get(word)
            if following is None:
                following = self._next[node][word] = len(self._next)
                self._next.append({})
                self._fail.append(0)
                self._ends.append("")
                self._also.append(0)
                self._found.append(False)
            node = following
        self._ends[node] = secret

    def _link(self) -> None:
        """Failure links, breadth first: a node's are set before its children's."""
        queue = list(self._next[0].values())
        for node in queue:  # grows as it goes
            for word, child in self._next[node].items():
                fallback = self._fail[node]
                while fallback and word not in self._next[fallback]:
                    fallback = self._fail[fallback]
                target = self._next[fallback].get(word, 0)
                self._fail[child] = target
                self._also[child] = target if self._ends[target] else self._also[target]
                queue.append(child)

    def see(self, texts: Iterable[str]) -> None:
        """Note every secret these texts hold."""
        for text in texts:
            node = 0
            for word in folded(text).split():
                while node and word not in self._next[node]:
                    node = self._fail[node]
                node = self._next[node].get(word, 0)
                hit = node if self._ends[node] else self._also[node]
                # A node found before had its suffixes found with it: stopping
                # there keeps the whole search linear.
                while hit and not self._found[hit]:
                    self._found[hit] = True
                    self.found.add(self._ends[hit])
                    hit = self._also[hit]

    def gives_away(self, question: Question) -> bool:
        """Has the round shown this question's answer, or asked its fact already?"""
        return (question.entry in self.entries
                or any(folded(secret) in self.found for secret in question.secrets))

    def ask(self, question: Question) -> None:
        self.entries.add(question.entry)
        self.see(question.shown)


def fair_order(candidates: Sequence[Question], shown: Iterable[str],
               limit: int | None = None, asked: Iterable[Question] = ()) -> list[Question]:
    """The candidates, in their order, without any that an earlier one, one
    already `asked`, or what stays on screen (`shown`) gives away; at most
    `limit` of them."""
    seen = Seen(candidates, shown)
    for question in asked:
        seen.ask(question)
    kept: list[Question] = []
    for question in candidates:
        if limit is not None and len(kept) >= limit:
            break
        if not seen.gives_away(question):
            seen.ask(question)
            kept.append(question)
    return kept
