"""Name-tagging benchmark on NERGrit's validation split (data/nergrit/valid.txt, never
trained on): precision, recall and F1 per type and overall (exact span and type), and the
tagging speed. Two systems are measured: the CRF alone, and factdiff's name finder as the
pipeline runs it (capitalised runs typed by cue words, the gazetteer and the CRF).

    python benchmarks/ner.py [--data data/nergrit/valid.txt]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from factdiff.extract.names import Context, find_names
from factdiff.extract.tagger import LABELS, bio_spans, default_tagger
from factdiff.lang import lexicon
from factdiff.places import gazetteer
from factdiff.text import sentences
from factdiff.train import read_conll

ROOT = Path(__file__).resolve().parent.parent
TYPES = ("person", "organization", "place")


def typed_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """The names of a BIO tag sequence with factdiff's type names."""
    return {(start, end, LABELS[kind]) for start, end, kind in bio_spans(tags)}


def join(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence's readable text (no space before , . : ; ) ! ? nor after "(") and each
    word's character offsets, as data/nergrit/README.md describes."""
    text, offsets = "", []
    for word in words:
        if text and word not in ",.:;)!?" and not text.endswith("("):
            text += " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
    return text, offsets


def finder_spans(words: list[str], tagger) -> set[tuple[int, int, str]]:
    text, offsets = join(words)
    lex = lexicon("id")
    seen = frozenset(w for w in words if w.islower())
    ctx = Context(text, lex, gazetteer(), seen, tagger)
    spans = set()
    # the pipeline's sentences: a line of NERGrit may hold several
    for m in find_names(text, sentences(text, ((0, len(text)),), lex), [], ctx):
        first = next((i for i, (s, _) in enumerate(offsets) if s == m.start), None)
        last = next((i for i, (_, e) in enumerate(offsets) if e == m.end), None)
        if first is not None and last is not None:
            spans.add((first, last + 1, m.type))
    return spans


def score(gold: Counter, pred: Counter, hit: Counter) -> dict[str, tuple[float, float, float]]:
    table = {}
    for kind in (*TYPES, "overall"):
        p = hit[kind] / pred[kind] if pred[kind] else 0.0
        r = hit[kind] / gold[kind] if gold[kind] else 0.0
        table[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return table


def tally(sentences, predict) -> tuple[Counter, Counter, Counter]:
    """Names in the data, names predicted, names right: by type and overall."""
    gold, pred, hit = Counter(), Counter(), Counter()
    for words, tags in sentences:
        truth, guess = typed_spans(tags), predict(words)
        for spans, counter in ((truth, gold), (guess, pred), (truth & guess, hit)):
            for _, _, kind in spans:
                counter[kind] += 1
                counter["overall"] += 1
    return gold, pred, hit


def evaluate(sentences, predict) -> tuple[dict, float, int]:
    started = time.perf_counter()
    counts = tally(sentences, predict)
    seconds = time.perf_counter() - started
    return score(*counts), seconds, sum(len(words) for words, _ in sentences)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "nergrit" / "valid.txt")
    args = parser.parse_args()
    sentences = read_conll(args.data)
    tagger = default_tagger()
    finder_spans(["Pemanasan", "Jakarta"], tagger)  # load data and models before timing
    systems = {
        "CRF alone (whole sentences)": lambda words: typed_spans(tagger.tag_words(words)),
        "factdiff name finder (rules + CRF)": lambda words: finder_spans(words, tagger),
        "rules without the CRF": lambda words: finder_spans(words, None),
    }
    print(f"{args.data}: {len(sentences)} sentences")
    for name, predict in systems.items():
        table, seconds, tokens = evaluate(sentences, predict)
        print(
            f"\n{name}: {tokens / seconds:,.0f} tokens/s "
            f"({seconds / tokens * 100_000:.2f} ms per 100 tokens)"
        )
        print(f"  {'type':<13} {'P':>6} {'R':>6} {'F1':>6}")
        for kind, (p, r, f) in table.items():
            print(f"  {kind:<13} {p:6.4f} {r:6.4f} {f:6.4f}")


if __name__ == "__main__":
    main()
