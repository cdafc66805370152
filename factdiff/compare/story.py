"""The compare stage's driver: a story's aligned facts in, its findings out, by running every
registered rule in its scope."""

from __future__ import annotations

from factdiff.align import Alignment
from factdiff.compare.context import AlignedFacts, Options, StoryContext, squash
from factdiff.compare.grouping import group_findings
from factdiff.compare.rule import Scope
from factdiff.compare.rules import RULES
from factdiff.model import Finding, Side
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
    return ordered(group_findings(dedupe(_left_to_quotes(findings))))


def _left_to_quotes(findings: list[Finding]) -> list[Finding]:
    """A difference inside a quote both sources give is the quote's to report: a figure or a
    name changed there ("20 hari" / "26 hari", "Moskow" / "Mskow") is not found again by the
    figure or spelling rules when the quote rule warns of that quote."""
    quotes = [f for f in findings if f.kind == "quote"]
    if not quotes:
        return findings

    def inside(side: Side, quote: Side) -> bool:
        return (
            side.key == quote.key
            and None not in (side.start, side.end, quote.start, quote.end)
            and quote.start <= side.start
            and side.end <= quote.end
        )

    def said(side: Side, quote: Side) -> bool:  # the side's value is in the quote
        return inside(side, quote) or bool(side.value and side.value in (quote.value or ""))

    def told(f: Finding) -> bool:
        # one side in the quote, the other's value in the other quote (a name's first
        # mention may stand elsewhere in its article)
        return any(
            (inside(f.a, q.a) and said(f.b, q.b))
            or (inside(f.b, q.b) and said(f.a, q.a))
            or (inside(f.a, q.b) and said(f.b, q.a))
            or (inside(f.b, q.a) and said(f.a, q.b))
            for q in quotes
        )

    return [f for f in findings if f.kind == "quote" or not told(f)]


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
