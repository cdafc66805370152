"""One finding a line, as ruff's concise output: `path:line:col: severity kind/field message`,
for logs, grep, and an editor's quickfix list (Vim's errorformat `%f:%l:%c: %m`)."""

from __future__ import annotations

from factdiff.model import Finding, Result
from factdiff.report import reading, summary_line


def finding_line(f: Finding) -> str:
    where = f.a.path if f.a.line is None else f"{f.a.path}:{f.a.line}:{f.a.column}"
    message = " ".join(f.message.split())
    return f"{where}: {f.severity} {f.kind}/{f.field} {message}"


def render_concise(result: Result) -> str:
    """New findings only when there is a baseline; the summary lines close it."""
    lines = [finding_line(f) for f in result.findings if f.status != "known"]
    return "".join(line + "\n" for line in [*lines, summary_line(result), reading(result)])
