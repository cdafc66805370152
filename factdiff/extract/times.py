"""Clock times: "pukul 02.05 WIB", "sekitar pukul 02.02", "around 10:45 p.m.", "10.30pm",
"at 21:00", "07:59 UTC", "1830 GMT". Each becomes a ``time`` mention whose ``normalized``
value is the time on a 24-hour clock ("22:45"); ``qualifier`` says how exact it is ("~"
about, "<" just before, ">" just after), ``unit`` names the time zone when one is written
("WIB", "GMT"), and ``note`` is "12h" when the writer gave no a.m. or p.m. and the hour may be
either.

Left out: a time written after a date, which is a page's time stamp ("Updated: 2017-09-15
21:45"), and a bare "01:26" with no cue, zone or a.m./p.m. (a video's length)."""

from __future__ import annotations

import re
from functools import cache

from factdiff.lang import Lexicon, alternation, lexicon
from factdiff.model import Mention
from factdiff.text import TIME_ZONES

HALF_DAY = r"(?:(?P<half>[ap])\.\s?m\.|(?P<half2>[ap])\s?m\b)"  # "p.m.", "pm"
ZONE = "|".join(sorted(TIME_ZONES, key=lambda z: (-len(z), z)))
STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]$|\d{1,2}/\d{1,2}/\d{2,4},?\s*$")


@cache
def _pattern(language: str) -> re.Pattern[str]:
    cues = alternation(lexicon(language).clock_cues)
    return re.compile(
        rf"(?<![\w.,:/-])(?:(?P<cue>\b(?:{cues}))\s{{1,2}})?"
        rf"(?P<h>\d{{1,2}})(?:(?P<sep>[:.])(?P<m>[0-5]\d)|(?P<m2>[0-5]\d)(?=\s?(?:{ZONE})\b))?"
        rf"(?:\s?{HALF_DAY})?(?![.,:]?\d)"
        rf"(?:\s?(?P<zone>{ZONE})\b)?",
        re.IGNORECASE,
    )


def find_times(text: str, lex: Lexicon, blocked: list[tuple[int, int]]) -> list[Mention]:
    """The clock times of ``text`` outside ``blocked`` spans (dates already found)."""
    found: list[Mention] = []
    for match in _pattern(lex.language).finditer(text):
        if not _is_time(match, lex):
            continue
        start, end = match.start("h"), match.end()
        if any(s < end and start < e for s, e in blocked):
            continue
        if STAMP.search(text[max(0, start - 12) : start]):
            continue  # "2017-09-15 21:45": when the page was made, not when anything happened
        minutes, twelve_hour = _value(match, lex) or (-1, False)
        if minutes < 0:
            continue
        found.append(
            Mention(
                "time",
                start,
                end,
                text[start:end],
                text[start:end],
                normalized=f"{minutes // 60:02d}:{minutes % 60:02d}",
                qualifier=_qualifier(text, start, lex),
                unit=(match.group("zone") or "").upper(),
                note="12h" if twelve_hour else "",
            )
        )
    return found


def _is_time(match: re.Match[str], lex: Lexicon) -> bool:
    """A time says a.m. or p.m., names a zone, or follows a cue word with its minutes; where
    the point is the decimal separator ("at 2.50 percent"), a cue alone needs a colon."""
    if _half(match) or (_minutes(match) and match.group("zone")):
        return True
    if not (match.group("m") and match.group("cue")):
        return False
    return match.group("sep") == ":" or lex.decimal_separator != "."


def _value(match: re.Match[str], lex: Lexicon) -> tuple[int, bool] | None:
    """Minutes after midnight, and whether the hour may be either half of the day."""
    hour, minute = int(match.group("h")), int(_minutes(match) or 0)
    if half := _half(match):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
        return hour * 60 + minute, False
    if hour > 24 or (hour == 24 and minute):
        return None
    # a 24-hour clock is the rule where the language writes "pukul 16.00"; an English "5:52"
    # with no a.m., p.m. or zone may be morning or evening
    twelve_hour = not lex.clock_24h and hour <= 12 and match.group("zone") is None
    return (hour % 24) * 60 + minute, twelve_hour


def _minutes(match: re.Match[str]) -> str:
    """The minutes written: "10:45", or "1830 GMT" as agencies write it."""
    return match.group("m") or match.group("m2") or ""


def _half(match: re.Match[str]) -> str:
    """ "a" or "p" when the time says a.m. or p.m."""
    return (match.group("half") or match.group("half2") or "").lower()


def _qualifier(text: str, start: int, lex: Lexicon) -> str:
    """How exact the writer says the time is, from the words just before it and its cue
    ("sekitar pukul", "at around", "just before")."""
    words = text[max(0, start - 40) : start].casefold().split()[-4:]
    qualifiers = {**lex.number_qualifiers, **lex.time_qualifiers}
    if words and words[-1] in lex.clock_cues and words[-1] not in qualifiers:
        words.pop()  # "sekitar pukul": the qualifier stands before the cue
    tail = " " + " ".join(words)
    for phrase, symbol in sorted(qualifiers.items(), key=lambda p: -len(p[0])):
        if symbol and symbol != "=" and tail.endswith(" " + phrase):
            return symbol
    return ""
