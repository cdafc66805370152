"""name-spelling: one name spelt two ways, across sources ("Shanghai" / "Shahai") or inside
one article ("Prajogo Pangestu" and, three paragraphs on, "Prajogo Pengestu")."""

from __future__ import annotations

from collections import Counter

from factdiff.compare.context import NAME_TYPES, StoryContext, field_of, mention_side
from factdiff.compare.inner_capitals import CasedName, SplitName, case_slips, split_names
from factdiff.compare.name_possessives import Apostrophe, apostrophe_slips
from factdiff.compare.name_runs import (
    Apostrophed,
    Slip,
    apostrophe_names,
    commoner,
    evident,
    moved_apostrophes,
    run_words,
    slips,
    story_counts,
    written_elsewhere,
)
from factdiff.compare.rule import PLAUSIBLE, SURE, Example, Rule, Scope
from factdiff.compare.strays import (
    as_trial,
    rarer,
    strays,
    untagged_pairs,
    words_elsewhere,
    written,
)
from factdiff.compare.worded_names import (
    legal_core,
    number_slip,
    prepositioned_names,
    shared_head,
)
from factdiff.model import Extraction, Finding, Mention
from factdiff.name_index import ReferentIndex, SpellingIndex
from factdiff.spellings import Variant, fold, joined_by_mistake, squashed


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """A name one source writes and the other never does, close enough to one of the other's
    names to be that name misspelt ("Boko Harm" against "Boko Haram"), even when its own
    article also writes it right elsewhere; but not against an article that writes the name
    both ways itself (the in-article rule reports that one)."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    forms_a, forms_b = _forms(ctx, i), _forms(ctx, j)
    (index_a, _), (index_b, _) = _indexes(ctx, i), _indexes(ctx, j)
    only_a, only_b = _unmatched(ctx, i, j), _unmatched(ctx, j, i)
    unmatched_a = {id(m) for m in only_a}  # the forms are distinct: one per folded text
    # every pair of an unmatched name and a name of the other side that may be it misspelt
    pairs = [(ma, mb) for ma in only_a for mb in index_b.candidates(ma)]
    pairs += [
        (ma, mb) for mb in only_b for ma in index_a.candidates(mb) if id(ma) not in unmatched_a
    ]
    findings = _splits_across(ctx, i, j)
    reported: set[str] = set()
    for ma, mb in pairs:
        if fold(ma.text) in reported or fold(mb.text) in reported:
            continue
        variant = ctx.referents.misspelling(ma, mb)
        if variant is None or _told_split(ctx, variant, ma):
            continue
        # the reference side (the name the other is close to) must write it one way only
        if id(ma) in unmatched_a and _both_ways(mb, forms_b, ctx):
            continue
        if id(ma) not in unmatched_a and _both_ways(ma, forms_a, ctx):
            continue
        reported.update((fold(ma.text), fold(mb.text)))
        findings += _finding(ctx, variant, xa, ma, xb, mb)
    findings += _strays_across(ctx, i, j, reported)
    findings += _untagged_across(ctx, i, j, reported)
    findings += _runs_across(ctx, i, j, reported)
    findings += _prepositions_across(ctx, i, j) + _cases_across(ctx, i, j)
    findings += _numbers_across(ctx, i, j)
    findings += _possessives_across(ctx, i, j, reported | _said(findings))
    return findings + _apostrophes_across(ctx, i, j, reported)


def _said(findings: list[Finding]) -> set[str]:
    """The words of the findings' values, folded: a name another pass told already."""
    return {w for f in findings for side in (f.a, f.b) for w in fold(side.value or "").split()}


def _possessives_across(ctx: StoryContext, i: int, j: int, reported: set[str]) -> list[Finding]:
    """A name ending in "s" that one article writes with an apostrophe before it ("Lloyd’s")
    against an article writing it plain ("Lloyds"): see factdiff.compare.name_possessives."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    findings: list[Finding] = []
    for slip in _apostrophe_slips(ctx):
        if slip.article == i and j in slip.plain:
            ma, mb = slip.written, slip.plain[j]
        elif slip.article == j and i in slip.plain:
            ma, mb = slip.plain[i], slip.written
        else:
            continue
        if fold(ma.text) in reported or fold(mb.text) in reported or ctx.referents.aliased(ma, mb):
            continue
        findings += _finding(ctx, Variant.SPELLING, xa, ma, xb, mb)
    return findings


def _apostrophe_slips(ctx: StoryContext) -> list[Apostrophe]:
    if "apostrophe slips" not in ctx.memo:
        ctx.memo["apostrophe slips"] = apostrophe_slips(ctx.extractions)
    return ctx.memo["apostrophe slips"]


def _prepositions_across(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """An organisation's name with one preposition inside in one article and another in the
    other ("Committee for the Red Cross" / "Committee of the Red Cross"), each article
    writing it one way (one that writes both is the in-article rule's)."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    names_a, names_b = _prepositioned(ctx, i), _prepositioned(ctx, j)
    findings: list[Finding] = []
    for key in sorted(names_a.keys() & names_b.keys()):
        ways_a, ways_b = names_a[key], names_b[key]
        if len(ways_a) == len(ways_b) == 1 and ways_a.keys() != ways_b.keys():
            (ma,), (mb,) = ways_a.values(), ways_b.values()
            if (names := shared_head(ma, mb)) is not None:
                findings += _finding(ctx, Variant.WORDING, xa, names[0], xb, names[1])
    return findings


def _prepositioned(ctx: StoryContext, i: int) -> dict[tuple[str, str, str], dict[str, Mention]]:
    key = ("prepositioned names", i)
    if key not in ctx.memo:
        ctx.memo[key] = prepositioned_names(ctx.extractions[i])
    return ctx.memo[key]


def _numbers_across(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """A company's name with one word in the other number than its registered name, which
    some article writes with its legal form ("NXP Semiconductor" / "NXP Semiconductors NV")."""
    registered = _registered(ctx)
    if not registered:
        return []
    cores = [{legal_core(m.text)[0]: m for m in _forms(ctx, k).values()} for k in (i, j)]
    findings: list[Finding] = []
    for own, other in ((0, 1), (1, 0)):
        references = [(c, n) for c, n in cores[other].items() if c in registered]
        for core, m in cores[own].items():
            if core in registered:
                continue
            for reference, n in references:
                if number_slip(core, reference):
                    pair = (m, n) if own == 0 else (n, m)
                    xa, xb = ctx.extractions[i], ctx.extractions[j]
                    findings += _finding(ctx, Variant.WORDING, xa, pair[0], xb, pair[1])
    return findings


def _registered(ctx: StoryContext) -> frozenset[tuple[str, ...]]:
    """The names the story writes with a legal form, less it: companies' registered names."""
    if "registered names" not in ctx.memo:
        ctx.memo["registered names"] = frozenset(
            core
            for k in range(len(ctx.extractions))
            for m in _forms(ctx, k).values()
            for core, legal in (legal_core(m.text),)
            if legal
        )
    return ctx.memo["registered names"]


def _splits_across(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """A one-word name one article writes split ("Space X") and never whole, and the other
    whole ("SpaceX"); an article that writes it both ways is the in-article rule's."""
    findings: list[Finding] = []
    for split in _splits(ctx):
        for k, other in ((i, j), (j, i)):
            if split.article != k or split.first_whole[k] is not None:
                continue
            if split.first_whole[other] is None:
                continue
            ours, theirs = _split_mentions(split, other)
            if k == i:
                findings += _finding(
                    ctx,
                    Variant.SPACING,
                    ctx.extractions[i],
                    ours,
                    ctx.extractions[j],
                    theirs,
                    vouched=True,
                )
            else:
                findings += _finding(
                    ctx,
                    Variant.SPACING,
                    ctx.extractions[i],
                    theirs,
                    ctx.extractions[j],
                    ours,
                    vouched=True,
                )
    return findings


def _cases_across(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """A name with a capital inside that one article writes with its first letter
    capitalised ("DeGrasse") and the other small ("deGrasse"), each one way only."""
    findings: list[Finding] = []
    for slip, reference in _cases(ctx):
        if {slip.article, reference.article} != {i, j} or _both_cases(ctx, slip, reference):
            continue
        ours, theirs = _cased_mention(ctx, slip), _cased_mention(ctx, reference)
        xa, xb = ctx.extractions[i], ctx.extractions[j]
        pair = (ours, theirs) if slip.article == i else (theirs, ours)
        findings += _finding(ctx, Variant.SPELLING, xa, pair[0], xb, pair[1])
    return findings


def _cases_in_article(ctx: StoryContext, i: int) -> list[Finding]:
    """A name with a capital inside that one article writes with its first letter both
    capitalised and small: the capitalised form against the other."""
    x = ctx.extractions[i]
    findings: list[Finding] = []
    for slip, reference in _cases(ctx):
        if slip.article == reference.article == i:
            ours, other = _cased_mention(ctx, slip), _cased_mention(ctx, reference)
            findings += _finding(ctx, Variant.SPELLING, x, ours, x, other)
    return findings


def _both_cases(ctx: StoryContext, slip: CasedName, reference: CasedName) -> bool:
    """Whether either article writes the name both ways (the in-article rule tells it)."""
    return any(
        a.article == b.article and a.article in (slip.article, reference.article)
        for a, b in _cases(ctx)
        if a.text == slip.text
    )


def _cases(ctx: StoryContext) -> list[tuple[CasedName, CasedName]]:
    if "case slips" not in ctx.memo:
        ctx.memo["case slips"] = case_slips(ctx.extractions)
    return ctx.memo["case slips"]


def _cased_mention(ctx: StoryContext, name: CasedName) -> Mention:
    """The tagged name holding the word ("Neil DeGrasse Tyson"), or the word as a name."""
    for m in ctx.extractions[name.article].mentions:
        if m.type in NAME_TYPES and m.start <= name.start < m.end:
            return m
    end = name.start + len(name.text)
    return Mention("person", name.start, end, name.text, name.text)


def _splits(ctx: StoryContext) -> list[SplitName]:
    if "split names" not in ctx.memo:
        names = frozenset().union(*ctx.names_by_article)
        ctx.memo["split names"] = split_names(ctx.extractions, names)
    return ctx.memo["split names"]


def _told_split(ctx: StoryContext, variant: Variant, m: Mention) -> bool:
    """Whether a name written apart and together is a split one-word name, told by the
    split-name pass with the story's evidence (a tagged "Space X." is that same slip)."""
    if variant is not Variant.SPACING:
        return False
    return any(squashed(m.text) == squashed(s.whole) for s in _splits(ctx))


def _split_mentions(split: SplitName, whole_in: int) -> tuple[Mention, Mention]:
    """The split form and the whole one in article ``whole_in``, as names."""
    at = split.first_whole[whole_in]
    whole = Mention("organization", at, at + len(split.whole), split.whole, split.whole)
    ours = Mention(
        "organization", split.start, split.start + len(split.text), split.text, split.text
    )
    return ours, whole


def _apostrophes_across(ctx: StoryContext, i: int, j: int, reported: set[str]) -> list[Finding]:
    """One name with its apostrophe after another letter in each article ("Change’1" /
    "Chang’e 1"), each article writing it its own way only (one that writes both ways is
    the in-article rule's)."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    names_a, names_b = apostrophe_names(xa), apostrophe_names(xb)
    findings: list[Finding] = []
    for na, nb in moved_apostrophes(names_a, names_b):
        if _writes(names_a, nb) or _writes(names_b, na):
            continue
        ma, mb = _apostrophe_mention(na), _apostrophe_mention(nb)
        if fold(ma.text) in reported or fold(mb.text) in reported or ctx.referents.same(ma, mb):
            continue
        reported.update((fold(ma.text), fold(mb.text)))
        findings += _finding(ctx, Variant.SPELLING, xa, ma, xb, mb)
    return findings


def _writes(names: tuple[Apostrophed, ...], name: Apostrophed) -> bool:
    """Whether an article writes a name with its apostrophe where ``name`` has it."""
    return any(n.letters == name.letters and n.cut == name.cut for n in names)


def _apostrophe_mention(name: Apostrophed) -> Mention:
    return Mention("organization", name.start, name.start + len(name.text), name.text, name.text)


def _runs_across(ctx: StoryContext, i: int, j: int, reported: set[str]) -> list[Finding]:
    """A word of a run of capitalised words that one article writes and no other does, one
    letter from the word the other article writes beside the same neighbour ("Heavenly
    Place" / "Heavenly Palace"), even when its own article also writes it right."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    words_a, words_b = run_words(xa), run_words(xb)
    said = {w for text in reported for w in text.split()}
    counts = _run_counts(ctx)
    findings: list[Finding] = []
    for k, x, own, y, theirs in ((i, xa, words_a, xb, words_b), (j, xb, words_b, xa, words_a)):
        elsewhere = _words_elsewhere(ctx, k)
        for slip in slips(x, own, y, theirs):
            word, reference = slip.word.key, slip.reference.key
            if word in said or reference in said or not evident(slip, counts):
                continue
            if written_elsewhere(slip, elsewhere, counts, own):
                continue
            told = _told_slip(ctx, slip, said)
            if told is None:
                continue
            ours, other, variant = told
            if x is xa:
                findings += _finding(ctx, variant, xa, ours, xb, other)
            else:
                findings += _finding(ctx, variant, xa, other, xb, ours)
    return findings


def _told_slip(
    ctx: StoryContext, slip: Slip, said: set[str]
) -> tuple[Mention, Mention, Variant] | None:
    """The slip's two runs as mentions and how they are one name misspelt, unless the user
    made them aliases; the two words are then said."""
    ours, other = slip.mentions()
    if ctx.referents.same(ours, other):
        return None
    variant = ctx.referents.misspelling(ours, other)
    if variant is None:
        return None
    said.update((slip.word.key, slip.reference.key))
    return ours, other, variant


def _run_counts(ctx: StoryContext) -> Counter[tuple[str, str]]:
    if "run_counts" not in ctx.memo:
        ctx.memo["run_counts"] = story_counts([run_words(x) for x in ctx.extractions])
    return ctx.memo["run_counts"]


def _untagged_across(ctx: StoryContext, i: int, j: int, reported: set[str]) -> list[Finding]:
    """Two words no tagger saw as names, each written by one article only, one letter apart
    ("alias Juhanda" / "Satria Johanda")."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    findings: list[Finding] = []
    for ma, mb in untagged_pairs(xa, _words_elsewhere(ctx, i), xb, _words_elsewhere(ctx, j)):
        if fold(ma.text) in reported or fold(mb.text) in reported:
            continue
        reported.update((fold(ma.text), fold(mb.text)))
        findings += _finding(ctx, Variant.SPELLING, xa, ma, xb, mb)
    return findings


def _strays_across(ctx: StoryContext, i: int, j: int, reported: set[str]) -> list[Finding]:
    """Untagged words one article writes and no other does, each one slip from a name the
    other article tagged ("Pyongang" / "Pyongyang")."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    findings: list[Finding] = []
    for k, x, other in ((i, xa, j), (j, xb, i)):
        tagged = {w for m in _forms(ctx, k).values() for w in fold(m.text).split()}
        for stray in strays(x, _words_elsewhere(ctx, k), _forms(ctx, other).values()):
            if fold(stray.name.text) in reported or fold(stray.mention.text) in tagged:
                continue  # a word of a name its article tagged: compared as that name
            variant = ctx.referents.misspelling(as_trial(stray), stray.name)
            if variant is None:
                continue
            reported.update((fold(stray.mention.text), fold(stray.name.text)))
            if x is xa:
                findings += _finding(ctx, variant, xa, stray.mention, xb, stray.name)
            else:
                findings += _finding(ctx, variant, xa, stray.name, xb, stray.mention)
    return findings


def _words_elsewhere(ctx: StoryContext, i: int) -> frozenset[str]:
    """Every word the story's other articles write, folded."""
    return words_elsewhere(tuple(x.article.text for x in ctx.extractions), i)


def check_article(ctx: StoryContext, i: int) -> list[Finding]:
    """A name one article writes two ways, the rarer form against the commoner one, when no
    other article writes the commoner form alone (then the cross-source rule names it)."""
    x = ctx.extractions[i]
    forms = _forms(ctx, i)
    counts = Counter(fold(m.text) for m in x.mentions if m.type in NAME_TYPES)
    names = sorted(forms.values(), key=lambda m: (-counts[fold(m.text)], m.start))
    others = [_forms(ctx, k) for k in range(len(ctx.extractions)) if k != i]
    index = SpellingIndex(names)  # the pairs that may be a misspelling, not every pair
    findings: list[Finding] = []
    for k, common in enumerate(names):
        for rare in (names[r] for r in index.positions(common) if r > k):
            if _short_form(rare) or _short_form(common):
                continue  # "Fikri" stands for a full name the article writes itself
            variant = ctx.referents.misspelling(rare, common)
            if variant is None or _told_split(ctx, variant, rare):
                continue
            if any(fold(common.text) in o and not _both_ways(common, o, ctx) for o in others):
                continue
            findings += _finding(ctx, variant, x, rare, x, common)
    findings += _splits_in_article(ctx, i) + _prepositions_in_article(ctx, i)
    findings += _cases_in_article(ctx, i)
    said = {w for f in findings for w in fold(f.a.value).split()}
    findings += _strays_in_article(ctx, i, said)
    said |= {w for f in findings for side in (f.a, f.b) for w in fold(side.value or "").split()}
    findings += _runs_in_article(ctx, i, said)
    return findings + _apostrophes_in_article(ctx, i)


def _splits_in_article(ctx: StoryContext, i: int) -> list[Finding]:
    """A one-word name the article writes whole ("SpaceX") and, fewer times, split ("Space
    X"): its own inconsistency, whatever the other outlets write."""
    x = ctx.extractions[i]
    findings: list[Finding] = []
    for split in _splits(ctx):
        if split.article == i and split.first_whole[i] is not None:
            ours, whole = _split_mentions(split, i)
            findings += _finding(ctx, Variant.SPACING, x, ours, x, whole, vouched=True)
    return findings


def _prepositions_in_article(ctx: StoryContext, i: int) -> list[Finding]:
    """An organisation's name the article writes with two prepositions inside: each later
    way against the first."""
    x = ctx.extractions[i]
    findings: list[Finding] = []
    for _, ways in sorted(_prepositioned(ctx, i).items()):
        first, *later = sorted(ways.values(), key=lambda m: m.start)
        for m in later:
            if (names := shared_head(m, first)) is not None:
                findings += _finding(ctx, Variant.WORDING, x, names[0], x, names[1])
    return findings


def _apostrophes_in_article(ctx: StoryContext, i: int) -> list[Finding]:
    """A name one article writes with its apostrophe after two different letters: the rarer
    form (in a tie, the later) against the commoner; unless another article writes one form
    only (the cross-source rule names it then)."""
    x = ctx.extractions[i]
    names = apostrophe_names(x)
    others = [apostrophe_names(y) for k, y in enumerate(ctx.extractions) if k != i]
    counts = Counter((n.letters, n.cut) for n in names)
    findings: list[Finding] = []
    for rare, common in moved_apostrophes(names, names):
        if (counts[(rare.letters, rare.cut)], -rare.start) > (
            counts[(common.letters, common.cut)],
            -common.start,
        ):
            continue  # the pair comes both ways: told once, the rarer first
        if any(_writes(o, rare) != _writes(o, common) for o in others):
            continue
        ma, mc = _apostrophe_mention(rare), _apostrophe_mention(common)
        if not ctx.referents.same(ma, mc):
            findings += _finding(ctx, Variant.SPELLING, x, ma, x, mc)
    return findings


def _runs_in_article(ctx: StoryContext, i: int, said: set[str]) -> list[Finding]:
    """A run of capitalised words one article writes two ways, one word a letter apart beside
    the same neighbour ("Jakarta Electric PLN" and "Jakarta Elektric PLN"; its title's
    "Prajogo Pangestu" and its prose's "Prajogo Pengestu"): the rarer form (in a tie, the
    word no dictionary knows, then the later one) against the other; unless another article
    writes the word one way (the cross-source rule names it then)."""
    x = ctx.extractions[i]
    words = run_words(x)
    here = story_counts([words])
    counts = _run_counts(ctx)
    others = [y.article.text for k, y in enumerate(ctx.extractions) if k != i]
    findings: list[Finding] = []
    for slip in slips(x, words, x, words):
        word, reference = slip.word.key, slip.reference.key
        if word in said or reference in said or not evident(slip, counts):
            continue
        if any(written(t, reference) and not written(t, word) for t in others):
            continue  # another article writes it one way: the cross-source rule names it
        if commoner(slip, here) != slip.reference:
            continue
        told = _told_slip(ctx, slip, said)
        if told is not None:
            ours, other, variant = told
            findings += _finding(ctx, variant, x, ours, x, other)
    return findings


def _strays_in_article(ctx: StoryContext, i: int, said: set[str]) -> list[Finding]:
    """Untagged words of one article that misspell one of its names and are rarer than it,
    there and in the story, unless the cross-source rule names them or a tagged name holding
    them was reported already (``said``)."""
    x = ctx.extractions[i]
    texts = [y.article.text for y in ctx.extractions]
    elsewhere = _words_elsewhere(ctx, i)
    findings: list[Finding] = []
    for stray in strays(x, frozenset(), _forms(ctx, i).values()):
        word = fold(stray.mention.text)
        if word in said or not (rarer([x.article.text], stray) and rarer(texts, stray)):
            continue
        if word not in elsewhere and stray.part in elsewhere:
            continue  # the cross-source rule names it
        variant = ctx.referents.misspelling(as_trial(stray), stray.name)
        if variant is not None:
            findings += _finding(ctx, variant, x, stray.mention, x, stray.name)
    return findings


def _short_form(m: Mention) -> bool:
    return " " not in m.text.strip() and fold(m.canonical) != fold(m.text)


def _both_ways(m: Mention, forms: dict[str, Mention], ctx: StoryContext) -> bool:
    """Whether an article writes a name and also a misspelling of it (or it of another)."""
    return any(n is not m and ctx.referents.misspelling(n, m) is not None for n in forms.values())


def _finding(
    ctx: StoryContext,
    variant: Variant,
    xa: Extraction,
    ma: Mention,
    xb: Extraction,
    mb: Mention,
    vouched: bool = False,
) -> list[Finding]:
    """A misspelt word is a discrepancy; a name written apart or together is one only when a
    word was split ("Sky Lab" / "Skylab"), not when two words run together, which scraping
    does too ("AnoosheMushtaq"), unless the story vouches for the whole form (``vouched``:
    see factdiff.compare.inner_capitals)."""
    confidence = SURE
    if variant is Variant.SPACING and not vouched and not joined_by_mistake(ma.text, mb.text):
        confidence = PLAUSIBLE
    where = "in one article" if xa is xb else f"({xa.article.source}) and ({xb.article.source})"
    how = {
        Variant.SPELLING: "spelt two ways",
        Variant.SPACING: "written apart and together",
        Variant.WORDING: "worded two ways",
    }[variant]
    message = f'"{ma.text}" and "{mb.text}" look like one name {how} {where}'
    side_a, side_b = mention_side(xa, ma), mention_side(xb, mb)
    rule = ARTICLE_RULE if xa is xb else RULE
    return rule.finding(ctx.name, confidence, message, side_a, side_b, field_of(ma, xa))


def _unmatched(ctx: StoryContext, i: int, j: int) -> list[Mention]:
    """The ith article's names that no name of the jth stands for (an equal canonical form
    settles most). Their acronym stands for no full name of ours: "SCO" does not vouch for
    "Shahghai Cooperation Organisation" when they write "Shanghai Cooperation Organisation"
    too."""
    ours = _forms(ctx, i)
    theirs, (_, index) = _forms(ctx, j), _indexes(ctx, j)  # not every pair: see ReferentIndex
    return [
        m
        for m in ours.values()
        if fold(m.text) not in theirs
        and not any(
            ctx.referents.same(m, n) and not (n.text.isupper() and " " in m.text)
            for n in index.candidates(m)
        )
    ]


def _forms(ctx: StoryContext, i: int) -> dict[str, Mention]:
    """Each name form the ith article writes, at its first mention; made once a story, as
    are its indexes (``_indexes``): each pair of sources asks for them."""
    key = ("spelling forms", i)
    if key not in ctx.memo:
        first: dict[str, Mention] = {}
        for m in ctx.extractions[i].mentions:
            if m.type in NAME_TYPES:
                first.setdefault(fold(m.text), m)
        ctx.memo[key] = first
    return ctx.memo[key]


def _indexes(ctx: StoryContext, i: int) -> tuple[SpellingIndex, ReferentIndex]:
    """The ith article's name forms indexed for the cross-source rule."""
    key = ("spelling indexes", i)
    if key not in ctx.memo:
        forms = list(_forms(ctx, i).values())
        ctx.memo[key] = (SpellingIndex(forms), ReferentIndex(ctx.referents, forms))
    return ctx.memo[key]


RULE = Rule(
    name="name-spelling",
    kind="spelling",
    field="who/where",
    scope=Scope.SOURCES,
    check=check,
    summary="A name spelt two ways, by two sources or inside one article.",
    why=(
        "A misspelt name is the commonest slip in a rewrite, and a reader cannot tell which "
        "spelling is right. Two names are one misspelt when one word differs by a letter or two "
        "(Damerau-Levenshtein: one edit in a word of up to five letters, two in a longer one), "
        "starting with the same letter, and every other word agrees. Left alone: a word and its "
        "derived form ('Korea' / 'Korean'), British and American spelling ('Centre' / "
        "'Center'), a word glued on where a link was ('Lahadaliayang'), a short form ('Xi' / "
        "'Xi Jinping'), accents, nicknames ('Jokowi'), a person against a place, and two places "
        "that both exist. A name written apart and together is a warning when a word was split "
        "('Sky Lab' / 'Skylab'), or when a one-word name with a capital inside that two "
        "outlets write whole is split at that capital by one ('Space X' / 'SpaceX'; an "
        "article that writes it both ways is told on its own), otherwise information. "
        "Names no tagger saw are read too: an "
        "unknown capitalised word a letter from a name ('Pyongang'), and a run of capitalised "
        "words one word of which slipped by a letter beside the same neighbour ('Heavenly "
        "Place' / 'Heavenly Palace'; two words of the language only when the slipped run is "
        "written once and the other at least twice). An apostrophe moved inside a name "
        "('Change’1' / 'Chang’e 1') is a slip too; a hyphen or space before its number is not. "
        "An organisation's name worded two ways is one too: another preposition after its head "
        "('Committee for / of the Red Cross'), or a word of a company's registered name, which "
        "an article writes with its legal form, in the other number ('NXP Semiconductor' / "
        "'NXP Semiconductors NV'). A name with a capital inside written with its first "
        "letter capitalised where it is small ('DeGrasse' / 'deGrasse'), neither opening a "
        "sentence nor in a title, is a slip. A name ending in 's' written with an apostrophe "
        "before it ('Lloyd’s' / 'Lloyds') is a slip when no article writes it without the 's', "
        "which would make '’s' its possessive."
    ),
    examples=(
        Example("id", "KTT Organisasi Kerjasama Shanghai", "KTT Organisasi Kerjasama Shahai"),
        Example("en", "Prime Minister Manuel Valls", "Prime Minister Manual Valls"),
        Example("en", "Chang’e 1", "Change’1"),
        Example("en", "SpaceX", "Space X"),
        Example(
            "en",
            "International Committee of the Red Cross",
            "International Committee for the Red Cross",
        ),
        Example("id", "Komisi untuk Orang Hilang", "Komisi bagi Orang Hilang", "in one article"),
        Example("id", "Prajogo Pangestu", "Prajogo Pengestu", "in one article"),
    ),
)

ARTICLE_RULE = Rule(
    name="name-spelling-internal",
    kind="spelling",
    field="who/where",
    scope=Scope.ARTICLE,
    check=check_article,
    summary="A name one article spells two ways.",
    why=(
        "An article that writes one name two ways has at least one of them wrong, whatever the "
        "other outlets write. The same test as name-spelling, inside one article: the rarer form "
        "is reported against the commoner one. The title is part of the article: a name its "
        "prose writes otherwise than its title is reported at the title's line and column."
    ),
    examples=(
        Example("id", "Padang Pariaman", "Padang Parimana"),
        Example("en", "Haley Copeland", "Hayley"),
        Example("id", "Jakarta Electric PLN", "Jakarta Elektric PLN"),
    ),
)
