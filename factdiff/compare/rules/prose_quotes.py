"""quote-in-prose: a quote that another outlet retells in its own prose, word for word but for
a content word ("Ocean eddies almost always head to the west" in quotation marks / "Ocean
gorges almost always head to the west" in prose)."""

from __future__ import annotations

import re

import jellyfish

from factdiff.compare.context import StoryContext, side
from factdiff.compare.evidence import content_words
from factdiff.compare.rule import PLAUSIBLE, SURE, Example, Rule, Scope
from factdiff.compare.statements import (
    Change,
    QuotePair,
    Said,
    compare,
    quotes_said,
    said,
    same_quotes,
    shared_run,
)
from factdiff.lang import lexicon
from factdiff.model import Extraction, Finding, Mention
from factdiff.stem import stem
from factdiff.text import Covered, sentences

RETOLD = 0.75  # of the stretch both cover, the words the same: a sentence copied, not told
LIKELY_SHARED = 0.5  # of the sentence's words, in the quote (looser than RETOLD: glued words)
MIN_MATCHED = 8  # words matched in order: a short sentence shares as many by chance
OPENING_QUOTES = "\"'“‘«„"
OPENING_WORDS = 3  # a comma among them sets the sentence's opening words off
RESPELT = 0.8  # Jaro-Winkler of one word in two spellings ("ethylene" / "etilena")
WORD = re.compile(r"[^\W\d_]+")
MARKS = "'’‘`\""
REWORDED = 2  # content words said instead of others: more is the outlet's own paraphrase


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    return _retold(ctx, i, j) + _retold(ctx, j, i, swapped=True)


def _retold(ctx: StoryContext, q: int, p: int, swapped: bool = False) -> list[Finding]:
    """Each quote of article q that article p retells in a sentence of its prose, with a
    content word changed; the quote, when p quotes it in quotation marks too, is the quote
    rules' to compare."""
    quoted_by_p = {(pair.a if q < p else pair.b).start for pair in _same(ctx, q, p)}
    findings: list[Finding] = []
    quotes = [s for s in quotes_said(ctx, q) if s.mention.start not in quoted_by_p]
    prose = _prose_of(ctx, p) if quotes else []  # read only when a quote may be retold
    for quote in quotes:
        best = max(
            (pair for s in prose if (pair := _retelling(quote, s)) is not None),
            key=lambda pair: pair.similarity,
            default=None,
        )
        if best is None or not _changes(best):
            continue
        told = ctx.memo.setdefault(("prose_retold", p), set())
        if best.b.start in told:
            continue  # one finding per retold sentence: against the first outlet quoting it
        told.add(best.b.start)
        findings += _finding(ctx, q, p, best, swapped)
    return findings


def _same(ctx: StoryContext, q: int, p: int) -> list[QuotePair]:
    return same_quotes(ctx, min(q, p), max(q, p))


def _prose_of(ctx: StoryContext, p: int) -> list[Said]:
    key = ("prose", p)
    if key not in ctx.memo:
        ctx.memo[key] = _prose(ctx.extractions[p])
    return ctx.memo[key]


def _prose(x: Extraction) -> list[Said]:
    """The article's sentences outside its quotes, as said; not those of a paragraph that
    holds a quote the quote finder could not close (a quote of several paragraphs, each
    opened with a quotation mark and only the last one closed)."""
    article = x.article
    quotes = [(m.start, m.end) for m in x.mentions if m.type == "quote"]
    # the paragraphs (regions) that leave a quote open, each read once
    unbalanced = Covered((s, e) for s, e in article.regions if _unbalanced(article.text[s:e]))
    found = []
    for begin, end in sentences(article.text, article.regions, lexicon(article.language)):
        text = article.text[begin:end]
        if any(s < end and begin < e for s, e in quotes) or text.lstrip()[:1] in OPENING_QUOTES:
            continue  # a quote, though the quote finder did not take it for one
        if begin in unbalanced:
            continue
        found.append(said(Mention("prose", begin, end, text, text), article.language))
    return found


def _unbalanced(paragraph: str) -> bool:
    """Whether the paragraph opens a quote it does not close or closes one it did not open."""
    opened = sum(paragraph.count(c) for c in "“«„")
    closed = sum(paragraph.count(c) for c in "”»")
    return opened != closed or paragraph.count('"') % 2 == 1


def _retelling(quote: Said, sentence: Said) -> QuotePair | None:
    """The quote and the sentence compared, if the sentence is the quote retold: most of the
    sentence's words are the quote's, in its order."""
    if len(sentence.words) < MIN_MATCHED:
        return None
    common = len(quote.vocabulary & sentence.vocabulary)
    if common < LIKELY_SHARED * len(sentence.vocabulary):
        return None  # a cheap bound first: a retelling shares most of its words
    matched = shared_run(quote, sentence)
    if matched < max(MIN_MATCHED, RETOLD * len(sentence.words)):
        return None
    pair = compare(quote, sentence)
    return pair if pair.similarity >= RETOLD else None


def _changes(pair: QuotePair) -> list[Change]:
    """The changes of what was said: a name, number or negation, or a content word said
    instead of another. Not the opening words, changed on both sides, of a sentence that
    sets them off with a comma (a retelling opens its own way: "Selain itu," / "Lebih
    lanjut,", "Mengadili, menyatakan" / "Hakim menyatakan,"), nor one word in another
    spelling ("ethylene" / "etilena")."""
    opening = (_words(pair.a.text)[:1], _words(pair.b.text)[:1])
    if not (_set_off(pair.a.text) or _set_off(pair.b.text)):
        opening = ((), ())
    return [
        c
        for c in pair.changes
        if (c.material or c.reworded)
        and (_bare(c.a[:1]), _bare(c.b[:1])) != opening
        and not _respelt(c)
    ]


def _set_off(text: str) -> bool:
    """Whether the sentence's first words are set off by a comma: "Selain itu, ..."."""
    return "," in " ".join(text.split()[:OPENING_WORDS])


def _words(text: str) -> tuple[str, ...]:
    return _bare(tuple(WORD.findall(text)))


def _respelt(change: Change) -> bool:
    if len(change.a) != 1 or len(change.b) != 1:
        return False
    a, b = _bare(change.a)[0], _bare(change.b)[0]
    return jellyfish.jaro_winkler_similarity(a, b) >= RESPELT


def _bare(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.strip(MARKS).casefold() for w in words)


def _finding(ctx: StoryContext, q: int, p: int, pair: QuotePair, swapped: bool) -> list[Finding]:
    xq, xp = ctx.extractions[q], ctx.extractions[p]
    changes = _changes(pair)
    confidence = _confidence(ctx, p, changes)
    speaker = pair.a.qualifier or "the speaker"
    shown = ", ".join(f'"{" ".join(c.a)}" / "{" ".join(c.b)}"' for c in changes[:3])
    message = (
        f"{speaker}'s words, quoted by {xq.article.source}, are retold in "
        f"{xp.article.source}'s prose with {shown} changed ({pair.similarity:.0%} of the words "
        "the same)"
    )
    quote_side = side(xq, pair.a.start, pair.a.end, pair.a.text)
    prose_side = side(xp, pair.b.start, pair.b.end, " ".join(pair.b.text.split()))
    sides = (prose_side, quote_side) if swapped else (quote_side, prose_side)
    return RULE.finding(ctx.name, confidence, message, *sides)


def _confidence(ctx: StoryContext, p: int, changes: list[Change]) -> float:
    """Sure when a name, number or negation changed, or when the retelling renames what the
    story is about: a word other articles use for it, given a word no other article uses
    ("eddies" / "gorges"). A word or two said instead of others is worth a look; more is
    the outlet's own paraphrase, and a paraphrase may choose its words."""
    if any(c.material for c in changes):
        return SURE
    language = ctx.extractions[p].article.language
    for c in changes:
        if c.reworded and _renamed(ctx, p, c, language):
            return SURE
    if len(changes) <= REWORDED:
        return PLAUSIBLE
    return 0.0


def _renamed(ctx: StoryContext, p: int, change: Change, language: str) -> bool:
    said_stems = {stem(w.casefold(), language) for w in change.a}
    told_stems = {stem(w.casefold(), language) for w in change.b}
    others = [k for k in range(len(ctx.extractions)) if k != p]
    used = [_stems(ctx, k) for k in others]
    story_term = any(sum(s in u for u in used) >= 2 for s in said_stems)
    unheard = all(not any(s in u for u in used) for s in told_stems)
    return story_term and unheard


def _stems(ctx: StoryContext, k: int) -> frozenset[str]:
    key = ("prose_stems", k)
    if key not in ctx.memo:
        article = ctx.extractions[k].article
        ctx.memo[key] = content_words(article.text, article.language)
    return ctx.memo[key]


RULE = Rule(
    name="quote-in-prose",
    kind="quote",
    field="what",
    scope=Scope.SOURCES,
    check=check,
    summary="A quote that another outlet retells in its prose with a content word changed.",
    why=(
        "An outlet may retell a statement without quotation marks, copying it but for a word "
        "or two, and a word changed there changes what the speaker is reported to have said. "
        "A sentence of one outlet's prose is a quote of another retold when most of its words "
        "are the quote's, in order (and the outlet does not quote it in quotation marks "
        "too). Only content words said instead of others count: a pronoun or tense shifted "
        "for indirect speech, a trim, house spelling or one outlet's longer version are "
        "nothing. A name, number or negation changed is a warning, and so is renaming what "
        "the story is about (a word other articles use, given a word none uses); a word or "
        "two otherwise is info; more is the outlet's own paraphrase."
    ),
    examples=(
        Example(
            "id",
            "“Pusaran laut hampir selalu bergerak ke barat, tetapi bisa berpasangan ke timur”",
            "Palung laut hampir selalu bergerak ke barat, tetapi bisa berpasangan ke timur.",
        ),
        Example(
            "en",
            "“Ocean eddies almost always head to the west, but by pairing up they move east”",
            "Ocean gorges almost always head to the west, but by pairing up they move east.",
        ),
    ),
)
