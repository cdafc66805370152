"""What a date pattern's match says: the day, month or year (or the range of days, the
weekday, the date counted from the anchor) as the JSON contract writes it."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from factdiff.lang import Lexicon
from factdiff.model import Mention

WEEKDAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


NAME_BEFORE = re.compile(r"[A-Z][\w.]*\s+$")


NAME_AFTER = re.compile(r"\s+[A-Z]")


def _weekday_alone(text: str, s: int, e: int) -> bool:
    """A weekday written alone is a date when it is capitalised and not part of a name:
    "Super Tuesday", "Good Friday", "the Sunday Times", "Cyber Monday" are not."""
    return (
        text[s].isupper()
        and not NAME_BEFORE.search(text, max(0, s - 20), s)
        and not NAME_AFTER.match(text, e)
    )


def read_mention(
    text: str,
    s: int,
    e: int,
    match: re.Match[str],
    chunk: str,
    lex: Lexicon,
    anchor: date | None,
    weekday_text: str | None,
) -> Mention | None:
    """The date a pattern's match says, as a mention of text[s:e] (the weekday before it
    included); None where it says none."""
    groups = {k: chunk[slice(*match.span(k))] for k, v in match.groupdict().items() if v}
    if weekday_text:
        groups["wd"] = weekday_text
    surface = text[s:e]
    if "agon" in groups or "rel" in groups:
        return _relative_mention(groups, s, e, e - (match.end() - match.start()), text, lex, anchor)
    weekday = lex.weekdays.get(groups["wd"].lower()) if "wd" in groups else None
    if set(groups) == {"wd"}:
        if surface == groups["wd"] and not _weekday_alone(text, s, e):
            return None
        return Mention("date", s, e, surface, surface, f"weekday:{weekday}", "", "weekday")
    if any(groups.get(k, "") in lex.word_months for k in ("mon", "mon1")):
        return None  # "3 may die": a verb in lower case
    day_month = _day_and_month(groups, lex, weekday)
    if day_month is None:
        return None
    d, m = day_month
    year = groups.get("y", "")
    if len(year) == 2:
        year = "20" + year
    granularity = "day" if "d" in groups else ("month" if "mon" in groups else "year")
    has_year = bool(year)
    if granularity == "year":
        first = groups.get("y1", year)
        if int(first) > int(year):
            return None  # "2025-2019" is no span of years
        start = match.start("y1" if "y1" in groups else "y") + s - match.start()
        surface = text[start:e]
        value = f"{year}" if first == year else f"{first}-01-01/{year}-12-31"
        return Mention("date", start, e, surface, surface, value, "", "year")
    if not m:
        return None
    # a year-less date takes the anchor's year (or a leap year, so that 29 February stays a
    # date, when nothing anchors it)
    query_year = int(year) if has_year else (anchor.year if anchor else 2000)
    parsed = _calendar_date(query_year, m, d)
    if parsed is None:
        return None
    if not has_year and anchor is not None:
        parsed = _nearest_year(parsed, anchor)
    normalized = _normalized(parsed, granularity, has_year or anchor is not None)
    qualifier = "anchored" if not has_year and granularity in ("day", "month") else ""
    if "d1" in groups:  # a range of days
        ranged = _range(groups, parsed, normalized, lex)
        if ranged is None:
            return None
        parsed, normalized = ranged  # a weekday before the range is its first day's
    note = _weekday_note(weekday, groups.get("wd", ""), parsed, normalized, granularity)
    return Mention("date", s, e, surface, surface, normalized, qualifier, granularity, note)


def _relative_mention(
    groups: dict[str, str],
    s: int,
    e: int,
    own: int,
    text: str,
    lex: Lexicon,
    anchor: date | None,
) -> Mention | None:
    """A date counted from the anchor: "dua hari lalu", "three days ago", "kemarin"; a weekday
    before a relative week is that day of the week ("Rabu pekan ini", "Friday last week"), a
    weekday before any other relative date is no part of it (``own``: where the match itself
    starts)."""
    if "agon" in groups:
        count = groups["agon"].lower()
        n = float(count if count.isdigit() else lex.number_words.get(count, 0))
        unit = lex.ago_units[groups["agou"].lower()]
        if n < 1 or not n.is_integer():
            return None  # "setengah tahun lalu"
        delta = -int(n)
    else:
        unit, delta = lex.relative_dates[groups["rel"].lower()]
    weekday = lex.weekdays.get(groups["wd"].lower()) if "wd" in groups else None
    if weekday is None or unit != "week":
        surface = text[own:e]
        return Mention(
            "date", own, e, surface, surface, _relative(unit, delta, anchor), "anchored", unit
        )
    surface = text[s:e]
    if anchor is None:
        return Mention("date", s, e, surface, surface, f"weekday:{weekday}", "", "weekday")
    monday = anchor + timedelta(weeks=delta, days=-anchor.weekday())
    day = (monday + timedelta(days=weekday)).isoformat()
    return Mention("date", s, e, surface, surface, day, "anchored", "day")


def _day_and_month(
    groups: dict[str, str], lex: Lexicon, weekday: int | None
) -> tuple[int, int] | None:
    """The day (0: none) and month (0: none) a match gives; None for a numeric date that is no
    date (13/13) or may be none (a bare 3/4 is as likely a score or a fraction)."""
    if "d" in groups and "m" in groups:  # 14/9/2022, 14/9
        d, m = int(groups["d"]), int(groups["m"])
        if lex.month_first_dates and d <= 12 < m:
            d, m = m, d  # an English 9/14 is month first
        if not (1 <= d <= 31 and 1 <= m <= 12):
            return None
        if "y" not in groups and weekday is None:
            return None
        return d, m
    d = int(groups["d"]) if "d" in groups else 0
    return d, lex.months.get(groups.get("mon", "").lower().rstrip("."), 0)


def _normalized(parsed: date, granularity: str, dated: bool) -> str:
    """A day or a month as the JSON contract writes it: "2022-09-14", "2022-09", or without a
    year ("--09-14", "--09") when nothing dates it."""
    if granularity == "month":
        return f"{parsed.year:04d}-{parsed.month:02d}" if dated else f"--{parsed.month:02d}"
    return parsed.isoformat() if dated else f"--{parsed.month:02d}-{parsed.day:02d}"


def _range(
    groups: dict[str, str], last: date, normalized: str, lex: Lexicon
) -> tuple[date, str] | None:
    """A range of days ending on ``last``: its first day, and the range written
    "2024-11-18/2024-11-19" (its first day before the "/")."""
    month = lex.months.get(groups.get("mon1", "").lower().rstrip("."), last.month)
    first = _range_start(last, int(groups["d1"]), month)
    if first is None:
        return None
    dated = not normalized.startswith("--")
    return first, (
        f"{first.isoformat() if dated else f'--{first.month:02d}-{first.day:02d}'}/{normalized}"
    )


def _weekday_note(
    weekday: int | None, written: str, parsed: date, normalized: str, granularity: str
) -> str:
    """A remark where the weekday written before a dated day is not that day's."""
    fits = normalized.startswith("--") or parsed.weekday() == weekday
    if weekday is not None and granularity == "day" and not fits:
        return (
            f"weekday {written} does not match {normalized}, a {WEEKDAY_NAMES_EN[parsed.weekday()]}"
        )
    return ""


def _range_start(last: date, day: int, month: int) -> date | None:
    """The first day of a range that ends on ``last``; None when it would not come before it
    ("19-18 November" is no range). A first month after the last is the year before's
    ("30 Desember - 2 Januari")."""
    year = last.year if month <= last.month else last.year - 1
    try:
        first = date(year, month, day)
    except ValueError:
        return None
    return first if first < last else None


def _nearest_year(day: date, anchor: date) -> date:
    """A year-less date is the one nearest the anchor: "28/12" in an article of 2 January is
    last December, not next."""
    for shift in (-1, 1):
        try:
            other = day.replace(year=day.year + shift)
        except ValueError:  # 29 February
            continue
        if abs((other - anchor).days) < abs((day - anchor).days):
            return other
    return day


def _calendar_date(year: int, month: int, day: int) -> date | None:
    """The date of a day (0: the month's first), month and year that the patterns read as
    numbers: the calendar's, not dateparser's (0.8 ms a value for what ``date`` says at
    once). Years before 1000 still go to dateparser, one canonical English string each
    ("14 March 50" is 2050 there), so that no finding changes."""
    if year >= 1000:
        try:
            return date(year, month, day or 1)
        except ValueError:
            return None
    query = f"{day} {_month_name(month)} {year}" if day else f"{_month_name(month)} {year}"
    return _dateparse(query, "en", None, "DMY")


@cache
def _dateparse(text: str, language: str, base: date | None, order: str) -> date | None:
    settings = {"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    import dateparser  # rarely needed (see _calendar_date), and slow to import

    parsed = dateparser.parse(text, languages=[language], settings=settings)
    return parsed.date() if parsed else None


def _month_name(month: int) -> str:
    return (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )[month - 1]


def _relative(unit: str, delta: int, anchor: date | None) -> str | None:
    if anchor is None:
        return None
    if unit == "day":
        return (anchor + timedelta(days=delta)).isoformat()
    if unit == "week":
        year, week, _ = (anchor + timedelta(weeks=delta)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + delta
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{anchor.year + delta:04d}"
