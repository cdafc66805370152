"""class-conflict: one thing put in two classes that exclude each other ("an intercontinental
ballistic missile" / "an intermediate-range ballistic missile")."""

from __future__ import annotations

import re
from functools import cache

from factdiff.compare.context import AlignedFacts, StoryContext, mention_side
from factdiff.compare.evidence import weighed
from factdiff.compare.rule import SURE, Example, Rule, Scope
from factdiff.lang import alternation, lexicon
from factdiff.model import Extraction, Fact, Finding, Mention

Named = tuple[str, str, Mention]  # (kind of class, class, where the clause names it)


def check(ctx: StoryContext, facts: AlignedFacts) -> list[Finding]:
    """Aligned clauses that each name one class of a kind, not the same one, and neither the
    other's: a missile is intercontinental or of intermediate range, never both. How sure
    comes from how much the two sentences say the same apart from the class (a clause that
    only shares the missile's name with another tells of another launch)."""
    named_a, named_b = _named(facts.xa, facts.fa), _named(facts.xb, facts.fb)
    findings: list[Finding] = []
    for kind, class_a, a in named_a:
        for kind_b, class_b, b in named_b:
            if kind_b != kind or class_b == class_a:
                continue
            if _names(named_a, kind, class_b) or _names(named_b, kind, class_a):
                continue  # a clause that names both compares them ("an ICBM, not an IRBM")
            message = (
                f'{facts.xa.article.source} calls it "{a.text}", {facts.xb.article.source} '
                f'"{b.text}": two classes of {kind} that exclude each other'
            )
            confidence = weighed(SURE, facts.xa, a, facts.xb, b)
            findings += RULE.finding(
                ctx.name, confidence, message, mention_side(facts.xa, a), mention_side(facts.xb, b)
            )
    return findings


def _names(named: list[Named], kind: str, name: str) -> bool:
    return any(k == kind and n == name for k, n, _ in named)


def _named(x: Extraction, fact: Fact) -> list[Named]:
    """The classes a fact's clause names, each at its first place."""
    text = x.article.text
    found: list[Named] = []
    for kind, (pattern, classes) in _patterns(x.article.language).items():
        for match in pattern.finditer(text, fact.start, fact.end):
            name = classes[match.group(1).casefold()]
            if not _names(found, kind, name):
                m = Mention("misc", match.start(1), match.end(1), match.group(1), match.group(1))
                found.append((kind, name, m))
    return found


@cache
def _patterns(language: str) -> dict[str, tuple[re.Pattern, dict[str, str]]]:
    """Per kind of class: one pattern of all its classes' names (a plural "s" allowed), and the
    class each name stands for."""
    out = {}
    for kind, classes in lexicon(language).exclusive_classes.items():
        names = {word: name for name, words in classes.items() for word in words}
        pattern = re.compile(rf"(?<!\w)({alternation(names)})s?(?!\w)", re.IGNORECASE)
        out[kind] = (pattern, names)
    return out


RULE = Rule(
    name="class-conflict",
    kind="conflict",
    field="what",
    scope=Scope.FACTS,
    check=check,
    summary="One thing put in two classes that exclude each other.",
    why=(
        "Some classes are exclusive: a ballistic missile is intercontinental, of intermediate "
        "range or of short range, and two outlets that give two of them for one launch cannot "
        "both be right. The classes are data, per language (exclusive_classes). Only aligned "
        "clauses are compared, and only where neither names the other's class; how sure "
        "depends on how much the two sentences say the same apart from the class."
    ),
    examples=(
        Example(
            "id",
            "Korea Utara menembakkan rudal balistik antarbenua",
            "Korea Utara menembakkan rudal balistik jarak menengah",
        ),
        Example(
            "en",
            "North Korea fired an intercontinental ballistic missile",
            "North Korea fired an intermediate-range ballistic missile",
        ),
    ),
)
