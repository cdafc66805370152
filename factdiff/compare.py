"""The compare stage: aligned facts, quotes and names in; findings out. This module decides
what is a discrepancy and of which kind; it never prints."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from difflib import SequenceMatcher
from functools import cache, lru_cache

import jellyfish

from factdiff.align import Pair, align_story
from factdiff.extract.facts import magnitude, name_term
from factdiff.extract.numbers import is_ordinal
from factdiff.lang import LANGUAGES, lexicon
from factdiff.model import Extraction, Fact, Finding, Mention, Side
from factdiff.places import Gazetteer, gazetteer
from factdiff.text import plain, sentences

NAME_TYPES = ("person", "organization", "place")
SPELLING_TOKEN = 0.84  # Jaro-Winkler of one differing token ("Shanghai"/"Shahai" 0.94)
SPELLING_NAME = 0.90  # Jaro-Winkler of the whole name
STRONG = 0.6  # an alignment score above which a differing slot is a sure conflict
CLOSE = 0.75  # so close that an actor only one article names is still another actor
MIN_DATE_SCORE = 0.55  # a weaker alignment than this never gives a date conflict
QUOTE_MATCH = 0.5  # share of the shorter quote's words the other must have to be the same quote


@dataclass(frozen=True)
class Options:
    aliases: tuple[frozenset[str], ...] = ()  # names that are one referent ("Red Flags" = ...)
    omissions: bool = True


@dataclass
class StoryContext:
    name: str
    extractions: list[Extraction]
    places: Gazetteer
    options: Options
    names_by_article: list[set[str]] = field(default_factory=list)

    def __post_init__(self):
        self.names_by_article = [
            {plain(m.canonical) for m in x.mentions if m.type in NAME_TYPES}
            for x in self.extractions
        ]


@cache
def _every_language(field_name: str) -> frozenset[str]:
    """A lexicon list of every language in one set (stories mix languages)."""
    return frozenset(w for lang in LANGUAGES for w in getattr(lexicon(lang), field_name))


WORDS = re.compile(r"\w+")


@cache
def _name_titles() -> frozenset[str]:
    return frozenset(w for lang in LANGUAGES for t in lexicon(lang).name_titles for w in t.split())


def _words(value: str) -> list[str]:
    return WORDS.findall(plain(value))


def same_referent(a: Mention, b: Mention, ctx: StoryContext) -> bool:
    """One referent written two ways: "Xi" and "Xi Jinping", "Tiongkok" and "China", "KTT
    Organisasi Kerjasama Shanghai" and "Organisasi Kerjasama Shanghai", or a configured alias."""
    ca, cb = plain(a.canonical), plain(b.canonical)
    if ca == cb:
        return True
    if ctx.options.aliases:
        names_a, names_b = {ca, plain(a.text)}, {cb, plain(b.text)}
        if any(names_a & group and names_b & group for group in ctx.options.aliases):
            return True
    if a.type == "place" and b.type == "place" and _same_facility(a, b, ctx):
        return True
    if a.type == "place" or b.type == "place":
        return False  # places are one only by the gazetteer: "Asia" is not "Asia Tengah"
    wa, wb = _words(ca), _words(cb)
    if a.type == "person" and b.type == "person":  # "Raja Charles" is Charles III
        titles = _name_titles()
        wa = [w for w in wa if w not in titles] or wa
        wb = [w for w in wb if w not in titles] or wb
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if a.type == "person" and b.type == "person":
        if set(short) <= set(long_) or (len(short) == 1 and _nickname(short[0], long_)):
            return True
        # role words glued to a name differ between outlets ("Kapuspenkum Kejagung Ketut
        # Sumedana" / "Ketut Sumedana"): the given and family name decide
        return len(short) >= 2 and short[-2:] == long_[-2:]
    if len(short) < 2:  # a bare "KTT" or "Bank" names no one in particular
        return "".join(w[0] for w in long_) == short[0] if short else False
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _nickname(word: str, names: list[str]) -> bool:
    """ "Jokowi" for Joko Widodo, "SBY" for Susilo Bambang Yudhoyono: a name made of the
    beginnings of the full name's words, or of their initials."""
    if len(names) < 2:
        return False
    if word == "".join(n[0] for n in names):
        return True

    def build(rest: str, index: int) -> bool:
        if not rest:
            return index >= 2
        if index == len(names):
            return False
        return any(
            rest.startswith(names[index][:k]) and build(rest[k:], index + 1)
            for k in range(min(len(rest), len(names[index])), 1, -1)
        )

    return build(word, 0)


def specificity(a: Mention, b: Mention, ctx: StoryContext) -> str | None:
    """Which side is the more specific of two places, if one lies within the other."""
    if a.type != "place" and b.type != "place":
        return None
    pa, pb = ctx.places.lookup(a.text), ctx.places.lookup(b.text)
    if pa and pb and pa.id != pb.id:
        if ctx.places.contains(pa, pb):
            return "b"
        if ctx.places.contains(pb, pa):
            return "a"
    wa, wb = _words(a.text), _words(b.text)
    qualifiers = _every_language("geo_qualifiers")
    if len(wa) < len(wb) and set(wa) < set(wb) and set(wb) - set(wa) <= qualifiers:
        return "b"
    if len(wb) < len(wa) and set(wb) < set(wa) and set(wa) - set(wb) <= qualifiers:
        return "a"
    return None


def _similarity(x: str, y: str) -> float:
    return jellyfish.jaro_winkler_similarity(plain(x), plain(y))


def spelling_variant(a: Mention, b: Mention, ctx: StoryContext) -> bool:
    """Two spellings of one name: word for word the same or close (Jaro-Winkler, same first
    letter), or a lone word close to one word of the other's full name, a person's
    ("Covingtn" of "Damon Covington", not "SpaceX" of "Vandenberg Space Force Base"); and not
    two different places that both exist."""
    wa, wb = a.text.split(), b.text.split()
    if plain(a.text) == plain(b.text):
        return False
    if len(wa) != len(wb):
        if min(len(wa), len(wb)) != 1 or (a if len(wa) > 1 else b).type != "person":
            return False
        lone, full = (wa[0], wb) if len(wa) == 1 else (wb[0], wa)
        if len(lone) < 5 or any(plain(lone) == plain(w) for w in full):
            return False
        closest = max(full, key=lambda w: _similarity(lone, w))
        pairs = [(lone, closest)]
    else:
        pairs = [(x, y) for x, y in zip(wa, wb, strict=True) if plain(x) != plain(y)]
    # the cheap test first: most pairs of names differ in their first letters
    if any(plain(x[:1]) != plain(y[:1]) or len(x) < 3 or len(y) < 3 for x, y in pairs):
        return False
    if len(wa) == len(wb) and _similarity(a.text, b.text) < SPELLING_NAME:
        return False
    if any(_similarity(x, y) < SPELLING_TOKEN for x, y in pairs):
        return False
    pa, pb = _known_place(a.text, ctx), _known_place(b.text, ctx)
    return not (pa and pb and pa.id != pb.id)


def _known_place(text: str, ctx: StoryContext):
    place = ctx.places.lookup(text)
    if place:
        return place
    words = text.split()  # the place inside an organization's name: "... Kerjasama Shanghai"
    return ctx.places.lookup(words[-1]) if len(words) > 1 and len(words[-1]) > 3 else None


def _sentence(x: Extraction, start: int) -> str:
    """The sentence around an offset, as the sentence splitter cut it."""
    article = x.article
    for begin, end in sentences(article.text, article.regions, lexicon(article.language)):
        if begin <= start < end:
            return _squash(article.text[begin:end])
    return ""


def _squash(text: str) -> str:
    return " ".join(text.split())


def side(
    x: Extraction,
    start: int | None,
    end: int | None,
    value: str | None,
    sentence: str | None = None,
) -> Side:
    article = x.article
    if start is None:
        return Side(article.source, article.path, None, None, value, sentence)
    line, column = article.position(start)
    return Side(
        article.source,
        article.path,
        line,
        column,
        value,
        sentence if sentence is not None else _sentence(x, start),
        start,
        end,
    )


def mention_side(x: Extraction, m: Mention) -> Side:
    return side(x, m.start, m.end, m.text)


def _field_of(m: Mention, x: Extraction) -> str:
    if m.type == "place":
        return "where"
    if m.type == "organization":
        before = x.article.text[max(0, m.start - 12) : m.start].split()
        preps = lexicon(x.article.language).locative_prepositions | {"dalam", "agenda", "at", "in"}
        if before and before[-1].lower() in preps:
            return "where"
    return "who"


# --- names across a story -------------------------------------------------------------


def compare_names(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """Spelling variants of a name between two sources, wherever they stand in the articles:
    a name one source writes and the other never does, close enough to one of the other's
    names to be the same (even when that source also writes it right elsewhere)."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    first_a, first_b = _first_mentions(xa), _first_mentions(xb)
    only_a, only_b = _unmatched(first_a, first_b, ctx), _unmatched(first_b, first_a, ctx)
    pairs = [(ma, mb) for ma in only_a for mb in first_b.values()]
    taken = {id(m) for m in only_a}
    pairs += [(ma, mb) for mb in only_b for ma in first_a.values() if id(ma) not in taken]
    # full names before lone words, so "Jerome Powell"/"Jerome Pwell" is the one reported
    pairs.sort(key=lambda p: len(p[0].text.split()) != len(p[1].text.split()))
    findings = []
    reported: set[int] = set()
    for ma, mb in pairs:
        if id(ma) in reported or id(mb) in reported:
            continue  # one finding per variant
        if spelling_variant(ma, mb, ctx):
            reported.update((id(ma), id(mb)))
            findings.append(
                Finding(
                    ctx.name,
                    _field_of(ma, xa),
                    "spelling",
                    "warning",
                    f'"{ma.text}" ({xa.article.source}) and "{mb.text}" ({xb.article.source}) '
                    "look like one name spelt two ways",
                    mention_side(xa, ma),
                    mention_side(xb, mb),
                )
            )
    return findings


def _unmatched(
    ours: dict[str, Mention], theirs: dict[str, Mention], ctx: StoryContext
) -> list[Mention]:
    """Our names that no name of theirs stands for (an equal canonical form settles most).
    Their acronym stands for no full name of ours: "SCO" does not vouch for "Shahghai
    Cooperation Organisation" when they write "Shanghai Cooperation Organisation" too."""
    canonical = {plain(m.canonical) for m in theirs.values()}
    return [
        m
        for m in ours.values()
        if plain(m.canonical) not in canonical
        and not any(
            same_referent(m, n, ctx) and not (n.text.isupper() and " " in m.text)
            for n in theirs.values()
        )
    ]


def _first_mentions(x: Extraction) -> dict[str, Mention]:
    first: dict[str, Mention] = {}
    for m in x.mentions:
        if m.type in NAME_TYPES:
            first.setdefault(plain(m.text), m)
    return first


# --- aligned facts --------------------------------------------------------------------


def compare_facts(ctx: StoryContext, pair: Pair) -> list[Finding]:
    xa, xb = ctx.extractions[pair.a.article], ctx.extractions[pair.b.article]
    fa, fb = xa.facts[pair.a.fact], xb.facts[pair.b.fact]
    findings = []
    findings += _compare_places(ctx, pair, xa, xb, fa, fb)
    findings += _compare_actors(ctx, pair, xa, xb, fa, fb)
    findings += _compare_dates(ctx, pair, xa, xb, fa, fb)
    findings += _compare_numbers(ctx, pair, xa, xb, fa, fb)
    return findings


def _event_in_both(fa: Fact, fb: Fact) -> bool:
    """Two aligned facts tell of one event where a place is concerned: the same predicate,
    or one's predicate among the other's words ("53 orang mengalami luka-luka dan dirawat di
    Subang" / "35 orang luka-luka dan dirawat di Bandung": "alami" and "rawat", both say
    "dirawat"). Actors and dates keep to the same predicate: another actor is a graver
    finding, and a clause's other verbs often have actors of their own."""
    if not (fa.what and fb.what):
        return False
    return fa.what == fb.what or fa.what in fb.terms or fb.what in fa.terms


def _remainders(ma: list[Mention], mb: list[Mention], ctx: StoryContext, slot=None):
    """What is left of each side once the mentions of one referent are paired off; with
    ``slot`` (a mention's word before it on each side), one in the same slot first, so that
    "Jalur Sutra Samarkand di Uzbekistan" against "Jalur Sutra Uzbekistan di Uzbekistan"
    leaves Samarkand facing the Uzbekistan in its slot."""
    rest_b = list(mb)
    rest_a = []
    for m in ma:
        same = [n for n in rest_b if same_referent(m, n, ctx)]
        in_slot = [n for n in same if slot is not None and slot(m, "a") == slot(n, "b")]
        match = (in_slot or same or [None])[0]
        if match is None:
            rest_a.append(m)
        else:
            rest_b.remove(match)
    return rest_a, rest_b


def _compare_places(ctx, pair, xa, xb, fa: Fact, fb: Fact) -> list[Finding]:
    # multisets: "in Beijing ... to China" against "in China ... to China" leaves Beijing/China
    ma = [xa.mentions[k] for k in fa.where]
    mb = [xb.mentions[k] for k in fb.where]
    sides = {"a": xa, "b": xb}
    rest_a, rest_b = _remainders(ma, mb, ctx, lambda m, side: _word_before(sides[side], m))
    findings = []
    for a in list(rest_a):
        for b in list(rest_b):
            which = specificity(a, b, ctx) if _same_slot(xa, a, xb, b) else None
            if which:
                vague, exact = (a, b) if which == "b" else (b, a)
                vx, ex = (xa, xb) if which == "b" else (xb, xa)
                findings.append(
                    Finding(
                        ctx.name,
                        "where",
                        "specificity",
                        "warning",
                        f'"{exact.text}" ({ex.article.source}) is more specific than '
                        f'"{vague.text}" ({vx.article.source}) for the same fact',
                        mention_side(xa, a),
                        mention_side(xb, b),
                    )
                )
                rest_a.remove(a)
                rest_b.remove(b)
                break
    places_a = [m for m in rest_a if m.type == "place" and _place_kinds(m, ctx)]
    places_b = [m for m in rest_b if m.type == "place" and _place_kinds(m, ctx)]
    if len(ma) != len(mb):
        # one side names more places ("a flight from Bangkok crashed at Gimpo International
        # Airport" / "... at Muan International Airport"): only a facility, named by its
        # kind, still faces the other side's one facility of that kind
        places_a = [m for m in places_a if not ctx.places.kinds(m.text)]
        places_b = [m for m in places_b if not ctx.places.kinds(m.text)]
    if len(places_a) == 1 and len(places_b) == 1:
        a, b = places_a[0], places_b[0]
        if not (_event_in_both(fa, fb) or _same_bearing(pair, xa, a, xb, b)):
            return findings
        # New York (city) / London; Rutan Salemba / Rutan Cipinang (two jails)
        if _place_kinds(a, ctx) & _place_kinds(b, ctx):
            findings.append(
                Finding(
                    ctx.name,
                    "where",
                    "conflict",
                    "warning",
                    f'{xa.article.source} places it in "{a.text}", '
                    f'{xb.article.source} in "{b.text}"',
                    mention_side(xa, a),
                    mention_side(xb, b),
                )
            )
    return findings


def _place_kinds(m: Mention, ctx: StoryContext) -> frozenset[str]:
    """What kind of place a name is: the gazetteer's kinds, or the facility its name begins
    or ends with ("Rutan Salemba", "Bandara Soekarno-Hatta", "Heathrow Airport")."""
    kinds = ctx.places.kinds(m.text)
    if kinds:
        return kinds
    found = _facility(m.text)
    return frozenset({found[0]}) if found else frozenset()


@lru_cache(maxsize=4096)
def _facility(name: str) -> tuple[str, frozenset[str]] | None:
    """A facility's kind (the head or tail word of its name) and its own words: "Bandara
    Internasional Soekarno-Hatta" is a "bandara" of internasional, soekarno-hatta."""
    words = name.lower().split()
    if len(words) < 2:
        return None
    heads, tails = _every_language("place_heads"), _every_language("place_tails")
    for size in (2, 1):
        if " ".join(words[:size]) in heads and len(words) > size:
            return " ".join(words[:size]), frozenset(words[size:])
    return (words[-1], frozenset(words[:-1])) if words[-1] in tails else None


def _same_facility(a: Mention, b: Mention, ctx: StoryContext) -> bool:
    """One facility named more or less fully: "Reagan National Airport" / "Ronald Reagan
    Washington National Airport", "Stadion Manahan" / "Stadion Manahan Solo"."""
    fa, fb = _facility(a.text), _facility(b.text)
    if not (fa and fb and fa[0] == fb[0] and (fa[1] <= fb[1] or fb[1] <= fa[1])):
        return False
    return not (ctx.places.kinds(a.text) or ctx.places.kinds(b.text))


SLOT_WORDS = frozenset(
    {"terhadap", "towards", "toward", "to", "into", "across", "throughout", "near"}
    | _every_language("locative_prepositions")
)


def _same_bearing(pair: Pair, xa: Extraction, a: Mention, xb: Extraction, b: Mention) -> bool:
    """Two strongly aligned facts whose places follow the same word that is no preposition
    ("130 km timur laut Tuban" / "130 km timur laut Lamongan") place one thing two ways, even
    where the verbs differ ("BMKG mencatat pusat gempa ..." / "Menurut BMKG, pusat gempa
    terletak ...")."""
    before = _word_before(xa, a)
    return pair.score >= STRONG and before == _word_before(xb, b) and before not in SLOT_WORDS


def _word_before(x: Extraction, m: Mention) -> str:
    words = re.findall(r"\w+", x.article.text[max(0, m.start - 30) : m.start])
    return words[-1].lower() if words else ""


def _same_slot(xa: Extraction, a: Mention, xb: Extraction, b: Mention) -> bool:
    """Two places fill the same slot of a fact when the same word leads to both ("terhadap
    Asia" / "terhadap Asia Tengah") or both follow a preposition of place ("di", "in", "to")."""
    before_a, before_b = _word_before(xa, a), _word_before(xb, b)
    return before_a == before_b or (before_a in SLOT_WORDS and before_b in SLOT_WORDS)


def _compare_actors(ctx, pair, xa, xb, fa: Fact, fb: Fact) -> list[Finding]:
    """Another actor for the same event: after pairing off the persons both name, each side
    has one the other lacks. Sure ("bertemu Xi" / "bertemu Putin", an error) when both are
    people the two articles know; otherwise only on a closely aligned fact (a warning)."""
    ma = [xa.mentions[k] for k in fa.who if xa.mentions[k].type == "person"]
    mb = [xb.mentions[k] for k in fb.who if xb.mentions[k].type == "person"]
    rest_a, rest_b = _remainders(ma, mb, ctx)
    if not (rest_a and rest_b) or fa.what != fb.what or not fa.what:
        return []
    known = ctx.names_by_article[pair.a.article] & ctx.names_by_article[pair.b.article]
    known_a = [m for m in rest_a if plain(m.canonical) in known]
    known_b = [m for m in rest_b if plain(m.canonical) in known]
    if len(known_a) == 1 and len(known_b) == 1:
        a, b = known_a[0], known_b[0]
        severity = "error" if pair.score >= STRONG else "warning"
    elif (
        len(rest_a) == 1
        and len(rest_b) == 1
        and (pair.score >= CLOSE or _same_office(rest_a[0], rest_b[0]))
    ):
        a, b = rest_a[0], rest_b[0]
        severity = "warning"
    else:
        return []
    full_a, full_b = _person(a.canonical), _person(b.canonical)
    if plain(a.text) == plain(b.text) or spelling_variant(full_a, full_b, ctx):
        return []  # one person spelt two ways: the spelling pass reports it
    return [
        Finding(
            ctx.name,
            "who",
            "conflict",
            severity,
            f'another actor for "{fa.what_text}": {xa.article.source} names {a.canonical}, '
            f"{xb.article.source} names {b.canonical}",
            mention_side(xa, a),
            mention_side(xb, b),
        )
    ]


def _person(name: str) -> Mention:
    """A person's name as a mention of its own, to compare names that stand in no text."""
    return Mention("person", 0, 0, name, name)


def _same_office(a: Mention, b: Mention) -> bool:
    """Two people given one particular office ("Gubernur Jawa Barat"): one of them is wrong."""
    return len(a.qualifier.split()) > 1 and plain(a.qualifier) == plain(b.qualifier)


def date_range(m: Mention) -> tuple[date, date] | None:
    value = m.normalized or ""
    if "/" in value:  # a range of days: "2024-11-18/2024-11-19"
        first, last = value.split("/")
        try:
            return date.fromisoformat(first), date.fromisoformat(last)
        except ValueError:
            return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = date.fromisoformat(value)
            return day, day
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            monday = date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return monday, monday + timedelta(days=6)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            first = date(int(value[:4]), int(value[5:]), 1)
            nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def dates_agree(a: Mention, b: Mention) -> bool | None:
    """True, False, or None when the two cannot be compared (an unresolved relative date)."""
    va, vb = a.normalized or "", b.normalized or ""
    if not va or not vb:
        return None
    if va.startswith("weekday:") or vb.startswith("weekday:"):
        other = vb if va.startswith("weekday:") else va
        weekday = int((va if va.startswith("weekday:") else vb).split(":")[1])
        span = date_range(Mention("date", 0, 0, "", "", other))
        if other.startswith("weekday:"):
            return va == vb
        return span is None or span[0] != span[1] or span[0].weekday() == weekday
    if va.startswith("--") or vb.startswith("--"):
        # a date without its year is the same date with it; days of a range are compared
        # by month and day
        (a0, a1), (b0, b1) = _month_days(va), _month_days(vb)
        return a0 <= b1 and b0 <= a1
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return None
    return ra[0] <= rb[1] and rb[0] <= ra[1]  # a day inside "last week" is no conflict


def _month_days(value: str) -> tuple[str, str]:
    """A day, a range of days or a month as month-day strings ("11-18", "11-19"; a month
    "05-01", "05-31"), which order as dates within a year."""
    first, _, last = value.partition("/")
    if MONTH.fullmatch(first):
        return f"{first[-2:]}-01", f"{first[-2:]}-31"
    return first[-5:], (last or first)[-5:]


MONTH = re.compile(r"(?:--|\d{4}-)\d{2}")  # "--05", "2024-05"


def _compare_dates(ctx, pair, xa, xb, fa: Fact, fb: Fact) -> list[Finding]:
    da = [xa.mentions[k] for k in fa.when]
    db = [xb.mentions[k] for k in fb.when]
    same_event = fa.what == fb.what or _event_in_both(fa, fb)
    if len(da) != 1 or len(db) != 1 or pair.score < MIN_DATE_SCORE or not same_event:
        return []  # another date only for the same event
    a, b = da[0], db[0]
    if dates_agree(a, b) is not False or a.unit != b.unit and "week" in (a.unit, b.unit):
        return []
    return [
        Finding(
            ctx.name,
            "when",
            "conflict",
            "error" if pair.score >= STRONG else "warning",
            f'another date for the same fact: "{a.text}" ({a.normalized}) in {xa.article.source}, '
            f'"{b.text}" ({b.normalized}) in {xb.article.source}',
            mention_side(xa, a),
            mention_side(xb, b),
        )
    ]


def _compare_numbers(ctx, pair, xa, xb, fa: Fact, fb: Fact) -> list[Finding]:
    by_unit_a = _by_unit([xa.mentions[k] for k in fa.numbers])
    by_unit_b = _by_unit([xb.mentions[k] for k in fb.numbers])
    findings = []
    for unit in sorted(set(by_unit_a) & set(by_unit_b) - {"age"}):  # ages: compare_ages
        ma, mb = by_unit_a[unit], by_unit_b[unit]
        # the numbers both sides have are settled; one left on each side is compared
        # ("3,75% hingga 4%" / "3,75% hingga 5%")
        rest_a = [m for m in ma if not any(m.normalized == n.normalized for n in mb)]
        rest_b = [n for n in mb if not any(n.normalized == m.normalized for m in ma)]
        if len(ma) == 1 and len(mb) == 1 and not rest_a:
            rest_a, rest_b = ma, mb
        if len(rest_a) != 1 or len(rest_b) != 1:
            continue
        a, b = rest_a[0], rest_b[0]
        if not unit and (pair.score < STRONG or magnitude(a.normalized) != magnitude(b.normalized)):
            continue  # a bare number ("the toll rose to 64") only on a strong alignment
        if a.normalized == b.normalized:
            if a.qualifier != b.qualifier:
                findings.append(
                    Finding(
                        ctx.name,
                        "what",
                        "specificity",
                        "info",
                        f'the same number with another qualifier: "{a.text}" ({xa.article.source}) '
                        f'and "{b.text}" ({xb.article.source})',
                        mention_side(xa, a),
                        mention_side(xb, b),
                    )
                )
            continue
        if pair.score < STRONG and magnitude(a.normalized) != magnitude(b.normalized):
            continue  # loosely aligned, a figure of another size is another quantity ("the
            # 270 electoral votes needed" / "Pennsylvania and its 19 electoral votes")
        approximate = any(
            q.startswith("~") or q in (">", "<", ">=", "<=") for q in (a.qualifier, b.qualifier)
        )
        if approximate and _within_qualifier(a, b):
            continue
        findings.append(
            Finding(
                ctx.name,
                "what",
                "conflict",
                "warning" if approximate or pair.score < STRONG else "error",
                f'another number for the same fact: "{a.text}" ({xa.article.source}) and '
                f'"{b.text}" ({xb.article.source})',
                mention_side(xa, a),
                mention_side(xb, b),
            )
        )
    return findings


def _by_unit(mentions: list[Mention]) -> dict[str, list[Mention]]:
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        unit = _unit_key(m.unit)
        groups.setdefault(f"{unit}#" if is_ordinal(m) else unit, []).append(m)
    return groups


def _unit_key(unit: str) -> str:
    aliases = {
        "year": "tahun",
        "month": "bulan",
        "day": "hari",
        "week": "minggu",
        "hour": "jam",
        "minut": "menit",
        "soldier": "prajurit",
        "peopl": "orang",
        "person": "orang",
        "dollar": "dolar",
        "leader": "pimpin",
    }
    return aliases.get(unit, unit)


def _within_qualifier(a: Mention, b: Mention) -> bool:
    """ "more than 200" and "250" agree; "nearly 100" and "98" agree; "more than 80" and
    "more than 106" do not (vague the same way about two numbers)."""
    if a.qualifier == b.qualifier:
        return False
    va, vb = float(a.normalized or 0), float(b.normalized or 0)
    for x, y, q in ((va, vb, a.qualifier), (vb, va, b.qualifier)):
        if q in (">", ">=") and y >= x or q in ("<", "<=") and y <= x:
            return True
        if q.startswith("~") and x and abs(x - y) / abs(x) <= 0.1:
            return True
    return False


# --- ages -----------------------------------------------------------------------------


def compare_ages(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    """One person, two ages ("Harris, 60" / "Ms. Harris, 59"): wherever each article gives
    it, since an age belongs to the person, not to a clause. A year apart is a warning (a
    birthday may fall between two publications), more an error."""
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    ages_b = [m for m in xb.mentions if m.type == "number" and m.unit == "age"]
    findings = []
    for a in (m for m in xa.mentions if m.type == "number" and m.unit == "age"):
        person_a = _person(a.canonical)
        for b in ages_b:
            if a.normalized == b.normalized or not same_referent(
                person_a, _person(b.canonical), ctx
            ):
                continue
            gap = abs(float(a.normalized or 0) - float(b.normalized or 0))
            findings.append(
                Finding(
                    ctx.name,
                    "who",
                    "conflict",
                    "warning" if gap <= 1 else "error",
                    f"another age for {a.canonical}: {a.text} ({xa.article.source}) and "
                    f"{b.text} ({xb.article.source})",
                    mention_side(xa, a),
                    mention_side(xb, b),
                )
            )
            break
    return findings


# --- quotes ---------------------------------------------------------------------------


def compare_quotes(ctx: StoryContext, i: int, j: int) -> list[Finding]:
    xa, xb = ctx.extractions[i], ctx.extractions[j]
    qa = [m for m in xa.mentions if m.type == "quote"]
    qb = [m for m in xb.mentions if m.type == "quote"]
    findings = []
    used: set[int] = set()
    for a in qa:
        best, best_share = None, 0.0
        wa = (a.normalized or "").split()
        for k, b in enumerate(qb):
            if k in used:
                continue
            wb = (b.normalized or "").split()
            shared = sum((Counter(wa) & Counter(wb)).values())
            share = shared / max(1, min(len(wa), len(wb)))
            if share > best_share:
                best, best_share = k, share
        if best is None or best_share < QUOTE_MATCH:
            continue
        used.add(best)
        b = qb[best]
        findings += _quote_findings(ctx, xa, xb, a, b)
    return findings


def _quote_findings(ctx, xa, xb, a: Mention, b: Mention) -> list[Finding]:
    findings = []
    sa, sb = a.qualifier, b.qualifier
    speaker_a, speaker_b = _person(sa), _person(sb)
    if (
        sa
        and sb
        and not same_referent(speaker_a, speaker_b, ctx)
        and not spelling_variant(speaker_a, speaker_b, ctx)  # reported as spelling instead
    ):
        findings.append(
            Finding(
                ctx.name,
                "who",
                "conflict",
                "error",
                f"one quote, two speakers: {sa} ({xa.article.source}) "
                f"and {sb} ({xb.article.source})",
                side(xa, a.start, a.end, sa),
                side(xb, b.start, b.end, sb),
            )
        )
    if a.normalized != b.normalized:
        words_a, words_b = (a.normalized or "").split(), (b.normalized or "").split()
        matcher = SequenceMatcher(None, words_a, words_b)
        speaker = sa or sb or "the speaker"
        if _only_spelt_differently(matcher, words_a, words_b):
            severity, message = "info", f"{speaker}'s words are spelt differently (house style)"
        elif _cut_short(words_a, words_b):
            longer = xa if len(words_a) > len(words_b) else xb
            severity = "info"
            message = f"{speaker} is quoted at more length by {longer.article.source}"
        else:
            severity = "warning"
            message = (
                f"{speaker} is quoted in other words ({matcher.ratio():.0%} of the "
                "wording is the same)"
            )
        findings.append(
            Finding(
                ctx.name,
                "what",
                "quote",
                severity,
                message,
                side(xa, a.start, a.end, a.text),
                side(xb, b.start, b.end, b.text),
            )
        )
    return findings


def _cut_short(words_a: list[str], words_b: list[str], least: int = 5) -> bool:
    """One quote is a stretch of the other, whole words in one piece: the same words cut
    short at either end ("There is a risk ... in the future" against the same with ", and
    it's not a trivial risk at all"). A word left out inside ("I will not resign" / "I will
    resign") is no cut: the words differ."""
    short, long_ = sorted((words_a, words_b), key=len)
    if len(short) < least:
        return False
    return f" {' '.join(short)} " in f" {' '.join(long_)} "


def _only_spelt_differently(
    matcher: SequenceMatcher, words_a: list[str], words_b: list[str]
) -> bool:
    """The same words in the same order, some spelt another way ("stabilize"/"stabilise",
    "menunjukkan"/"menunjukan"): no word added, dropped or replaced by another."""
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if op != "replace" or i2 - i1 != j2 - j1:
            return False
        if not all(map(_house_style, words_a[i1:i2], words_b[j1:j2])):
            return False
    return True


ORDINAL_SUFFIX = re.compile(r"(\d+)(?:st|nd|rd|th)")


def _house_style(x: str, y: str) -> bool:
    """One word spelt two ways: "stabilize"/"stabilise", "Nov."/"November", "5"/"5th"."""
    if jellyfish.damerau_levenshtein_distance(x, y) <= 2 and min(len(x), len(y)) >= 5:
        return x[:2] == y[:2]
    short, long_ = sorted((x, y), key=len)
    if len(short) > 2 and short in _every_language("abbreviations") and long_.startswith(short):
        return True  # an abbreviation: "Nov", "Gov", "Sept"; not "can" / "cannot"
    return ORDINAL_SUFFIX.sub(r"\1", x) == ORDINAL_SUFFIX.sub(r"\1", y)


# --- omissions and single-article checks ----------------------------------------------


def omissions(ctx: StoryContext, pairs: list[Pair]) -> list[Finding]:
    """Material facts (with a date or a number, or two names) that only one source has."""
    if not ctx.options.omissions or len(ctx.extractions) < 2:
        return []
    matched: dict[int, set[tuple[int, int]]] = {}
    for p in pairs:
        matched.setdefault(p.a.article, set()).add((p.a.fact, p.b.article))
        matched.setdefault(p.b.article, set()).add((p.b.fact, p.a.article))
    findings = []
    for i, x in enumerate(ctx.extractions):
        for k, fact in enumerate(x.facts):
            if not _material(fact):
                continue
            for j, other in enumerate(ctx.extractions):
                if j == i or (k, j) in matched.get(i, set()) or _covered(x, fact, other):
                    continue
                text = _squash(x.article.text[fact.start : fact.end])
                findings.append(
                    Finding(
                        ctx.name,
                        _main_field(fact),
                        "omission",
                        "info",
                        f"only {x.article.source} reports this; {other.article.source} does not",
                        side(x, fact.start, fact.end, text),
                        side(other, None, None, None),
                    )
                )
    return findings


def _material(fact: Fact) -> bool:
    return bool(fact.when or fact.numbers) or len(set(fact.who) | set(fact.where)) >= 3


def _covered(x: Extraction, fact: Fact, other: Extraction) -> bool:
    """A fact is reported by the other source when every date and number of it stands there
    (a date that agrees, a number of the same value or within its qualifier: "lebih dari
    13.000" covers 13.784) with most of its names, however worded, split or translated."""
    theirs = other.mentions
    for k in fact.when:
        if not any(m.type == "date" and dates_agree(x.mentions[k], m) for m in theirs):
            return False
    for k in fact.numbers:
        mine = x.mentions[k]
        if not any(m.type == "number" and _same_number(mine, m) for m in theirs):
            return False
    names = {frozenset(plain(x.mentions[k].canonical).split()) for k in (*fact.who, *fact.where)}
    known = {frozenset(plain(m.canonical).split()) for m in theirs if m.type in NAME_TYPES}
    # a name stands there when one of theirs holds its words or it holds theirs ("National
    # Weather Service", "U.S. National Weather Service")
    found = [n for n in names if any(n <= k or k <= n for k in known)]
    return len(found) * 2 >= len(names)


def _same_number(a: Mention, b: Mention) -> bool:
    return a.normalized == b.normalized or _within_qualifier(a, b)


def _main_field(fact: Fact) -> str:
    if fact.when:
        return "when"
    if fact.numbers:
        return "what"
    return "who" if fact.who else "where"


def weekday_mismatches(ctx: StoryContext) -> list[Finding]:
    findings = []
    for x in ctx.extractions:
        for m in x.mentions:
            if m.type == "date" and m.note:
                findings.append(
                    Finding(
                        ctx.name,
                        "when",
                        "conflict",
                        "warning",
                        f'"{m.text}": {m.note}',
                        mention_side(x, m),
                        side(x, m.start, m.end, m.normalized),
                    )
                )
    return findings


# --- the stage ------------------------------------------------------------------------


def compare_story(
    name: str, extractions: list[Extraction], options: Options | None = None
) -> list[Finding]:
    ctx = StoryContext(name, extractions, gazetteer(), options or Options())
    ctx.extractions = _one_term_per_person(ctx)
    pairs = align_story(ctx.extractions)
    findings: list[Finding] = weekday_mismatches(ctx)
    for i in range(len(extractions)):
        for j in range(i + 1, len(extractions)):
            findings += compare_names(ctx, i, j)
            findings += compare_quotes(ctx, i, j)
            findings += compare_ages(ctx, i, j)
    for pair in pairs:
        findings += compare_facts(ctx, pair)
    findings += omissions(ctx, pairs)
    return dedupe(findings)


def _one_term_per_person(ctx: StoryContext) -> list[Extraction]:
    """A person each article names its own way ("Jokowi" / "Joko Widodo", "Putin" / "Vladimir
    Putin") has one alignment term across the story: the fullest name's, when only one of
    the story's fuller names can be meant ("Biden" stays itself beside Joe and Hunter Biden)."""
    persons: dict[str, Mention] = {}
    sources: dict[str, set[int]] = {}
    for k, x in enumerate(ctx.extractions):
        for m in x.mentions:
            if m.type == "person":
                persons.setdefault(name_term(m), m)
                sources.setdefault(name_term(m), set()).add(k)
    if len(persons) < 2:
        return ctx.extractions
    fullest = sorted(persons, key=lambda t: (-len(t.split()), -len(sources[t]), t))
    rename = _misspelt_persons(fullest, persons, sources, ctx)
    for k, term in enumerate(fullest):
        meant = [
            full
            for full in fullest[:k]
            if len(full.split()) > len(term.split())
            and same_referent(persons[term], persons[full], ctx)
        ]
        if len(meant) == 1 and term not in rename:
            rename[term] = rename.get(meant[0], meant[0])
    if not rename:
        return ctx.extractions
    out = []
    for x in ctx.extractions:
        facts = tuple(
            replace(f, terms=frozenset(rename.get(t, t) for t in f.terms))
            if not rename.keys().isdisjoint(f.terms)
            else f
            for f in x.facts
        )
        out.append(x if facts == x.facts else Extraction(x.article, x.mentions, facts))
    return out


def _misspelt_persons(
    terms: list[str], persons: dict[str, Mention], sources: dict[str, set[int]], ctx
) -> dict[str, str]:
    """A full name that some articles spell one way and the others another ("Kristin
    Crowley" / "Kristin Crowly") is one person to align by, the spelling of more articles
    (the spelling finding says which is which). Never two names one article writes."""
    rename: dict[str, str] = {}
    for k, term in enumerate(terms):
        if " " not in term or term in rename:
            continue
        for other in terms[k + 1 :]:
            if (
                other[:2] == term[:2]  # "@k...": spelling variants share their first letter
                and other not in rename
                and len(other.split()) == len(term.split())
                and sources[term].isdisjoint(sources[other])
                and spelling_variant(persons[term], persons[other], ctx)
            ):
                rename[other] = term
    return rename


SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per discrepancy: the same two values of the same kind between the same
    sources are reported once, at their first place."""
    seen: set[tuple] = set()
    out = []
    for f in findings:
        key = (
            f.kind,
            f.a.source,
            f.b.source,
            _squash((f.a.value or "").casefold()),
            _squash((f.b.value or "").casefold()),
        )
        if f.kind == "spelling":  # the spelling pass and a fact pass find the same pair
            key = (f.kind, f.a.source, f.b.source, *sorted(key[3:]))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return sorted(out, key=lambda f: (f.story, SEVERITY_RANK[f.severity], f.a.path, f.a.start or 0))
