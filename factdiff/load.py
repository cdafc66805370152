"""The load stage: paths in, stories of articles out. Bad files become Problems (one line
each) and never stop the rest of the corpus from being checked."""

from __future__ import annotations

import bisect
import html
import json
import os
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from factdiff.clean import clean_text, glued_word_breaks
from factdiff.errors import InputError
from factdiff.extract.dates import parse_standalone_date
from factdiff.lang import detect_language
from factdiff.model import Article, Problem, Story
from factdiff.origin import SourceText, insert, line_anchors

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"}
MAX_BYTES = 20 * 1024 * 1024
WESTERN = "cp1252"  # the legacy encoding preferred where it reads as well as any
MAX_LINE = 200_000  # characters: a "text" file that is one endless line is not an article
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n", re.S | re.M)


@dataclass(frozen=True)
class Loaded:
    stories: tuple[Story, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Source:
    """An article file to read. ``story`` is its story folder's name, or None when the file
    lies directly in a folder given on the command line and its story is to be found
    (``folder`` names that folder)."""

    story: str | None
    folder: str
    path: Path


def discover(paths: list[str | Path], stories: str = "auto") -> tuple[list[Source], list[Problem]]:
    """The article files under PATHS, and a problem for each path that is not there. A folder
    of story folders gives one story per subfolder; a file given alone joins the story of its
    folder. Files directly in a given folder are one story with ``stories="folders"``, and are
    grouped into stories with ``"auto"``. The paths that are there are still read when others
    are missing; the caller decides what no readable path at all means."""
    found: list[Source] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            problems.append(Problem(str(raw), "no such file or directory"))
            continue
        if path.is_file():
            name = path.resolve().parent.name
            found.append(Source(name, name, path))
            continue
        if not path.is_dir():
            problems.append(Problem(str(raw), "not a file or directory"))
            continue
        found.extend(_walk(path, stories))
    unique: dict[Path, Source] = {}
    for source in found:
        unique.setdefault(source.path.absolute(), source)
    ordered = sorted(
        unique.values(), key=lambda s: (s.story is None, s.story or s.folder, str(s.path))
    )
    return ordered, problems


def _walk(root: Path, stories: str) -> list[Source]:
    found = []
    root_name = root.resolve().name
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(folder)
        direct = here == root
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if direct and stories == "auto":
                found.append(Source(None, root_name, here / name))
            else:
                story = root_name if direct else here.name
                found.append(Source(story, story, here / name))
    return found


Boilerplate = dict[str, tuple[str, ...]]  # outlet (or "*") -> furniture line patterns


def load(
    paths: list[str | Path],
    language: str = "auto",
    boilerplate: Boilerplate | None = None,
    encoding: str = "",
) -> Loaded:
    """Every article under PATHS, one story per folder (no grouping, no extraction)."""
    stories: dict[str, list[Article]] = {}
    sources, problems = discover(paths, "folders")
    if not sources and problems:
        raise InputError(str(problems[0]))
    for source in sources:
        articles, issues = read_articles(
            source.path, source.story or source.folder, language, boilerplate or {}, encoding
        )
        problems.extend(issues)
        stories.setdefault(source.story or source.folder, []).extend(articles)
    return Loaded(
        tuple(Story(name, tuple(arts)) for name, arts in sorted(stories.items()) if arts),
        tuple(problems),
    )


def read_articles(
    path: Path,
    story: str,
    language: str = "auto",
    boilerplate: Boilerplate | None = None,
    encoding: str = "",
) -> tuple[list[Article], list[Problem]]:
    """The articles of one file. A file that is not UTF-8 is read as ENCODING when given,
    else in the encoding detected."""
    shown = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:  # a link loop, a vanished file, no permission
        reason = error.strerror or error.__class__.__name__
        return [], [Problem(shown, f"cannot be read ({reason.lower()})")]
    if not data.strip():
        return [], [Problem(shown, "empty file")]
    if len(data) > MAX_BYTES:
        return [], [
            Problem(
                shown,
                f"too large ({len(data) // 1_048_576} MiB; the limit is "
                f"{MAX_BYTES // 1_048_576} MiB)",
            )
        ]
    if b"\x00" in data[:8192]:
        return [], [Problem(shown, "binary file, not an article")]
    text, warning = _decode(data, encoding)
    problems = [Problem(shown, warning, skipped=False)] if warning and text is not None else []
    if text is None:
        return [], [Problem(shown, warning or "cannot decode as text")]
    suffix = path.suffix.lower()
    if suffix not in {".json", ".jsonl"} and max(map(len, text.splitlines() or [""])) > MAX_LINE:
        return [], [
            Problem(shown, f"a single line of more than {MAX_LINE:,} characters; not an article")
        ]
    reader = _Reader(boilerplate or {})
    try:
        if suffix in {".json", ".jsonl"}:
            articles = reader.from_json(text, shown, story, suffix == ".jsonl", problems)
        elif suffix in {".html", ".htm"}:
            articles = [reader.from_html(text, shown, story)]
        elif suffix in {".md", ".markdown"}:
            articles = [reader.from_markdown(text, shown, story)]
        else:
            articles = [reader.from_plain(text, shown, story, {})]
    except InputError as error:
        return [], problems + [Problem(shown, str(error))]
    articles = [_with_language(a, language) for a in articles if a.regions]
    if not articles:
        problems.append(Problem(shown, "no article text found"))
    return articles, problems


def _decode(data: bytes, encoding: str = "") -> tuple[str | None, str]:
    """The text of a file, and a remark: UTF-8, else ENCODING, else the encoding detected,
    preferring Windows-1252 wherever it reads as well as the best guess: charset-normalizer
    often ranks Central European cp1250 first for Western text ("Muñoz" read "Muńoz"), and
    news in Indonesian and English names Western people far more often than Polish ones."""
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    if encoding:
        try:
            return data.decode(encoding), ""
        except UnicodeDecodeError as error:
            byte = data[error.start]
            return None, f"cannot decode as {encoding} (byte 0x{byte:02x} at {error.start})"
    best = from_bytes(data).best()
    if best is None:
        return None, ""
    western = from_bytes(data, cp_isolation=[WESTERN]).best()
    if western is not None and western.chaos <= best.chaos:
        best = western
    return str(best), f"not UTF-8; read as {best.encoding}"


def _with_language(article: Article, language: str) -> Article:
    """The article in its language, with the words a scraper glued together parted (which
    words are glued depends on the language's words)."""
    if language != "auto":
        chosen = language
    else:
        chosen = detect_language(" ".join(article.text[s:e] for s, e in article.regions))
    text, regions, where = article.text, article.regions, article.origin
    if breaks := glued_word_breaks(text, regions, chosen):
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


class _Reader:
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

    def from_markdown(self, text: str, path: str, story: str) -> Article:
        return _from_markdown(self, text, path, story)

    def from_json(self, text: str, path: str, story: str, lines: bool, problems: list[Problem]):
        return _from_json(self, text, path, story, lines, problems)

    def from_html(self, text: str, path: str, story: str) -> Article:
        return _from_html(self, text, path, story)


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


def _from_markdown(reader: _Reader, text: str, path: str, story: str) -> Article:
    match = FRONT_MATTER.match(text)
    if not match:
        return reader.from_plain(text, path, story, {})
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise InputError(f"malformed front matter{where}") from None
    if not isinstance(meta, dict):
        raise InputError("front matter is not a mapping of keys to values")
    return reader.from_plain(text, path, story, meta, start=match.end())


def _from_json(
    reader: _Reader, text: str, path: str, story: str, lines: bool, problems: list[Problem]
) -> list[Article]:
    records: list[tuple[int, object]] = []
    if lines:
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append((number, json.loads(line)))
            except json.JSONDecodeError as error:
                problems.append(Problem(f"{path}:{number}", f"malformed JSON ({error.msg})"))
    else:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(f"malformed JSON at line {error.lineno} ({error.msg})") from None
        items = value if isinstance(value, list) else [value]
        records = [(0, item) for item in items]
    file_lines = text.splitlines()
    literals = {} if lines else _text_literals(text, isinstance(value, list))
    articles = []
    for index, (number, record) in enumerate(records):
        where = f"{path}:{number}" if lines else (f"{path}#{index}" if len(records) > 1 else path)
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            problems.append(Problem(where, 'a record without a "text" string'))
            continue
        meta = {k: record.get(k) for k in ("title", "source", "published", "url", "date")}
        if lines:
            found = _text_literals(file_lines[number - 1], False).get(0)
            mapped = _json_string(file_lines[number - 1], found, lambda at, n=number: (n, at + 1))
        else:
            mapped = _json_string(text, literals.get(index), _locator(text))
        where_in_file = mapped[1] if mapped and mapped[0] == record["text"] else ()
        article = reader.from_plain(
            record["text"],
            where,
            story,
            meta,
            line_offset=max(number - 1, 0),
            where=where_in_file,
            file=path if where != path else "",
        )
        articles.append(article)
    return articles


JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+', re.S)
# a surrogate pair, another escape, or a run of plain characters of a JSON string
JSON_PIECE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[0-9a-fA-F]{4}|\\u[0-9a-fA-F]{4}|\\.|[^\\]+", re.S
)


def _text_literals(document: str, listed: bool) -> dict[int, int]:
    """Where each record's "text" string literal starts (its opening quote), by the record's
    index: the records are the document's items when it is a list, else the document."""
    found: dict[int, int] = {}
    depth, index, key, expect_item = 0, -1, None, False
    record_depth = 2 if listed else 1
    tokens = list(JSON_TOKEN.finditer(document))
    for i, match in enumerate(tokens):
        token = match.group()
        if expect_item and token not in ",]":
            index, expect_item = index + 1, False
        if token in ("{", "["):
            index = 0 if depth == 0 and not listed else index
            depth += 1
            expect_item = listed and depth == 1
        elif token in ("}", "]"):
            depth -= 1
        elif token == ",":
            expect_item = listed and depth == 1
        elif depth == record_depth and token.startswith('"'):
            following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
            if following == ":":
                key = token
            elif key == '"text"' and i and tokens[i - 1].group() == ":":
                found.setdefault(index, match.start())
    return found


def _json_string(document: str, start: int | None, locate) -> tuple[str, tuple] | None:
    """The string literal at ``start`` decoded, with its map into the file: a run of plain
    characters keeps its columns, an escape ("\\n", "\\u00e9") stands at its backslash."""
    if start is None:
        return None
    literal = JSON_TOKEN.match(document, start)
    if literal is None or not literal.group().startswith('"'):
        return None
    built = SourceText()
    body = start + 1
    for piece in JSON_PIECE.finditer(document, body, literal.end() - 1):
        line, column = locate(piece.start())
        if piece.group().startswith("\\"):
            built.add_at(json.loads(f'"{piece.group()}"'), line, column)
        else:
            built.add(piece.group(), line, column)
    return built.text(), tuple(built.anchors)


def _locator(document: str):
    """Line and column (1-based) of an offset of ``document``."""
    starts = [0] + [m.end() for m in re.finditer("\n", document)]

    def locate(offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    return locate


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


def _from_html(reader: _Reader, page: str, path: str, story: str) -> Article:
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
