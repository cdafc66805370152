"""Dates: candidates found by patterns built from the language data, values from dateparser.

dateparser is never run over whole texts (slow, and it reads ages and durations as dates);
it gets only the candidate strings, each parsed once per process (cached)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

import dateparser

from factdiff.lang import LANGUAGES, Lexicon, lexicon
from factdiff.model import Mention

WEEKDAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns(language: str) -> tuple[re.Pattern, ...]:
    lex = lexicon(language)
    wd = _alternation(lex.weekdays)
    mon = _alternation(lex.months)
    weekday = rf"(?P<wd>\b(?:{wd})\b)(?:\s*,\s*|\s+)?(?:\(\s*)?"
    numeric = rf"(?:{weekday})?\b(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?\b\)?"
    day_month = (
        rf"(?:{weekday})?(?:(?:tanggal|tgl\.?)\s+)?\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+"
        rf"(?:of\s+)?(?P<mon>{mon})\.?(?:,?\s+(?P<y>\d{{4}}))?\b"
    )
    month_day = (
        rf"(?:{weekday})?\b(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<y>\d{{4}}))?\b"
    )
    month_year = rf"\b(?P<mon>{mon})\.?\s+(?P<y>\d{{4}})\b"
    markers = _alternation(["tahun", "in", "since", "sejak", "pada tahun", "until", "hingga"])
    year = rf"\b(?:{markers})\s+(?P<y>(?:19|20)\d\d)\b(?!\s*(?:persen|%|orang|tahun|years?))"
    relative = rf"\b(?P<rel>{_alternation(lex.relative_dates)})\b"
    weekday_only = rf"\b(?:(?:pada\s+)?hari|on)\s+(?P<wd>{wd})\b"
    flags = re.IGNORECASE
    return tuple(
        re.compile(p, flags)
        for p in (numeric, day_month, month_day, month_year, year, relative, weekday_only)
    )


@cache
def _dateparse(text: str, language: str, base: date | None, order: str) -> date | None:
    settings = {"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(text, languages=[language], settings=settings)
    return parsed.date() if parsed else None


def find_dates(
    text: str, spans: list[tuple[int, int]], lex: Lexicon, anchor: date | None
) -> list[Mention]:
    found: list[Mention] = []
    taken = bytearray(len(text))  # 1 where a date was already found: patterns run in order
    for start, end in spans:
        chunk = text[start:end]
        for pattern in _patterns(lex.language):
            for match in pattern.finditer(chunk):
                s, e = match.start() + start, match.end() + start
                if 1 in taken[s:e]:
                    continue
                mention = _mention(text, s, e, match, lex, anchor)
                if mention:
                    found.append(mention)
                    taken[s:e] = b"\x01" * (e - s)
    return sorted(found, key=lambda m: m.start)


def needs_anchor(m: Mention) -> bool:
    """A date whose value depends on the publication date: year-less, or relative."""
    return m.unit in ("day", "week", "month", "year") and (
        m.normalized is None or m.normalized.startswith("--") or m.qualifier == "anchored"
    )


def reanchor(text: str, m: Mention, lex: Lexicon, anchor: date) -> Mention:
    """The same date mention, its value computed again from a (new) anchor."""
    for pattern in _patterns(lex.language):
        match = pattern.fullmatch(text, m.start, m.end)
        if match:
            again = _mention(text, m.start, m.end, match, lex, anchor)
            if again is not None:
                return again
    return m


def _mention(text, s, e, match, lex: Lexicon, anchor: date | None) -> Mention | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    surface = text[s:e]
    if "rel" in groups:
        unit, delta = lex.relative_dates[groups["rel"].lower()]
        return Mention(
            "date", s, e, surface, surface, _relative(unit, delta, anchor), "anchored", unit
        )
    weekday = lex.weekdays.get(groups["wd"].lower()) if "wd" in groups else None
    if set(groups) == {"wd"}:
        return Mention("date", s, e, surface, surface, f"weekday:{weekday}", "", "weekday")
    if "d" in groups and "m" in groups:  # 14/9/2022, 14/9
        d, m = int(groups["d"]), int(groups["m"])
        if lex.language == "en" and d <= 12 < m:
            d, m = m, d  # an English 9/14 is month first
        if not (1 <= d <= 31 and 1 <= m <= 12):
            return None
        if "y" not in groups and weekday is None:
            return None  # a bare 3/4 is as likely a score or a fraction as a date
        year = groups.get("y", "")
        if len(year) == 2:
            year = "20" + year
        query = f"{d} {_month_name(m)} {year}".strip()
    else:
        query = " ".join(groups.get(k, "") for k in ("d", "mon", "y")).strip()
    granularity = "day" if "d" in groups else ("month" if "mon" in groups else "year")
    has_year = "y" in groups
    if granularity == "year":
        year = int(groups["y"])
        return Mention(
            "date",
            match.start("y") + s - match.start(),
            e,
            groups["y"],
            groups["y"],
            f"{year:04d}",
            "",
            "year",
        )
    parsed = _dateparse(
        query, "en" if "m" in groups else lex.language, anchor if not has_year else None, "DMY"
    )
    if parsed is None:
        return None
    if granularity == "month":
        normalized = f"{parsed.year:04d}-{parsed.month:02d}"
    elif has_year or anchor is not None:
        normalized = parsed.isoformat()
    else:
        normalized = f"--{parsed.month:02d}-{parsed.day:02d}"
    qualifier = "anchored" if not has_year and granularity == "day" else ""
    note = ""
    fits = normalized.startswith("--") or parsed.weekday() == weekday
    if weekday is not None and granularity == "day" and not fits:
        note = (
            f"weekday {groups['wd']} does not match {normalized}, "
            f"a {WEEKDAY_NAMES_EN[parsed.weekday()]}"
        )
    return Mention("date", s, e, surface, surface, normalized, qualifier, granularity, note)


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
        lex = lexicon(language)
        matches = [p.fullmatch(core) for p in _patterns(language)[:4]]
        match = next((m for m in matches if m), None)
        if match and match.groupdict().get("y"):
            mention = _mention(core, 0, len(core), match, lex, None)
            if mention and mention.normalized and len(mention.normalized) == 10:
                return date.fromisoformat(mention.normalized)
    return None
