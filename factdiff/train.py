"""Train the name tagger: ``python -m factdiff.train [--data data/nergrit/train.txt]``.

Reads NERGrit's training split (never valid.txt), writes factdiff/data/ner-id.crfsuite and
the memory of the names it has seen, factdiff/data/ner-id-memory.json. Training is
deterministic (fixed folds, L-BFGS from zero weights), so the command reproduces the shipped
files."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite

from factdiff.extract.tagger import MEMORY, MODEL, Memory, sentence_features
from factdiff.files import write_atomic

ROOT = Path(__file__).resolve().parent.parent
PARAMS = {"c1": 0.15, "c2": 0.3, "max_iterations": 200, "feature.possible_transitions": True}
FOLDS = 5  # each training sentence sees the memory of the other four fifths


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
    """Write the model to ``output`` and the memory beside it. A sentence is trained with the
    memory of the other folds, as an unseen sentence meets the memory at run time; trained
    with a memory holding its own names, the model would learn to trust it blindly."""
    sentences = read_conll(data)
    trainer = pycrfsuite.Trainer(verbose=False)
    features: list[list[list[str]]] = [[] for _ in sentences]
    for fold in range(FOLDS):
        memory = Memory.of(s for i, s in enumerate(sentences) if i % FOLDS != fold)
        for i in range(fold, len(sentences), FOLDS):
            features[i] = sentence_features(sentences[i][0], memory)
    for feats, (_, tags) in zip(features, sentences, strict=True):
        trainer.append(feats, tags)
    trainer.set_params(PARAMS)
    started = time.perf_counter()
    trainer.train(str(output))
    memory_path = output.with_name(MEMORY)
    write_atomic(memory_path, Memory.of(sentences).to_json())
    print(f"trained on {data} in {time.perf_counter() - started:.1f}s -> {output}, {memory_path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "nergrit" / "train.txt")
    parser.add_argument("--output", type=Path, default=ROOT / "factdiff" / "data" / MODEL)
    args = parser.parse_args()
    train(args.data, args.output)


if __name__ == "__main__":
    main()
