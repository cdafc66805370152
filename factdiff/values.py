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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factdiff.model import Mention

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


MONTH_DAYS = re.compile(r"\d{4}-\d\d(?:-\d\d)?(?:/\d{4}-\d\d-\d\d)?")
YEAR_OF = re.compile(r"\d{4}(?=-)")


def dates_agree(a: Mention, b: Mention) -> bool | None:
    """Whether two date mentions agree (DateValue.agrees); None when either says no date.
    A year only one of them writes is no part of it: "in November", read in a July article as
    the coming November (its qualifier "anchored"), agrees with "November 2015", and against a
    year alone it cannot be compared."""
    va, vb = date_value(a.normalized), date_value(b.normalized)
    if va is None or vb is None:
        return None
    if (a.qualifier == "anchored") == (b.qualifier == "anchored"):
        return va.agrees(vb)
    if va.weekday is not None or vb.weekday is not None:
        return va.agrees(vb)  # a weekday is read against the day the anchor gives
    if not (MONTH_DAYS.fullmatch(va.text) and MONTH_DAYS.fullmatch(vb.text)):
        return None
    return date_value(YEAR_OF.sub("-", va.text)).agrees(date_value(YEAR_OF.sub("-", vb.text)))


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
            if q.startswith("~") and x and abs(x - y) <= rounding(x) * (1 + 1e-9):
                return True
        return False


def rounding(value: float) -> float:
    """How far a figure said roughly may be from the exact one: a tenth of it, but no more
    than one unit of its last significant digit. "About 100" allows 90 to 110, "about
    1,500" 1,400 to 1,600, but "some $146 billion" is said to the billion: $148.9 billion is
    another figure, not the same one rounded."""
    x = abs(value)
    place = 10.0 ** magnitude(x) if x else 0.0
    digits = round(x / place, 6) if place else 0.0
    while place and digits != int(digits) and place > x * 1e-6:
        place /= 10
        digits = round(x / place, 6)
    return min(0.1 * x, place)


def magnitude(value: float | str | None) -> int | None:
    """A number's order of magnitude (35080000000 -> 10): near figures share it."""
    try:
        number = abs(float(value or 0))
    except ValueError:
        return None
    return math.floor(math.log10(number)) if number and math.isfinite(number) else None


SAME_ZONES = {"UTC": "GMT"}
DAY_MINUTES = 24 * 60


@dataclass(frozen=True)
class ClockTime:
    """What a time mention says: minutes after midnight, how exact ("~" about, "<" just
    before, ">" just after), the zone when one is written, and whether the hour may be either
    half of the day ("5:52" with no a.m. or p.m.)."""

    minutes: int
    qualifier: str = ""
    zone: str = ""
    twelve_hour: bool = False

    def gap(self, other: ClockTime) -> int | None:
        """The minutes between two times, the nearer reading of an ambiguous hour; None for
        times written in two different zones."""
        offsets = self._offsets(other)
        return None if offsets is None else min(abs(d) for d in offsets)

    def agrees(self, other: ClockTime) -> bool:
        """The same minute, or one within what the other's wording allows: "about 6 p.m."
        for 5:52, "just before 6 p.m." for 5:45. Times in two zones cannot disagree."""
        offsets = self._offsets(other)
        if offsets is None or 0 in offsets:
            return True
        return any(self._allows(d) or other._allows(-d) for d in offsets)

    def _allows(self, offset: int) -> bool:
        """Whether a time ``offset`` minutes after this one fits its wording."""
        q = self.qualifier
        if q.startswith("~") and not q.endswith("<"):
            minute = self.minutes % 60
            slack = 15 if minute == 0 else 10 if minute == 30 else 5 if minute % 5 == 0 else 2
            return abs(offset) <= slack
        if q.endswith("<"):
            return -WINDOW_OF_WORDING <= offset < 0
        if q.startswith(">"):
            return 0 < offset <= WINDOW_OF_WORDING
        return False

    def _offsets(self, other: ClockTime) -> list[int] | None:
        zones = {SAME_ZONES.get(z, z) for z in (self.zone, other.zone) if z}
        if len(zones) > 1:
            return None
        shifts = (0, 720, -720) if self.twelve_hour or other.twelve_hour else (0,)
        offsets = []
        for shift in shifts:
            d = (other.minutes + shift - self.minutes) % DAY_MINUTES
            offsets.append(d - DAY_MINUTES if d > DAY_MINUTES // 2 else d)
        return offsets


WINDOW_OF_WORDING = 30  # "just before 6 p.m.": within half an hour of it


def clock_time(m: Mention) -> ClockTime | None:
    """The typed value of a time mention (see factdiff.extract.times)."""
    try:
        hours, minutes = (int(p) for p in (m.normalized or "").split(":"))
    except ValueError:
        return None
    return ClockTime(hours * 60 + minutes, m.qualifier, m.unit, m.note == "12h")
