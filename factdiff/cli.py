"""The command line: parse options, call one Python function, hand its result to a renderer.

`factdiff PATH...` is `factdiff check PATH...`."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from factdiff import __version__
from factdiff.compare import Options
from factdiff.errors import FactdiffError
from factdiff.model import Result
from factdiff.pipeline import CheckOptions, check
from factdiff.report import jsonout, table

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


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class Language(str, Enum):
    auto = "auto"
    id = "id"
    en = "en"


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


def stdout_console() -> Console:
    """Colour only on a terminal (and never with NO_COLOR); piped output is plain text wide
    enough not to wrap every cell."""
    if sys.stdout.isatty():
        return Console()
    width = int(os.environ.get("COLUMNS", "160"))
    return Console(width=max(width, 100), color_system=None, force_terminal=False)


def stderr_line(message: str) -> None:
    sys.stderr.write(message.rstrip() + "\n")


def report_problems(result: Result) -> None:
    for problem in result.problems:
        stderr_line(f"factdiff: {problem}")


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
        return
    from factdiff.files import write_atomic

    write_atomic(output, text)


PATHS = typer.Argument(..., help="Story folders, folders of story folders, or article files.")
LANG = typer.Option(Language.auto, "--lang", help="Language of the articles (auto: per article).")


@app.command("check")
def check_command(
    paths: list[Path] = PATHS,
    format: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    fail_on: FailOn = typer.Option(
        FailOn.warning,
        "--fail-on",
        help="Exit 1 when a finding of this severity or worse is found.",
    ),
    lang: Language = LANG,
    context: bool = typer.Option(False, "--context", help="Show both sentences under each row."),
    omissions: bool = typer.Option(
        True, "--omissions/--no-omissions", help="Report facts only one source has (severity info)."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the report to a file."),
) -> None:
    """Check the stories under PATH for discrepancies between sources.

    Example: factdiff check corpus/ --format json --fail-on error
    """
    options = CheckOptions(language=lang.value, compare=Options(omissions=omissions))
    result = check(list(paths), options)
    report_problems(result)
    if format is Format.json:
        write_output(jsonout.render_findings(result), output)
    elif output is not None:
        console = Console(file=open(os.devnull, "w"), record=True, width=160)  # noqa: SIM115
        table.render_findings(result, console, context)
        write_output(console.export_text(), output)
    else:
        table.render_findings(result, stdout_console(), context)
    raise typer.Exit(exit_code(result, fail_on.value))


@app.command("facts")
def facts_command(
    paths: list[Path] = PATHS,
    format: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    lang: Language = LANG,
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the report to a file."),
) -> None:
    """Show what was extracted from each article: mentions and who/what/when/where facts.

    Example: factdiff facts corpus/xi-putin-samarkand/korannews.txt --format json
    """
    result = check(list(paths), CheckOptions(language=lang.value))
    report_problems(result)
    if format is Format.json:
        write_output(jsonout.render_facts(result), output)
    else:
        table.render_facts(result, stdout_console())


COMMANDS = {"check", "facts", "baseline"}


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
        import click

        if isinstance(error, click.ClickException):
            error.show()
            sys.exit(error.exit_code)
        if os.environ.get("FACTDIFF_DEBUG"):
            raise
        stderr_line(
            f"factdiff: internal error: {error.__class__.__name__}: {error} "
            "(set FACTDIFF_DEBUG=1 for a traceback)"
        )
        sys.exit(3)
