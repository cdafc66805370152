"""The terminal report: a block per finding under its story, the differing words of the two
values highlighted (`[-a-]{+b+}` markers when piped or with NO_COLOR). Side by side on a wide
terminal, source A above source B on a narrow one; a file location is never broken, so it can
be clicked or copied."""

from __future__ import annotations

from itertools import groupby

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from factdiff.model import Extraction, Finding, Result, Side
from factdiff.report import reading, summary_line, worddiff

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SIDE_BY_SIDE_AT = 110  # columns: narrower terminals get a finding's sources one above the other
INDENT = 2  # a finding's sources, under its heading
GAP = 3  # between the two sources side by side


def _location(side: Side) -> str:
    if side.line is None:
        return side.path
    return f"{side.path}:{side.line}:{side.column}"


def _plain(console: Console) -> bool:
    return console.no_color or console.color_system is None


def _values(f: Finding, plain: bool) -> tuple[Text, Text]:
    """Both values with what differs marked: words, and letters inside a misspelt name."""
    if f.b.value is None:
        return Text(f.a.value or ""), Text("(not reported)", style="dim")
    if plain:
        chunks = worddiff.word_diff(f.a.value or "", f.b.value)
        a, b = (worddiff.markers(worddiff.side(chunks, x)) for x in "ab")
        return Text(a), Text(b)
    return worddiff.highlight(f.a.value or "", f.b.value, by_letter=f.kind == "spelling")


def heading(f: Finding, context: bool) -> Text:
    """Severity, kind/field and why it is a finding: one line, cut to the terminal's width
    unless --context asks for everything."""
    text = Text.assemble(
        (f"{f.severity:<8}", SEVERITY_STYLE[f.severity]), (f"{f.kind}/{f.field}", "bold")
    )
    if f.status:
        text.append(f" ({f.status})", style="dim")
    text.append(f"  {f.message}")
    if not context:
        text.no_wrap, text.overflow = True, "ellipsis"
    return text


def _fits_side_by_side(f: Finding, width: int) -> bool:
    column = (width - INDENT - GAP) // 2
    return width >= SIDE_BY_SIDE_AT and max(len(_location(f.a)), len(_location(f.b))) <= column


def _side_by_side(f: Finding, values: tuple[Text, Text], context: bool) -> RenderableType:
    grid = Table.grid(padding=(0, GAP), expand=True)
    longest = max(len(_location(f.a)), len(_location(f.b)))
    grid.add_column(ratio=1, min_width=longest)
    grid.add_column(ratio=1, min_width=longest)
    grid.add_row(Text(f.a.source, style="bold dim"), Text(f.b.source, style="bold dim"))
    grid.add_row(
        Text(_location(f.a), style="dim", no_wrap=True),
        Text(_location(f.b), style="dim", no_wrap=True),
    )
    grid.add_row(*values)
    if context:
        grid.add_row(*(Text(s.sentence or "", style="italic") for s in (f.a, f.b)))
    return Padding(grid, (0, 0, 0, INDENT))


def _unbroken(text: str, style: str, indent: int) -> Text:
    """A line that is never folded (a file location): past the terminal's edge it runs on
    rather than break inside a path."""
    return Text(" " * indent + text, style=style, no_wrap=True, overflow="ignore")


def _indented(value: RenderableType, indent: int) -> Padding:
    return Padding(value, (0, 0, 0, indent), expand=False)


def _stacked(f: Finding, values: tuple[Text, Text], context: bool, width: int) -> RenderableType:
    lines: list[RenderableType] = []
    for side, value in zip((f.a, f.b), values, strict=True):
        location, source = _location(side), side.source
        if INDENT + len(location) + 2 + len(source) <= width:
            lines.append(_unbroken(location, "dim", INDENT).append(f"  {source}", "bold dim"))
        else:
            lines.append(_unbroken(location, "dim", INDENT))
            lines.append(_unbroken(source, "bold dim", INDENT))
        lines.append(_indented(value, 2 * INDENT))
        if context and side.sentence:
            lines.append(_indented(Text(side.sentence, style="italic"), 2 * INDENT))
    return Group(*lines)


def finding_block(f: Finding, width: int, plain: bool, context: bool) -> RenderableType:
    """One finding: its heading, then both sources (where, who, what each says)."""
    values = _values(f, plain)
    if _fits_side_by_side(f, width):
        body = _side_by_side(f, values, context)
    else:
        body = _stacked(f, values, context, width)
    return Group(heading(f, context), body, Text(""))


def story_heading(story: str, members: list[str]) -> Text:
    return Text.assemble((story, "bold"), f"  ({', '.join(members)})", "\n")


def render_findings(result: Result, console: Console, context: bool = False) -> None:
    if not _plain(console):
        _render_findings(result, console, context, plain=False)
        return
    # plain text for pipes and files: without the padding that fills out each line
    with console.capture() as captured:
        _render_findings(result, console, context, plain=True)
    console.out("\n".join(line.rstrip() for line in captured.get().splitlines()), highlight=False)


def _render_findings(result: Result, console: Console, context: bool, plain: bool) -> None:
    members = {s.name: [a.source for a in s.articles] for s in result.stories}
    shown = [f for f in result.findings if f.status != "known"]
    for story, group in groupby(shown, key=lambda f: f.story):
        console.print(story_heading(story, members.get(story, [])))
        for f in group:
            # a location is never folded: a path too long for the terminal runs past its edge
            console.print(finding_block(f, console.width, plain, context), crop=False)
    told = {f.story for f in shown}
    for story in result.stories:
        if story.name not in told:
            console.print(f"[bold]{story.name}[/]  ({', '.join(members[story.name])}): no findings")
    console.print(summary_line(result))
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
