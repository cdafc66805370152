"""The date patterns of a language, built from its data: the words of its weekdays, months,
year markers, relative dates and "ago" phrases."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from factdiff.lang import Lexicon, alternation, every_language, lexicon


def _alternation(words: Iterable[str], folded: bool = False) -> str:
    words = {w.lower() for w in words} if folded else set(words)
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


class Pattern(NamedTuple):
    regex: re.Pattern
    needs: str  # what a sentence must hold for the pattern to be tried (see find_dates)
    day: bool  # it gives a day, which may have its weekday before it


@cache
def date_patterns(language: str, folded: bool) -> tuple[Pattern, ...]:
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
    # the words of every language: a story may mix languages
    day, nth, of = (
        alternation(every_language(f))
        for f in ("day_markers", "ordinal_suffixes", "day_month_links")
    )
    day_month = (
        rf"(?:(?:{day})\s+)?\b(?P<d>\d{{1,2}})(?:{nth})?\s+"
        rf"(?:(?:{of})\s+)?(?P<mon>{mon})\.?(?:,?\s+(?P<y>\d{{4}}))?\b"
    )
    month_day = (
        rf"\b(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}})(?:{nth})?\b"
        rf"(?:,?\s+(?P<y>\d{{4}}))?\b"
    )
    month_year = rf"\b(?P<mon>{mon})\.?\s+(?P<y>\d{{4}})\b"
    # "18-19 November 2024", "30 Oktober hingga 2 November", "Nov. 18-19, 2024": a range of days;
    # "16 dan 17 Juni 2025", "June 16 and 17, 2025": a list of days, read as the days from its
    # first to its last (a day between them is no conflict: a miss, never a false alarm)
    to = rf"{RANGE_TO}|{DAY_LIST}"
    day_range = (
        rf"\b(?P<d1>\d{{1,2}})(?:\s+(?P<mon1>{mon})\.?)?(?:{to})(?P<d>\d{{1,2}})\s+"
        rf"(?P<mon>{mon})\.?(?:,?\s+(?P<y>\d{{4}}))?\b"
    )
    # after a month, a list of days ends the phrase: in "June 16 and 17 people died" the 17
    # counts people
    month_day_range = (
        rf"\b(?P<mon>{mon})\.?\s+(?P<d1>\d{{1,2}})"
        rf"(?:{RANGE_TO}|(?:{DAY_LIST})(?=\d{{1,2}}\b(?:,?\s+\d{{4}}|\s*[.,;:)]|\s*$)))"
        rf"(?P<d>\d{{1,2}})\b(?:,?\s+(?P<y>\d{{4}}))?\b"
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
    counters = alternation(every_language("year_counters"))  # "2020 orang" is a count
    year = rf"\b(?:{markers})\s+(?P<y>(?:19|20)\d\d)\b(?!\s*(?:%|{counters}))"
    # "in 2001 and 2004", "pada 2024-2029", "dari 2009 hingga 2025": the years from the first
    # to the last
    since = alternation(lex.change_from)
    years = (
        rf"\b(?:{markers}|{since})\s+(?P<y1>(?:19|20)\d\d)(?:{RANGE_TO}|{DAY_LIST})"
        rf"(?P<y>(?:19|20)\d\d)\b(?!\s*(?:%|{counters}))"
    )
    relative = rf"\b(?P<rel>{_alternation(lex.relative_dates, folded)})\b"
    count = rf"\d{{1,3}}|{_alternation(lex.number_words, folded)}"
    ago = (  # "dua hari lalu", "three days ago"
        rf"\b(?P<agon>{count})\s+(?P<agou>{_alternation(lex.ago_units, folded)})\s+"
        rf"(?:{_alternation(lex.ago_phrases, folded)})\b"
    )
    on = alternation(every_language("weekday_markers"), spaces=r"\s+")
    weekday_only = rf"\b(?:{on})\s+(?P<wd>{wd})\b"
    # English writes a weekday alone too: "early Tuesday", "said Monday", "Friday night"; an
    # Indonesian one needs its "pada" ("Minggu" is also "week")
    lone_weekday = rf"\b(?P<wd>{wd})\b" if lex.weekday_alone else None
    # a month named alone, after a word that marks it ("pada Mei", "in May"), its full name
    # only: "Mar" and "may" are words too
    month_only = (
        rf"\b(?:{_alternation(lex.month_markers, folded)})(?:\s+|-)"
        rf"(?P<mon>{_alternation(full_months(lex.language), folded)})\b(?!\.?\s*\d)"
    )
    return [
        (years, "range", False),
        (year, "digit", False),
        (ago, "ago", False),
        # a relative date may have a weekday before it: "Rabu pekan ini" is a day of that week
        (relative, "word", True),
        (weekday_only, "word", False),
        (lone_weekday, "word", False),
        (month_only, "month", False),
    ]


@cache
def full_months(language: str) -> tuple[str, ...]:
    """The months' full names ("maret", "may"), without the short forms ("mar", "sept")."""
    names = lexicon(language).months
    return tuple(
        n for n in names if len(n) > 3 and not any(o != n and o.startswith(n) for o in names)
    ) + tuple(n for n in names if n in lexicon(language).three_letter_months)


RANGE_TO = rf"\s*[-–—]\s*|\s+(?:{alternation(every_language('range_connectors'))})\s+"
# the days of a list before its last ("16, 17 dan 18", "16 and 17"), and the connector
DAY_LIST = (
    rf"(?:\s*,\s*\d{{1,2}})*\s*,?\s+(?:{alternation(every_language('list_connectors'))}|&)\s+"
)


# a number, maybe a month, a dash or "hingga", a number: where a range or an ISO date may be
RANGE_HINT = re.compile(rf"\d(?:\s+[a-z]+\.?)?(?:{RANGE_TO}|{DAY_LIST})\d")


@cache
def weekday_before(language: str, folded: bool) -> re.Pattern:
    """A weekday just before a date ("Rabu (", "Wednesday, "), matched backwards from the date:
    cheaper than an optional weekday at the head of every date pattern."""
    wd = _alternation(lexicon(language).weekdays, folded)
    return re.compile(
        rf"(?P<wd>\b(?:{wd}))(?:\s*,\s*|\s+)?(?:\(\s*)?$", 0 if folded else re.IGNORECASE
    )


@cache
def trigger_words(language: str) -> tuple[str, ...]:
    lex = lexicon(language)
    words = {phrase.split()[0] for phrase in lex.relative_dates} | set(lex.weekdays)
    return tuple(words | set(lex.ago_words))
