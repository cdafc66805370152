"""What the commands' options take: the formats, severities, languages and engines, the
options every command shares, and the run flags they make."""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

import typer

from factdiff.cache import DEFAULT_DIR
from factdiff.config import BASELINE_NAME
from factdiff.pipeline import CheckOptions


class Format(str, Enum):
    table = "table"
    concise = "concise"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    markdown = "markdown"


class FactsFormat(str, Enum):
    """The formats `facts` writes."""

    table = "table"
    json = "json"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class Language(str, Enum):
    auto = "auto"
    id = "id"
    en = "en"


class Stories(str, Enum):
    auto = "auto"
    folders = "folders"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


# --- options every command shares -------------------------------------------------------

PATHS = typer.Argument(
    ..., metavar="PATH", help="Story folders, folders of story folders, or article files."
)


LANG = typer.Option(None, "--lang", help="Language of the articles.", show_default="auto")


CONFIG = typer.Option(
    None,
    "--config",
    help="A factdiff.toml or pyproject.toml to use instead of the nearest one at or above "
    "the corpus root.",
)


OUTPUT = typer.Option(
    None, "--output", "-o", help="Write the report to this file (atomically; - is stdout)."
)


STORIES = typer.Option(
    Stories.auto,
    "--stories",
    help="auto: articles lying directly in a given "
    "folder are grouped into stories; folders: every folder is one story.",
)


JOBS = typer.Option(
    0, "--jobs", "-j", min=0, help="Worker processes for extraction (0: all cores)."
)


NO_CACHE = typer.Option(False, "--no-cache", help="Neither read nor write the extraction cache.")


CACHE_DIR = typer.Option(
    None,
    "--cache-dir",
    show_default=DEFAULT_DIR,
    help="The cache folder (also FACTDIFF_CACHE_DIR).",
)


ENGINE = typer.Option(Engine.local, "--engine", help="Where extraction runs: here, or on Dask.")


SCHEDULER = typer.Option(None, "--scheduler", help="The Dask scheduler's address (--engine dask).")


QUIET = typer.Option(False, "--quiet", "-q", help="No progress bar and no file warnings.")


def _known_encoding(name: str | None) -> str | None:
    try:
        return name and codecs.lookup(name).name
    except LookupError:
        raise typer.BadParameter(f"no such encoding: {name}") from None


ENCODING = typer.Option(
    None,
    "--encoding",
    callback=_known_encoding,
    help="Read files that are not UTF-8 in this encoding (e.g. cp1252) instead of guessing.",
)


@dataclass(frozen=True)
class RunFlags:
    stories: Stories = Stories.auto
    jobs: int = 0
    no_cache: bool = False
    cache_dir: Path | None = None
    engine: Engine = Engine.local
    scheduler: str | None = None
    quiet: bool = False
    encoding: str | None = None

    def apply(self, options: CheckOptions) -> CheckOptions:
        cache_dir = self.cache_dir or os.environ.get("FACTDIFF_CACHE_DIR") or DEFAULT_DIR
        return replace(
            options,
            stories=self.stories.value,
            jobs=self.jobs,
            cache=not self.no_cache,
            cache_dir=str(cache_dir),
            engine=self.engine.value,
            scheduler=self.scheduler,
            encoding=self.encoding or "",
        )


# --- the options of `check` -------------------------------------------------------------

FORMAT = typer.Option(Format.table, "--format", "-f", help="Output format.")
FAIL_ON = typer.Option(
    None,
    "--fail-on",
    show_default="warning",
    help="Exit 1 when a (new) finding of this severity or worse is found.",
)
CONTEXT = typer.Option(
    False, "--context", help="Show the whole message and both sentences of each finding."
)
OMISSIONS = typer.Option(
    None,
    "--omissions/--no-omissions",
    show_default="off",
    help="Also report material facts only one source has (severity info).",
)
BASELINE = typer.Option(
    None,
    "--baseline",
    help="Accepted findings; only new ones fail. "
    f"Default: the nearest {BASELINE_NAME} at or above the corpus root.",
)
NO_BASELINE = typer.Option(False, "--no-baseline", help="Ignore any baseline.")
UPDATE_BASELINE = typer.Option(
    False, "--update-baseline", help="Accept today's findings: rewrite the baseline."
)
STRICT = typer.Option(
    False,
    "--strict",
    help="Exit 2 when a file was skipped or a story has a single readable source.",
)
SARIF = typer.Option(
    None,
    "--sarif",
    help="Also write SARIF to this file, whatever --format is (annotations and a "
    "code-scanning file from one run).",
)
