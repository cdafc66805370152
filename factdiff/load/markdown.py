"""Markdown articles, with their YAML front matter (title, source, published, url)."""

from __future__ import annotations

import re

import yaml

from factdiff.errors import InputError
from factdiff.load.article import Reader
from factdiff.model import Article

# libyaml's loader where PyYAML was built with it: the same mappings, ten times faster
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n", re.S | re.M)


def from_markdown(reader: Reader, text: str, path: str, story: str) -> Article:
    match = FRONT_MATTER.match(text)
    if not match:
        return reader.from_plain(text, path, story, {})
    try:
        meta = yaml.load(match.group(1), Loader=SAFE_LOADER) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise InputError(f"malformed front matter{where}") from None
    if not isinstance(meta, dict):
        raise InputError("front matter is not a mapping of keys to values")
    return reader.from_plain(text, path, story, meta, start=match.end())
