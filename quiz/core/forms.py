"""What a typed answer says beyond its letters: leading articles, numbers, amounts, dates.

`reading()` turns folded text into a list of items: runs of words (spacing
ignored), numbers (exact, however they were written: "13th", "thirteenth",
"five hundred million", "500m", "1.17 million", "half a billion") and dates
(however they were written, when they can mean only one day). Two texts say the
same thing when their items are the same; answers.py decides what else counts.

Every step reads the text once, left to right: a hostile line costs time in
proportion to its length, never more.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Union

_ARTICLES = frozenset({"a", "an", "the"})

_UNITS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine".split())}
_TEENS = {w: n for n, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
    start=10)}
_TENS = {w: n for w, n in zip(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10))}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# Only right after figures: "500m", "5 bn". Alone, "m" or "k" is a letter.
_SHORT_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6,
                 "b": 10**9, "bn": 10**9, "bln": 10**9}
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# Dropped after an amount: "$" and "£" are punctuation already, so "500 dollars"
# is "$500" and "4 million pounds" is "£4 million".
_CURRENCIES = frozenset({"dollar", "dollars", "usd", "pound", "pounds", "gbp",
                         "euro", "euros", "eur", "peso", "pesos"})
# Ordinal word -> the number word it stands for ("twenty-first" is "twenty" "one").
_ORDINALS = {
    "first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five",
    "sixth": "six", "seventh": "seven", "eighth": "eight", "ninth": "nine",
    "twelfth": "twelve", "hundredth": "hundred",
    **{w + "th": w for w in _TEENS if w != "twelve"},
    **{w[:-1] + "ieth": w for w in _TENS},
    **{w + "th": w for w in _SCALES},
}
# Spelt out rather than taken from calendar.month_name, which follows the locale.
_MONTH_NAMES = ("january february march april may june july august september october "
                "november december").split()
_MONTHS = {**{name: n for n, name in enumerate(_MONTH_NAMES, start=1)},
           **{name[:3]: n for n, name in enumerate(_MONTH_NAMES, start=1)}, "sept": 9}
# Longer runs of digits are compared digit for digit: int() of a huge string is
# slow, and Python refuses one past 4,300 digits.
_MAX_DIGITS = 30

# Figures are taken whole ("1,000,000.5", "1 000", "13.2.2020", "13 2020") and
# split afterwards: a regex that tried thousands groups first would backtrack
# over every group.
_TOKEN = re.compile(r"(?<![^\W_])(us)\$(?=\s?\d)|(\d+(?:[., ]\d+)*)|([^\W\d_]+)")
_THOUSANDS = re.compile(r"\d{1,3}([ ,])\d{3}(?:\1\d{3})*(?:\.\d+)?")
_DECIMAL = re.compile(r"\d+\.\d+")


@dataclass(frozen=True)
class Day:
    """A day of the year; the year is None when the text gave none."""

    month: int
    day: int
    year: int | None = None

    def same(self, other: object) -> bool:
        """The same day, and the same year when both give one: "February 13"
        is "February 13, 2020", but "February 13, 2021" is not."""
        return (isinstance(other, Day) and (self.month, self.day) == (other.month, other.day)
                and None in (self.year, other.year) or self == other)


@dataclass(frozen=True)
class Digits:
    """A number too long to read as one, compared digit for digit."""

    digits: str


Number = Union[int, Fraction]
Item = Union[str, Number, Day, Digits]


@dataclass(frozen=True)
class _Quantity:
    value: Number | Digits
    # The digits as written when the number was one plain integer ("02", "2020"):
    # only those can be the month or year of a numeric date.
    plain: str = ""


def reading(plain: str) -> list[Item]:
    """The items of a text already lower-cased and stripped of accents."""
    tokens = _tokens(plain)
    if len(tokens) > 1 and tokens[0] in _ARTICLES:
        tokens = tokens[1:]
    items = _replaced(_replaced(tokens, _quantity), _date)
    out: list[Item] = []
    for item in items:
        if isinstance(item, _Quantity):
            out.append(item.value)
        elif isinstance(item, str) and out and isinstance(out[-1], str):
            out[-1] += item  # spacing between words never counts
        else:
            out.append(item)
    return out


def numeric_word(word: str) -> bool:
    """Is a folded word a number or a month said in words ("three", "ninety",
    "hundred", "feb")? Scales ("million") are not: they are an amount's unit."""
    return word in _UNITS or word in _TEENS or word in _TENS or word == "hundred" or word in _MONTHS


def same_item(a: Item, b: Item) -> bool:
    return a.same(b) if isinstance(a, Day) else a == b


def _tokens(plain: str) -> list[str | _Quantity]:
    tokens: list[str | _Quantity] = []
    for match in _TOKEN.finditer(plain):
        figure, word = match.group(2), match.group(3)
        if word:
            tokens.append(word)
        elif figure:
            tokens += _figures(figure)
    return tokens


def _figures(text: str) -> list[_Quantity]:
    """'1,000', '1 000' and '1.17' are one number; '13.2.2020', '5,6' and '13 2020'
    are several."""
    if _THOUSANDS.fullmatch(text):
        return _figure(text.replace(",", "").replace(" ", ""))
    return [number for part in text.split(" ") for number in _figure(part)]


def _figure(text: str) -> list[_Quantity]:
    if _DECIMAL.fullmatch(text):
        whole, fraction = text.split(".")
        if len(whole) + len(fraction) > _MAX_DIGITS:
            return [_Quantity(Digits(whole.lstrip("0") + "." + fraction.rstrip("0")))]
        return [_Quantity(Fraction(int(whole + fraction), 10 ** len(fraction)))]
    return [_integer(part) for part in re.split(r"[.,]", text)]


def _integer(digits: str) -> _Quantity:
    if len(digits) > _MAX_DIGITS:
        return _Quantity(Digits(digits.lstrip("0")), digits)
    return _Quantity(int(digits), digits)


def _small(word: object) -> tuple[str, int] | None:
    """A number word below a hundred: its sort and value."""
    if not isinstance(word, str):
        return None
    word = _ORDINALS.get(word, word)
    for sort, table in (("unit", _UNITS), ("teen", _TEENS), ("tens", _TENS)):
        if word in table:
            return sort, table[word]
    return None


def _replaced(items: list, find: Callable[[list, int], tuple[object, int] | None]) -> list:
    """The items with each run that `find` recognises from its start on
    (returning what it stands for and where it ends) replaced by that."""
    out = []
    i = 0
    while i < len(items):
        found = find(items, i)
        if found is None:
            out.append(items[i])
            i += 1
        else:
            item, i = found
            out.append(item)
    return out


def _quantity(tokens: list[str | _Quantity], start: int) -> tuple[_Quantity, int] | None:
    """The number written from tokens[start] on, and where it ends.

    Groups below a thousand ("two hundred and fifty", "twenty-one") times
    falling scales ("three million two hundred thousand"); a figure may start
    it ("500 million", "1.17m", "13th"). An ordinal word ends it.
    """
    total: Number = 0
    group: Number | None = None
    last = ""  # the sort of the last token taken
    scale = 0  # the last scale taken
    plain = ""
    i = start
    while i < len(tokens):
        token = tokens[i]
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if isinstance(token, _Quantity):
            if last or isinstance(token.value, Digits):
                break
            group, last, plain = token.value, "figure", token.plain
            i += 1
            continue
        if last == "figure" and token in _ORDINAL_SUFFIXES:
            i += 1
            break
        word = _ORDINALS.get(token, token)
        small = _small(token)
        if small:
            sort, value = small
            if not (group is None or last == "hundred"
                    or last == "tens" and sort == "unit" and value):
                break
            group, last = (group or 0) + value, sort
        elif word == "hundred":
            if group is None and not last:
                group = 1
            elif group is None or not 0 < group < 100 or last in ("hundred", "scale"):
                break
            group, last = group * 100, "hundred"
        elif word in _SCALES or last == "figure" and word in _SHORT_SCALES:
            size = _SCALES.get(word) or _SHORT_SCALES[word]
            if group is None and last or scale and size >= scale:
                break
            total += (1 if group is None else group) * size
            group, last, scale = None, "scale", size
        elif token == "and" and last in ("hundred", "scale") and _small(after):
            i += 1
            continue
        elif not last and token in ("a", "half") and _counts_a(token, tokens, i):
            group, last = 1 if token == "a" else Fraction(1, 2), "unit"
            i += 2 if token == "half" and after == "a" else 1
            continue
        else:
            break
        i += 1
        if token in _ORDINALS:
            break
    if not last:
        return None
    if i < len(tokens) and tokens[i] in _CURRENCIES:
        i += 1
    taken = i - start
    lone = taken == 1 or taken == 2 and tokens[start + 1] in _CURRENCIES
    return _Quantity(total + (group or 0), plain if lone else ""), i


def _counts_a(word: str, tokens: list[str | _Quantity], i: int) -> bool:
    """"a hundred", "a million", "half a billion", "half a million": the word is a number."""
    rest = tokens[i + 1:i + 3]
    if word == "half" and rest[:1] == ["a"]:
        rest = rest[1:]
    return bool(rest) and (rest[0] == "hundred" or rest[0] in _SCALES)


def _date(items: list[str | _Quantity], i: int) -> tuple[Day, int] | None:
    """A date written from items[i] on, and where it ends: "February 13, 2020",
    "Feb 13th", "13 February", "the 13th of February", "2020-02-13", and
    "13/2/2020" (day and month in either order when only one reading is a date)."""
    def at(k: int) -> str | _Quantity | None:
        return items[k] if k < len(items) else None

    first = items[i]
    if first in _MONTHS and _day_number(at(i + 1)):
        return _dated(_MONTHS[first], _day_number(at(i + 1)), at(i + 2), i + 2)
    if _day_number(first):
        k = i + 2 if at(i + 1) == "of" else i + 1
        month = at(k)
        if isinstance(month, str) and month in _MONTHS:
            return _dated(_MONTHS[month], _day_number(first), at(k + 1), k + 1)
    a, b, c = first, at(i + 1), at(i + 2)
    if not all(isinstance(x, _Quantity) and x.plain for x in (a, b, c)):
        return None
    if len(a.plain) == 4 and len(b.plain) <= 2 and len(c.plain) <= 2:
        day = _valid(int(b.plain), int(c.plain), int(a.plain))
        return (day, i + 3) if day else None
    if len(a.plain) <= 2 and len(b.plain) <= 2 and len(c.plain) == 4:
        x, y, year = int(a.plain), int(b.plain), int(c.plain)
        readings = {d for d in (_valid(y, x, year), _valid(x, y, year)) if d}
        return (readings.pop(), i + 3) if len(readings) == 1 else None
    return None


def _day_number(item: object) -> int:
    """The day of the month this item can be, or 0."""
    if isinstance(item, _Quantity) and not isinstance(item.value, Digits):
        value = item.value
        if value == int(value) and 1 <= value <= 31:
            return int(value)
    return 0


def _dated(month: int, day: int, after: object, end: int) -> tuple[Day, int] | None:
    year = None
    if isinstance(after, _Quantity) and len(after.plain) == 4:
        year, end = int(after.plain), end + 1
    found = _valid(month, day, year)
    return (found, end) if found else None


def _valid(month: int, day: int, year: int | None) -> Day | None:
    if not 1 <= month <= 12 or year == 0:
        return None
    # With no year, February 29 is a day that exists.
    length = calendar.monthrange(year or 2000, month)[1]
    return Day(month, day, year) if 1 <= day <= length else None
