"""figure-conflict: one quantity given two values by two sources in sentences built
differently ("Broadcom's original $105 billion acquisition approach" / "an initial $103
billion offer"; "harganya sekitar Rp 7 miliaran" / "dibanderol ... sekitar Rp 5,5 miliar").
Their facts often do not align, and when they do, the sentences around the figures say too
little alike for number-conflict to be sure: the words around each figure (measures.py) are
the evidence here."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factdiff.compare import measures
from factdiff.compare.context import StoryContext, mention_side, sentence_bounds
from factdiff.compare.evidence import NEWS_DAYS, days_apart, set_apart
from factdiff.compare.rule import PLAUSIBLE, SURE, Example, Rule, Scope
from factdiff.compare.rules.numbers import in_sentence, quantity, unit_key
from factdiff.lang import lexicon
from factdiff.model import Extraction, Finding, Mention
from factdiff.values import magnitude

WORD = re.compile(r"[\s-]*([^\W\d_]+)")
SURE_FRAME = 2  # frame words in common for a warning; one is only worth a look


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    findings = []
    for a, b, common in _facing(xa, xb):
        qa, qb = quantity(a), quantity(b)
        if (qa.approximate or qb.approximate) and qa.within(qb):
            continue
        if set_apart(xa, a) != set_apart(xb, b) or measures.a_part(xa, a) or measures.a_part(xb, b):
            continue
        if in_sentence(xb, b, a) or in_sentence(xa, a, b):
            continue  # a part and its total
        sure = len(common) >= SURE_FRAME or measures.measured(common)
        confidence = SURE if sure else PLAUSIBLE
        bounds = {qa.qualifier, qb.qualifier}
        if (
            bounds <= {">", ">="}
            or bounds <= {"<", "<="}
            or measures.told_at(xa, a) != measures.told_at(xb, b)
            or days_apart(xa, xb) > NEWS_DAYS
        ):
            confidence = PLAUSIBLE
        message = (
            f'another figure for the same quantity: "{a.text}" ({xa.article.source}) and '
            f'"{b.text}" ({xb.article.source})'
        )
        findings += RULE.finding(
            ctx.name, confidence, message, mention_side(xa, a), mention_side(xb, b)
        )
    return findings


def _figures(x: Extraction) -> dict[tuple[str, int | None], list[Mention]]:
    """An article's counted figures by unit and order of magnitude, each value once."""
    groups: dict[tuple[str, int | None], list[Mention]] = {}
    age_words = lexicon(x.article.language).age_words
    for m in x.mentions:
        if m.type != "number" or not m.unit or m.unit == "age":
            continue
        unit = unit_key(m)
        if unit.endswith("#"):
            continue  # a rank
        last = m.text.split()[-1].split("-")[-1]
        if last.istitle() and len(last) > 1:
            continue  # a name, not a counted noun ("three Falcon 9 cores")
        after = WORD.match(x.article.text, m.end)
        if after and after.group(1).casefold() in age_words:
            continue  # someone's age ("a 70-year-old man"), compared person by person
        group = groups.setdefault((unit, magnitude(m.normalized)), [])
        if all(n.normalized != m.normalized for n in group):
            group.append(m)
    return groups


def _facing(xa: Extraction, xb: Extraction) -> Iterator[tuple[Mention, Mention, frozenset[str]]]:
    """Figures of one unit and size that only one side gives, paired when each is the other's
    only figure whose frame shares a word with its own, at the same stage, and their
    sentences name no one apart: two figures both sides give are settled, and a figure that
    could be one of two is left alone."""
    ga, gb = _figures(xa), _figures(xb)
    for key in sorted(set(ga) & set(gb), key=str):
        values_b = {m.normalized for m in gb[key]}
        rest_a = [m for m in ga[key] if m.normalized not in values_b and _alone(xa, m)]
        values_a = {m.normalized for m in ga[key]}
        rest_b = [m for m in gb[key] if m.normalized not in values_a and _alone(xb, m)]
        links = {
            (ka, kb): common
            for ka, a in enumerate(rest_a)
            for kb, b in enumerate(rest_b)
            if (common := _one_measure(xa, a, xb, b))
        }
        for (ka, kb), common in links.items():
            if (
                sum(1 for k in links if k[0] == ka) == 1
                and sum(1 for k in links if k[1] == kb) == 1
            ):
                yield rest_a[ka], rest_b[kb], common


def _alone(x: Extraction, m: Mention) -> bool:
    """Whether no other figure of the same unit and size stands in its clause: two that do
    tell a change ("raised its offer from $70 to $82", "down to 21% from 35%"), a range, or a
    part beside its whole, each true, and a figure of another source may answer either."""
    begin, end = sentence_bounds(x, m.start)
    unit, size = unit_key(m), magnitude(m.normalized)
    text = x.article.text
    return not any(
        n.type == "number"
        and n is not m
        and begin <= n.start < end
        and unit_key(n) == unit
        and magnitude(n.normalized) == size
        and not measures.CLAUSE_END.search(text, min(m.end, n.end), max(m.start, n.start))
        and not _two_measures(x, m, n)
        for n in x.mentions
    )


def _two_measures(x: Extraction, m: Mention, n: Mention) -> bool:
    """Two figures of one clause that measure two things, each named beside its own ("from
    an estimated $1.9 billion in earnings for the quarter to a likely loss of $3 billion"):
    both frames name a measured thing of the language lists, not the same one."""
    own, other = measures.measured(measures.frame(x, m)), measures.measured(measures.frame(x, n))
    return bool(own and other) and not own & other


def _one_measure(xa: Extraction, a: Mention, xb: Extraction, b: Mention) -> frozenset[str]:
    """The frame words two figures share, if they may measure one thing: the same stage
    ("initial" / "original"), and no names in one sentence that the other does not name."""
    common = measures.shared(xa, a, xb, b)
    if not common or measures.stage(xa, a) != measures.stage(xb, b):
        return frozenset()
    names_a = measures.names_near(xa, a, sentence_bounds(xa, a.start))
    names_b = measures.names_near(xb, b, sentence_bounds(xb, b.start))
    if names_a and names_b and not names_a & names_b:
        return frozenset()
    return common


RULE = Rule(
    name="figure-conflict",
    kind="conflict",
    field="what",
    scope=Scope.SOURCES,
    check=check,
    summary="Two sources give different figures for one quantity in sentences built differently.",
    why=(
        "Outlets tell a price, a bid or a count in their own sentences, so the facts holding "
        "them often do not align. Figures of one unit and order of magnitude that only one "
        "side gives are paired when the few words around each (its frame: 'acquisition "
        "approach', 'offer'; 'harganya', 'dibanderol') share a word once measure synonyms "
        "are folded, at the same stage ('initial' against 'original', never against 'new'), "
        "with no names in one sentence that the other lacks, and each is the other's only "
        "such figure. A warning needs two frame words in common, or one that names a measured "
        "thing of the language lists (an offer, a deal, a price, earnings); one other word is "
        "only worth a look. Left alone: a figure after 'includes' (a part), two figures of one "
        "unit in one clause (a change 'from 35% to 21%', a range) unless each names a measured "
        "thing of its own ('from $1.9 billion in earnings to a loss of $3 billion'), someone's "
        "age, a count of others, and a part beside its total."
    ),
    examples=(
        Example("id", "harganya sekitar Rp 7 miliar", "dibanderol sekitar Rp 5,5 miliar"),
        Example(
            "en", "the original $105 billion acquisition approach", "an initial $103 billion offer"
        ),
    ),
)
