"""JSON and JSON Lines files: one article a record with a "text" string, each character of
it mapped back to its line and column in the file."""

from __future__ import annotations

import bisect
import json
import re

from factdiff.errors import InputError
from factdiff.load.article import Reader
from factdiff.model import Article, Problem
from factdiff.origin import SourceText


def from_json(
    reader: Reader, text: str, path: str, story: str, lines: bool, problems: list[Problem]
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
