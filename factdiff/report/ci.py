"""Renderers for machines and CI: SARIF 2.1.0, GitHub workflow commands, JUnit XML, and
Markdown for a pull-request comment. Each formats the same findings; none decides anything."""

from __future__ import annotations

import json
from itertools import groupby
from xml.etree import ElementTree as ET

from factdiff import __version__
from factdiff.compare.rule import KINDS as KIND_SUMMARIES
from factdiff.compare.rules import kind_help
from factdiff.model import KINDS, Finding, Result, Side
from factdiff.report import reading

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _shown(result: Result) -> list[Finding]:
    """What CI reports: every finding without a baseline, the new ones with one."""
    return [f for f in result.findings if f.status != "known"]


def _location(side: Side) -> dict:
    region = {"startLine": side.line or 1}
    if side.column:
        region["startColumn"] = side.column
    if side.end is not None and side.start is not None and side.value and "\n" not in side.value:
        region["endColumn"] = (side.column or 1) + len(side.value)
    physical = {"artifactLocation": {"uri": side.path.replace("\\", "/")}, "region": region}
    return {"physicalLocation": physical, "message": {"text": f"{side.source}: {side.value}"}}


def render_sarif(result: Result) -> str:
    results = []
    for f in _shown(result):
        item = {
            "ruleId": f"factdiff/{f.kind}",
            "ruleIndex": KINDS.index(f.kind),
            "level": SARIF_LEVEL[f.severity],
            "message": {"text": f"[{f.story}] {f.field}: {f.message}"},
            "locations": [_location(f.a)],
            "partialFingerprints": {"factdiff/v1": f.fingerprint},
            "properties": {"story": f.story, "field": f.field, "status": f.status or "new"},
        }
        if f.b.line is not None:
            item["relatedLocations"] = [dict(_location(f.b), id=1)]
        results.append(item)
    rules = [
        {
            "id": f"factdiff/{kind}",
            "name": kind,
            "shortDescription": {"text": KIND_SUMMARIES[kind]},
            "help": {"text": kind_help(kind)},
        }
        for kind in KINDS
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factdiff",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/factdiff/",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: Result) -> str:
    """GitHub Actions workflow commands: one annotation per finding, on source A's line."""
    command = {"error": "error", "warning": "warning", "info": "notice"}
    lines = []
    for f in _shown(result):
        props = [f"file={_escape_property(f.a.path)}"]
        if f.a.line:
            props.append(f"line={f.a.line}")
        if f.a.column:
            props.append(f"col={f.a.column}")
        props.append(f"title={_escape_property(f'factdiff {f.kind} ({f.field})')}")
        other = f" [{f.b.source} {f.b.path}:{f.b.line}:{f.b.column}]" if f.b.line else ""
        message = _escape_data(f"{f.message}{other}")
        lines.append(f"::{command[f.severity]} {','.join(props)}::{message}")
    for problem in result.skipped:
        props = f"file={_escape_property(problem.path)},title=factdiff skipped a file"
        lines.append(f"::warning {props}::{_escape_data(problem.message)}")
    return "".join(line + "\n" for line in lines)


def render_junit(result: Result) -> str:
    """JUnit XML: a test suite per story, a failing test case per finding (errors and
    warnings), a passing one with the note as output for info findings."""
    suites = ET.Element("testsuites", name="factdiff")
    shown = _shown(result)
    by_story = {
        k: list(g) for k, g in groupby(sorted(shown, key=lambda f: f.story), key=lambda f: f.story)
    }
    total = failures = 0
    for story in result.stories:
        found = by_story.get(story.name, [])
        failing = [f for f in found if f.severity != "info"]
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=story.name,
            tests=str(max(len(found), 1)),
            failures=str(len(failing)),
            errors="0",
            skipped="0",
        )
        if not found:
            ET.SubElement(
                suite, "testcase", classname=f"factdiff.{story.name}", name="no discrepancies"
            )
        for f in found:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"factdiff.{story.name}",
                name=f"{f.kind} {f.field} {f.fingerprint}",
                file=f.a.path,
                line=str(f.a.line or 0),
            )
            detail = (
                f"{f.a.source} {f.a.path}:{f.a.line}:{f.a.column}: {f.a.value}\n"
                f"{f.b.source} {f.b.path}:{f.b.line}:{f.b.column}: {f.b.value}"
            )
            if f.severity == "info":
                ET.SubElement(case, "system-out").text = f"{f.message}\n{detail}"
            else:
                failure = ET.SubElement(
                    case, "failure", message=f.message, type=f"{f.severity}:{f.kind}"
                )
                failure.text = detail
        total += max(len(found), 1)
        failures += len(failing)
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    ET.indent(suites)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
    )


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def _markdown_side(side: Side) -> str:
    return (
        f"**{_cell(side.value)}**<br>{_cell(side.source)} `{side.path}:{side.line}:{side.column}`"
    )


def render_markdown(result: Result) -> str:
    """A pull-request comment: a table per story, new findings only when there is a baseline."""
    shown = _shown(result)
    known = len(result.findings) - len(shown)
    out = ["## factdiff", ""]
    if not shown:
        out.append("No new discrepancies." if result.findings else "No discrepancies.")
    for story, group in groupby(shown, key=lambda f: f.story):
        out += [
            f"### {story}",
            "",
            "| severity | kind | field | source A | source B |",
            "|---|---|---|---|---|",
        ]
        for f in group:
            a = _markdown_side(f.a)
            b = _markdown_side(f.b) if f.b.value is not None else f"_not reported_<br>{f.b.source}"
            out.append(f"| {f.severity} | {f.kind} | {f.field} | {a} | {b} |")
        out.append("")
    tail = [f"{len(shown)} finding(s)"]
    if known:
        tail.append(f"{known} known (baseline)")
    if result.fixed:
        tail.append(f"{len(result.fixed)} fixed since the baseline")
    out += ["", ", ".join(tail) + ".", "", reading(result) + "."]
    return "\n".join(out) + "\n"
