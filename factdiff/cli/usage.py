"""Click's usage errors in one line of plain words."""

from __future__ import annotations

import re
from difflib import get_close_matches


def usage_error(error: Exception) -> bool:
    """A usage error of click's ("No such option"), from click itself or from the copy of it
    that newer typer releases carry as ``typer._click``."""
    return any(
        cls.__name__ == "ClickException" and cls.__module__.endswith("click.exceptions")
        for cls in type(error).__mro__
    )


def _given(args: list[str], names: list[str]) -> str | None:
    """The value given on the command line to an option of NAMES (`--jobs 2`, `--jobs=2`)."""
    for k, arg in enumerate(args):
        for name in names:
            if arg == name and k + 1 < len(args):
                return args[k + 1]
            if arg.startswith(name + "=") and name.startswith("--"):
                return arg[len(name) + 1 :]
    return None


def _plain_detail(detail: str, given: str | None) -> str:
    """A parameter's complaint in plain words: what it takes, and what it was given."""
    detail = detail.removeprefix("Value error, ").rstrip(".")
    choices = re.match(r"'(.*)' is not one of (.+)$", detail)
    if choices:
        options = re.findall(r"'([^']*)'", choices.group(2))
        listed = ", ".join(options[:-1]) + f" or {options[-1]}" if len(options) > 1 else options[0]
        return f"takes {listed}, not '{choices.group(1)}'"
    words = {
        r"Input should be a valid integer.*|.*is not a valid integer.*": "takes a whole number",
        r"Input should be greater than or equal to (\S+)|.*not in the range x>=(\S+)": (
            "takes a number of {} or more"
        ),
    }
    for pattern, plain in words.items():
        match = re.fullmatch(pattern, detail)
        if match:
            bound = next((g for g in match.groups() if g), "")
            return plain.format(bound) + (f", not '{given}'" if given is not None else "")
    return detail[:1].lower() + detail[1:]


def usage_line(error: Exception, args: list[str]) -> str:
    """A usage error of click's in one line of plain words, with where to read more: not
    "Invalid value for '--format' / '-f': Value error, 'xml' is not one of ..." but
    "--format takes table, concise, ... or markdown, not 'xml'"."""
    ctx = getattr(error, "ctx", None)
    command = ctx.command_path if ctx is not None else "factdiff"
    kind = type(error).__name__
    param = getattr(error, "param", None)
    names = list(getattr(param, "opts", None) or [])
    option = names[0] if names else "an option"
    if kind == "NoSuchOption":
        text = f"{command} has no option {error.option_name}"
        close = get_close_matches(error.option_name, error.possibilities or [], n=1, cutoff=0)
        if close:
            text += f"; did you mean {close[0]}?"
    elif kind == "MissingParameter":
        text = f"{command} needs a PATH: a story folder, a folder of stories, or article files"
    elif kind == "BadOptionUsage" and "requires an argument" in error.format_message():
        text = f"{error.option_name} needs a value"
    elif kind == "BadParameter" and names:
        detail = error.format_message().split(": ", 1)[-1]
        text = f"{option} {_plain_detail(detail, _given(args, names))}"
    elif extra := re.match(
        r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", error.format_message()
    ):
        text = f"too many arguments for {command}: {extra.group(1)}"
    else:
        message = error.format_message().rstrip(".")
        text = message[:1].lower() + message[1:]
    return f"{text} (see {command} --help)"
