"""Rich terminal tables: a table per story, a row per finding, the differing characters of
the two values highlighted; plain readable text when piped or with NO_COLOR."""

from __future__ import annotations

from difflib import SequenceMatcher
from itertools import groupby

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from factdiff.model import Extraction, Finding, Result
from factdiff.report import reading

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def highlight(a: str, b: str) -> tuple[Text, Text]:
    """Both values with what differs between them underlined in colour (by word for long
    values such as quotes, by character for names)."""
    by_word = len(a) > 40 or len(b) > 40
    sa, sb = (a.split(), b.split()) if by_word else (list(a), list(b))
    ta, tb = Text(), Text()
    joiner = " " if by_word else ""
    for op, i1, i2, j1, j2 in SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes():
        left, right = joiner.join(sa[i1:i2]), joiner.join(sb[j1:j2])
        style = None if op == "equal" else "bold red underline"
        for text, chunk, st in ((ta, left, style), (tb, right, style and "bold green underline")):
            if chunk:
                if by_word and text.plain:
                    text.append(" ")
                text.append(chunk, st)
    return ta, tb


def _location(side) -> str:
    if side.line is None:
        return side.path
    return f"{side.path}:{side.line}:{side.column}"


def story_table(story: str, findings: list[Finding], context: bool, members: list[str]) -> Table:
    table = Table(
        title=f"[bold]{story}[/]  ({', '.join(members)})",
        box=box.SIMPLE_HEAVY,
        show_lines=context,
        title_justify="left",
        expand=False,
    )
    table.add_column("severity", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("field", no_wrap=True)
    table.add_column("source A", ratio=1, overflow="fold")
    table.add_column("source B", ratio=1, overflow="fold")
    for f in findings:
        va, vb = highlight(f.a.value or "", f.b.value or "")
        if f.b.value is None:
            vb = Text("(not reported)", style="dim")
        status = f" [dim]({f.status})[/]" if f.status else ""
        cells_a = Group(Text(f.a.source, style="bold dim"), Text(_location(f.a), style="dim"), va)
        cells_b = Group(Text(f.b.source, style="bold dim"), Text(_location(f.b), style="dim"), vb)
        table.add_row(
            f"[{SEVERITY_STYLE[f.severity]}]{f.severity}[/]{status}",
            f.kind,
            f.field,
            cells_a,
            cells_b,
        )
        if context:
            table.add_row(
                "",
                "",
                "",
                Text(f.a.sentence or "", style="italic"),
                Text(f.b.sentence or "", style="italic"),
            )
            table.add_row("", "", "", Text(f.message, style="dim"), "")
    return table


def render_findings(result: Result, console: Console, context: bool = False) -> None:
    members = {s.name: [a.source for a in s.articles] for s in result.stories}
    shown = [f for f in result.findings if f.status != "known"]
    known = len(result.findings) - len(shown)
    for story, group in groupby(shown, key=lambda f: f.story):
        console.print(story_table(story, list(group), context, members.get(story, [])))
    for story in result.stories:
        if not any(f.story == story.name for f in shown):
            console.print(f"[bold]{story.name}[/]  ({', '.join(members[story.name])}): no findings")
    counts = {s: sum(f.severity == s for f in shown) for s in ("error", "warning", "info")}
    line = (
        f"{len(shown)} finding{'s' * (len(shown) != 1)} in {len(result.stories)} "
        f"stor{'ies' if len(result.stories) != 1 else 'y'}: "
        + ", ".join(f"{n} {s}" for s, n in counts.items())
    )
    if known:
        line += f"; {known} known (in the baseline)"
    if result.fixed:
        line += f"; {len(result.fixed)} fixed since the baseline"
    console.print(line)
    console.print(reading(result))


def render_facts(result: Result, console: Console) -> None:
    for x in result.extractions:
        console.print(_facts_table(x))


def _facts_table(x: Extraction) -> Table:
    a = x.article
    published = a.published.isoformat() if a.published else "unknown date"
    table = Table(
        title=f"[bold]{a.path}[/]  {a.source}, {published}, {a.language}",
        box=box.SIMPLE_HEAVY,
        title_justify="left",
    )
    for column in ("line", "who", "what", "when", "where", "numbers"):
        table.add_column(column)
    names = lambda idx: ", ".join(dict.fromkeys(x.mentions[i].canonical for i in idx))  # noqa: E731
    for f in x.facts:
        line, _ = a.position(f.start)
        table.add_row(
            str(line),
            names(f.who),
            f.what_text,
            names(f.when),
            names(f.where),
            ", ".join(x.mentions[i].text for i in f.numbers),
        )
    return table
