"""Configuration: ``[tool.factdiff]`` in pyproject.toml or a factdiff.toml at the corpus root
or the nearest folder above it that has one (as ruff finds its own), command-line options over
both. Unknown keys and wrong types are errors, never ignored. The baseline is found the same
way."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from factdiff.errors import ConfigError
from factdiff.model import FIELDS, KINDS, SEVERITIES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FAIL_ON = (*SEVERITIES, "never")
LANGUAGES = ("auto", "id", "en")
BASELINE_NAME = ".factdiff-baseline.json"


@dataclass(frozen=True)
class Config:
    language: str = "auto"
    fail_on: str = "warning"
    ignore_kinds: tuple[str, ...] = ()
    ignore_fields: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)  # kind -> severity
    aliases: tuple[tuple[str, ...], ...] = ()
    boilerplate: dict[str, tuple[str, ...]] = field(default_factory=dict)  # outlet or "*"
    omissions: bool = False
    baseline: str | None = None
    source: str = ""  # the file it came from, for messages
    folder: str = ""  # that file's folder: a baseline path in it is relative to it


def _type_error(where: str, key: str, expected: str) -> ConfigError:
    return ConfigError(f"{where}: '{key}' must be {expected}")


def _strings(
    value, where: str, key: str, allowed: tuple[str, ...] | None = None
) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _type_error(where, key, "a list of strings")
    for v in value:
        if allowed and v not in allowed:
            raise ConfigError(f"{where}: '{key}' has '{v}'; choose from {', '.join(allowed)}")
    return tuple(value)


def _choice(value, where: str, key: str, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise ConfigError(f"{where}: '{key}' must be one of {', '.join(allowed)}")
    return value


def parse_config(data: dict, where: str) -> Config:
    """A Config from the ``[tool.factdiff]`` table (or a factdiff.toml's top level)."""
    known = {
        "language",
        "fail_on",
        "ignore_kinds",
        "ignore_fields",
        "severity",
        "aliases",
        "boilerplate",
        "omissions",
        "baseline",
    }
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(
            f"{where}: unknown key '{unknown[0]}' (known: {', '.join(sorted(known))})"
        )
    values: dict = {"source": where}
    if "language" in data:
        values["language"] = _choice(data["language"], where, "language", LANGUAGES)
    if "fail_on" in data:
        values["fail_on"] = _choice(data["fail_on"], where, "fail_on", FAIL_ON)
    if "ignore_kinds" in data:
        values["ignore_kinds"] = _strings(data["ignore_kinds"], where, "ignore_kinds", KINDS)
    if "ignore_fields" in data:
        values["ignore_fields"] = _strings(data["ignore_fields"], where, "ignore_fields", FIELDS)
    if "omissions" in data:
        if not isinstance(data["omissions"], bool):
            raise _type_error(where, "omissions", "true or false")
        values["omissions"] = data["omissions"]
    if "baseline" in data:
        if not isinstance(data["baseline"], str):
            raise _type_error(where, "baseline", "a path")
        values["baseline"] = data["baseline"]
    if "severity" in data:
        table = data["severity"]
        if not isinstance(table, dict):
            raise _type_error(where, "severity", "a table of kind = severity")
        values["severity"] = {
            _choice(k, where, "severity", KINDS): _choice(v, where, f"severity.{k}", SEVERITIES)
            for k, v in table.items()
        }
    if "aliases" in data:
        groups = data["aliases"]
        if not isinstance(groups, list) or not all(
            isinstance(g, list) and len(g) > 1 and all(isinstance(n, str) for n in g)
            for g in groups
        ):
            raise _type_error(
                where, "aliases", 'a list of lists of names, e.g. [["Red Flags", "Bendera Merah"]]'
            )
        values["aliases"] = tuple(tuple(g) for g in groups)
    if "boilerplate" in data:
        values["boilerplate"] = _boilerplate(data["boilerplate"], where)
    return Config(**values)


def _boilerplate(table, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(table, dict):
        raise _type_error(
            where, "boilerplate", 'a table of outlet = [patterns] ("*" for every outlet)'
        )
    out = {}
    for outlet, patterns in table.items():
        patterns = _strings(patterns, where, f"boilerplate.{outlet}")
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as error:
                raise ConfigError(f"{where}: boilerplate pattern {pattern!r}: {error}") from None
        out[outlet.lower()] = patterns
    return out


def corpus_root(paths: list[Path]) -> Path:
    first = Path(paths[0]) if paths else Path(".")
    return first if first.is_dir() else first.parent


def search_folders(paths: list[Path]) -> list[Path]:
    """The corpus root and every folder above it, nearest first; shown relative to the
    current folder when inside it."""
    root = corpus_root(paths)
    absolute = Path(os.path.abspath(root))
    here = Path.cwd()
    shown = [root]
    for folder in absolute.parents:
        try:
            shown.append(folder.relative_to(here))
        except ValueError:
            shown.append(folder)
    return shown


def find_baseline(paths: list[Path], config: Config) -> Path:
    """The configured baseline (relative to its configuration file), else the nearest
    .factdiff-baseline.json at or above the corpus root, else one to write at the root."""
    if config.baseline:
        return Path(config.folder or corpus_root(paths)) / config.baseline
    folders = search_folders(paths)
    found = (folder / BASELINE_NAME for folder in folders)
    return next((path for path in found if path.is_file()), folders[0] / BASELINE_NAME)


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None


def load_config(paths: list[Path], explicit: Path | None = None) -> Config:
    """The configuration for a run: an explicit file, else the nearest factdiff.toml or
    pyproject.toml with [tool.factdiff] at or above the corpus root, else in the current
    folder (a factdiff.toml first where a folder has both)."""
    if explicit is not None:
        data = _read_toml(Path(explicit))
        table = (
            data.get("tool", {}).get("factdiff", data)
            if Path(explicit).name == "pyproject.toml"
            else data
        )
        return replace(parse_config(table, str(explicit)), folder=str(Path(explicit).parent))
    for folder in dict.fromkeys([*search_folders(paths), Path(".")]):
        candidate = folder / "factdiff.toml"
        if candidate.is_file():
            return replace(parse_config(_read_toml(candidate), str(candidate)), folder=str(folder))
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _read_toml(pyproject).get("tool", {}).get("factdiff")
            if table is not None:
                if not isinstance(table, dict):
                    raise ConfigError(f"{pyproject}: [tool.factdiff] must be a table")
                config = parse_config(table, f"{pyproject} [tool.factdiff]")
                return replace(config, folder=str(folder))
    return Config()
