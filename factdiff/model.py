"""The document model every stage shares: articles own their text, and mentions, facts and
findings point back into it by character offsets, so reports never lose file:line:column."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

NEWLINE = re.compile("\n")
FIELDS = ("who", "what", "when", "where")
KINDS = ("spelling", "specificity", "conflict", "quote", "omission")
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Article:
    """One outlet's version of a story. ``text`` is the decoded file (or JSON record text);
    ``regions`` are the spans of it that carry the article's own prose, furniture removed."""

    path: str
    story: str
    source: str
    text: str
    regions: tuple[tuple[int, int], ...]
    title: str = ""
    published: date | None = None
    language: str = "id"
    url: str = ""
    line_offset: int = 0  # lines before ``text`` in the file (front matter, JSON record)
    _line_starts: tuple[int, ...] = field(default=(), compare=False, repr=False)

    def line_starts(self) -> tuple[int, ...]:
        if not self._line_starts:
            starts = [0] + [m.end() for m in NEWLINE.finditer(self.text)]
            object.__setattr__(self, "_line_starts", tuple(starts))
        return self._line_starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        starts = self.line_starts()
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1 + self.line_offset, offset - starts[index] + 1


@dataclass(frozen=True)
class Mention:
    """A typed span of an article's text. ``canonical`` is the article-linked form ("Xi" ->
    "Xi Jinping"); ``normalized`` the machine value of a date (ISO) or a number."""

    type: str
    start: int
    end: int
    text: str
    canonical: str
    normalized: str | None = None
    qualifier: str = ""  # numbers: ">", "~", ...; quotes: the speaker's canonical name
    unit: str = ""  # numbers: the counted noun ("tahun", "%"); dates: the granularity
    note: str = ""  # a remark found on the way, such as a weekday that does not fit a date


@dataclass(frozen=True)
class Fact:
    """One clause's who/what/when/where tuple. Slots hold indexes into the article's mentions."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    what: str  # the normalized predicate key ("temu" for bertemu / pertemuan / met)
    what_text: str
    who: tuple[int, ...]
    when: tuple[int, ...]
    where: tuple[int, ...]
    numbers: tuple[int, ...]
    terms: frozenset[str]  # stems and entity keys used to align clauses across sources
    speaker: int | None = None  # for a reported claim ("X said that ..."), the person who said it


@dataclass(frozen=True)
class Extraction:
    article: Article
    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Side:
    """One source's side of a finding: where to look and what it says there."""

    source: str
    path: str
    line: int | None
    column: int | None
    value: str | None
    sentence: str | None
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "value": self.value,
            "sentence": self.sentence,
        }


@dataclass(frozen=True)
class Finding:
    story: str
    field: str
    kind: str
    severity: str
    message: str
    a: Side
    b: Side
    status: str = ""  # "new" or "known" once held against a baseline
    rule: str = ""  # the name of the comparison rule that found it (`factdiff rules`)
    confidence: float = 1.0  # how sure the rule is of it: what its severity is made from
    # with three or more sources: the other sources' sides, each with the side ("a" or "b")
    # whose value it gives
    others: tuple[tuple[str, Side], ...] = ()
    folder: str = ""  # the story's Story.folder

    @property
    def fingerprint(self) -> str:
        """Stable across moved lines, whitespace, other files and file order: it hashes only
        what makes the finding, never offsets; and the story's folder, not a name made for a
        story grouped from a flat folder, which changes as articles come and go."""
        sides = sorted(
            [(self.a.source, _squash(self.a.value)), (self.b.source, _squash(self.b.value))]
        )
        story = self.folder or self.story
        key = "\x1f".join([story, self.field, self.kind, *(x for s in sides for x in s)])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> dict:
        data = {
            "fingerprint": self.fingerprint,
            "story": self.story,
            "field": self.field,
            "kind": self.kind,
            "severity": self.severity,
            "message": self.message,
            "a": self.a.to_json(),
            "b": self.b.to_json(),
        }
        if self.status:
            data["status"] = self.status
        data["confidence"] = self.confidence
        data["others"] = [dict(side.to_json(), agrees_with=label) for label, side in self.others]
        if self.rule:
            data["rule"] = self.rule
        return data


def _squash(value: str | None) -> str:
    return " ".join((value or "").casefold().split())


@dataclass(frozen=True)
class Problem:
    """A file that was skipped or read with a caveat: one line for the user."""

    path: str
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        verb = "skipped" if self.skipped else "warning"
        return f"{self.path}: {verb}: {self.message}"


@dataclass(frozen=True)
class Story:
    name: str
    articles: tuple[Article, ...]
    # what identifies it across runs: its story folder's name (its name), or for a story
    # grouped from articles lying in a folder, that folder's name ("a+b" for two)
    folder: str = ""


@dataclass(frozen=True)
class Result:
    stories: tuple[Story, ...]
    extractions: tuple[Extraction, ...]
    findings: tuple[Finding, ...]
    problems: tuple[Problem, ...]
    fixed: tuple[dict, ...] = ()
    # what the run did not look for (configured away, or omissions turned off): no finding of
    # these can be new, known or fixed
    ignored_kinds: tuple[str, ...] = ()
    ignored_fields: tuple[str, ...] = ()
    baseline: str = ""  # the baseline it was held against

    @property
    def skipped(self) -> tuple[Problem, ...]:
        """The files (or records) that could not be read as articles."""
        return tuple(p for p in self.problems if p.skipped)

    @property
    def single_source(self) -> tuple[str, ...]:
        """The stories left with one readable article: nothing to compare it with."""
        return tuple(s.name for s in self.stories if len(s.articles) < 2)
