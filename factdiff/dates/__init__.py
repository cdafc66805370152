"""Dates: candidates found by patterns built from the language data (``patterns``), values
from the calendar (``reading``). Shared by two stages: load asks whether a line is nothing but
a date (the publication date), extract finds every date an article mentions.

The patterns read a date's day, month and year as numbers, and ``datetime.date`` makes the
date of them; dateparser (0.8 ms a value) is asked only about years before 1000, and is never
run over whole texts (slow, and it reads ages and durations as dates)."""

from __future__ import annotations

import re
from datetime import date

from factdiff.dates.patterns import (
    RANGE_HINT,
    date_patterns,
    full_months,
    trigger_words,
    weekday_before,
)
from factdiff.dates.reading import read_mention
from factdiff.lang import LANGUAGES, Lexicon, lexicon
from factdiff.model import Mention

DIGIT = re.compile(r"\d")


def find_dates(
    text: str, spans: list[tuple[int, int]], lex: Lexicon, anchor: date | None
) -> list[Mention]:
    found: list[Mention] = []
    taken = bytearray(len(text))  # 1 where a date was already found: patterns run in order
    triggers = trigger_words(lex.language)
    for start, end in spans:
        chunk = text[start:end]
        low = chunk.lower()
        # a cheap test of the sentence spares it most of the regular expressions
        has = {"digit": DIGIT.search(chunk) is not None}
        has["word"] = any(word in low for word in triggers)
        has["range"] = has["digit"] and RANGE_HINT.search(low) is not None
        has["ago"] = has["word"] and any(word in low for word in lex.ago_words)
        has["month"] = any(month in low for month in full_months(lex.language))
        # matched on the lower-cased sentence when it keeps the offsets; what a match says is
        # read from the sentence itself
        folded = len(low) == len(chunk)
        subject = low if folded else chunk
        patterns = date_patterns(lex.language, folded)
        for pattern in patterns:
            if not has[pattern.needs]:
                continue
            for match in pattern.regex.finditer(subject):
                s, e = match.start() + start, match.end() + start
                weekday = None
                if pattern.day:  # a day may have its weekday before it
                    before = weekday_before(lex.language, folded).search(
                        subject, max(0, match.start() - 24), match.start()
                    )
                    if before:
                        s, weekday = before.start() + start, chunk[slice(*before.span("wd"))]
                if 1 in taken[s:e]:
                    continue
                mention = read_mention(text, s, e, match, chunk, lex, anchor, weekday)
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
    again = [d for d in find_dates(text, [(m.start, m.end)], lex, anchor) if d.start == m.start]
    return again[0] if again else m


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
