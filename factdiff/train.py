"""Train the name taggers: ``python -m factdiff.train [--language id|en]`` (both by default).

Reads only training splits (never valid.txt, test.txt or pud.txt), named per language in
``TRAINING`` below, and writes factdiff/data/ner-<lang>.crfsuite with the memory of the
names it has seen, factdiff/data/ner-<lang>-memory.json. Training is deterministic (fixed
folds, L-BFGS from zero weights), so the command reproduces the shipped files byte for byte
(scripts/check_models.py checks it)."""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import pycrfsuite

from factdiff.extract.memory import Memory
from factdiff.extract.tagger import model_files, sentence_features, word_views
from factdiff.files import write_atomic

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
PACKAGE_DATA = ROOT / "factdiff" / "data"
PARAMS = {"c1": 0.15, "c2": 0.3, "max_iterations": 200, "feature.possible_transitions": True}
FOLDS = 5  # each training sentence sees the memory of the other four fifths

Sentence = tuple[list[str], list[str]]

# What each language's tagger is trained on (data/README.md gives sources and licences), and
# the types of a set that are dropped (made O) where its conventions disagree with NERGrit's.
TRAINING: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "id": (
        ("nergrit/train.txt", frozenset()),
        ("idner_news_2k/train.txt", frozenset()),
        ("nerui/train.txt", frozenset()),
    ),
    "en": (("uner_en/train.txt", frozenset()),),
}


def read_conll(path: Path, drop: frozenset[str] = frozenset()) -> list[Sentence]:
    """Sentences of (words, BIO tags) from a token-tab-tag file, blank lines between; the
    names of a type in ``drop`` become O."""
    sentences, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append((words, tags))
                words, tags = [], []
            continue
        word, tag = line.rsplit("\t", 1)
        words.append(word)
        tags.append("O" if tag[2:] in drop else tag)
    if words:
        sentences.append((words, tags))
    return sentences


def training_sentences(language: str) -> list[Sentence]:
    return [s for name, drop in TRAINING[language] for s in read_conll(DATA / name, drop)]


def train(
    sentences: list[Sentence], language: str, output: Path, params: dict | None = None
) -> None:
    """Write the model to ``output`` and the memory beside it (named as the shipped one). A
    sentence is trained with the memory of the other folds, as an unseen sentence meets the
    memory at run time; trained with a memory holding its own names, the model would learn
    to trust it blindly."""
    trainer = pycrfsuite.Trainer(verbose=False)
    views = word_views(language)
    features: list[list[list[str]]] = [[] for _ in sentences]
    for fold in range(FOLDS):
        memory = Memory.of(s for i, s in enumerate(sentences) if i % FOLDS != fold)
        for i in range(fold, len(sentences), FOLDS):
            features[i] = sentence_features(sentences[i][0], memory, views)
    for feats, (_, tags) in zip(features, sentences, strict=True):
        trainer.append(feats, tags)
    trainer.set_params(params or PARAMS)
    started = time.perf_counter()
    # crfsuite writes nothing, and says nothing, where the folder is missing; it writes in
    # place, so it writes beside the model and the model is replaced whole
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.name}.tmp")
    trainer.train(str(partial))
    if not partial.is_file():
        raise SystemExit(f"{output}: crfsuite wrote no model")
    os.replace(partial, output)
    memory_path = output.with_name(model_files(language)[1])
    write_atomic(memory_path, Memory.of(sentences).to_json())
    print(
        f"{language}: trained on {len(sentences)} sentences in "
        f"{time.perf_counter() - started:.1f}s -> {output}, {memory_path}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=sorted(TRAINING), action="append")
    parser.add_argument("--output", type=Path, default=PACKAGE_DATA, help="a folder")
    args = parser.parse_args()
    for language in args.language or sorted(TRAINING):
        model = args.output / model_files(language)[0]
        train(training_sentences(language), language, model)


if __name__ == "__main__":
    main()
