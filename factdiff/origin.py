"""Where each character of an article's text lies in its file, so that every finding points at
the file's own line and column. The text of a .txt or .md file is the file itself and needs no
map; the prose of an HTML page, the string inside a JSON record and a text whose glued words were
parted do. The map is a list of anchors, (offset in the text, line, column in the file), each
starting a run of characters that follow one another on one line of the file."""

from __future__ import annotations

import bisect
import re

Anchor = tuple[int, int, int]
NEWLINE = re.compile("\n")


def position(anchors: tuple[Anchor, ...], offset: int) -> tuple[int, int]:
    """1-based line and column in the file of a character offset of the text."""
    index = max(bisect.bisect_right(anchors, offset, key=lambda a: a[0]) - 1, 0)
    start, line, column = anchors[index]
    return line, column + max(offset - start, 0)


def line_anchors(text: str, first_line: int = 1, first_column: int = 1) -> list[Anchor]:
    """The map of a text that is a stretch of the file itself, starting at line:column."""
    anchors = [(0, first_line, first_column)]
    anchors += [(m.end(), first_line + i, 1) for i, m in enumerate(NEWLINE.finditer(text), 1)]
    return anchors


class SourceText:
    """A text built piece by piece from pieces of a file, with its map: ``add`` a piece that
    lies at line:column of the file (it may hold newlines of the file), ``add_loose`` a piece
    of no place in the file (a paragraph break, a space)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.anchors: list[Anchor] = []
        self.length = 0

    def add(self, piece: str, line: int, column: int) -> None:
        for start, line_at, column_at in line_anchors(piece, line, column):
            self.anchors.append((self.length + start, line_at, column_at))
        self.parts.append(piece)
        self.length += len(piece)

    def add_at(self, piece: str, line: int, column: int) -> None:
        """A piece that stands for one stretch of the file at line:column, such as a character
        written as an escape or an entity ("\\n", "&amp;")."""
        self.anchors.append((self.length, line, column))
        self.parts.append(piece)
        self.length += len(piece)

    def add_loose(self, piece: str) -> None:
        self.parts.append(piece)
        self.length += len(piece)

    def text(self) -> str:
        return "".join(self.parts)


def insert(
    text: str, anchors: tuple[Anchor, ...], inserts: list[tuple[int, str]]
) -> tuple[str, tuple[Anchor, ...]]:
    """The text with each (offset, piece) inserted, and its map: an inserted piece points at
    the character it was put before, and what follows keeps its place in the file."""
    out: list[str] = []
    moved: list[Anchor] = []
    ordered = sorted(inserts)
    shift, previous = 0, 0
    pending = list(anchors)
    cursor = 0
    for offset, piece in ordered:
        while cursor < len(pending) and pending[cursor][0] <= offset:
            start, line, column = pending[cursor]
            if start < offset or not piece:
                moved.append((start + shift, line, column))
            cursor += 1
        line, column = position(anchors, offset)
        out.append(text[previous:offset])
        moved.append((offset + shift, line, column))
        out.append(piece)
        shift += len(piece)
        moved.append((offset + shift, line, column))
        previous = offset
    moved += [(start + shift, line, column) for start, line, column in pending[cursor:]]
    out.append(text[previous:])
    return "".join(out), tuple(moved)
