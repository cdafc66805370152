"""Typed values of dates and numbers, read from a mention's ``normalized`` string once.

Extraction writes each value as a string in a small, documented notation (the JSON contract:
"2024-11-18", "2024-11-18/2024-11-19", "2024-W12", "2024-05", "2024", a year-less "--05-14" or
"--05", "weekday:3"; numbers as a decimal). The comparison reads these types instead of parsing
the strings again wherever it needs them."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
WEEK = re.compile(r"\d{4}-W\d{2}")
MONTH = re.compile(r"\d{4}-\d{2}")
YEAR = re.compile(r"\d{4}")
YEARLESS_MONTH = re.compile(r"(?:--|\d{4}-)\d{2}")  # "--05", "2024-05": a month, in month-days


@dataclass(frozen=True)
class DateValue:
    """What a date mention says: a span of days (a day, a range, a week, a month, a year), a
    day or month without its year (compared by month and day), or a weekday named alone."""

    text: str  # the normalized rendering, as in the JSON contract
    first: date | None = None
    last: date | None = None
    weekday: int | None = None  # Monday is 0
    yearless: bool = False

    @property
    def is_day(self) -> bool:
        return self.first is not None and self.first == self.last

    def month_days(self) -> tuple[str, str]:
        """A day, a range of days or a month as month-day strings ("11-18", "11-19"; a month
        "05-01", "05-31"), which order as dates within a year."""
        first, _, last = self.text.partition("/")
        if YEARLESS_MONTH.fullmatch(first):
            return f"{first[-2:]}-01", f"{first[-2:]}-31"
        return first[-5:], (last or first)[-5:]

    def agrees(self, other: DateValue) -> bool | None:
        """True, False, or None when the two cannot be compared. A day inside "last week" or
        inside a range agrees with it; a weekday agrees with a day that falls on it."""
        if self.weekday is not None or other.weekday is not None:
            if self.weekday is not None and other.weekday is not None:
                return self.weekday == other.weekday
            named, dated = (self, other) if self.weekday is not None else (other, self)
            if not dated.is_day or dated.first is None:
                return True
            return dated.first.weekday() == named.weekday
        if self.yearless or other.yearless:
            (a0, a1), (b0, b1) = self.month_days(), other.month_days()
            return a0 <= b1 and b0 <= a1
        if None in (self.first, self.last, other.first, other.last):
            return None
        return self.first <= other.last and other.first <= self.last  # type: ignore[operator]


@lru_cache(maxsize=8192)
def date_value(normalized: str | None) -> DateValue | None:
    """The typed value of a date's normalized string; None for an unresolved one."""
    if not normalized:
        return None
    if normalized.startswith("weekday:"):
        return DateValue(normalized, weekday=int(normalized.split(":")[1]))
    if normalized.startswith("--"):
        return DateValue(normalized, yearless=True)
    span = _span(normalized)
    return DateValue(normalized, *span) if span else DateValue(normalized)


def _span(value: str) -> tuple[date, date] | None:
    try:
        if "/" in value:  # a range of days: "2024-11-18/2024-11-19"
            first, last = value.split("/")
            return date.fromisoformat(first), date.fromisoformat(last)
        if DAY.fullmatch(value):
            day = date.fromisoformat(value)
            return day, day
        if WEEK.fullmatch(value):
            monday = date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return monday, monday + timedelta(days=6)
        if MONTH.fullmatch(value):
            first = date(int(value[:4]), int(value[5:]), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        if YEAR.fullmatch(value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class Quantity:
    """What a number mention says: a value, how exact it is (``qualifier``: ">", "~", "~<",
    ">=", ...), what it counts (``unit``: the counted noun's stem, a currency, "age"), and
    whether it is a rank ("ke-47", "47th") rather than a count."""

    value: float
    qualifier: str = ""
    unit: str = ""
    ordinal: bool = False

    @property
    def magnitude(self) -> int | None:
        return magnitude(self.value)

    @property
    def approximate(self) -> bool:
        q = self.qualifier
        return q.startswith("~") or q in (">", "<", ">=", "<=")

    def within(self, other: Quantity) -> bool:
        """ "more than 200" and "250" agree; "nearly 100" and "98" agree; "more than 80" and
        "more than 106" do not (vague the same way about two numbers)."""
        if self.qualifier == other.qualifier:
            return False
        for x, y, q in (
            (self.value, other.value, self.qualifier),
            (other.value, self.value, other.qualifier),
        ):
            if q in (">", ">=") and y >= x or q in ("<", "<=") and y <= x:
                return True
            if q.startswith("~") and x and abs(x - y) / abs(x) <= 0.1:
                return True
        return False


def magnitude(value: float | str | None) -> int | None:
    """A number's order of magnitude (35080000000 -> 10): near figures share it."""
    try:
        number = abs(float(value or 0))
    except ValueError:
        return None
    return math.floor(math.log10(number)) if number and math.isfinite(number) else None
