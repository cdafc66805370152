"""Recall and false alarms on injected discrepancies.

For each article of corpus/ and tests/data/stories/, make a copy with exactly one change of a
known kind, check the pair, and count whether factdiff reports that change with the expected
kind (recall) and whether it reports anything else at warning or above (false alarms). The
changes are made at the places extraction found (a number, a date, a name, a quote), so this
measures comparison, not extraction.

    python benchmarks/injected.py [-v]     # -v: print each miss and each extra finding
"""

from __future__ import annotations

import random
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

from factdiff.extract import extract
from factdiff.extract.tagger import default_tagger
from factdiff.load import read_articles
from factdiff.pipeline import CheckOptions, check
from factdiff.places import gazetteer

ROOT = Path(__file__).resolve().parent.parent
VERBOSE = "-v" in sys.argv


def articles() -> list[Path]:
    found = sorted((ROOT / "corpus").glob("*/*.txt"))
    found += sorted((ROOT / "tests" / "data" / "stories").glob("*/*.txt"))
    return found


def misspell(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :]  # drop one inner letter


def mutations(path: Path, rng: random.Random):
    """(kind expected, old text, new text, start) for each change this article allows, with
    ``old`` and ``start`` those of the file (glued words parted in cleaning take no room in
    it)."""
    found, _ = read_articles(path, "s")
    if not found:
        return
    text = path.read_text(encoding="utf-8")
    article = found[0]
    for kind, old, new, start, *swap in _mutations(article, rng):
        at, end = article.unparted(start), article.unparted(start + len(old))
        yield (kind, text[at:end], new, at, *swap)


def _mutations(article, rng: random.Random):
    x = extract(article, None, default_tagger(article.language))
    quoted = [(m.start, m.end) for m in x.mentions if m.type == "quote"]

    def expect(kind: str, m) -> str:
        """A change inside a quote is a quote worded differently, whatever else it is."""
        return "quote" if any(s <= m.start < e for s, e in quoted) else kind

    by_type: dict[str, list] = {}
    for m in x.mentions:
        by_type.setdefault(m.type, []).append(m)
    numbers = [m for m in by_type.get("number", []) if re.search(r"\d", m.text)]
    if numbers:
        m = rng.choice(numbers)
        digits = re.search(r"\d+", m.text)
        value = int(digits.group())
        changed = (
            m.text[: digits.start()] + str(value + max(1, value // 3)) + m.text[digits.end() :]
        )
        yield expect("conflict", m), m.text, changed, m.start
    dates = [m for m in by_type.get("date", []) if m.unit == "day" and re.search(r"\d", m.text)]
    if dates:
        m = rng.choice(dates)
        day = re.search(r"\d+", m.text)
        new_day = int(day.group()) % 27 + 1
        yield (
            "conflict",
            m.text,
            m.text[: day.start()] + str(new_day) + m.text[day.end() :],
            m.start,
        )
    names = [
        m
        for m in x.mentions
        if m.type in ("person", "place", "organization") and len(m.text.split()[-1]) >= 6
    ]
    if names:
        m = rng.choice(names)
        last = m.text.split()[-1]
        yield expect("spelling", m), m.text, m.text[: -len(last)] + misspell(last, rng), m.start
    places = [
        m
        for m in by_type.get("place", [])
        if (p := gazetteer().lookup(m.text)) and p.kind == "city" and p.parent in gazetteer().places
    ]
    if places:
        m = rng.choice(places)
        country = gazetteer().places[gazetteer().lookup(m.text).parent].name
        yield expect("specificity", m), m.text, country, m.start
    quotes = [m for m in by_type.get("quote", []) if len(m.text.split()) >= 6]
    if quotes:
        m = rng.choice(quotes)
        words = m.text.split()
        i = rng.randrange(1, len(words) - 1)
        yield "quote", m.text, " ".join(words[:i] + words[i + 1 :]), m.start
    persons = {m.canonical: m for m in by_type.get("person", [])}
    if len(persons) >= 2:
        first = next(m for m in by_type["person"] if len(m.text.split()) >= 2)
        other = next(p for c, p in persons.items() if c != first.canonical)
        last = first.canonical.split()[-1]
        # every later mention of the first person names the other one
        yield (
            "conflict",
            first.text,
            other.canonical,
            first.start,
            last,
            other.canonical.split()[-1],
        )


def main() -> None:
    rng = random.Random(5)
    recall: Counter[str] = Counter()
    total: Counter[str] = Counter()
    false_alarms = 0
    runs = 0
    work = Path(tempfile.mkdtemp(prefix="factdiff-injected-"))
    try:
        for path in articles():
            for change in mutations(path, rng):
                kind, old, new, start = change[:4]
                text = path.read_text(encoding="utf-8")
                changed = text[:start] + new + text[start + len(old) :]
                if len(change) > 4 and kind == "conflict":  # the actor swap
                    changed = text[:start] + text[start:].replace(change[4], change[5], 1)
                story = work / f"s{runs}"
                story.mkdir()
                shutil.copy(path, story / f"a{path.suffix}")
                (story / f"b{path.suffix}").write_text(changed, encoding="utf-8")
                result = check([story], CheckOptions(jobs=1, omissions=False))
                runs += 1
                label = (
                    f"{kind} ({'actor' if len(change) > 4 else 'value'})"
                    if kind == "conflict"
                    else kind
                )
                total[label] += 1
                # a misspelt word inside a quote is a quote spelt differently (info)
                hit = [
                    f
                    for f in result.findings
                    if f.kind == kind
                    and (f.severity != "info" or kind == "quote")
                    and (new.split()[-1] in (f.b.value or "") or kind in ("conflict", "quote"))
                ]
                if hit:
                    recall[label] += 1
                elif VERBOSE:
                    print(f"MISSED {label}: {old!r} -> {new!r} in {path.name}")
                others = [f for f in result.findings if f.severity != "info" and f not in hit]
                false_alarms += bool(others)
                if others and VERBOSE:
                    for f in others:
                        print(
                            f"EXTRA after {label} {old!r}->{new!r}: {f.kind} "
                            f"{f.a.value!r} | {f.b.value!r}"
                        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{runs} article pairs, each with one injected discrepancy")
    for label in sorted(total):
        print(f"  {label:<22} found {recall[label]:>3} of {total[label]:>3}")
    found = sum(recall.values())
    print(
        f"  overall recall {found / runs:.2f}; pairs with another warning or error: {false_alarms}"
    )


if __name__ == "__main__":
    main()
