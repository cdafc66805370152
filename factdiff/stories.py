"""The group stage: which articles tell the same story, when they are not in story folders.

Each article gets a signature: its names (persons, organizations, places), its dated days and
its rarest content words, each weighted by how rare it is in the corpus. Blocking first: only
articles that share a key rare enough to block on are ever compared (never every pair), then
two articles whose weighted overlap is high enough are joined, and the joined groups are the
stories. The work grows with the corpus, not its square."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from factdiff.extract.facts import date_term, name_term
from factdiff.model import Extraction
from factdiff.text import plain

MIN_SIMILARITY = 0.3
MIN_NAME_SIMILARITY = 0.5  # articles in two languages, compared on names and days alone
MIN_SHARED_KEYS = 2
PRIOR_ARTICLES = 10
MAX_BLOCK_SHARE = 0.05  # a key in more than 5% of articles (and 20 or more) is not a block


def signature(x: Extraction) -> set[str]:
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
    return keys


def group_articles(extractions: list[Extraction]) -> list[list[int]]:
    """Indexes of the extractions, grouped into stories (singletons included), each group in
    input order, groups ordered by their first member."""
    n = len(extractions)
    signatures = [signature(x) for x in extractions]
    df = Counter(k for sig in signatures for k in sig)
    # read as if the corpus held PRIOR_ARTICLES more articles sharing none of its keys: in a
    # folder of two versions of one story, every shared key would otherwise count for little
    idf = {k: math.log((n + PRIOR_ARTICLES) / (c + 0.5)) for k, c in df.items()}
    block_limit = max(20, int(MAX_BLOCK_SHARE * n))
    index: dict[str, list[int]] = defaultdict(list)
    for i, sig in enumerate(signatures):
        for key in sig:
            if df[key] <= block_limit and df[key] > 1:
                index[key].append(i)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        candidates = {j for key in signatures[i] for j in index.get(key, ()) if j > i}
        for j in candidates:
            a, b, least = signatures[i], signatures[j], MIN_SIMILARITY
            if extractions[i].article.language != extractions[j].article.language:
                # words do not cross languages: an English and an Indonesian version of a
                # story are compared on their names and days alone, and must share more
                a, b, least = _names(a), _names(b), MIN_NAME_SIMILARITY
            if _similar(a, b, idf, least):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def _names(signature: set[str]) -> set[str]:
    return {k for k in signature if k[0] in "@#"}


def _similar(a: set[str], b: set[str], idf: dict[str, float], least: float) -> bool:
    shared = a & b
    names = [k for k in shared if k[0] in "@#"]
    if len(names) < MIN_SHARED_KEYS:
        return False
    weight = sum(idf[k] for k in sorted(shared))  # sorted: the same sum on every run
    smaller = min(sum(idf[k] for k in sorted(a)), sum(idf[k] for k in sorted(b)))
    return smaller > 0 and weight / smaller >= least


def story_name(members: list[Extraction], taken: set[str]) -> str:
    """A name that stays the same when unrelated articles come and go: the folder's name when
    the group is the whole folder, else the two names its articles share most."""
    counts = Counter()
    for x in members:
        counts.update(
            {m.canonical for m in x.mentions if m.type in ("person", "place", "organization")}
        )
    top = [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
    base = "-".join(re.sub(r"[^\w]+", "-", name.casefold()).strip("-") for name in top) or "story"
    name, suffix = base, 2
    while name in taken:
        name, suffix = f"{base}-{suffix}", suffix + 1
    taken.add(name)
    return name
