"""omission: a material fact that only one source reports (info)."""

from __future__ import annotations

from factdiff.compare.context import NAME_TYPES, StoryContext, side, squash
from factdiff.compare.rule import PLAUSIBLE, Example, Rule, Scope
from factdiff.model import Extraction, Fact, Finding, Mention
from factdiff.text import plain
from factdiff.values import Quantity, date_value


def check(ctx: StoryContext) -> list[Finding]:
    """Material facts (with a date or a number, or three names) that only one source has."""
    if not ctx.options.omissions or len(ctx.extractions) < 2:
        return []
    matched: dict[int, set[tuple[int, int]]] = {}
    for p in ctx.pairs:
        matched.setdefault(p.a.article, set()).add((p.a.fact, p.b.article))
        matched.setdefault(p.b.article, set()).add((p.b.fact, p.a.article))
    findings = []
    for i, x in enumerate(ctx.extractions):
        for k, fact in enumerate(x.facts):
            if not _material(fact):
                continue
            for j, other in enumerate(ctx.extractions):
                if j == i or (k, j) in matched.get(i, set()) or _covered(x, fact, other):
                    continue
                text = squash(x.article.text[fact.start : fact.end])
                message = f"only {x.article.source} reports this; {other.article.source} does not"
                side_a, side_b = side(x, fact.start, fact.end, text), side(other, None, None, None)
                field = _main_field(fact)
                findings += RULE.finding(ctx.name, PLAUSIBLE, message, side_a, side_b, field)
    return findings


def _material(fact: Fact) -> bool:
    return bool(fact.when or fact.numbers) or len(set(fact.who) | set(fact.where)) >= 3


def _covered(x: Extraction, fact: Fact, other: Extraction) -> bool:
    """A fact is reported by the other source when every date and number of it stands there
    (a date that agrees, a number of the same value or within its qualifier: "lebih dari
    13.000" covers 13.784) with most of its names, however worded, split or translated."""
    theirs = other.mentions
    for k in fact.when:
        if not any(m.type == "date" and _dates_agree(x.mentions[k], m) for m in theirs):
            return False
    for k in fact.numbers:
        mine = x.mentions[k]
        if not any(m.type == "number" and _same_number(mine, m) for m in theirs):
            return False
    names = {frozenset(plain(x.mentions[k].canonical).split()) for k in (*fact.who, *fact.where)}
    known = {frozenset(plain(m.canonical).split()) for m in theirs if m.type in NAME_TYPES}
    # a name stands there when one of theirs holds its words or it holds theirs ("National
    # Weather Service", "U.S. National Weather Service")
    found = [n for n in names if any(n <= k or k <= n for k in known)]
    return len(found) * 2 >= len(names)


def _dates_agree(a: Mention, b: Mention) -> bool:
    va, vb = date_value(a.normalized), date_value(b.normalized)
    return bool(va and vb and va.agrees(vb))


def _same_number(a: Mention, b: Mention) -> bool:
    if a.normalized == b.normalized:
        return True
    qa = Quantity(float(a.normalized or 0), a.qualifier)
    return qa.within(Quantity(float(b.normalized or 0), b.qualifier))


def _main_field(fact: Fact) -> str:
    if fact.when:
        return "when"
    if fact.numbers:
        return "what"
    return "who" if fact.who else "where"


RULE = Rule(
    name="omission",
    kind="omission",
    field="any",
    scope=Scope.STORY,
    check=check,
    summary="A material fact (a date, a number or three names) only one source reports (info).",
    why=(
        "What one outlet leaves out can matter as much as what it gets wrong, but most "
        "omissions are background one outlet chose to give. A fact counts as reported when "
        "its dates and numbers and most of its names stand in the other source, however "
        "worded."
    ),
    examples=(
        Example("id", "Gempa terjadi pada Rabu (14/9) pukul 06.03 WIB", "(no such fact)"),
        Example("en", "The storm killed 12 people on Tuesday", "(no such fact)"),
    ),
)
