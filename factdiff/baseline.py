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
    folder = {"folder": finding.folder} if finding.folder not in ("", finding.story) else {}
    return {
        "fingerprint": finding.fingerprint,
        "story": finding.story,
        **folder,
        "kind": finding.kind,
        "field": finding.field,
        "severity": finding.severity,
        "a": {"source": finding.a.source, "value": finding.a.value},
        "b": {"source": finding.b.source, "value": finding.b.value},
        "message": finding.message,
    }


def render_baseline(findings: tuple[Finding, ...] | list[Finding], kept: list[dict] = ()) -> str:
    """The baseline of FINDINGS, with the entries KEPT from the one before."""
    entries = sorted(
        [*(entry(f) for f in findings), *kept], key=lambda e: (e["story"], e["fingerprint"])
    )
    unique = list({e["fingerprint"]: e for e in entries}.values())
    return json.dumps({"schema": SCHEMA, "findings": unique}, ensure_ascii=False, indent=2) + "\n"


def write_baseline(result: Result, path: Path, before: dict[str, dict], whole: bool) -> None:
    """RESULT's findings as the baseline at PATH, keeping the entries of the one BEFORE that
    the run did not check (other stories, kinds it did not look for)."""
    kept = [e for e in before.values() if not checked(e, result, whole)]
    write_file(path, render_baseline(result.findings, kept))


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


def checked(entry: dict, result: Result, whole: bool) -> bool:
    """Whether RESULT's run looked for the finding of a baseline ENTRY: in one of its stories
    (any story, when the run covered the WHOLE folder of the baseline), of a kind and a field
    it did not leave out. A run on one story says nothing of the others, a run without
    omissions nothing of them."""
    stories = {s.folder or s.name for s in result.stories} | {s.name for s in result.stories}
    return (
        (whole or entry.get("folder", entry.get("story")) in stories)
        and entry.get("kind") not in result.ignored_kinds
        and entry.get("field") not in result.ignored_fields
    )


def apply_baseline(result: Result, entries: dict[str, dict], path: Path, whole: bool) -> Result:
    """Mark each finding new or known; the entries the run checked (see ``checked``) that no
    longer occur are fixed."""
    findings = tuple(
        replace(f, status="known" if f.fingerprint in entries else "new") for f in result.findings
    )
    current = {f.fingerprint for f in findings}
    fixed = tuple(
        e for fp, e in sorted(entries.items()) if fp not in current and checked(e, result, whole)
    )
    return replace(result, findings=findings, fixed=fixed, baseline=str(path))
