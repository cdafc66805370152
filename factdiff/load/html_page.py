"""HTML pages: the prose elements' text, with its title, outlet and date from the page's
metadata, each character keeping its line and column in the page."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from factdiff.errors import InputError
from factdiff.load.article import Reader
from factdiff.model import Article
from factdiff.origin import SourceText

BREAK, SPACE = "\n\n", " "
TEXT_RUN = re.compile(r"\S+(?: \S+)*")  # words one space apart: one stretch of the page


class _MainText(HTMLParser):
    """Text of the prose elements of a page, each paragraph joined by a blank line, with
    metadata from <title>, <meta> and <time>. Scripts, navigation, headers, footers, asides
    and forms are left out."""

    SKIP = {
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "noscript",
        "figure",
        "figcaption",
        "button",
        "svg",
        "iframe",
        "template",
    }
    BLOCKS = {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "div",
        "section",
        "article",
        "br",
        "tr",
        "td",
        "dd",
        "dt",
        "pre",
        "main",
    }

    def __init__(self):
        # character references are read one by one, so that each keeps its place in the page
        super().__init__(convert_charrefs=False)
        self.parts: list[tuple[str, int, int] | str] = []  # text at line:column, " " or "\n\n"
        self.skip_depth = 0
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.title = ""
        self.headline = ""
        self.in_headline = False

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_headline = True
        elif tag == "meta":
            key = attrs.get("property") or attrs.get("name") or ""
            if key in (
                "og:site_name",
                "article:published_time",
                "og:title",
                "og:url",
                "date",
                "pubdate",
                "publish-date",
            ):
                self.meta[key] = attrs.get("content", "")
        elif tag == "time" and attrs.get("datetime"):
            self.meta.setdefault("time", attrs["datetime"])
        if tag in self.BLOCKS:
            self.parts.append(BREAK)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_headline = False
        if tag in self.BLOCKS:
            self.parts.append(BREAK)

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif self.in_headline:  # the headline is the title, not a sentence of the article
            self.headline += data
        elif not self.skip_depth:
            line, column = self.getpos()
            end = 0
            for run in TEXT_RUN.finditer(data):
                if run.start() > end:
                    self.parts.append(SPACE)
                before = data.count("\n", 0, run.start())
                at = run.start() - (data.rfind("\n", 0, run.start()) + 1)
                column_at = (0 if before else column) + at + 1
                self.parts.append((run.group(), line + before, column_at))
                end = run.end()
            if end < len(data):
                self.parts.append(SPACE)

    def handle_entityref(self, name):
        self._reference(f"&{name};")

    def handle_charref(self, name):
        self._reference(f"&#{name};")

    def _reference(self, written: str) -> None:
        char = html.unescape(written)
        if self.in_title:
            self.title += char
        elif self.in_headline:
            self.headline += char
        elif not self.skip_depth:
            line, column = self.getpos()
            self.parts.append(SPACE if char.isspace() else (char, line, column + 1))

    def text(self) -> SourceText:
        """The prose, paragraphs apart by a blank line, words by one space, with its map."""
        built = SourceText()
        pending = ""
        for part in self.parts:
            if part == BREAK:
                pending = BREAK if built.length else ""
            elif part == SPACE:
                pending = pending or (SPACE if built.length else "")
            else:
                built.add_loose(pending)
                pending = ""
                built.add_at(*part)  # a run of words or a character reference: one stretch
        built.add_loose("\n")
        return built


def from_html(reader: Reader, page: str, path: str, story: str) -> Article:
    """HTML articles are checked on their extracted prose; each of its characters keeps its
    line and column in the page, so findings point at the page's own text."""
    parser = _MainText()
    try:
        parser.feed(page)
        parser.close()
    except Exception as error:  # html.parser is lenient; anything else is a broken page
        raise InputError(f"malformed HTML ({error})") from None
    built = parser.text()
    meta = {
        "title": parser.headline.strip() or parser.meta.get("og:title") or parser.title.strip(),
        "source": parser.meta.get("og:site_name", ""),
        "published": parser.meta.get("article:published_time")
        or parser.meta.get("time")
        or parser.meta.get("date")
        or parser.meta.get("pubdate"),
        "url": parser.meta.get("og:url", ""),
    }
    return reader.from_plain(built.text(), path, story, meta, where=tuple(built.anchors))
