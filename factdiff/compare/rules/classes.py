"""class-conflict: one thing put in two classes that exclude each other ("an intercontinental
ballistic missile" / "an intermediate-range ballistic missile"), in aligned clauses, between
two sources' accounts of the story's own event, or within one article."""

from __future__ import annotations

import re
from functools import cache

from factdiff.compare.context import AlignedFacts, StoryContext, mention_side, sentence_bounds
from factdiff.compare.evidence import NEWS_DAYS, dated_elsewhere, days_apart, weighed
from factdiff.compare.rule import PLAUSIBLE, SURE, Example, Rule, Scope
from factdiff.lang import alternation, lexicon
from factdiff.model import Extraction, Fact, Finding, Mention

WORD = re.compile(r"\w+")
ACRONYM_AFTER = re.compile(r"\s*\(([^()]{2,12})\)")

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


def check_sources(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """Two accounts of the story's own event, a few days apart at most, that put it in two
    classes: one source names a class the other never gives it, and the other names another.
    A warning when the other source names one class only; when it names both, its own
    contradiction is the finding (check_article), and this pair only worth a look."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    if days_apart(xa, xb) > NEWS_DAYS:
        return []  # weeks apart: two launches as often as one
    findings: list[Finding] = []
    told: set[tuple[int, int]] = set()  # (a's start, b's start): each pair once
    for first, second in ((xa, xb), (xb, xa)):
        own, other = _told(ctx, first), _told(ctx, second)
        for kind, named in own.items():
            theirs = other.get(kind, {})
            for name, m in named.items():
                if not theirs or name in theirs:
                    continue
                other_name, n = next(iter(theirs.items()))
                confidence = SURE if len(theirs) == 1 else PLAUSIBLE
                message = (
                    f'{first.article.source} calls the event "{m.text}", '
                    f'{second.article.source} "{n.text}": two classes of {kind} that exclude '
                    "each other"
                )
                a, b = (m, n) if first is xa else (n, m)
                if (a.start, b.start) in told:
                    continue
                told.add((a.start, b.start))
                sides = mention_side(xa, a), mention_side(xb, b)
                findings += EVENT_RULE.finding(ctx.name, confidence, message, *sides)
    return findings


def check_article(ctx: StoryContext, i: int) -> list[Finding]:
    """One article that puts its own event in two classes that exclude each other."""
    x = ctx.extractions[i]
    findings: list[Finding] = []
    for kind, named in _told(ctx, x).items():
        if len(named) < 2:
            continue
        (_, a), (_, b) = sorted(named.items(), key=lambda item: item[1].start)[:2]
        message = (
            f'{x.article.source} calls the event "{a.text}" and later "{b.text}": two classes '
            f"of {kind} that exclude each other"
        )
        side_a, side_b = mention_side(x, a), mention_side(x, b)
        findings += ARTICLE_RULE.finding(ctx.name, SURE, message, side_a, side_b)
    return findings


def _told(ctx: StoryContext, x: Extraction) -> dict[str, dict[str, Mention]]:
    """An article's event classes, read once per story (every pair of sources asks)."""
    key = ("event-classes", x.article.path)
    if key not in ctx.memo:
        ctx.memo[key] = event_classes(x)
    return ctx.memo[key]


def event_classes(x: Extraction) -> dict[str, dict[str, Mention]]:
    """Per kind, the classes an article gives its own event, each at its first place: one
    thing ("an ICBM", not "ICBMs") not denied ("not an ICBM"), in a sentence that tells of an
    event ("fired", "the launch"), names no other class of the kind and tells of no other
    time (a date days away from the article's, "previously", "earlier")."""
    text, lex = x.article.text, lexicon(x.article.language)
    found: dict[str, dict[str, Mention]] = {}
    for kind, (pattern, classes) in _patterns(x.article.language).items():
        for match in pattern.finditer(text):
            if match.group().casefold().endswith("s") and not match.group(1).casefold().endswith(
                "s"
            ):
                continue  # a plural: the kind in general
            begin, end = sentence_bounds(x, match.start())
            if not end:
                continue
            names = {classes[n.group(1).casefold()] for n in pattern.finditer(text, begin, end)}
            words = {w.casefold() for w in WORD.findall(text[begin:end])}
            before = {w.casefold() for w in WORD.findall(text[begin : match.start()])[-3:]}
            if len(names) > 1 or words & lex.earlier_event_words or before & lex.negations:
                continue  # "not an ICBM" denies the class
            if not words & lex.class_event_words:
                continue  # "has developed an ICBM": a weapon, not the event
            if dated_elsewhere(x, begin, end):
                continue
            name = classes[match.group(1).casefold()]
            named = found.setdefault(kind, {})
            if name not in named:
                named[name] = _class_mention(text, match, classes)
    return found


def _class_mention(text: str, match: re.Match, classes: dict[str, str]) -> Mention:
    """The class as written, with the acronym in brackets after it ("intercontinental
    ballistic missile (ICBM)") when that names the same class."""
    end = match.end(1)
    after = ACRONYM_AFTER.match(text, match.end())
    name = classes[match.group(1).casefold()]
    if after and classes.get(after.group(1).casefold()) == name:
        end = after.end()
    written = text[match.start(1) : end]
    return Mention("misc", match.start(1), end, written, written)


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


EVENT_RULE = Rule(
    name="event-class",
    kind="conflict",
    field="what",
    scope=Scope.SOURCES,
    check=check_sources,
    summary="Two sources put the story's own event in two classes that exclude each other.",
    why=(
        "Outlets name the class of the thing at the centre of the story (the missile of the "
        "launch) in sentences built differently, so their clauses seldom align. A sentence "
        "tells of the story's own event when it names one thing of one class, not denied, with "
        "a word of the event ('fired', 'the launch', 'flew': class_event_words), "
        "and holds no other time: no date days away from the article's, no 'previously' or "
        "'earlier' (background on another launch). Two such accounts, no more than a few "
        "days apart, that give two classes are a conflict; a warning when the other source "
        "gives one class only."
    ),
    examples=(
        Example(
            "id",
            "Rudal balistik antarbenua itu terbang selama 19 menit.",
            "Korea Utara menembakkan rudal balistik jarak menengah, kata militer.",
        ),
        Example(
            "en",
            "The rocket, believed to be an intercontinental ballistic missile, flew 19 minutes.",
            "North Korea fired an intermediate-range ballistic missile over Japan.",
        ),
    ),
)

ARTICLE_RULE = Rule(
    name="event-class-internal",
    kind="conflict",
    field="what",
    scope=Scope.ARTICLE,
    check=check_article,
    summary="One article puts its own event in two classes that exclude each other.",
    why=(
        "An article that calls the launch it reports an ICBM in one paragraph and an "
        "intermediate-range missile in another contradicts itself. Only sentences that tell "
        "of the article's own event count (as for event-class): background on an earlier "
        "launch, dated or told as previous, and a sentence that names both classes are left "
        "alone."
    ),
    examples=(
        Example(
            "id",
            "Perdana menteri menyebut peluncuran rudal balistik antarbenua itu sembrono.",
            "Komando Pasifik memastikan rudal yang diluncurkan itu rudal balistik jarak menengah.",
        ),
        Example(
            "en",
            "Abe called the ICBM launch a reckless act.",
            "The Pentagon confirmed the launch was an intermediate-range ballistic missile.",
        ),
    ),
)
