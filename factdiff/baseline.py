"""The baseline: today's findings accepted once, so that CI fails only on new ones.

A readable, diff-friendly JSON file: one entry per finding, sorted by story and fingerprint,
with the values and sources beside each fingerprint so a reviewer sees what was accepted."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from factdiff.errors import InputError
from factdiff.files import write_file
from factdiff.model import Finding, Result

SCHEMA = "factdiff-baseline/1"


def entry(finding: Finding) -> dict:
    return {
        "fingerprint": finding.fingerprint,
        "story": finding.story,
        "kind": finding.kind,
        "field": finding.field,
        "severity": finding.severity,
        "a": {"source": finding.a.source, "value": finding.a.value},
        "b": {"source": finding.b.source, "value": finding.b.value},
        "message": finding.message,
    }


def render_baseline(findings: tuple[Finding, ...] | list[Finding]) -> str:
    entries = sorted((entry(f) for f in findings), key=lambda e: (e["story"], e["fingerprint"]))
    unique = list({e["fingerprint"]: e for e in entries}.values())
    return json.dumps({"schema": SCHEMA, "findings": unique}, ensure_ascii=False, indent=2) + "\n"


def write_baseline(findings, path: Path) -> None:
    write_file(path, render_baseline(findings))


def read_baseline(path: Path) -> dict[str, dict]:
    """Fingerprint -> entry. A baseline that cannot be read or is not one is an input error:
    never silently treated as empty, which would make every known finding new."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: baseline not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: baseline cannot be read ({error})") from None
    except json.JSONDecodeError as error:
        raise InputError(
            f"{path}: baseline is not valid JSON (line {error.lineno}: {error.msg})"
        ) from None
    if (
        not isinstance(data, dict)
        or data.get("schema") != SCHEMA
        or not isinstance(data.get("findings"), list)
    ):
        raise InputError(
            f'{path}: not a factdiff baseline (expected "schema": "{SCHEMA}" and a "findings" list)'
        )
    entries = {}
    for item in data["findings"]:
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
            raise InputError(f"{path}: baseline entry without a fingerprint: {str(item)[:80]}")
        entries[item["fingerprint"]] = item
    return entries


def apply_baseline(result: Result, entries: dict[str, dict]) -> Result:
    """Mark each finding new or known; entries of the checked stories that no longer occur
    are fixed (a run on one story says nothing of the others)."""
    findings = tuple(
        replace(f, status="known" if f.fingerprint in entries else "new") for f in result.findings
    )
    current = {f.fingerprint for f in findings}
    checked = {s.name for s in result.stories}
    fixed = tuple(
        e for fp, e in sorted(entries.items()) if fp not in current and e.get("story") in checked
    )
    return replace(result, findings=findings, fixed=fixed)
