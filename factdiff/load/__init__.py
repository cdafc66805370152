"""The load stage: paths in, stories of articles out. Bad files become Problems (one line
each) and never stop the rest of the corpus from being checked. Markdown, JSON and HTML have a
module each (``markdown``, ``json_records``, ``html_page``); ``article`` assembles an Article
from a file's text and metadata (a plain text file goes there directly)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from factdiff.errors import InputError
from factdiff.load.article import Boilerplate, Reader, with_language
from factdiff.load.decode import decode
from factdiff.load.html_page import from_html
from factdiff.load.json_records import from_json
from factdiff.load.markdown import from_markdown
from factdiff.model import Article, Problem, Story

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"}


MAX_BYTES = 20 * 1024 * 1024


MAX_LINE = 200_000  # characters: a "text" file that is one endless line is not an article


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
    text, warning = decode(data, encoding)
    problems = [Problem(shown, warning, skipped=False)] if warning and text is not None else []
    if text is None:
        return [], [Problem(shown, warning or "cannot decode as text")]
    suffix = path.suffix.lower()
    if suffix not in {".json", ".jsonl"} and max(map(len, text.splitlines() or [""])) > MAX_LINE:
        return [], [
            Problem(shown, f"a single line of more than {MAX_LINE:,} characters; not an article")
        ]
    reader = Reader(boilerplate or {})
    try:
        if suffix in {".json", ".jsonl"}:
            articles = from_json(reader, text, shown, story, suffix == ".jsonl", problems)
        elif suffix in {".html", ".htm"}:
            articles = [from_html(reader, text, shown, story)]
        elif suffix in {".md", ".markdown"}:
            articles = [from_markdown(reader, text, shown, story)]
        else:
            articles = [reader.from_plain(text, shown, story, {})]
    except InputError as error:
        return [], problems + [Problem(shown, str(error))]
    articles = [with_language(a, language) for a in articles if a.regions]
    if not articles:
        problems.append(Problem(shown, "no article text found"))
    return articles, problems
