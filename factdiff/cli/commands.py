"""The commands: each parses its options, calls one Python function and hands its result
to a renderer."""

from __future__ import annotations

import io
from pathlib import Path

import typer
from rich.console import Console

from factdiff import __version__
from factdiff.baseline import apply_baseline, read_baseline, write_baseline
from factdiff.cli.options import (
    BASELINE,
    CACHE_DIR,
    CONFIG,
    CONTEXT,
    ENCODING,
    ENGINE,
    FAIL_ON,
    FORMAT,
    JOBS,
    LANG,
    NO_BASELINE,
    NO_CACHE,
    OMISSIONS,
    OUTPUT,
    PATHS,
    QUIET,
    SARIF,
    SCHEDULER,
    STORIES,
    STRICT,
    UPDATE_BASELINE,
    Engine,
    FactsFormat,
    FailOn,
    Format,
    Language,
    RunFlags,
    Stories,
)
from factdiff.cli.run import (
    baseline_path,
    configured_run,
    covers,
    emit,
    exit_code,
    stderr_line,
    stdout_console,
    write_output,
)
from factdiff.compare.rules import RULES, select
from factdiff.config import BASELINE_NAME
from factdiff.errors import FactdiffError
from factdiff.model import Result
from factdiff.report import jsonout, table, unchecked

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Cross-source fact-consistency checker for news.\n\n"
    "Put several outlets' versions of one story in a folder (one folder per story) and run "
    "`factdiff corpus/`.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factdiff {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        callback=_version,
        is_eager=True,
        help="Show the version and exit.",
    ),
) -> None:
    pass


@app.command("check")
def check_command(
    paths: list[Path] = PATHS,
    format: Format = FORMAT,
    fail_on: FailOn = FAIL_ON,
    lang: Language = LANG,
    context: bool = CONTEXT,
    omissions: bool = OMISSIONS,
    baseline: Path = BASELINE,
    no_baseline: bool = NO_BASELINE,
    update_baseline: bool = UPDATE_BASELINE,
    strict: bool = STRICT,
    config: Path = CONFIG,
    output: Path = OUTPUT,
    sarif: Path = SARIF,
    stories: Stories = STORIES,
    jobs: int = JOBS,
    no_cache: bool = NO_CACHE,
    cache_dir: Path = CACHE_DIR,
    engine: Engine = ENGINE,
    scheduler: str = SCHEDULER,
    quiet: bool = QUIET,
    encoding: str = ENCODING,
) -> None:
    """Check the stories under PATH for discrepancies between sources.

    Example: factdiff check corpus/ --format sarif -o factdiff.sarif --fail-on error
    """
    flags = RunFlags(stories, jobs, no_cache, cache_dir, engine, scheduler, quiet, encoding)
    settings, result = configured_run(paths, config, lang, flags, omissions=omissions)
    target = baseline_path(paths, settings, baseline)
    whole = covers(paths, target)
    if update_baseline:
        _accept_findings(result, target, whole, no_baseline)
        raise typer.Exit(0)
    if not no_baseline and (baseline is not None or target.exists()):
        result = _against_baseline(result, target, whole, quiet)
    emit(result, format, context, output, sarif, jobs)
    code = exit_code(result, (fail_on and fail_on.value) or settings.fail_on)
    if strict and unchecked(result):
        stderr_line(f"factdiff: error: --strict: {unchecked(result)}")
        code = 2
    raise typer.Exit(code)


def _accept_findings(result: Result, target: Path, whole: bool, no_baseline: bool) -> None:
    """--update-baseline: today's findings become the baseline."""
    before = {} if no_baseline or not target.exists() else read_baseline(target)
    compared = apply_baseline(result, before, target, whole)
    write_baseline(result, target, before, whole)
    new = sum(f.status == "new" for f in compared.findings)
    stderr_line(
        f"factdiff: baseline {target}: {len(result.findings)} findings accepted "
        f"({new} new, {len(compared.fixed)} fixed)"
    )


def _against_baseline(result: Result, target: Path, whole: bool, quiet: bool) -> Result:
    """The findings marked known or new against the baseline at TARGET."""
    result = apply_baseline(result, read_baseline(target), target, whole)
    if not quiet:
        known = sum(f.status == "known" for f in result.findings)
        stderr_line(
            f"factdiff: baseline {target}: {known} known, "
            f"{len(result.findings) - known} new, {len(result.fixed)} fixed"
        )
    return result


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
    encoding: str = ENCODING,
) -> None:
    """Accept today's findings: write them as the baseline that `check` holds new runs against.

    Example: factdiff baseline corpus/ && git add corpus/.factdiff-baseline.json
    """
    flags = RunFlags(stories, jobs, no_cache, cache_dir, engine, scheduler, quiet, encoding)
    settings, result = configured_run(paths, config, lang, flags)
    target = baseline_path(paths, settings, output)
    whole = covers(paths, target)
    before = read_baseline(target) if target.is_file() and not whole else {}
    write_baseline(result, target, before, whole)
    stderr_line(f"factdiff: wrote {len(result.findings)} findings to {target}")


@app.command("facts")
def facts_command(
    paths: list[Path] = PATHS,
    format: FactsFormat = typer.Option(FactsFormat.table, "--format", "-f", help="Output format."),
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
    encoding: str = ENCODING,
) -> None:
    """Show what was extracted from each article: mentions and who/what/when/where facts.

    Example: factdiff facts corpus/xi-putin-samarkand/korannews.txt --format json
    """
    flags = RunFlags(stories, jobs, no_cache, cache_dir, engine, scheduler, quiet, encoding)
    _, result = configured_run(paths, config, lang, flags, keep_extractions=True)
    if format is FactsFormat.json:
        write_output(jsonout.render_facts(result), output)
    elif output is None:
        table.render_facts(result, stdout_console())
    else:
        console = Console(file=io.StringIO(), record=True, width=160, color_system=None)
        table.render_facts(result, console)
        write_output(console.export_text(), output)


@app.command("rules")
def rules_command(
    name: str = typer.Argument(None, help="A kind (spelling, conflict...) or a rule's name."),
) -> None:
    """Explain the comparison rules: what each flags, why, and examples.

    Example: factdiff rules conflict
    """
    if name is None:
        width = max(len(rule.name) for rule in RULES)
        for rule in RULES:
            typer.echo(f"{rule.name:<{width}}  {rule.kind:<12} {rule.field:<10} {rule.summary}")
        return
    chosen = select(name)
    if not chosen:
        known = ", ".join(sorted({r.kind for r in RULES} | {r.name for r in RULES}))
        raise FactdiffError(f"no rule or kind {name!r} (known: {known})")
    typer.echo("\n\n".join(rule.describe() for rule in chosen))


COMMANDS = {"check", "facts", "baseline", "rules"}
