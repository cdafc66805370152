"""Find the article's own prose in a plain text: drop the headline, the date line, photo
credits and captions, related-link lines, tags and editor lines, and the outlet dateline.
Patterns live in the language data files; this module only applies them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from factdiff.extract.dates import parse_standalone_date
from factdiff.lang import LANGUAGES, lexicon

CREDIT = re.compile(
    r"^(?:\(?(?:foto|photo|image|gambar)\s*:?\s*)?[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*)*\s*/\s*"
    r"[A-Z][\w.'-]*(?:\s[\w.'-]+){0,4}\)?$"
)
TERMINAL = re.compile(r"[.!?\"”’»:;)]\s*$")
MAX_TITLE = 250


@dataclass(frozen=True)
class Cleaned:
    regions: tuple[tuple[int, int], ...]
    title: str
    published: date | None
    outlet: str


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stripped non-empty lines of text[start:end] as (start, end) offsets."""
    spans = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        s, e = match.start() + start, match.end() + start
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


@cache
def _furniture() -> tuple[re.Pattern, ...]:
    """Every language's furniture patterns, those anchored at the line's start as one (one
    match at the start instead of thirty searches), the others as they are."""
    patterns = [p.pattern for lang in LANGUAGES for p in lexicon(lang).furniture_lines]
    heads = [p[1:] for p in patterns if p.startswith("^")]
    others = [p for p in patterns if not p.startswith("^")]
    joined = "^(?:" + "|".join(f"(?:{p})" for p in heads) + ")"
    return tuple(re.compile(p, re.IGNORECASE) for p in [joined, *others])


def _is_furniture(line: str, extra: tuple[re.Pattern, ...]) -> bool:
    return any(p.search(line) for p in (*extra, *_furniture()))


def clean_text(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    title: str = "",
    extra: tuple[re.Pattern, ...] = (),
) -> Cleaned:
    """``extra``: an outlet's own furniture patterns, from the configuration."""
    end = len(text) if end is None else end
    lines = _lines(text, start, end)
    regions: list[tuple[int, int]] = []
    published: date | None = None
    outlet = ""
    after_credit = False
    after_link = False
    dateline_seen = False
    in_tags = False
    for index, (s, e) in enumerate(lines):
        line = text[s:e]
        words = len(line.split())
        if published is None and words <= 10 and (found := _date_line(line)):
            published, line_outlet = found
            outlet = outlet or line_outlet
            continue
        if index == 0 and not title and len(lines) > 1 and _looks_like_title(line):
            title = line
            continue
        if CREDIT.match(line) and words <= 8:
            after_credit = True
            continue
        if after_credit and not TERMINAL.search(line) and words <= 30:
            after_credit = False  # the photo caption under a credit line
            continue
        after_credit = False
        if re.fullmatch(r"(?i)tags?|topik|tagar", line):
            in_tags = True
            continue
        if in_tags and words <= 6 and not TERMINAL.search(line):
            continue
        in_tags = False
        if _is_furniture(line, extra):
            after_link = line.rstrip().endswith(":")  # "Baca juga:" with the link below it
            continue
        if after_link and not TERMINAL.search(line) and words <= 20:
            after_link = False
            continue
        after_link = False
        if not dateline_seen:
            # the dateline opens the first paragraph of prose; short lines before it are tried too
            dateline_seen = words > 8
            for lang in LANGUAGES:
                match = lexicon(lang).dateline.match(line)
                if match and match.end() < len(line):
                    groups = match.groupdict()
                    outlet = outlet or groups.get("outlet") or groups.get("domain") or ""
                    s += match.end()
                    dateline_seen = True
                    break
        if s < e:
            regions.append((s, e))
    return Cleaned(tuple(regions), title, published, outlet)


OUTLET_PREFIX = re.compile(r"^(?P<outlet>(?:[A-Za-z0-9-]+\.)+[a-z]{2,6})\s*[-–—|,]\s*")
DATE_LEAD = re.compile(
    r"^(?:published|updated|posted|last updated|diterbitkan|dipublikasikan|diperbarui|"
    r"dibuat)\s*(?:on|pada)?\s*:?\s*",
    re.IGNORECASE,
)


def _date_line(line: str) -> tuple[date, str] | None:
    """A line that holds only the publication date, perhaps after the outlet's name."""
    prefix = OUTLET_PREFIX.match(line)
    rest = line[prefix.end() :] if prefix else line
    rest = rest[DATE_LEAD.match(rest).end() :] if DATE_LEAD.match(rest) else rest
    found = parse_standalone_date(rest)
    return (found, prefix.group("outlet") if prefix else "") if found else None


def _looks_like_title(line: str) -> bool:
    if len(line) > MAX_TITLE:
        return False
    if any(lexicon(lang).dateline.match(line) for lang in LANGUAGES):
        return False
    return not re.search(r"[.\"”:;,]\s*$", line)
