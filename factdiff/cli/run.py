"""What the commands share around a check: running it with a progress bar, the exit code,
and writing the report where it was asked for."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from rich.console import Console

from factdiff.cli.options import Format, Language, RunFlags
from factdiff.config import Config, find_baseline, load_config
from factdiff.files import write_file
from factdiff.model import Result
from factdiff.pipeline import CheckOptions, check
from factdiff.report import ci, concise, jsonout, table

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


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


def emit(
    result: Result,
    format: Format,
    context: bool,
    output: Path | None,
    sarif: Path | None = None,
    jobs: int = 1,
) -> None:
    """The report in FORMAT to OUTPUT (stdout by default), and SARIF to SARIF as well when
    asked, so that CI gets annotations and a code-scanning file from one run. JOBS: the
    processes a long plain-text table may be rendered by (0: all cores)."""
    jobs = jobs or os.cpu_count() or 1
    if sarif is not None:
        write_output(ci.render_sarif(result), sarif)
    renderers = {
        Format.json: jsonout.render_findings,
        Format.sarif: ci.render_sarif,
        Format.github: ci.render_github,
        Format.junit: ci.render_junit,
        Format.markdown: ci.render_markdown,
        Format.concise: concise.render_concise,
    }
    if format in renderers:
        write_output(renderers[format](result), output)
    elif output is None:
        table.render_findings(result, stdout_console(), context, jobs)
    else:
        console = Console(file=io.StringIO(), record=True, width=160, color_system=None)
        table.render_findings(result, console, context, jobs)
        write_output(console.export_text(), output)


def baseline_path(paths: list[Path], config: Config, explicit: Path | None) -> Path:
    return explicit if explicit is not None else find_baseline(paths, config)


def covers(paths: list[Path], baseline: Path) -> bool:
    """Whether the run covers the baseline's whole folder (a story there that is gone is
    fixed), rather than some stories below it."""
    folder = os.path.abspath(baseline.parent)
    return any(os.path.abspath(p) == folder for p in paths)
