"""The command line: parse options, call one Python function, hand its result to a renderer
(``commands``; the shared options in ``options``, running and writing in ``run``).

`factdiff PATH...` is `factdiff check PATH...`."""

from __future__ import annotations

import os
import sys

import typer

from factdiff.cli.commands import COMMANDS, app
from factdiff.cli.run import stderr_line
from factdiff.cli.usage import usage_error, usage_line
from factdiff.errors import FactdiffError


def main(argv: list[str] | None = None) -> None:
    """Entry point: `factdiff PATH` runs `check`; user errors are one line and exit 2."""
    args = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args if not a.startswith("-")), None)
    if (
        first is not None
        and first not in COMMANDS
        and not any(a in ("-h", "--help", "-V", "--version") for a in args[: args.index(first)])
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
        if usage_error(error):
            stderr_line(f"factdiff: error: {usage_line(error, args)}")
            sys.exit(error.exit_code)
        if os.environ.get("FACTDIFF_DEBUG"):
            raise
        stderr_line(
            f"factdiff: internal error: {error.__class__.__name__}: {error} "
            "(set FACTDIFF_DEBUG=1 for a traceback)"
        )
        sys.exit(3)
