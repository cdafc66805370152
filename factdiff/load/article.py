"""An Article from a file's text and metadata: the prose found by clean, the outlet, the
publication date, and the language (with the words a scraper glued together parted)."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from factdiff.clean import clean_text, glued_word_breaks
from factdiff.dates import parse_standalone_date
from factdiff.lang import detect_language
from factdiff.model import Article
from factdiff.origin import insert, line_anchors

Boilerplate = dict[str, tuple[str, ...]]  # outlet (or "*") -> furniture line patterns


def with_language(article: Article, language: str) -> Article:
    """The article in its language, with the words a scraper glued together parted (which
    words are glued depends on the language's words)."""
    if language != "auto":
        chosen = language
    else:
        chosen = detect_language(" ".join(article.text[s:e] for s, e in article.regions))
    text, regions, where = article.text, article.regions, article.origin
    if breaks := glued_word_breaks(text, regions, chosen, article.title):
        where = where or tuple(line_anchors(text, 1 + article.line_offset))
        text, where = insert(text, where, [(at, " ") for at in breaks])
        ordered = sorted(breaks)
        regions = tuple(
            (s + bisect.bisect_left(ordered, s), e + bisect.bisect_left(ordered, e))
            for s, e in regions
        )
    return replace(
        article,
        text=text,
        regions=regions,
        language=chosen,
        origin=where,
        parted=tuple(at + i for i, at in enumerate(sorted(breaks))),
        _line_starts=(),
    )


class Reader:
    """Reads one file's articles; holds the configured outlet furniture patterns."""

    def __init__(self, boilerplate: Boilerplate):
        self.patterns = {
            outlet.lower(): tuple(re.compile(p, re.IGNORECASE) for p in patterns)
            for outlet, patterns in boilerplate.items()
        }

    def from_plain(
        self,
        text: str,
        path: str,
        story: str,
        meta: dict,
        start: int = 0,
        line_offset: int = 0,
        where: tuple[tuple[int, int, int], ...] = (),
        file: str = "",
    ) -> Article:
        """``where``: the map of ``text`` into the file (factdiff.origin) when the text is not
        the file's own; ``file``: the file, when ``path`` names one article of several in it."""
        title = str(meta.get("title") or "")
        common = self.patterns.get("*", ())
        cleaned = clean_text(text, start, title=title, extra=common)
        source = _outlet(str(meta.get("source") or cleaned.outlet or Path(file or path).stem))
        own = self.patterns.get(source.lower())
        if own:  # the outlet's own furniture, known once the outlet is
            cleaned = clean_text(text, start, title=title, extra=common + own)
        published = _meta_date(meta.get("published") or meta.get("date")) or cleaned.published
        url = str(meta.get("url") or "")
        return Article(
            path,
            story,
            source,
            text,
            cleaned.regions,
            cleaned.title,
            published,
            "id",
            url,
            line_offset,
            where,
            file,
        )


def _outlet(source: str) -> str:
    """The outlet's name as it writes it ("Valley Post", "Nextren.com"), less a "www."."""
    source = " ".join(source.split())
    return source[4:] if source.lower().startswith("www.") else source


def _meta_date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            return parse_standalone_date(value.strip())
    return None
