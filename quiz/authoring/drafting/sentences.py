"""An article's text cleaned, cut into paragraphs and sentences."""

from __future__ import annotations

import re
import unicodedata

from quiz.authoring.drafting.words import ABBREVIATIONS

MIN_WORDS, MAX_WORDS, MAX_CHARS = 4, 60, 450
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"”’)\]]*\s+")
# Colour codes and titles from text copied out of a terminal: the whole sequence
# goes, not only its ESC, so that no "[31m" is left in a fact.
_TERMINAL_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,200}(?:\x07|\x1b\\)?")
# What `clean` does to characters a pack may not hold (or that would break a YAML
# line): line separators end the line, other controls become a space so that
# the words either side stay apart, and bidi overrides, invisible marks and lone
# surrogates go.
_CLEANING = {
    **{c: " " for c in [*range(0x20), *range(0x7f, 0xa0), 0xfffe, 0xffff] if chr(c) not in "\n\t"},
    **{ord(c): "\n" for c in "\r\x85\u2028\u2029"},
    **{ord(c): None for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                             "\u200e\u200f\u061c\ufeff\u200b\xad"},
    **{c: None for c in range(0xd800, 0xe000)},
}
# Reference marks copied from an encyclopedia ("Kursk.[3] In 1949"): not the
# article's words, and they hide the end of a sentence.
_CITATION = re.compile(r"\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3}|nb \d{1,3})\]",
                       re.IGNORECASE)
# "MINNEAPOLIS, March 3 (Newswire) - ", "DAYTON, Ohio — ": where and when a wire
# story was filed.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,30}(?:, [A-Z][a-z]{2,8}\.? \d{1,2}|, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    r"(?: \([^()]{1,30}\))? ?[-–—] ")
# "Subrahmanyan Chandrasekhar FRS (19 October 1910 –": honours after a name are not of it.
_HONOURS = r"(?:OM|FRS|FRSE|OBE|CBE|KBE|MBE|DBE|GBE|QC|KC|FBA|FRCP|FRCS|FREng)"
_POSTNOMINALS = re.compile(rf"(?<=[a-z]) {_HONOURS}\b(?:,? {_HONOURS}\b)*")
# Lines around an article that are not its text: a byline, a photo credit.
_FURNITURE = re.compile(
    r"^(?:by [A-Z]|(?:photo(?:graph)?|image|picture|credit|source|illustration|video|"
    r"caption|advertisement|read more|related|getty images|ap photo)\b|\(?(?:photo|credit)s?:)",
    re.IGNORECASE)


def clean(text: str) -> str:
    """The article as a pack may hold it: no control, bidi or invisible characters."""
    text = _TERMINAL_ESCAPE.sub("", text.replace("\r\n", "\n"))
    return unicodedata.normalize("NFC", text.translate(_CLEANING))


# "- The building's final cost was A$102 million.": a list's mark is not its words.
_BULLET = re.compile(r"^\s*(?:[-–•*·▪►]|\d{1,2}[.)])\s+(?=\S)")
# "JØRN UTZON - Anders Holm Lauridsen": a cast list's part in capitals, written as a
# name so that it is read as one.
_CAPITAL_PART = re.compile(
    r"^([^\W\d_a-z][^\W\d_a-z'’.-]*(?: [^\W\d_a-z][^\W\d_a-z'’.-]*){1,3})"
    r"(?= [-–—:] [A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|da|di|le|la|del)){1,4}$)")


def paragraphs(article: str) -> list[str]:
    """The non-empty lines of an article, single-spaced; a fact's `article#N` counts these."""
    # The capitals first: "PETER HALL - Sam Okoro" is no wire story's dateline.
    lines = (" ".join(_POSTNOMINALS.sub("", _DATELINE.sub("", _CAPITAL_PART.sub(
                 _as_name, _CITATION.sub("", line.strip())))).split())
             for line in clean(article).split("\n"))
    return [_BULLET.sub("", line) for line in lines if line]


def _as_name(match: re.Match[str]) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in match.group(1).split())


def furniture(paragraph: str) -> bool:
    """Is the line a byline, a credit or a headline rather than the article's text?

    A headline has no closing stop; a cast list's "Actor as Character" lines have
    none either, and are read for their cast alone.
    """
    return bool(_FURNITURE.match(paragraph)) or not re.search(r"[.!?…][\"”’)]*$", paragraph)


# "Photo: Getty Images": a credit alone, whose next line says what the photo shows.
_CREDIT_LINE = re.compile(r"^(?:photo(?:graph)?|image|picture)s?:\s*[^.!?]{1,60}$", re.IGNORECASE)
_CAPTION_WORDS = 20  # "Stingers captain Mele Tupou lifts the trophy after the final."


def caption(paragraph: str, before: str | None) -> bool:
    """Is the line the caption under a photo's credit? A short single sentence there
    tells what a picture shows, not the story: "Lindqvist lifts the trophy"."""
    return (before is not None and bool(_CREDIT_LINE.match(before))
            and len(paragraph.split()) <= _CAPTION_WORDS and len(sentences(paragraph)) == 1)


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, keeping a quotation in one piece."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        following = paragraph[match.end():match.end() + 2].lstrip("“\"‘(")[:1]
        if not (following.isupper() or following.isdigit()):
            continue
        if match.group().startswith(".") and _abbreviation_ends(
                paragraph[max(0, match.start() - 12):match.start()]):
            continue
        if following.isdigit() and re.search(r"(?:^|[\s(–-])(?:c|ca|fl)$", paragraph[max(0, match.start() - 4):match.start()]):
            continue  # "(c. 965 – c. 1040)": about, not a sentence's end
        if re.match(r"\.{3,}$", match.group().strip()) and len(paragraph) <= _LEADER_LINE:
            continue  # "Tomás Ibarra ... Deputy Luis Moreno": a cast list's dot leader
        pieces.append(paragraph[start:match.end()].strip())
        start = match.end()
    pieces.append(paragraph[start:].strip())
    merged: list[str] = []
    for piece in filter(None, pieces):
        # A quotation left open swallows what follows, but only so far: past the
        # longest sentence kept it is no fact anyway.
        if merged and _quote_open(merged[-1]) and len(merged[-1]) <= MAX_CHARS:
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged


_LEADER_LINE = 80


def _abbreviation_ends(text: str) -> bool:
    """Does the text end in "Mr", "U.S" or an initial, so that its period ends no sentence?"""
    word = text.rsplit(" ", 1)[-1].lstrip("(\"“‘'[")  # "(Mrs. Ellery)"
    return ("." in word or word.lower() in ABBREVIATIONS
            or (len(word) == 1 and word.isupper()))


def _quote_open(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1
