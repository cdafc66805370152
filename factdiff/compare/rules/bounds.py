"""count-bound-internal: one article that counts the same thing of one event as a number and
as more (or fewer) than that number ("10 children were killed" / "more than 10 children were
among the dead")."""

from __future__ import annotations

import re
from functools import cache

from factdiff.compare.context import StoryContext, mention_side, sentence_at
from factdiff.compare.evidence import set_apart
from factdiff.compare.rule import SURE, Example, Rule, Scope
from factdiff.compare.rules.numbers import unit_key
from factdiff.lang import every_language, lexicon
from factdiff.model import Extraction, Finding, Mention
from factdiff.stem import stem

STRICT = (">", "<")  # "more than", "fewer than": never the number itself
WORD = re.compile(r"[^\W\d_]+")


def check(ctx: StoryContext, i: int) -> list[Finding]:
    """Each count given with "more than" or "fewer than" against a count of the same noun and
    number given plainly, in sentences that tell one event (a word of one event group in
    both: "killed" and "dead"). Durations are left alone: "after two years" and "more than
    two years" round one time two ways."""
    x = ctx.extractions[i]
    counts = [m for m in x.mentions if _a_count(m) and not set_apart(x, m)]
    plain = [m for m in counts if not m.qualifier]
    findings: list[Finding] = []
    for bound in (m for m in counts if m.qualifier in STRICT):
        for told in plain:
            if told.normalized != bound.normalized or unit_key(told) != unit_key(bound):
                continue
            if not _events(x, told) & _events(x, bound):
                continue
            message = (
                f'{x.article.source} counts "{told.text}" and "{bound.text}" of one event: '
                "a number is never more or fewer than itself"
            )
            side_a, side_b = mention_side(x, told), mention_side(x, bound)
            findings += RULE.finding(ctx.name, SURE, message, side_a, side_b)
            break
    return findings


def _a_count(m: Mention) -> bool:
    return m.type == "number" and bool(m.unit) and m.unit != "age" and m.unit not in _durations()


@cache
def _durations() -> frozenset[str]:
    return every_language("duration_units")


def _events(x: Extraction, m: Mention) -> frozenset[str]:
    """The event groups the words of the mention's sentence belong to ("killed", "died" and
    "dead" are one). Saying is no event of its own ("police said" ends many sentences), and
    a function word is none ("oleh" is "by" before it is "obtain")."""
    language = x.article.language
    synonyms, stopwords = lexicon(language).event_synonyms, lexicon(language).stopwords
    said = {synonyms.get(stem(w, language)) for w in _speech_verbs()} - {None}
    groups = set()
    for word in WORD.findall(sentence_at(x, m.start).casefold()):
        if word in stopwords:
            continue
        group = synonyms.get(word) or synonyms.get(stem(word, language))
        if group and group not in said:
            groups.add(group)
    return frozenset(groups)


@cache
def _speech_verbs() -> frozenset[str]:
    return every_language("speech_verbs")


RULE = Rule(
    name="count-bound-internal",
    kind="conflict",
    field="what",
    scope=Scope.ARTICLE,
    check=check,
    summary="One article counts the same thing of one event as N and as more (or fewer) than N.",
    why=(
        "'10 children were killed' and 'more than 10 children were among the dead' cannot "
        "both be true: a number is never more than itself. Only counts of the same noun and "
        "number in sentences of one event (a word of one event group in each, 'killed' and "
        "'dead') are compared; 'at least' and 'about' agree with the number, and durations "
        "('after two years' / 'more than two years') are a time rounded, not a count."
    ),
    examples=(
        Example(
            "id",
            "Sebanyak 12 penumpang tewas dalam kecelakaan itu.",
            "Polisi menyebut lebih dari 12 penumpang tewas di lokasi.",
            "in one article",
        ),
        Example(
            "en",
            "At least 84 people, including 10 children, were killed.",
            "The mayor confirmed more than 10 children were among the dead.",
            "in one article",
        ),
    ),
)
