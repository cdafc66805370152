"""The closing line of the terminal formats: how many findings, in how many stories, of which
severity, and what the baseline held back."""

from __future__ import annotations

from factdiff.model import Result


def plural(count: int, noun: str, many: str | None = None) -> str:
    """ "1 warning", "4 warnings"; "info" counts no plural."""
    if count == 1 or noun == "info":
        return f"{count} {noun}"
    return f"{count} {many or noun + 's'}"


def summary_line(result: Result) -> str:
    """ "6 findings in 1 story: 1 error, 4 warnings, 1 info; 2 known (in the baseline)"."""
    shown = [f for f in result.findings if f.status != "known"]
    known = len(result.findings) - len(shown)
    counts = {s: sum(f.severity == s for f in shown) for s in ("error", "warning", "info")}
    line = (
        f"{plural(len(shown), 'finding')} in {plural(len(result.stories), 'story', 'stories')}: "
        + ", ".join(plural(n, s) for s, n in counts.items())
    )
    if known:
        line += f"; {known} known (in the baseline)"
    if result.fixed:
        line += f"; {len(result.fixed)} fixed since the baseline"
    return line
