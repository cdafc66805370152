"""bound-conflict: one number as a bound two ways that exclude each other ("lebih dari tiga
bulan" / "satu sampai tiga bulan": more than three months against at most three)."""

from __future__ import annotations

from factdiff.compare.context import AlignedFacts, StoryContext, side
from factdiff.compare.evidence import set_apart, weighed
from factdiff.compare.rule import PLAUSIBLE, SURE, Example, Rule, Scope
from factdiff.compare.rules.numbers import unit_key
from factdiff.extract.numbers import range_bound, range_span
from factdiff.lang import lexicon
from factdiff.model import Extraction, Finding, Mention, Side

ABOVE = (">", ">=")  # more than, at least
BELOW = ("<", "<=", "~<")  # fewer than, at most (or the top of a range), nearly


def excluded(qa: str, qb: str) -> bool:
    """Whether a number with qualifier ``qa`` and the same number with ``qb`` can both be
    true: "more than 3" and "at most 3" cannot, nor "at least 90" and "nearly 90"; "at
    least 3" and "at most 3" meet at 3."""
    for above, below in ((qa, qb), (qb, qa)):
        if above in ABOVE and below in BELOW and (above == ">" or below != "<="):
            return True
    return False


def check(ctx: StoryContext, facts: AlignedFacts) -> list[Finding]:
    """Each number of one side told as a bound that the other side's bound of the same number
    and noun excludes. A warning for two firm bounds in sentences that say the same,
    information when one is "nearly" (a rough word) or the sentences differ. Counts of others
    ("lima orang lainnya") are only compared with counts of others."""
    ma, mb = facts.slot("numbers")
    findings: list[Finding] = []
    for a in ma:
        for b in mb:
            if not _facing(facts, a, b):
                continue
            qa, qb = _bound(facts.xa, a), _bound(facts.xb, b)
            if not excluded(qa, qb):
                continue
            side_a, side_b = _bound_side(facts.xa, a), _bound_side(facts.xb, b)
            message = (
                f'"{side_a.value}" ({facts.xa.article.source}) and "{side_b.value}" '
                f"({facts.xb.article.source}) bound the same number from two sides: both "
                "cannot be true"
            )
            confidence = PLAUSIBLE if "~<" in (qa, qb) else SURE
            # a warning when the two sentences say the same; else still worth a look, as
            # the same number with another qualifier is (number-qualifier)
            confidence = max(weighed(confidence, facts.xa, a, facts.xb, b), PLAUSIBLE)
            findings += RULE.finding(ctx.name, confidence, message, side_a, side_b)
    return findings


def _bound_side(x: Extraction, m: Mention) -> Side:
    """A bound's side: the whole range it bounds, if it bounds one ("satu sampai tiga
    bulan"), so that the finding shows what the source says."""
    start, end = range_span(x.article.text, _numbers(x), m, lexicon(x.article.language))
    return side(x, start, end, x.article.text[start:end])


def _facing(facts: AlignedFacts, a: Mention, b: Mention) -> bool:
    return (
        bool(a.unit)
        and a.normalized == b.normalized
        and unit_key(a) == unit_key(b)
        and set_apart(facts.xa, a) == set_apart(facts.xb, b)
    )


def _numbers(x: Extraction) -> list[Mention]:
    return [n for n in x.mentions if n.type == "number"]


def _bound(x: Extraction, m: Mention) -> str:
    """How a number bounds what it counts: as an end of a range ("tiga bulan" of "satu
    sampai tiga bulan": at most), else by its qualifier ("lebih dari": more than)."""
    if m.qualifier in ("", "~"):  # "sekitar satu sampai tiga bulan": at least about one
        lex = lexicon(x.article.language)
        return range_bound(x.article.text, _numbers(x), m, lex) or m.qualifier
    return m.qualifier


def bounds_exclude(xa: Extraction, a: Mention, xb: Extraction, b: Mention) -> bool:
    """Whether two numbers' bounds exclude each other (this rule's to report)."""
    return excluded(_bound(xa, a), _bound(xb, b))


RULE = Rule(
    name="bound-conflict",
    kind="conflict",
    field="what",
    scope=Scope.FACTS,
    check=check,
    summary="One number bounded from two sides that exclude each other.",
    why=(
        "'More than three months' and 'one to three months' (at most three) cannot both be "
        "true of one recovery, nor 'at least 90%' and 'nearly 90%' of one share: one source "
        "has the bound the wrong way round. A warning for two firm bounds in sentences that "
        "say the same; information when one is only 'nearly', or the sentences differ."
    ),
    examples=(
        Example("id", "sekitar satu sampai tiga bulan", "lebih dari tiga bulan"),
        Example("en", "more than 200 people", "up to 200 people"),
    ),
)
