"""Precision and recall on real multi-outlet stories, as an editor would meet them.

Runs `factdiff check STORIES --format json --no-cache` on the development set of real stories
(../shared/data/real-stories/stories, when it exists; its texts are never copied into this
repository) and scores the findings with the set's own scorer (../shared/tools/score-real):
precision of warnings and errors, recall of the gold items, overall, per language and per kind.

    python benchmarks/real.py [--stories DIR] [--scorer PATH] [--list]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
STORIES = SHARED / "data" / "real-stories" / "stories"
SCORER = SHARED / "tools" / "score-real"
SCORE_LINE = re.compile(r"precision .*")
LISTED = re.compile(r"^(found|missed)\s+(\S+)\s+(\w+)\s")
UNEXPLAINED = re.compile(r"^unexplained\s+(\S+)\s+(?:error|warning)\s+(\w+)/")


def language(story: str) -> str:
    return story.split("-", 1)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=Path, default=STORIES)
    parser.add_argument("--scorer", type=Path, default=SCORER)
    parser.add_argument("--list", action="store_true", help="print every miss and false alarm")
    args = parser.parse_args()
    if not args.stories.is_dir() or not args.scorer.exists():
        print(f"no real stories at {args.stories} (or no scorer): nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        findings = Path(tmp) / "findings.json"
        with findings.open("w", encoding="utf-8") as out:
            subprocess.run(
                [sys.executable, "-m", "factdiff", "check", str(args.stories)]
                + ["--format", "json", "--no-cache", "--fail-on", "never"],
                stdout=out,
                check=True,
                cwd=ROOT,
            )
        report = {scope: _score(args.scorer, findings, scope) for scope in ("all", "id", "en")}
        listing = _run(args.scorer, findings, "--list")
        counted = _counted(json.loads(findings.read_text(encoding="utf-8")))
    for scope, line in report.items():
        print(f"{scope:>4}: {line}")
    _per_kind(listing, counted)
    if args.list:
        print(listing)
    return 0


def _score(scorer: Path, findings: Path, scope: str) -> str:
    extra = [] if scope == "all" else ["--only", scope]
    found = SCORE_LINE.search(_run(scorer, findings, *extra))
    return found.group() if found else "(no score)"


def _run(scorer: Path, findings: Path, *extra: str) -> str:
    done = subprocess.run(
        [str(scorer), str(findings), *extra], capture_output=True, text=True, check=True
    )
    return done.stdout


def _counted(data: dict) -> Counter[tuple[str, str]]:
    """Warnings and errors per (language, kind)."""
    return Counter(
        (language(f["story"]), f["kind"])
        for f in data["findings"]
        if f["severity"] in ("warning", "error")
    )


def _per_kind(listing: str, counted: Counter[tuple[str, str]]) -> None:
    gold: Counter[tuple[str, str, str]] = Counter()
    false: Counter[tuple[str, str]] = Counter()
    for line in listing.splitlines():
        if m := LISTED.match(line):
            gold[(language(m[2]), m[3], m[1])] += 1
        elif m := UNEXPLAINED.match(line):
            false[(language(m[1]), m[2])] += 1
    print("\nper language and kind: warnings/errors explained by the gold, gold items found")
    print(f"  {'lang':<5}{'kind':<13}{'precision':>14}{'recall':>12}")
    kinds = sorted({(lang, kind) for lang, kind, _ in gold} | set(counted))
    for lang, kind in kinds:
        flagged = counted[(lang, kind)]
        right = flagged - false[(lang, kind)]
        found = gold[(lang, kind, "found")]
        total = found + gold[(lang, kind, "missed")]
        precision = f"{right}/{flagged}" if flagged else "-"
        recall = f"{found}/{total}" if total else "-"
        print(f"  {lang:<5}{kind:<13}{precision:>14}{recall:>12}")


if __name__ == "__main__":
    raise SystemExit(main())
