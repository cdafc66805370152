"""clock-time: one moment of the story told at two clock times ("pukul 02.05 WIB" / "sekitar
pukul 02.02 WIB", "around 10:45 p.m." / "at around 10.30pm")."""

from __future__ import annotations

from factdiff.compare.context import StoryContext, mention_side
from factdiff.compare.evidence import NEWS_DAYS, days_apart, likeness
from factdiff.compare.rule import PLAUSIBLE, SURE, Example, Rule, Scope
from factdiff.model import Extraction, Finding, Mention
from factdiff.values import ClockTime, clock_time

Timed = tuple[Mention, ClockTime]  # a time mention and its value
Pair = tuple[Timed, Timed]

WINDOW = 30  # minutes: two times further apart are two moments, not one told two ways
SHARED_WORDS = 0.2  # Dice of content stems that ties two sentences to one happening


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """Each time one source gives that the other does not, against the other's nearest time
    it does not give either, when both are the nearest to each other and under half an hour
    apart. A time that agrees with any of the other side's (the same minute, or within what
    "about 6 p.m." or "just before 6 p.m." allows) is consistent and left alone."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    ta, tb = _times(xa), _times(xb)
    left_a = [a for a in ta if not any(a[1].agrees(b[1]) for b in tb)]
    left_b = [b for b in tb if not any(b[1].agrees(a[1]) for a in ta)]
    pairs = [(a, b) for a in left_a for b in left_b if a[1].gap(b[1]) is not None]
    nearest_a = {id(a): min((p for p in pairs if p[0] is a), key=_gap) for a, _ in pairs}
    nearest_b = {id(b): min((p for p in pairs if p[1] is b), key=_gap) for _, b in pairs}
    chosen = [p for p in nearest_a.values() if nearest_b[id(p[1])] is p and _gap(p) <= WINDOW]
    ordered = _in_step(chosen)
    findings: list[Finding] = []
    for (ma, va), (mb, vb) in chosen:
        confidence = SURE if ordered or likeness(xa, ma, xb, mb) >= SHARED_WORDS else PLAUSIBLE
        if days_apart(xa, xb) > NEWS_DAYS:
            confidence = min(confidence, PLAUSIBLE)
        message = (
            f'"{ma.text}" ({xa.article.source}) and "{mb.text}" ({xb.article.source}) are '
            f"{va.gap(vb)} minutes apart for what reads as one moment"
        )
        findings += RULE.finding(
            ctx.name, confidence, message, mention_side(xa, ma), mention_side(xb, mb)
        )
    return findings


def _times(x: Extraction) -> list[Timed]:
    found: list[Timed] = []
    for m in x.mentions:
        value = clock_time(m) if m.type == "time" else None
        if value is not None:
            found.append((m, value))
    return found


def _gap(pair: Pair) -> int:
    return pair[0][1].gap(pair[1][1]) or 0


def _in_step(pairs: list[Pair]) -> bool:
    """Two or more pairs of times that keep their order on both sides: two accounts of one
    sequence of events ("broke out at 02.05, put out at 04.45" / "02.02 ... 04.30")."""
    if len(pairs) < 2:
        return False
    by_a = sorted(pairs, key=lambda p: p[0][1].minutes)
    return all(p[1][1].minutes < q[1][1].minutes for p, q in zip(by_a, by_a[1:], strict=False))


RULE = Rule(
    name="clock-time",
    kind="conflict",
    field="when",
    scope=Scope.SOURCES,
    check=check,
    summary="One moment told at two clock times.",
    why=(
        "When a fire broke out, a plane took off or an attack began is told to the minute, "
        "and two outlets that give two minutes for it cannot both be right. Each time one "
        "source gives and the other does not is set against the other's nearest such time; "
        "under half an hour apart, and each the other's nearest, they read as one moment. "
        "Rounding is left alone ('about 6 p.m.' for 5:52, 'just before 6 p.m.'), and so is a "
        "time in another zone. A warning when the two sentences share words or when two "
        "pairs of times keep their order (the start and the end of one event), otherwise "
        "information."
    ),
    examples=(
        Example("id", "terjadi pada pukul 02.05 WIB", "sekitar pukul 02.02 WIB"),
        Example("en", "around 10:45 p.m. on Thursday", "at around 10.30pm last night"),
    ),
)
