"""The incremental cache of extraction results: SQLite in a cache folder, keyed by the file's
content, factdiff's version, a digest of its own code and data (a cache written by other code,
even of the same version, is never read) and every option that changes extraction. Values are
JSON (a cache file is data; it is never unpickled). Safe when two runs share it: WAL journal,
a busy timeout, and each write in its own transaction."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import sqlite3
import time
from dataclasses import asdict
from datetime import date
from pathlib import Path

from factdiff import __version__
from factdiff.model import Article, Extraction, Fact, Mention, Problem

DEFAULT_DIR = ".factdiff-cache"


CODE_FILES = (".py", ".json", ".crfsuite")


def cache_key(data: bytes, *parts: object) -> str:
    digest = hashlib.sha256(data)
    digest.update(json.dumps([__version__, code_digest(), *map(str, parts)]).encode("utf-8"))
    return digest.hexdigest()


@functools.cache
def code_digest() -> str:
    """A digest of factdiff's modules and data files, read once per process (about 6 MB, some
    20 ms): an edited rule, a retrained model or a changed word list makes new keys."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in CODE_FILES and path.is_file():
            digest.update(path.relative_to(root).as_posix().encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _article_json(a: Article) -> dict:
    return {
        "path": a.path,
        "story": a.story,
        "source": a.source,
        "text": a.text,
        "regions": a.regions,
        "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "language": a.language,
        "url": a.url,
        "line_offset": a.line_offset,
        "origin": a.origin,
        "file": a.file,
        "parted": a.parted,
    }


def _article(d: dict) -> Article:
    return Article(
        d["path"],
        d["story"],
        d["source"],
        d["text"],
        tuple(tuple(r) for r in d["regions"]),
        d["title"],
        date.fromisoformat(d["published"]) if d["published"] else None,
        d["language"],
        d["url"],
        d["line_offset"],
        tuple(tuple(anchor) for anchor in d["origin"]),
        d["file"],
        tuple(d["parted"]),
    )


def _fact(d: dict) -> Fact:
    d = dict(d)
    for key in ("who", "when", "where", "numbers"):
        d[key] = tuple(d[key])
    d["terms"] = frozenset(d["terms"])
    return Fact(**d)


def dump(extractions: list[Extraction], problems: list[Problem]) -> str:
    return json.dumps(
        {
            "extractions": [
                {
                    "article": _article_json(x.article),
                    "mentions": [asdict(m) for m in x.mentions],
                    "facts": [dict(asdict(f), terms=sorted(f.terms)) for f in x.facts],
                }
                for x in extractions
            ],
            "problems": [asdict(p) for p in problems],
        },
        ensure_ascii=False,
    )


def load(text: str) -> tuple[list[Extraction], list[Problem]]:
    data = json.loads(text)
    extractions = [
        Extraction(
            _article(x["article"]),
            tuple(Mention(**m) for m in x["mentions"]),
            tuple(_fact(f) for f in x["facts"]),
        )
        for x in data["extractions"]
    ]
    return extractions, [Problem(**p) for p in data["problems"]]


class Cache:
    """A cache never breaks a run: when the database is busy past its timeout or broken, a
    read is a miss and a write is skipped."""

    def __init__(self, folder: Path):
        self.db: sqlite3.Connection | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            ignore = folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# created by factdiff\n*\n", encoding="utf-8")
        except OSError:
            return  # a folder we cannot write: run without a cache
        for attempt in range(50):  # switching to WAL needs a moment alone with the file
            try:
                db = sqlite3.connect(
                    folder / "extractions.sqlite", timeout=30, isolation_level=None
                )
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS extraction "
                    "(key TEXT PRIMARY KEY, value TEXT NOT NULL)"
                )
                self.db = db
                break
            except sqlite3.OperationalError:
                time.sleep(0.02 * (attempt + 1))

    def get(self, key: str) -> tuple[list[Extraction], list[Problem]] | None:
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT value FROM extraction WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        try:
            return load(row[0])
        except (ValueError, KeyError, TypeError):
            return None  # an entry from an incompatible build: extract again

    def put(self, key: str, value: tuple[list[Extraction], list[Problem]]) -> None:
        if self.db is None:
            return
        # busy past the timeout or read-only: the next run extracts it again
        with contextlib.suppress(sqlite3.Error):
            self.db.execute(
                "INSERT OR REPLACE INTO extraction (key, value) VALUES (?, ?)", (key, dump(*value))
            )
