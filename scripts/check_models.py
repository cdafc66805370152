"""Check that ``python -m factdiff.train`` reproduces the shipped name taggers byte for byte:
both languages are trained again into a temporary folder and compared with factdiff/data.
A few minutes on one core.

    python scripts/check_models.py [--language id|en]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from factdiff.extract.tagger import model_files
from factdiff.train import PACKAGE_DATA, TRAINING, train, training_sentences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=sorted(TRAINING), action="append")
    args = parser.parse_args()
    differ = []
    with tempfile.TemporaryDirectory() as folder:
        for language in args.language or sorted(TRAINING):
            model, memory = model_files(language)
            train(training_sentences(language), language, Path(folder) / model)
            for name in (model, memory):
                same = (Path(folder) / name).read_bytes() == (PACKAGE_DATA / name).read_bytes()
                print(f"{name}: {'identical' if same else 'DIFFERS'}")
                if not same:
                    differ.append(name)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
