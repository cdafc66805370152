"""The compare stage's driver: a story's aligned facts in, its findings out, by running every
registered rule in its scope."""

from __future__ import annotations

from factdiff.align import Alignment
from factdiff.compare.context import AlignedFacts, Options, StoryContext, squash
from factdiff.compare.grouping import group_findings
from factdiff.compare.rule import Scope
from factdiff.compare.rules import RULES
from factdiff.model import Finding
from factdiff.places import gazetteer
from factdiff.referents import Referents

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def referents(options: Options) -> Referents:
    return Referents(gazetteer(), options.aliases)


def compare_story(name: str, alignment: Alignment, options: Options | None = None) -> list[Finding]:
    options = options or Options()
    ctx = StoryContext.of(name, alignment, referents(options), options)
    by_scope = {scope: [r for r in RULES if r.scope == scope] for scope in Scope}
    count = len(ctx.extractions)
    findings: list[Finding] = []
    for i in range(count):
        for rule in by_scope[Scope.ARTICLE]:
            findings += rule.check(ctx, i)
    for i in range(count):
        for j in range(i + 1, count):
            for rule in by_scope[Scope.SOURCES]:
                findings += rule.check(ctx, i, j)
    for pair in ctx.pairs:
        facts = AlignedFacts.of(ctx, pair)
        for rule in by_scope[Scope.FACTS]:
            findings += rule.check(ctx, facts)
    for rule in by_scope[Scope.STORY]:
        findings += rule.check(ctx)
    return ordered(group_findings(dedupe(findings)))


def dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per discrepancy: the same two values of the same kind between the same
    sources are reported once, at their first place, as sure as the surest rule found it."""
    kept: dict[tuple, int] = {}
    out: list[Finding] = []
    for f in findings:
        key = (
            f.kind,
            f.a.source,
            f.b.source,
            squash((f.a.value or "").casefold()),
            squash((f.b.value or "").casefold()),
        )
        if f.kind == "spelling":  # the spelling pass and a fact pass find the same pair
            key = (f.kind, f.a.source, f.b.source, *sorted(key[3:]))
        if key not in kept:
            kept[key] = len(out)
            out.append(f)
        elif f.confidence > out[kept[key]].confidence:
            out[kept[key]] = f
    return out


def ordered(findings: list[Finding]) -> list[Finding]:
    return sorted(
        findings, key=lambda f: (f.story, SEVERITY_RANK[f.severity], f.a.path, f.a.start or 0)
    )
