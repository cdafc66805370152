"""number-conflict: another number for the same fact ("Rp 37,7 triliun" / "Rp 37,64 triliun")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from factdiff.compare.context import AlignedFacts, StoryContext, mention_side, sentence_at
from factdiff.compare.evidence import (
    SAME_CLAUSE,
    likeness,
    set_apart,
    told_as_of_another_time,
    weighed,
)
from factdiff.compare.pairing import STRONG
from factdiff.compare.rule import OVERWHELMING, PLAUSIBLE, SURE, Example, Rule, Scope
from factdiff.extract.numbers import is_ordinal
from factdiff.lang import LANGUAGES, lexicon
from factdiff.model import Extraction, Finding, Mention
from factdiff.values import Quantity, magnitude


def quantity(m: Mention) -> Quantity:
    return Quantity(float(m.normalized or 0), m.qualifier, m.unit, is_ordinal(m))


@cache
def _unit_keys() -> dict[str, str]:
    return {k: v for lang in LANGUAGES for k, v in lexicon(lang).unit_keys.items()}


def unit_key(m: Mention) -> str:
    """What a number counts, one key across languages; a rank is never a count of the same
    noun ("the 47th minute" / "two minutes")."""
    unit = _unit_keys().get(m.unit, m.unit)
    return f"{unit}#" if is_ordinal(m) else unit


def facing_numbers(facts: AlignedFacts) -> Iterator[tuple[str, Mention, Mention]]:
    """(unit, a, b) for each unit of which each side of two aligned facts has one number the
    other lacks; the numbers both sides have are settled ("3,75% hingga 4%" / "3,75% hingga
    5%" leaves 4% facing 5%). One number each of a unit face each other even when equal. A
    bare number ("the toll rose to 64") only on a strong alignment, against one of its size.
    Ages are compared person by person (age-conflict)."""
    ma, mb = facts.slot("numbers")
    by_unit_a, by_unit_b = _by_unit(ma), _by_unit(mb)
    for unit in sorted(set(by_unit_a) & set(by_unit_b) - {"age"}):
        ua, ub = by_unit_a[unit], by_unit_b[unit]
        rest_a = [m for m in ua if not any(m.normalized == n.normalized for n in ub)]
        rest_b = [n for n in ub if not any(n.normalized == m.normalized for m in ua)]
        if len(ua) == 1 and len(ub) == 1 and not rest_a:
            rest_a, rest_b = ua, ub
        rest_a, rest_b = _of_one_size(rest_a, rest_b)
        if len(rest_a) != 1 or len(rest_b) != 1:
            continue
        a, b = rest_a[0], rest_b[0]
        if not unit and (
            facts.pair.score < STRONG or magnitude(a.normalized) != magnitude(b.normalized)
        ):
            continue
        yield unit, a, b


def _of_one_size(
    rest_a: list[Mention], rest_b: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """When one side has one number of a unit left and the other several, only those of the
    one's order of magnitude can be its figure: a share price and a deal's value are both in
    dollars ("$110 a share ... the $38 billion transaction" / "the $47 billion purchase"),
    but a figure a thousand times larger is another quantity."""
    if len(rest_a) == 1 and len(rest_b) > 1:
        size = magnitude(rest_a[0].normalized)
        return rest_a, [m for m in rest_b if magnitude(m.normalized) == size]
    if len(rest_b) == 1 and len(rest_a) > 1:
        size = magnitude(rest_b[0].normalized)
        return [m for m in rest_a if magnitude(m.normalized) == size], rest_b
    return rest_a, rest_b


def _by_unit(mentions: list[Mention]) -> dict[str, list[Mention]]:
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(unit_key(m), []).append(m)
    return groups


def check(ctx: StoryContext, facts: AlignedFacts) -> list[Finding]:
    findings = []
    for _, a, b in facing_numbers(facts):
        if a.normalized == b.normalized:
            continue  # the same number, perhaps with another qualifier: number-qualifier
        qa, qb = quantity(a), quantity(b)
        if facts.pair.score < STRONG and qa.magnitude != qb.magnitude:
            continue  # loosely aligned, a figure of another size is another quantity ("the
            # 270 electoral votes needed" / "Pennsylvania and its 19 electoral votes")
        approximate = qa.approximate or qb.approximate
        if approximate and qa.within(qb):
            continue
        if _a_part(facts, a, b):
            continue
        message = (
            f'another number for the same fact: "{a.text}" ({facts.xa.article.source}) and '
            f'"{b.text}" ({facts.xb.article.source})'
        )
        confidence = SURE if approximate or facts.pair.score < STRONG else OVERWHELMING
        if _weak(facts, qa, qb, a, b) and likeness(facts.xa, a, facts.xb, b) < SAME_CLAUSE:
            confidence = min(confidence, PLAUSIBLE)
        confidence = weighed(confidence, facts.xa, a, facts.xb, b)
        side_a, side_b = mention_side(facts.xa, a), mention_side(facts.xb, b)
        findings += RULE.finding(ctx.name, confidence, message, side_a, side_b)
    return findings


def _a_part(facts: AlignedFacts, a: Mention, b: Mention) -> bool:
    """Two numbers that need not agree: one counts others and the other does not ("five other
    defendants" / "six defendants"), or one side's sentence gives the other's number too (a
    part and its total: "two million pounds to the head ... and one million pounds to ...").
    Two counts of others ("53 orang lainnya" / "35 other people") are one count told twice."""
    if set_apart(facts.xa, a) != set_apart(facts.xb, b):
        return True
    return in_sentence(facts.xb, b, a) or in_sentence(facts.xa, a, b)


def in_sentence(x: Extraction, m: Mention, other: Mention) -> bool:
    """Whether the sentence of ``m`` also gives the ``other`` side's figure, or one that
    agrees with it ("Rp 250,5 juta hingga Rp 294,7 juta" against "Rp250 jutaan")."""
    sentence = sentence_at(x, m.start)
    wanted = quantity(other)
    return any(
        n.type == "number"
        and n is not m
        and n.text in sentence
        and (
            n.normalized == other.normalized
            or unit_key(n) == unit_key(other)
            and quantity(n).within(wanted)
        )
        for n in x.mentions
        if abs(n.start - m.start) < len(sentence)
    )


def _weak(facts: AlignedFacts, qa: Quantity, qb: Quantity, a: Mention, b: Mention) -> bool:
    """Worth a look, not a warning, unless the two sentences are one sentence with the number
    changed: bare numbers with nothing counted ("Falcon 9" / "Falcon 1"), two lower or two
    upper bounds ("at least 60" / "at least 84" are both true), or a figure told as of two
    times of day."""
    if not a.unit and not b.unit:
        return True
    bounds = {qa.qualifier, qb.qualifier}
    if bounds <= {">", ">="} or bounds <= {"<", "<="}:
        return True
    return told_as_of_another_time(facts.xa, a, facts.xb, b)


RULE = Rule(
    name="number-conflict",
    kind="conflict",
    field="what",
    scope=Scope.FACTS,
    check=check,
    summary="Two sources give different numbers for the same thing in the same fact.",
    why=(
        "Tolls, sums and counts are what readers quote. Numbers of aligned facts are compared "
        "unit by unit (the counted noun, a currency, across languages); numbers both sides "
        "give are settled, a qualified number agrees with one within it ('more than 200' and "
        "'250'), and a rank is never compared with a count. A number of others ('five other "
        "defendants') or one whose sentence also gives the other's number is a part, not a "
        "conflict. The surer the clauses around both numbers say the same, the higher the "
        "severity (factdiff/compare/evidence.py); bare numbers, two lower bounds, figures as of "
        "two times of day and articles days apart are only worth a look."
    ),
    examples=(
        Example("id", "53 orang luka-luka", "35 orang luka-luka"),
        Example("en", "the death toll rose to 64", "the death toll rose to 84"),
    ),
)
