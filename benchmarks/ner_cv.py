"""Cross-validated name-tagging figures on NERGrit's training split: the CRF alone and the
factdiff name finder, each fold's CRF trained (as ``python -m factdiff.train`` trains, memory
jackknifed) on the other folds. This is where the finder's rules are chosen; valid.txt
(benchmarks/ner.py) only reports.

    python benchmarks/ner_cv.py [--folds 4] [--data data/nergrit/train.txt]

About half a minute on one core.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from collections import Counter
from pathlib import Path

from ner import finder_spans, score, tally, typed_spans

from factdiff.extract.memory import Memory
from factdiff.extract.tagger import CrfTagger, model_files
from factdiff.train import read_conll, train

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "nergrit" / "train.txt")
    parser.add_argument("--folds", type=int, default=4)
    args = parser.parse_args()
    sentences = read_conll(args.data)
    random.Random(0).shuffle(sentences)
    systems = ("CRF alone", "name finder")
    totals = {name: (Counter(), Counter(), Counter()) for name in systems}
    with tempfile.TemporaryDirectory() as folder:
        for fold in range(args.folds):
            held = sentences[fold :: args.folds]
            rest = [s for i, s in enumerate(sentences) if i % args.folds != fold]
            model = Path(folder) / "fold.crfsuite"
            train(rest, "id", model)
            memory = Memory.from_json(model.with_name(model_files("id")[1]).read_text("utf-8"))
            tagger = CrfTagger(str(model), "id", memory)
            predictors = {
                "CRF alone": lambda words, tagger=tagger: typed_spans(tagger.tag_words(words)),
                "name finder": lambda words, tagger=tagger: finder_spans(words, tagger),
            }
            for name in systems:
                for total, part in zip(totals[name], tally(held, predictors[name]), strict=True):
                    total.update(part)
    print(f"{args.data}: {len(sentences)} sentences, {args.folds}-fold cross-validation")
    print(f"  {'system':<12} {'P':>6} {'R':>6} {'F1':>6}")
    for name, counts in totals.items():
        p, r, f = score(*counts)["overall"]
        print(f"  {name:<12} {p:6.4f} {r:6.4f} {f:6.4f}")


if __name__ == "__main__":
    main()
