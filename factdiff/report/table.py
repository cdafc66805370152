"""The terminal report: a block per finding under its story, the differing words of the two
values highlighted (`[-a-]{+b+}` markers when piped or with NO_COLOR). Side by side on a wide
terminal, source A above source B on a narrow one; a file location is never broken, so it can
be clicked or copied."""

from __future__ import annotations

import io
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
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


# findings from which plain text is rendered by several processes (rich takes a few
# milliseconds a finding; a pool costs a fork): each renders a share of the stories
PARALLEL_FROM = 300


def render_findings(result: Result, console: Console, context: bool = False, jobs: int = 1) -> None:
    """The findings under their stories, then the stories without findings and the summary.
    In colour on a terminal; otherwise plain text, rendered by up to JOBS processes when
    there are many findings (the same text as one process renders)."""
    members = {s.name: [a.source for a in s.articles] for s in result.stories}
    groups = [
        (story, list(group))
        for story, group in groupby(
            (f for f in result.findings if f.status != "known"), key=lambda f: f.story
        )
    ]
    if not _plain(console):
        for story, findings in groups:
            _render_story(console, story, members.get(story, []), findings, context, False)
        _render_rest(result, console, {story for story, _ in groups}, members)
        return
    # plain text for pipes and files: without the padding that fills out each line
    shares = _shares(groups, members, console.width, context, jobs)
    with console.capture() as captured:
        _render_rest(result, console, {story for story, _ in groups}, members)
    text = "".join(_rendered_shares(shares, jobs)) + captured.get()
    console.out("\n".join(line.rstrip() for line in text.splitlines()), highlight=False)


def _render_story(
    console: Console,
    story: str,
    members: list[str],
    findings: list[Finding],
    context: bool,
    plain: bool,
) -> None:
    console.print(story_heading(story, members))
    for f in findings:
        # a location is never folded: a path too long for the terminal runs past its edge
        console.print(finding_block(f, console.width, plain, context), crop=False)


def _render_rest(result: Result, console: Console, told: set[str], members: dict) -> None:
    for story in result.stories:
        if story.name not in told:
            console.print(f"[bold]{story.name}[/]  ({', '.join(members[story.name])}): no findings")
    console.print(summary_line(result))
    console.print(reading(result))


@dataclass(frozen=True)
class _Share:
    """Stories whose findings one process renders as plain text."""

    stories: list[tuple[str, list[str], list[Finding]]]
    width: int
    context: bool


def _shares(
    groups: list[tuple[str, list[Finding]]], members: dict, width: int, context: bool, jobs: int
) -> list[_Share]:
    """The stories in consecutive shares of about equal numbers of findings: one share
    unless there are many findings and more than one process."""
    count = sum(len(findings) for _, findings in groups)
    parts = max(1, min(jobs, count // (PARALLEL_FROM // 2))) if count >= PARALLEL_FROM else 1
    shares: list[list[tuple[str, list[str], list[Finding]]]] = [[] for _ in range(parts)]
    done = 0
    for story, findings in groups:
        shares[min(parts - 1, done * parts // count)].append(
            (story, members.get(story, []), findings)
        )
        done += len(findings)
    return [_Share(stories, width, context) for stories in shares if stories]


def _render_share(share: _Share) -> str:
    console = Console(
        file=io.StringIO(), width=share.width, color_system=None, force_terminal=False
    )
    with console.capture() as captured:
        for story, members, findings in share.stories:
            _render_story(console, story, members, findings, share.context, True)
    return captured.get()


def _rendered_shares(shares: list[_Share], jobs: int) -> list[str]:
    """Each share's text, in order: in processes of their own when there are several (and
    the platform forks; a spawned process would cost more than it saves)."""
    if len(shares) < 2 or jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [_render_share(share) for share in shares]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(jobs, len(shares)), mp_context=context) as pool:
        return list(pool.map(_render_share, shares))


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
