"""The group stage: which articles tell the same story, when they are not in story folders.

Each article gets a signature: its names (persons, organizations, places), its dated days and
its rarest content words, each weighted by how rare it is in the corpus. Blocking first: only
articles that share a key rare enough to block on are ever compared (never every pair), then
pairs whose weighted overlap is high enough are joined, most alike first. A story is one event:
it never grows past MAX_STORY articles nor spreads its publication dates over more than
MAX_DAYS days, and a link that would make it larger than LARGE_STORY must be closer
(MIN_LARGE_SIMILARITY), so that a folder of look-alike articles never becomes one giant story.
The work grows with the corpus, not its square."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from factdiff.extract.facts import date_term, name_term
from factdiff.model import Extraction
from factdiff.text import plain

MIN_SIMILARITY = 0.3
MIN_NAME_SIMILARITY = 0.5  # articles in two languages, compared on names and days alone
MIN_SHARED_KEYS = 2
PRIOR_ARTICLES = 10
MAX_BLOCK_SHARE = 0.05  # a key in more than 5% of articles (and 20 or more) is not a block
MAX_STORY = 20  # articles in one story, at most
MAX_BLOCK = 2 * MAX_STORY  # a key in more articles than this spans several stories
COMMON_KEY_BLOCKS = 2  # a key in more than twice the articles of a block weighs nothing
MAX_DAYS = 7  # the publication dates of one story's articles lie this close, at most
LARGE_STORY = 6  # a story grown past this many articles needs closer links
MIN_LARGE_SIMILARITY = 0.45


@dataclass(frozen=True)
class Signature:
    """What grouping needs of an article: small enough to send between processes."""

    keys: frozenset[str]
    language: str
    published: date | None
    names: tuple[str, ...]  # canonical names, for the story's name


def signature(x: Extraction) -> Signature:
    keys = set()
    for m in x.mentions:
        if m.type in ("person", "organization", "place"):
            keys.add(name_term(m))
            if m.type == "person":
                keys.add("@" + plain(m.canonical.split()[-1]))  # "Putin" in every article
        elif m.type == "date" and m.normalized and m.unit == "day":
            keys.add(date_term(m))
    for fact in x.facts:
        keys.update(t for t in fact.terms if t[0] not in "@#%" and len(t) > 4)
    names = tuple(
        sorted({m.canonical for m in x.mentions if m.type in ("person", "place", "organization")})
    )
    return Signature(frozenset(keys), x.article.language, x.article.published, names)


class _Stories:
    """Joined groups (union-find) that know their size and dates."""

    def __init__(self, signatures: list[Signature]):
        self.parent = list(range(len(signatures)))
        self.size = [1] * len(signatures)
        self.span = [(s.published, s.published) for s in signatures]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, similarity: float) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        size = self.size[a] + self.size[b]
        if size > MAX_STORY or (size > LARGE_STORY and similarity < MIN_LARGE_SIMILARITY):
            return
        span = _span(self.span[a], self.span[b])
        if span[0] is not None and (span[1] - span[0]).days > MAX_DAYS:
            return
        if a > b:
            a, b = b, a
        self.parent[b] = a
        self.size[a], self.span[a] = size, span


def _span(a: tuple, b: tuple) -> tuple:
    days = [d for d in a + b if d is not None]
    return (min(days), max(days)) if days else (None, None)


def group_articles(extractions: list[Extraction]) -> list[list[int]]:
    """Indexes of the extractions, grouped into stories (singletons included), each group in
    input order, groups ordered by their first member."""
    return group_signatures([signature(x) for x in extractions])


def group_signatures(signatures: list[Signature]) -> list[list[int]]:
    n = len(signatures)
    df = Counter(k for sig in signatures for k in sig.keys)
    # read as if the corpus held PRIOR_ARTICLES more articles sharing none of its keys: in a
    # folder of two versions of one story, every shared key would otherwise count for little
    block_limit = min(max(20, int(MAX_BLOCK_SHARE * n)), MAX_BLOCK)
    idf = {k: math.log((n + PRIOR_ARTICLES) / (c + 0.5)) for k, c in df.items()}
    # a key in many more articles than any story holds tells no story apart: it weighs nothing
    # (a folder of small stories always keeps every key: the limit is never below 40)
    common = COMMON_KEY_BLOCKS * block_limit
    idf = {k: w if df[k] <= common else 0.0 for k, w in idf.items()}
    index: dict[str, list[int]] = defaultdict(list)
    for i, sig in enumerate(signatures):
        for key in sig.keys:
            if 1 < df[key] <= block_limit:
                index[key].append(i)
    keys = [sig.keys for sig in signatures]
    names = [frozenset(k for k in sig.keys if k[0] in "@#") for sig in signatures]
    totals = [_weight(k, idf) for k in keys]
    name_totals = [_weight(k, idf) for k in names]
    links = []
    for i in range(n):
        candidates = {j for key in keys[i] for j in index.get(key, ()) if j > i}
        for j in sorted(candidates):
            if len(names[i] & names[j]) < MIN_SHARED_KEYS:
                continue
            if signatures[i].language == signatures[j].language:
                least = MIN_SIMILARITY
                shared, smaller = keys[i] & keys[j], min(totals[i], totals[j])
            else:
                # words do not cross languages: an English and an Indonesian version of a
                # story are compared on their names and days alone, and must share more
                least = MIN_NAME_SIMILARITY
                shared, smaller = names[i] & names[j], min(name_totals[i], name_totals[j])
            similarity = _weight(shared, idf) / smaller if smaller > 0 else 0.0
            if similarity >= least:
                links.append((-similarity, i, j))
    stories = _Stories(signatures)
    for similarity, i, j in sorted(links):  # the closest first: a story grows from its core
        stories.join(i, j, -similarity)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[stories.find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def _weight(keys: frozenset[str], idf: dict[str, float]) -> float:
    return sum(idf[k] for k in sorted(keys))  # sorted: the same sum on every run


def story_name(members: list[Signature], taken: set[str]) -> str:
    """A name that stays the same when unrelated articles come and go: the folder's name when
    the group is the whole folder, else the two names its articles share most."""
    counts = Counter()
    for sig in members:
        counts.update(sig.names)
    top = [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
    base = "-".join(re.sub(r"[^\w]+", "-", name.casefold()).strip("-") for name in top) or "story"
    name, suffix = base, 2
    while name in taken:
        name, suffix = f"{base}-{suffix}", suffix + 1
    taken.add(name)
    return name
