"""quote-speaker: one quote given to two people ("kata Kompol Edison" / "kata Ipda Yulista")."""

from __future__ import annotations

from collections import Counter

from factdiff.compare.context import StoryContext, side
from factdiff.compare.rule import OVERWHELMING, Example, Rule, Scope
from factdiff.model import Finding, Mention
from factdiff.referents import person

QUOTE_MATCH = 0.5  # share of the shorter quote's words the other must have to be the same quote


def same_quotes(ctx: StoryContext, i: int, j: int) -> list[tuple[Mention, Mention]]:
    """The quotes of two sources that are one statement: each of the first source's quotes
    with the other's quote that shares the most of its words, if that is at least half of
    the shorter one's; each quote used once."""
    qa = [m for m in ctx.extractions[i].mentions if m.type == "quote"]
    qb = [m for m in ctx.extractions[j].mentions if m.type == "quote"]
    pairs = []
    used: set[int] = set()
    for a in qa:
        best, best_share = None, 0.0
        wa = (a.normalized or "").split()
        for k, b in enumerate(qb):
            if k in used:
                continue
            wb = (b.normalized or "").split()
            shared = sum((Counter(wa) & Counter(wb)).values())
            share = shared / max(1, min(len(wa), len(wb)))
            if share > best_share:
                best, best_share = k, share
        if best is None or best_share < QUOTE_MATCH:
            continue
        used.add(best)
        pairs.append((a, qb[best]))
    return pairs


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    findings = []
    for a, b in same_quotes(ctx, i, j):
        sa, sb = a.qualifier, b.qualifier
        if not (sa and sb):
            continue
        speaker_a, speaker_b = person(sa), person(sb)
        if ctx.referents.same(speaker_a, speaker_b) or ctx.referents.spelling_variant(
            speaker_a, speaker_b
        ):
            continue  # one speaker (spelt two ways: the spelling rule reports it)
        message = (
            f"one quote, two speakers: {sa} ({xa.article.source}) and {sb} ({xb.article.source})"
        )
        side_a, side_b = side(xa, a.start, a.end, sa), side(xb, b.start, b.end, sb)
        findings += RULE.finding(ctx.name, OVERWHELMING, message, side_a, side_b)
    return findings


RULE = Rule(
    name="quote-speaker",
    kind="conflict",
    field="who",
    scope=Scope.SOURCES,
    check=check,
    summary="The same quote attributed to two different people.",
    why=(
        "Words put in the wrong mouth are a grave error. Two quotes are one statement when "
        "they share most of their words; their speakers are compared when both sources name "
        "one."
    ),
    examples=(
        Example(
            "id", '"Rencana itu gagal," kata Kompol Budi', '"Rencana itu gagal," kata Ipda Sari'
        ),
        Example(
            "en", '"We will rebuild," said Mayor Ortiz', '"We will rebuild," said Governor Lee'
        ),
    ),
)
