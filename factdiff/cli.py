"""The command line: parse options, call one Python function, hand its result to a renderer.

`factdiff PATH...` is `factdiff check PATH...`."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from factdiff import __version__
from factdiff.baseline import apply_baseline, read_baseline, write_baseline
from factdiff.cache import DEFAULT_DIR
from factdiff.compare.rules import RULES, select
from factdiff.config import BASELINE_NAME, Config, find_baseline, load_config
from factdiff.errors import FactdiffError
from factdiff.files import write_file
from factdiff.model import Result
from factdiff.pipeline import CheckOptions, check
from factdiff.report import ci, jsonout, table, unchecked

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Cross-source fact-consistency checker for news.\n\n"
    "Put several outlets' versions of one story in a folder (one folder per story) and run "
    "`factdiff corpus/`.",
)

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


class Format(str, Enum):
    table = "table"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    markdown = "markdown"


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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factdiff {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    pass


# --- options every command shares -------------------------------------------------------

PATHS = typer.Argument(
    ..., metavar="PATH", help="Story folders, folders of story folders, or article files."
)
LANG = typer.Option(None, "--lang", help="Language of the articles.", show_default="auto")
CONFIG = typer.Option(
    None,
    "--config",
    help="A factdiff.toml or pyproject.toml to use instead of the one found at the corpus root.",
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


@dataclass(frozen=True)
class RunFlags:
    stories: Stories = Stories.auto
    jobs: int = 0
    no_cache: bool = False
    cache_dir: Path | None = None
    engine: Engine = Engine.local
    scheduler: str | None = None
    quiet: bool = False

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
        )


def stdout_console() -> Console:
    """Colour only on a terminal (and never with NO_COLOR); piped output is plain text wide
    enough not to wrap every cell."""
    if sys.stdout.isatty():
        return Console()
    width = int(os.environ.get("COLUMNS", "160"))
    return Console(width=max(width, 100), color_system=None, force_terminal=False)


def stderr_line(message: str) -> None:
    sys.stderr.write(message.rstrip() + "\n")


@contextmanager
def progress_bar() -> Iterator:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("factdiff"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("files", total=None)
        yield lambda done: bar.advance(task, done)


def run_check(paths: list[Path], options: CheckOptions, flags: RunFlags) -> Result:
    """check() with the shared flags, a progress bar on stderr for a terminal, and the
    skipped files reported one line each."""
    options = flags.apply(options)
    if flags.quiet or not sys.stderr.isatty():
        result = check(list(paths), options)
    else:
        with progress_bar() as advance:
            result = check(list(paths), replace(options, progress=advance))
    if not flags.quiet:
        for problem in result.problems:
            stderr_line(f"factdiff: {problem}")
    return result


def configured_run(
    paths: list[Path], config: Path | None, lang: Language | None, flags: RunFlags, **overrides
) -> tuple[Config, Result]:
    """The configuration for PATHS, and the check run with it and the command's options."""
    settings = load_config(paths, config)
    options = CheckOptions.from_config(settings, language=lang and lang.value, **overrides)
    return settings, run_check(paths, options, flags)


def exit_code(result: Result, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    limit = SEVERITY_RANK[fail_on]
    failing = [
        f for f in result.findings if f.status != "known" and SEVERITY_RANK[f.severity] <= limit
    ]
    return 1 if failing else 0


def write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        write_file(output, text)


def emit(result: Result, format: Format, context: bool, output: Path | None) -> None:
    renderers = {
        Format.json: jsonout.render_findings,
        Format.sarif: ci.render_sarif,
        Format.github: ci.render_github,
        Format.junit: ci.render_junit,
        Format.markdown: ci.render_markdown,
    }
    if format in renderers:
        write_output(renderers[format](result), output)
    elif output is None:
        table.render_findings(result, stdout_console(), context)
    else:
        console = Console(file=io.StringIO(), record=True, width=160, color_system=None)
        table.render_findings(result, console, context)
        write_output(console.export_text(), output)


def baseline_path(paths: list[Path], config: Config, explicit: Path | None) -> Path:
    return explicit if explicit is not None else find_baseline(paths, config)


def covers(paths: list[Path], baseline: Path) -> bool:
    """Whether the run covers the baseline's whole folder (a story there that is gone is
    fixed), rather than some stories below it."""
    folder = os.path.abspath(baseline.parent)
    return any(os.path.abspath(p) == folder for p in paths)


# --- commands ---------------------------------------------------------------------------


@app.command("check")
def check_command(
    paths: list[Path] = PATHS,
    format: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    fail_on: FailOn = typer.Option(
        None,
        "--fail-on",
        show_default="warning",
        help="Exit 1 when a (new) finding of this severity or worse is found.",
    ),
    lang: Language = LANG,
    context: bool = typer.Option(False, "--context", help="Show both sentences under each row."),
    omissions: bool = typer.Option(
        None,
        "--omissions/--no-omissions",
        show_default="off",
        help="Also report material facts only one source has (severity info).",
    ),
    baseline: Path = typer.Option(
        None,
        "--baseline",
        help="Accepted findings; only new ones fail. "
        f"Default: the nearest {BASELINE_NAME} at or above the corpus root.",
    ),
    no_baseline: bool = typer.Option(False, "--no-baseline", help="Ignore any baseline."),
    update_baseline: bool = typer.Option(
        False, "--update-baseline", help="Accept today's findings: rewrite the baseline."
    ),
    strict: bool = typer.Option(
        False,
        "--strict",
        help="Exit 2 when a file was skipped or a story has a single readable source.",
    ),
    config: Path = CONFIG,
    output: Path = OUTPUT,
    stories: Stories = STORIES,
    jobs: int = JOBS,
    no_cache: bool = NO_CACHE,
    cache_dir: Path = CACHE_DIR,
    engine: Engine = ENGINE,
    scheduler: str = SCHEDULER,
    quiet: bool = QUIET,
) -> None:
    """Check the stories under PATH for discrepancies between sources.

    Example: factdiff check corpus/ --format sarif -o factdiff.sarif --fail-on error
    """
    flags = RunFlags(stories, jobs, no_cache, cache_dir, engine, scheduler, quiet)
    settings, result = configured_run(paths, config, lang, flags, omissions=omissions)
    target = baseline_path(paths, settings, baseline)
    whole = covers(paths, target)
    if update_baseline:
        before = {} if no_baseline or not target.exists() else read_baseline(target)
        compared = apply_baseline(result, before, target, whole)
        write_baseline(result, target, before, whole)
        new = sum(f.status == "new" for f in compared.findings)
        stderr_line(
            f"factdiff: baseline {target}: {len(result.findings)} findings accepted "
            f"({new} new, {len(compared.fixed)} fixed)"
        )
        raise typer.Exit(0)
    if not no_baseline and (baseline is not None or target.exists()):
        result = apply_baseline(result, read_baseline(target), target, whole)
        if not quiet:
            known = sum(f.status == "known" for f in result.findings)
            stderr_line(
                f"factdiff: baseline {target}: {known} known, "
                f"{len(result.findings) - known} new, {len(result.fixed)} fixed"
            )
    emit(result, format, context, output)
    code = exit_code(result, (fail_on and fail_on.value) or settings.fail_on)
    if strict and unchecked(result):
        stderr_line(f"factdiff: error: --strict: {unchecked(result)}")
        code = 2
    raise typer.Exit(code)


@app.command("baseline")
def baseline_command(
    paths: list[Path] = PATHS,
    output: Path = typer.Option(
        None,
        "--output",
        "-o",
        help=f"Where to write it. Default: the nearest {BASELINE_NAME} at or above the "
        "corpus root, else the corpus root.",
    ),
    lang: Language = LANG,
    config: Path = CONFIG,
    stories: Stories = STORIES,
    jobs: int = JOBS,
    no_cache: bool = NO_CACHE,
    cache_dir: Path = CACHE_DIR,
    engine: Engine = ENGINE,
    scheduler: str = SCHEDULER,
    quiet: bool = QUIET,
) -> None:
    """Accept today's findings: write them as the baseline that `check` holds new runs against.

    Example: factdiff baseline corpus/ && git add corpus/.factdiff-baseline.json
    """
    flags = RunFlags(stories, jobs, no_cache, cache_dir, engine, scheduler, quiet)
    settings, result = configured_run(paths, config, lang, flags)
    target = baseline_path(paths, settings, output)
    whole = covers(paths, target)
    before = read_baseline(target) if target.is_file() and not whole else {}
    write_baseline(result, target, before, whole)
    stderr_line(f"factdiff: wrote {len(result.findings)} findings to {target}")


@app.command("facts")
def facts_command(
    paths: list[Path] = PATHS,
    format: Format = typer.Option(
        Format.table, "--format", "-f", help="Output format: table or json."
    ),
    lang: Language = LANG,
    config: Path = CONFIG,
    output: Path = OUTPUT,
    stories: Stories = STORIES,
    jobs: int = JOBS,
    no_cache: bool = NO_CACHE,
    cache_dir: Path = CACHE_DIR,
    engine: Engine = ENGINE,
    scheduler: str = SCHEDULER,
    quiet: bool = QUIET,
) -> None:
    """Show what was extracted from each article: mentions and who/what/when/where facts.

    Example: factdiff facts corpus/xi-putin-samarkand/korannews.txt --format json
    """
    if format not in (Format.table, Format.json):
        raise typer.BadParameter("facts has the formats table and json", param_hint="--format")
    flags = RunFlags(stories, jobs, no_cache, cache_dir, engine, scheduler, quiet)
    _, result = configured_run(paths, config, lang, flags, keep_extractions=True)
    if format is Format.json:
        write_output(jsonout.render_facts(result), output)
    else:
        table.render_facts(result, stdout_console())


@app.command("rules")
def rules_command(
    name: str = typer.Argument(None, help="A kind (spelling, conflict...) or a rule's name."),
) -> None:
    """Explain the comparison rules: what each flags, why, and examples.

    Example: factdiff rules conflict
    """
    if name is None:
        for rule in RULES:
            typer.echo(f"{rule.name:<18} {rule.kind:<12} {rule.field:<10} {rule.summary}")
        return
    chosen = select(name)
    if not chosen:
        known = ", ".join(sorted({r.kind for r in RULES} | {r.name for r in RULES}))
        raise FactdiffError(f"no rule or kind {name!r} (known: {known})")
    typer.echo("\n\n".join(rule.describe() for rule in chosen))


COMMANDS = {"check", "facts", "baseline", "rules"}


def _usage_error(error: Exception) -> bool:
    """A usage error of click's ("No such option"), from click itself or from the copy of it
    that newer typer releases carry as ``typer._click``."""
    return any(
        cls.__name__ == "ClickException" and cls.__module__.endswith("click.exceptions")
        for cls in type(error).__mro__
    )


def main(argv: list[str] | None = None) -> None:
    """Entry point: `factdiff PATH` runs `check`; user errors are one line and exit 2."""
    args = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args if not a.startswith("-")), None)
    if (
        first is not None
        and first not in COMMANDS
        and not any(a in ("--help", "--version") for a in args[: args.index(first)])
    ):
        args.insert(0, "check")
    try:
        code = app(args=args, prog_name="factdiff", standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except FactdiffError as error:
        stderr_line(f"factdiff: error: {error}")
        sys.exit(2)
    except (typer.Abort, KeyboardInterrupt):
        stderr_line("factdiff: interrupted")
        sys.exit(130)
    except Exception as error:  # click's usage errors and anything unforeseen
        if _usage_error(error):
            error.show()
            sys.exit(error.exit_code)
        if os.environ.get("FACTDIFF_DEBUG"):
            raise
        stderr_line(
            f"factdiff: internal error: {error.__class__.__name__}: {error} "
            "(set FACTDIFF_DEBUG=1 for a traceback)"
        )
        sys.exit(3)
