"""happening-date: one happening dated to two different periods by two sources, in sentences
built too differently to align ("European regulators this month said they had approved the
merger" / "was approved by European Union antitrust regulators last month")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import cache

from factdiff.compare.context import AlignedFacts, StoryContext, sentence_bounds, side
from factdiff.compare.evidence import NEWS_DAYS, cited, days_apart
from factdiff.compare.rule import PLAUSIBLE, SURE, Example, Rule, Scope
from factdiff.compare.rules import dates
from factdiff.lang import Lexicon, alternation, lexicon
from factdiff.model import Extraction, Finding, Mention
from factdiff.stem import stem
from factdiff.text import plain
from factdiff.values import DateValue, date_value

WORD = re.compile(r"[^\W\d_]+")
INNER_CAPITAL = re.compile(r"(?<=[a-z,] )([A-Z][^\W\d_]+)")
NAME_GAP = re.compile(r"[\s'’.-]*")  # what parts the words of one name ("Avago Technologies")
MIN_WORD = 3  # shorter lowercase words name no happening ("go", "up")
SHOWN = 100  # a value longer than this shows the nearest event word and the date
SURE_ANCHORS = 4  # shared names and event words that make one happening sure
ONCE_ANCHORS = 3  # as many, when one is a happening that comes once to the same names
RELATIVE_SLACK = {"day": 1, "week": 3}  # days a relative date may be off either way
APPOSED = 4  # characters between two dates written side by side


@dataclass(frozen=True)
class EventWord:
    start: int
    end: int
    text: str
    bound: str  # "before" / "after": the date is a bound of it ("moved in 2015 after a merger")


@dataclass(frozen=True)
class Happening:
    """A date, the happening its sentence tells: the sentence's names (capitalised words,
    folded) and its event words (stems, synonyms as one key) nearer this date than another."""

    date: Mention
    value: DateValue
    names: dict[str, tuple[int, int]]  # the words of its names, each at its first place
    groups: tuple[frozenset[str], ...]  # its names, each as its words ("falcon", "heavy")
    events: dict[str, EventWord]
    plan: bool


def check(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """Each date of one source against each of the other's whose sentence shares a name and an
    event word with it, and neither source dates that happening another way."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    if xa.article.language != xb.article.language:
        return []  # no event words shared across languages
    ours, theirs = _happenings(ctx, i), _happenings(ctx, j)
    apart = days_apart(xa, xb)
    compared = _aligned_dates(ctx, i, j)
    findings: list[Finding] = []
    for ha in ours:
        for hb in theirs:
            if (ha.date.start, hb.date.start) in compared:
                continue  # date-conflict tells it, from aligned facts
            names, events = ha.names.keys() & hb.names.keys(), ha.events.keys() & hb.events.keys()
            if not names or not events or ha.plan != hb.plan:
                continue  # a plan and what happened may differ; both may be right
            if ha.plan and apart > NEWS_DAYS:
                continue  # a plan told weeks apart may have moved
            if apart > NEWS_DAYS and (_relative(ha) or _relative(hb)):
                continue  # each resolved from its own day; a quote's "this year" too
            if not _disagree(ha, hb, events):
                continue
            if _told_otherwise(ours, ha, names, events) or _told_otherwise(
                theirs, hb, names, events
            ):
                continue  # an article that dates it two ways tells two happenings (a series)
            anchors = _named(ha, names, hb) + len(events)
            once = bool(events & _once_keys(xa.article.language))
            if anchors < (ONCE_ANCHORS if once else SURE_ANCHORS):
                continue  # three shared words tell two happenings as often as one
            confidence = SURE
            if apart > NEWS_DAYS:
                confidence = PLAUSIBLE
            findings += _finding(ctx, xa, ha, xb, hb, sorted(names), sorted(events), confidence)
    return findings


def _aligned_dates(ctx: StoryContext, i: int, j: int) -> set[tuple[int, int]]:
    """The pairs of dates (their offsets) that date-conflict reports between i and j: told
    once, by the rule that reads aligned facts."""
    found: set[tuple[int, int]] = set()
    for pair in ctx.pairs:
        if {pair.a.article, pair.b.article} != {i, j}:
            continue
        for f in dates.check(ctx, AlignedFacts.of(ctx, pair)):
            ends = (f.a.start, f.b.start) if pair.a.article == i else (f.b.start, f.a.start)
            found.add(ends)  # type: ignore[arg-type]
    return found


def _finding(
    ctx: StoryContext,
    xa: Extraction,
    ha: Happening,
    xb: Extraction,
    hb: Happening,
    names: list[str],
    events: list[str],
    confidence: float,
) -> list[Finding]:
    sa, sb = _shown(xa, ha, names, events), _shown(xb, hb, names, events)
    words = names + [ha.events[k].text for k in events]
    message = (
        f'{xa.article.source} dates it "{sa[2]}" ({ha.value.text}), {xb.article.source} '
        f'"{sb[2]}" ({hb.value.text}): one happening ({", ".join(words)}) on two dates'
    )
    return RULE.finding(ctx.name, confidence, message, side(xa, *sa), side(xb, *sb))


def _shown(
    x: Extraction, h: Happening, names: list[str], events: list[str]
) -> tuple[int, int, str]:
    """What an editor reads on one side: the happening's shared names and event words, and
    the date ("Avago Technologies' takeover last year of Broadcom"); when that is long, the
    event word nearest the date and the date."""
    d = h.date
    words = [h.events[k] for k in events]
    spans = [(w.start, w.end) for w in words] + [h.names[k] for k in names]
    start = min(d.start, *(s for s, _ in spans))
    end = max(d.end, *(e for _, e in spans))
    if end - start > SHOWN:
        word = min(words, key=lambda w: abs(w.start - d.start))
        start, end = min(word.start, d.start), max(word.end, d.end)
    return start, end, " ".join(x.article.text[start:end].split())


def _disagree(ha: Happening, hb: Happening, events: set[str]) -> bool:
    """Whether the two dates cannot both be the happening's. A date that bounds it ("in 2015
    after a merger": the merger was in 2015 or before) disagrees only with a date wholly on
    the other side of the bound."""
    va, vb = _widened(ha), _widened(hb)
    bound_a = {ha.events[k].bound for k in events} - {""}
    bound_b = {hb.events[k].bound for k in events} - {""}
    if bound_a and bound_b:
        return False  # two bounds say too little
    if bound_a or bound_b:
        bounded, other, bound = (va, vb, bound_a) if bound_a else (vb, va, bound_b)
        if len(bound) != 1 or None in (bounded.first, bounded.last, other.first, other.last):
            return False
        if bound == {"before"}:
            return other.first > bounded.last  # type: ignore[operator]
        return other.last < bounded.first  # type: ignore[operator]
    return va.agrees(vb) is False


def _relative(h: Happening) -> bool:
    return h.date.qualifier == "anchored"


def _widened(h: Happening) -> DateValue:
    """A relative date as loose as it is read: "today" and "yesterday" are resolved from the
    publication day, which can be the next day where the outlet is; "last week" said on a
    Monday may be eight days back."""
    slack = RELATIVE_SLACK.get(h.date.unit, 0) if _relative(h) else 0
    v = h.value
    if not slack or v.first is None or v.last is None:
        return v
    return replace(v, first=v.first - timedelta(days=slack), last=v.last + timedelta(days=slack))


def _named(ha: Happening, words: set[str], hb: Happening) -> int:
    """How many names the two share, a name of several words counted once."""
    return min(
        sum(1 for g in ha.groups if g & words),
        sum(1 for g in hb.groups if g & words),
    )


def _told_otherwise(
    happenings: list[Happening], h: Happening, names: set[str], events: set[str]
) -> bool:
    """Whether the article dates the same happening (a shared name and event word) to a date
    that does not agree with this one."""
    return any(
        o.date is not h.date
        and o.names.keys() & names
        and o.events.keys() & events
        and o.value.agrees(h.value) is not True
        for o in happenings
    )


def _happenings(ctx: StoryContext, i: int) -> list[Happening]:
    """The article's dated happenings, made once per article."""
    key = ("happenings", i)
    if key not in ctx.memo:
        if "inner_capitals" not in ctx.memo:
            texts = (x.article.text for x in ctx.extractions)
            ctx.memo["inner_capitals"] = frozenset().union(*map(_inner_capitals, texts))
        ctx.memo[key] = _read(ctx.extractions[i], ctx.memo["inner_capitals"])
    return ctx.memo[key]


def _read(x: Extraction, inner: frozenset[str]) -> list[Happening]:
    """The article's dated happenings; ``inner`` holds the words the story writes with a
    capital inside a sentence (names, when a sentence opens with them)."""
    lex = lexicon(x.article.language)
    dates = [m for m in x.mentions if m.type == "date"]
    found: list[Happening] = []
    for m in dates:
        value = date_value(m.normalized)
        if value is None or value.first is None or m.note or cited(x, m):
            continue  # a weekday alone or a year-less day: no period to compare
        if _in_apposition(m, dates):
            continue  # "hari ini, Kamis (19/6)": the written date says which day it was
        begin, end = sentence_bounds(x, m.start)
        if not end:
            continue
        sentence = _without_dates(x.article.text, begin, end, dates)
        if _patterns(lex.language)["skip"].search(sentence):
            continue  # a plan that moved, an earlier or another happening of a series
        clause_begin, clause_end = _clause(sentence, m.start - begin, lex)
        clause = " " * clause_begin + sentence[clause_begin:clause_end]
        opening = WORD.search(sentence)
        first = opening.start() if opening else -1
        groups, names, events = _words(x, clause, begin, first, inner)
        if groups and events:
            plan = bool(_patterns(lex.language)["plan"].search(clause))
            bounded = {k: _bounded(sentence, begin, w, m, lex) for k, w in events.items()}
            found.append(Happening(m, value, names, tuple(groups), bounded, plan))
    return found


def _in_apposition(m: Mention, dates: list[Mention]) -> bool:
    """A date written beside another ("hari ini, Kamis (19/6/2025)", "Selasa (10/6) pekan
    lalu"): two ways of naming one day, the resolved one the less sure."""
    return any(
        o is not m and (0 <= o.start - m.end <= APPOSED or 0 <= m.start - o.end <= APPOSED)
        for o in dates
    )


def _clause(sentence: str, at: int, lex: Lexicon) -> tuple[int, int]:
    """The clause of the sentence around an offset: between punctuation that parts clauses
    (a comma, a quotation mark, a dash, a bracket) and the language's clause breaks ("but",
    "namun"). A date after a quote dates its saying, not what was said."""
    begin = 0
    for match in _patterns(lex.language)["break"].finditer(sentence):
        if match.end() <= at:
            begin = match.end()
        elif match.start() > at:
            return begin, match.start()
    return begin, len(sentence)


def _without_dates(text: str, begin: int, end: int, dates: list[Mention]) -> str:
    """The sentence with every date blanked out, offsets kept: "last" of "last month" is no
    event word, "lalu" of "bulan lalu" no word of an earlier happening."""
    chars = list(text[begin:end])
    for m in dates:
        for k in range(max(m.start, begin), min(m.end, end)):
            chars[k - begin] = " "
    return "".join(chars)


def _words(
    x: Extraction, clause: str, begin: int, first: int, inner: frozenset[str]
) -> tuple[list[frozenset[str]], dict[str, tuple[int, int]], dict[str, EventWord]]:
    """The clause's names (runs of capitalised words; the sentence's first word only when a
    name or a demonym) and event words (other content words but light ones, by their synonym
    key, at their first place). ``clause`` is its sentence with the rest blanked, ``begin``
    where the sentence starts in the text, ``first`` where its first word stands in it."""
    lex = lexicon(x.article.language)
    named = [(m.start, m.end) for m in x.mentions if m.type in ("person", "organization", "place")]
    groups: list[frozenset[str]] = []
    names: dict[str, tuple[int, int]] = {}
    run: list[str] = []
    events: dict[str, EventWord] = {}
    skipped = lex.stopwords | lex.speech_verbs | lex.auxiliaries | lex.light_words
    plans = {w for w in lex.plan_words if " " not in w}
    last_end = -1
    for match in WORD.finditer(clause):
        word, at = match.group(), begin + match.start()
        folded = plain(word)
        if run and not NAME_GAP.fullmatch(clause[last_end : match.start()]):
            groups.append(frozenset(run))
            run = []
        if word[0].isupper():
            if folded in skipped or folded in lex.months or folded in lex.weekdays:
                continue
            # a sentence's first word is capitalised whatever it is: a name when the story
            # writes it so inside a sentence too, or it is a name found
            opening = match.start() == first
            if not opening or folded in lex.demonyms or folded in inner or _inside(at, named):
                run.append(folded)
                names.setdefault(folded, (at, at + len(word)))
                last_end = match.end()
                continue
        if len(folded) >= MIN_WORD and folded not in skipped and folded not in plans:
            key = _event_key(folded, lex.language)
            events.setdefault(key, EventWord(at, at + len(word), word, ""))
    if run:
        groups.append(frozenset(run))
    return groups, names, events


def _inner_capitals(text: str) -> frozenset[str]:
    """The words an article writes with a capital after a word in lower case: names."""
    return frozenset(plain(w) for w in INNER_CAPITAL.findall(text))


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in spans)


def _bounded(text: str, begin: int, word: EventWord, date: Mention, lex: Lexicon) -> EventWord:
    """The event word, with the bound a sequence word before it makes of a date that comes
    before the sequence word ("moved in 2015 after a merger"); a date after the event word
    dates it ("after a merger in 2015" is the merger's year too, by the same reading)."""
    before = text[max(0, word.start - begin - 25) : word.start - begin].casefold()
    for pattern, bound in _sequences(lex.language):
        found = list(pattern.finditer(before))
        if found and date.end <= word.start - len(before) + found[-1].start():
            return replace(word, bound=bound)
    return word


@cache
def _sequences(language: str) -> tuple[tuple[re.Pattern, str], ...]:
    """Each sequence word ("after", "setelah") as a pattern of the whole word, with the bound
    it makes of a date before it; compiled once a process, not once an event word."""
    words = lexicon(language).sequence_words
    return tuple((re.compile(rf"(?<!\w){re.escape(p)}(?!\w)"), b) for p, b in words.items())


def _event_key(word: str, language: str) -> str:
    """One key for the words of one happening: a stem, or its synonym group's."""
    root = stem(word, language)
    return _synonyms(language).get(root) or _synonyms(language).get(word) or root


@cache
def _synonyms(language: str) -> dict[str, str]:
    lex = lexicon(language)
    keys: dict[str, str] = dict(lex.event_synonyms)
    for group in (*lex.measure_synonyms, *lex.happening_synonyms):
        words = [w for w in group if " " not in w]
        if words:
            head = stem(words[0], language)
            for w in words:
                keys.setdefault(stem(w, language), head)
                keys.setdefault(w, head)
    return keys


@cache
def _once_keys(language: str) -> frozenset[str]:
    return frozenset(_event_key(w, language) for w in lexicon(language).once_words)


@cache
def _patterns(language: str) -> dict[str, re.Pattern]:
    lex = lexicon(language)
    skip = [*lex.changed_plan_words, *lex.earlier_event_words, *lex.apart_words]
    breaks = alternation(lex.clause_breaks)
    return {
        "break": re.compile(rf"[,;:()\[\]\"“”«»—–]|\s-\s|(?<!\w)(?:{breaks})(?!\w)", re.IGNORECASE),
        "plan": re.compile(rf"(?<!\w)(?:{alternation(lex.plan_words)})(?!\w)", re.IGNORECASE),
        "skip": re.compile(rf"(?<!\w)(?:{alternation(skip)})(?!\w)", re.IGNORECASE),
    }


RULE = Rule(
    name="happening-date",
    kind="conflict",
    field="when",
    scope=Scope.SOURCES,
    check=check,
    summary="Two sources date one happening to two different periods.",
    why=(
        "An approval, a takeover or a flight is told in sentences too different to align "
        "('European regulators this month said they had approved the merger' / 'was approved "
        "by European Union antitrust regulators last month'), often with a relative date "
        "resolved from each article's publication day. Two dates are one happening's when "
        "the clauses around them share four names and event words (stems; synonyms such as "
        "takeover / merger count as one), or three with a happening that comes once to the "
        "same names (a merger, a founding); light words ('made', 'shows', 'year') count for "
        "nothing. Left alone: dates that date-conflict compares in aligned facts, a plan "
        "against what happened, a plan that moved ('was supposed to', 'semula'), an earlier "
        "or another happening ('previously', 'lainnya'), a date after a quote (its saying), "
        "relative dates of articles days apart or a day off ('today' where the outlet is), "
        "and an article that dates the happening two ways (a series). A sequence word makes "
        "a date a bound: 'moved in 2015 after a merger' puts the merger in 2015 or before. "
        "Only worth a look when the articles are days apart."
    ),
    examples=(
        Example(
            "id",
            "Komisi Eropa bulan ini menyetujui akuisisi itu.",
            "Akuisisi itu disetujui Komisi Eropa bulan lalu.",
            "terbit pada hari yang sama",
        ),
        Example(
            "en",
            "European regulators this month said they had approved the merger.",
            "The merger was approved by European Union regulators last month.",
            "published the same day",
        ),
    ),
)
