"""Every candidate fact of an article, best first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from quiz.core.answers import answer_key
from quiz.authoring.drafting.entities import NameBook, Sentence
from quiz.authoring.drafting.patterns import cast_facts, named_facts, nickname_facts, numeric_facts
from quiz.authoring.drafting.questions import QUOTATION, fill_in
from quiz.authoring.drafting.sentences import (
    MAX_CHARS, MAX_WORDS, MIN_WORDS, paragraphs, sentences,
)
from quiz.authoring.drafting.words import COMMON

MAX_FACTS = 60
# A repeated answer makes for dull distractor pools: each earlier pick of the
# same answer costs a candidate this much.
REPEAT_PENALTY = 40

@dataclass(frozen=True)
class Candidate:
    """One candidate fact, as a curator will review it."""

    kind: str
    answer: str
    statement: str
    ask: str
    paragraph: int  # 1-based among the article's non-empty lines
    context: str  # the paragraph, or the sentences around the statement when it is long
    score: int
    accept: tuple[str, ...] = ()
    # Where the statement stands, so that equal scores keep the article's order.
    order: tuple[int, int] = field(default=(0, 0), compare=False, repr=False)


def _fits(text: str) -> bool:
    return len(text) <= MAX_CHARS and MIN_WORDS <= len(text.split()) <= MAX_WORDS


def _candidates(sentence: Sentence, book: NameBook) -> Iterator[Candidate]:
    text = sentence.text
    long_penalty = 10 if len(text.split()) > 40 else 0
    speech = any(len(m.group(1).split()) > 3 for m in QUOTATION.finditer(text))
    speech_penalty = 15 if speech else 0
    found = [*cast_facts(sentence), *nickname_facts(sentence),
             *numeric_facts(sentence), *named_facts(sentence, book)]
    for item in found:
        answer = text[item.start:item.end].strip()
        if not answer or text.count(answer) != 1 or answer.lower() in COMMON:
            continue
        ask = item.ask
        if ask is None or answer_key(answer) in answer_key(ask):
            ask = fill_in(text, item.start, item.end)
        score = item.score + (10 if not ask.startswith("Fill in") else 0) - long_penalty
        if item.kind != "nickname":
            score -= speech_penalty
        yield Candidate(item.kind, answer, text, ask, sentence.paragraph, sentence.context,
                        score, item.accept, (sentence.order, item.start))


def _context(paragraph: str, parts: list[str], index: int) -> str:
    """What the curator sees above a fact: the paragraph, or the lines around the fact."""
    if len(paragraph) <= 800:
        return paragraph
    window = " ".join(parts[max(0, index - 1):index + 2])
    head = "… " if index > 1 else ""
    tail = " …" if index + 2 < len(parts) else ""
    return f"{head}{window}{tail}"


def _sentences_of(paras: list[str]) -> list[Sentence]:
    out = []
    for number, paragraph in enumerate(paras, start=1):
        parts = sentences(paragraph)
        for index, text in enumerate(parts):
            out.append(Sentence(text, number, len(out), _context(paragraph, parts, index)))
    return out


def find_candidates(article: str) -> list[Candidate]:
    """Every candidate fact in an article, best first; raises ValueError when it is empty."""
    paras = paragraphs(article)
    if not paras:
        raise ValueError("the article is empty: there is no text to draft facts from")
    all_sentences = _sentences_of(paras)
    book = NameBook(all_sentences)
    found = [c for s in all_sentences if _fits(s.text) for c in _candidates(s, book)]
    return _rank(found)


def _rank(found: Iterable[Candidate]) -> list[Candidate]:
    """One candidate per (sentence, answer), best first, repeated answers pushed down."""
    best: dict[tuple[str, str], Candidate] = {}
    for candidate in found:
        key = (candidate.statement, answer_key(candidate.answer))
        if key not in best or _rank_key(candidate) < _rank_key(best[key]):
            best[key] = candidate
    seen: Counter[str] = Counter()
    out = []
    for candidate in sorted(best.values(), key=_rank_key):
        repeats = seen[answer_key(candidate.answer)]
        seen[answer_key(candidate.answer)] += 1
        out.append(replace(candidate, score=candidate.score - REPEAT_PENALTY * repeats))
    return sorted(out, key=_rank_key)


def _rank_key(candidate: Candidate) -> tuple[int, tuple[int, int], str, str]:
    return (-candidate.score, candidate.order, candidate.kind, candidate.answer)
