"""Build factdiff/data/features.json: per-word work done once, at build time, instead of in
every process of every run.

- ``stems``: the Indonesian stem of every word of the tagger's training text (the sets
  ``factdiff.train.TRAINING`` names: NERGrit, idner_news_2k and nerui train, news text whose
  words an article brings most) and of the part-of-speech and common-word lists (Sastrawi costs
  about 0.1-0.2 ms a word it has not seen; "" where the stem is the word itself); the
  English stem of every word of the English tagger's training text (data/uner_en/train.txt,
  about 15,000 words: 3 ms to load, against about 20 us to stem each with Snowball) and of
  the English common words. Not English's whole reference vocabulary (210,000 words): it
  costs more to load than the words an article brings cost to stem.
- ``models``: for each language's shipped CRF model, its SHA-256 and the attributes it has
  a weight for; the tagger reads them here instead of dumping the model (0.25 s a process
  and model), and dumps the model as before when the hash is another's (a retrained model
  without a rebuild).

Re-run after a model, training-data, stemmer or lexicon change (tests/test_features.py
checks that the shipped file is what this script makes):

    python scripts/build_features.py
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "factdiff" / "data" / "features.json"
LANGUAGES = ("id", "en")  # the languages whose models ship


def training_text(language: str) -> list[Path]:
    """The files the language's shipped tagger is trained on, read for their words."""
    from factdiff.train import DATA, TRAINING

    return [DATA / name for name, _ in TRAINING[language]]


def vocabulary(language: str = "id") -> list[str]:
    from factdiff.stem import common_words, pos_lexicon

    words = set(common_words(language))
    if language == "id":
        words |= set(pos_lexicon())
    for path in training_text(language):
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.split("\t")[0].lower()
            if "\t" in line and word.isalpha():
                words.add(word)
    return sorted(w for w in words if w.isalpha() and w == w.lower())


def model_attributes(language: str) -> dict[str, object]:
    import pycrfsuite

    from factdiff.extract.tagger import model_files

    resource = resources.files("factdiff.data").joinpath(model_files(language)[0])
    with resources.as_file(resource) as path:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        attributes = sorted({a for a, _ in tagger.info().state_features})
    return {"sha256": digest, "attributes": attributes}


def build() -> str:
    from factdiff.stem import computed_stem

    stems: dict[str, dict[str, str]] = {}
    for language in LANGUAGES:
        stems[language] = {}
        for word in vocabulary(language):
            root = computed_stem(word, language)
            stems[language][word] = "" if root == word else root
    from factdiff.extract.tagger import model_files

    models = {lang: model_attributes(lang) for lang in LANGUAGES if model_files(lang)[0]}
    data = {"models": models, "stems": stems}
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> None:
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
