"""The machine formats: SARIF valid against the 2.1.0 schema, JUnit that parses, GitHub
workflow commands, Markdown."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from rich.console import Console

from factdiff.model import Finding, Result, Side, Story
from factdiff.pipeline import check
from factdiff.report import ci
from factdiff.report.table import render_findings
from tests.conftest import CORPUS

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def result():
    return check([CORPUS])


def test_sarif_is_valid_against_the_schema(result):
    log = json.loads(ci.render_sarif(result))
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text())).validate(log)
    results = log["runs"][0]["results"]
    assert len(results) == len(result.findings)
    for item, finding in zip(results, result.findings, strict=True):
        assert item["partialFingerprints"]["factdiff/v1"] == finding.fingerprint
        region = item["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (finding.a.line, finding.a.column)
    assert {r["level"] for r in results} <= {"error", "warning", "note"}


def test_junit_parses_back(result):
    root = ET.fromstring(ci.render_junit(result))
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == len(result.findings)
    failing = [f for f in result.findings if f.severity != "info"]
    assert int(root.get("failures")) == len(failing) == len(root.findall(".//failure"))
    assert root.find("./testsuite").get("name") == "xi-putin-samarkand"


def test_github_workflow_commands(result):
    lines = ci.render_github(result).splitlines()
    assert len(lines) == len(result.findings)
    pattern = re.compile(r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[^:]+::.+$")
    for line, finding in zip(lines, result.findings, strict=True):
        assert pattern.match(line), line
        assert f"line={finding.a.line},col={finding.a.column}" in line
    spelling = next(line for line in lines if "spelling" in line)
    assert spelling.startswith("::warning file=") and "Shahai" in spelling


def test_github_escapes_newlines_and_percent(result):
    text = ci.render_github(result)
    assert "%25" in text  # "91% of the wording" is escaped
    assert all(line.startswith("::") for line in text.splitlines())


def test_markdown_has_a_row_per_finding(result):
    text = ci.render_markdown(result)
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == len(result.findings) + 1  # plus the header
    assert "KTT Organisasi Kerjasama Shahai" in text


def test_a_fingerprint_ignores_how_the_outlet_capitalises_its_name(result):
    finding = result.findings[0]
    shouted = replace(finding, a=replace(finding.a, source=finding.a.source.upper()))
    assert shouted.fingerprint == finding.fingerprint


class _CountedName(str):
    """A story name that counts how often it is compared with another."""

    compared = 0

    def __eq__(self, other):
        _CountedName.compared += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def _many_stories(count: int) -> Result:
    """``count`` stories with a finding each and ``count`` stories with none."""
    side = Side("a.com", "a.txt", 1, 1, "x", "x")
    stories, findings = [], []
    for k in range(2 * count):
        name = _CountedName(f"story-{k:05d}")
        stories.append(Story(name, ()))
        if k < count:
            findings.append(Finding(_CountedName(name), "who", "conflict", "info", "m", side, side))
    return Result(tuple(stories), (), tuple(findings), ())


@pytest.mark.parametrize("count", [50, 500])
def test_the_table_compares_story_names_a_number_of_times_linear_in_the_stories(count):
    result = _many_stories(count)
    console = Console(file=io.StringIO(), width=100)
    _CountedName.compared = 0
    render_findings(result, console)
    # never every story with every story's findings (500 stories: 250,000 comparisons)
    assert _CountedName.compared <= 4 * count
    assert console.file.getvalue().count("no findings") == count
