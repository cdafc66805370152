"""Train the name tagger: ``python -m factdiff.train [--data data/nergrit/train.txt]``.

Reads NERGrit's training split (never valid.txt), writes factdiff/data/ner-id.crfsuite.
Training is deterministic (L-BFGS from zero weights), so the command reproduces the shipped
model."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite

from factdiff.extract.tagger import MODEL, sentence_features

ROOT = Path(__file__).resolve().parent.parent
PARAMS = {"c1": 0.05, "c2": 0.1, "max_iterations": 200, "feature.possible_transitions": True}


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of (words, BIO tags) from a token-tab-tag file, blank lines between."""
    sentences, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append((words, tags))
                words, tags = [], []
            continue
        word, tag = line.rsplit("\t", 1)
        words.append(word)
        tags.append(tag)
    if words:
        sentences.append((words, tags))
    return sentences


def train(data: Path, output: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in read_conll(data):
        trainer.append(sentence_features(words), tags)
    trainer.set_params(PARAMS)
    started = time.perf_counter()
    trainer.train(str(output))
    print(f"trained on {data} in {time.perf_counter() - started:.1f}s -> {output}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "nergrit" / "train.txt")
    parser.add_argument("--output", type=Path, default=ROOT / "factdiff" / "data" / MODEL)
    args = parser.parse_args()
    train(args.data, args.output)


if __name__ == "__main__":
    main()
