"""An article's plain text -> a draft pack of candidate facts for a person to curate.

No model and no network: patterns over the article's sentences find cast lines,
quoted nicknames, dates, years, amounts, ages, counts and named people and
places. Each becomes a fact with a question and an answer, scored so that what
a person would pick comes first. Every fact is filed as `unreviewed`: nothing a
drafting tool writes is shown to a player until a person has judged its spoilers.
"""

from quiz.authoring.drafting.packtext import draft_pack
from quiz.authoring.drafting.ranking import MAX_FACTS, Candidate, find_candidates

__all__ = ["MAX_FACTS", "Candidate", "draft_pack", "find_candidates"]
