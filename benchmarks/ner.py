"""Name-tagging benchmark on held-out splits, never trained on: per data set, precision,
recall and F1 per type, micro-averaged over names and macro-averaged over the three types
(exact span and type; IndoNLU reports NERGrit macro), and the tagging speed. Indonesian:
NERGrit valid, idner_news_2k test, nerui test; English: Universal NER EWT test and PUD
(news and Wikipedia). Three systems are measured: the CRF alone, factdiff's name finder as
the pipeline runs it (capitalised runs typed by cue words, the gazetteer and the CRF), and
the finder without the CRF.

    python benchmarks/ner.py [--language id|en] [--data FILE --language L] [--crf-only]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from factdiff.extract.memory import bio_spans
from factdiff.extract.names import Context, find_names
from factdiff.extract.tagger import LABELS, default_tagger
from factdiff.lang import lexicon
from factdiff.places import gazetteer
from factdiff.text import sentences
from factdiff.train import read_conll

ROOT = Path(__file__).resolve().parent.parent
TYPES = ("person", "organization", "place")
HELD_OUT = {
    "id": ("nergrit/valid.txt", "idner_news_2k/test.txt", "nerui/test.txt"),
    "en": ("uner_en/test.txt", "uner_en/pud.txt"),
}


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


def finder_spans(words: list[str], tagger, language: str = "id") -> set[tuple[int, int, str]]:
    text, offsets = join(words)
    lex = lexicon(language)
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
    """P, R, F1 per type and "overall" (micro-averaged), and "macro" (the mean of the types'
    figures)."""
    table = {}
    for kind in (*TYPES, "overall"):
        p = hit[kind] / pred[kind] if pred[kind] else 0.0
        r = hit[kind] / gold[kind] if gold[kind] else 0.0
        table[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    table["macro"] = tuple(sum(table[k][i] for k in TYPES) / len(TYPES) for i in range(3))
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


def report(path: Path, language: str, crf_only: bool) -> None:
    sentences = read_conll(path)
    tagger = default_tagger(language)
    finder_spans(["Pemanasan", "Jakarta"], tagger, language)  # load data and models first
    systems = {"CRF alone (whole sentences)": lambda words: typed_spans(tagger.tag_words(words))}
    if not crf_only:
        systems["factdiff name finder (rules + CRF)"] = lambda w: finder_spans(w, tagger, language)
        systems["rules without the CRF"] = lambda w: finder_spans(w, None, language)
    names = sum(len(bio_spans(tags)) for _, tags in sentences)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"\n== {shown} ({language}): {len(sentences)} sentences, {names} names")
    for name, predict in systems.items():
        table, seconds, tokens = evaluate(sentences, predict)
        print(
            f"{name}: {tokens / seconds:,.0f} tokens/s "
            f"({seconds / tokens * 100_000:.2f} ms per 100 tokens)"
        )
        print(f"  {'type':<13} {'P':>6} {'R':>6} {'F1':>6}")
        for kind, (p, r, f) in table.items():
            print(f"  {kind:<13} {p:6.4f} {r:6.4f} {f:6.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=sorted(HELD_OUT), action="append")
    parser.add_argument("--data", type=Path, help="one file instead (with one --language)")
    parser.add_argument("--crf-only", action="store_true", help="the CRF alone, no finder")
    args = parser.parse_args()
    languages = args.language or sorted(HELD_OUT, reverse=True)
    for language in languages:
        paths = (
            [args.data.resolve()] if args.data else [ROOT / "data" / p for p in HELD_OUT[language]]
        )
        for path in paths:
            report(path, language, args.crf_only)


if __name__ == "__main__":
    main()
