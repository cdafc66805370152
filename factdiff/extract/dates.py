"""Dates: candidates found by patterns built from the language data, values from the calendar.

The patterns read a date's day, month and year as numbers, and ``datetime.date`` makes the
date of them; dateparser (0.8 ms a value) is asked only about years before 1000, and is never
run over whole texts (slow, and it reads ages and durations as dates)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import cache
from typing import NamedTuple

from factdiff.lang import LANGUAGES, Lexicon, lexicon
from factdiff.model import Mention

DIGIT = re.compile(r"\d")
WEEKDAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _alternation(words: Iterable[str], folded: bool = False) -> str:
    words = {w.lower() for w in words} if folded else set(words)
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


class Pattern(NamedTuple):
    regex: re.Pattern
    needs: str  # what a sentence must hold for the pattern to be tried (see find_dates)
    day: bool  # it gives a day, which may have its weekday before it


@cache
def _patterns(language: str, folded: bool) -> tuple[Pattern, ...]:
    """The date patterns, in the order they are tried; ``folded``: for lower-cased text (see
    factdiff.text.folded), with lower-case words and no re.IGNORECASE."""
    lex = lexicon(language)
    flags = 0 if folded else re.IGNORECASE  # the literals of the patterns are in lower case
    return tuple(
        Pattern(re.compile(regex, flags), needs, day)
        for regex, needs, day in (
            *_numeric_patterns(_alternation(lex.months, folded)),
            *_word_patterns(lex, folded),
        )
        if regex is not None
    )


def _numeric_patterns(mon: str) -> list[tuple[str, str, bool]]:
    """The patterns of a date with a day or a year in digits, in the order they are tried,
    each with what a sentence must hold for it (see find_dates) and whether it gives a day."""
    numeric = r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\b\)?"
    iso = r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"  # 2024-10-21
    day_month = (
        rf"(?:(?:tanggal|tgl\.?)\s+)?\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+"
        rf"(?:of\s+)?(?P<mon>{mon})\.?(?:,?\s+(?P<y>\d{{4}}))?\b"
    )
    month_day = (
        rf"\b(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<y>\d{{4}}))?\b"
    )
    month_year = rf"\b(?P<mon>{mon})\.?\s+(?P<y>\d{{4}})\b"
    # "18-19 November 2024", "30 Oktober hingga 2 November", "Nov. 18-19, 2024": a range of days
    to = RANGE_TO
    day_range = (
        rf"\b(?P<d1>\d{{1,2}})(?:\s+(?P<mon1>{mon})\.?)?(?:{to})(?P<d>\d{{1,2}})\s+"
        rf"(?P<mon>{mon})\.?(?:,?\s+(?P<y>\d{{4}}))?\b"
    )
    month_day_range = (
        rf"\b(?P<mon>{mon})\.?\s+(?P<d1>\d{{1,2}})(?:{to})(?P<d>\d{{1,2}})\b"
        rf"(?:,?\s+(?P<y>\d{{4}}))?\b"
    )
    return [
        (day_range, "range", True),
        (month_day_range, "range", True),
        (numeric, "digit", True),
        (iso, "range", True),
        (day_month, "digit", True),
        (month_day, "digit", True),
        (month_year, "digit", False),
    ]


def _word_patterns(lex: Lexicon, folded: bool) -> list[tuple[str | None, str, bool]]:
    """The patterns of a date said in words (a marked year, "three days ago", "yesterday", a
    weekday, a month), in the order they are tried; None for one the language lacks."""
    wd = _alternation(lex.weekdays, folded)
    markers = _alternation(lex.year_markers, folded)
    year = rf"\b(?:{markers})\s+(?P<y>(?:19|20)\d\d)\b(?!\s*(?:persen|%|orang|tahun|years?))"
    relative = rf"\b(?P<rel>{_alternation(lex.relative_dates, folded)})\b"
    count = rf"\d{{1,3}}|{_alternation(lex.number_words, folded)}"
    ago = (  # "dua hari lalu", "three days ago"
        rf"\b(?P<agon>{count})\s+(?P<agou>{_alternation(lex.ago_units, folded)})\s+"
        rf"(?:{_alternation(lex.ago_phrases, folded)})\b"
    )
    weekday_only = rf"\b(?:(?:pada\s+)?hari|pada|on)\s+(?P<wd>{wd})\b"
    # English writes a weekday alone too: "early Tuesday", "said Monday", "Friday night"; an
    # Indonesian one needs its "pada" ("Minggu" is also "week")
    lone_weekday = rf"\b(?P<wd>{wd})\b" if lex.language == "en" else None
    # a month named alone, after a word that marks it ("pada Mei", "in May"), its full name
    # only: "Mar" and "may" are words too
    month_only = (
        rf"\b(?:{_alternation(lex.month_markers, folded)})(?:\s+|-)"
        rf"(?P<mon>{_alternation(_full_months(lex.language), folded)})\b(?!\.?\s*\d)"
    )
    return [
        (year, "digit", False),
        (ago, "ago", False),
        (relative, "word", False),
        (weekday_only, "word", False),
        (lone_weekday, "word", False),
        (month_only, "month", False),
    ]


@cache
def _full_months(language: str) -> tuple[str, ...]:
    """The months' full names ("maret", "may"), without the short forms ("mar", "sept")."""
    names = lexicon(language).months
    return tuple(
        n for n in names if len(n) > 3 and not any(o != n and o.startswith(n) for o in names)
    ) + tuple(n for n in names if n in ("mei", "may"))


RANGE_TO = r"\s*[-–—]\s*|\s+(?:hingga|sampai|s\.d\.?|sd|to|until|through)\s+"
# a number, maybe a month, a dash or "hingga", a number: where a range or an ISO date may be
RANGE_HINT = re.compile(rf"\d(?:\s+[a-z]+\.?)?(?:{RANGE_TO})\d")


@cache
def _weekday_before(language: str, folded: bool) -> re.Pattern:
    """A weekday just before a date ("Rabu (", "Wednesday, "), matched backwards from the date:
    cheaper than an optional weekday at the head of every date pattern."""
    wd = _alternation(lexicon(language).weekdays, folded)
    return re.compile(
        rf"(?P<wd>\b(?:{wd}))(?:\s*,\s*|\s+)?(?:\(\s*)?$", 0 if folded else re.IGNORECASE
    )


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


def find_dates(
    text: str, spans: list[tuple[int, int]], lex: Lexicon, anchor: date | None
) -> list[Mention]:
    found: list[Mention] = []
    taken = bytearray(len(text))  # 1 where a date was already found: patterns run in order
    triggers = _triggers(lex.language)
    for start, end in spans:
        chunk = text[start:end]
        low = chunk.lower()
        # a cheap test of the sentence spares it most of the regular expressions
        has = {"digit": DIGIT.search(chunk) is not None}
        has["word"] = any(word in low for word in triggers)
        has["range"] = has["digit"] and RANGE_HINT.search(low) is not None
        has["ago"] = has["word"] and any(word in low for word in lex.ago_words)
        has["month"] = any(month in low for month in _full_months(lex.language))
        # matched on the lower-cased sentence when it keeps the offsets; what a match says is
        # read from the sentence itself
        folded = len(low) == len(chunk)
        subject = low if folded else chunk
        patterns = _patterns(lex.language, folded)
        for pattern in patterns:
            if not has[pattern.needs]:
                continue
            for match in pattern.regex.finditer(subject):
                s, e = match.start() + start, match.end() + start
                weekday = None
                if pattern.day:  # a day may have its weekday before it
                    before = _weekday_before(lex.language, folded).search(
                        subject, max(0, match.start() - 24), match.start()
                    )
                    if before:
                        s, weekday = before.start() + start, chunk[slice(*before.span("wd"))]
                if 1 in taken[s:e]:
                    continue
                mention = _mention(text, s, e, match, chunk, lex, anchor, weekday)
                if mention:
                    found.append(mention)
                    taken[s:e] = b"\x01" * (e - s)
    return sorted(found, key=lambda m: m.start)


@cache
def _triggers(language: str) -> tuple[str, ...]:
    lex = lexicon(language)
    words = {phrase.split()[0] for phrase in lex.relative_dates} | set(lex.weekdays)
    return tuple(words | set(lex.ago_words))


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


def needs_anchor(m: Mention) -> bool:
    """A date whose value depends on the publication date: year-less, or relative."""
    return m.unit in ("day", "week", "month", "year") and (
        m.normalized is None or m.normalized.startswith("--") or m.qualifier == "anchored"
    )


def reanchor(text: str, m: Mention, lex: Lexicon, anchor: date) -> Mention:
    """The same date mention, its value computed again from a (new) anchor."""
    again = [d for d in find_dates(text, [(m.start, m.end)], lex, anchor) if d.start == m.start]
    return again[0] if again else m


def _mention(
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
        return _relative_mention(groups, s, e, surface, lex, anchor)
    weekday = lex.weekdays.get(groups["wd"].lower()) if "wd" in groups else None
    if set(groups) == {"wd"}:
        if surface == groups["wd"] and not _weekday_alone(text, s, e):
            return None
        return Mention("date", s, e, surface, surface, f"weekday:{weekday}", "", "weekday")
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
        start = match.start("y") + s - match.start()
        return Mention("date", start, e, groups["y"], groups["y"], f"{int(year):04d}", "", "year")
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
    groups: dict[str, str], s: int, e: int, surface: str, lex: Lexicon, anchor: date | None
) -> Mention | None:
    """A date counted from the anchor: "dua hari lalu", "three days ago", "kemarin"."""
    if "agon" in groups:
        count = groups["agon"].lower()
        n = float(count if count.isdigit() else lex.number_words.get(count, 0))
        unit = lex.ago_units[groups["agou"].lower()]
        if n < 1 or not n.is_integer():
            return None  # "setengah tahun lalu"
        delta = -int(n)
    else:
        unit, delta = lex.relative_dates[groups["rel"].lower()]
    return Mention("date", s, e, surface, surface, _relative(unit, delta, anchor), "anchored", unit)


def _day_and_month(
    groups: dict[str, str], lex: Lexicon, weekday: int | None
) -> tuple[int, int] | None:
    """The day (0: none) and month (0: none) a match gives; None for a numeric date that is no
    date (13/13) or may be none (a bare 3/4 is as likely a score or a fraction)."""
    if "d" in groups and "m" in groups:  # 14/9/2022, 14/9
        d, m = int(groups["d"]), int(groups["m"])
        if lex.language == "en" and d <= 12 < m:
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


STANDALONE = re.compile(r"^[\w ,.()/:|-]+$")


def parse_standalone_date(line: str) -> date | None:
    """The publication date of a line that holds nothing but a date (and a time)."""
    if not STANDALONE.match(line) or not re.search(r"\d", line):
        return None
    core = re.sub(r"\|.*$|\b\d{1,2}[:.]\d{2}\b.*$|\bWIB\b|\bWITA\b|\bWIT\b|\bGMT\b", "", line)
    core = core.strip(" ,|-")
    for language in LANGUAGES:
        found = find_dates(core, [(0, len(core))], lexicon(language), None)
        whole = [m for m in found if m.start == 0 and m.end == len(core)]
        if whole and whole[0].normalized and len(whole[0].normalized) == 10:
            return date.fromisoformat(whole[0].normalized)
    return None
