"""Build factdiff/data/id_pos.json: each Indonesian word's most frequent part of speech in
kumparan's POS-tagged news corpus, which ships (MIT licence) inside the nlp-id wheel as
nlp_id/data/dataset_postag.txt (560,000 tokens).

    pip download --no-deps -d /tmp/nlpid nlp-id
    python scripts/build_pos_lexicon.py /tmp/nlpid/nlp_id-*.whl

The tagger uses it as a feature (is this word a proper noun in news?) and the name finder as
a list of common words (a capitalised "Pertemuan" opening a sentence is a noun)."""

from __future__ import annotations

import json
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEMBER = "nlp_id/data/dataset_postag.txt"
MIN_COUNT = 2


def read(source: Path) -> str:
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as wheel:
            return wheel.read(MEMBER).decode("utf-8", "replace")
    return source.read_text(encoding="utf-8", errors="replace")


def main() -> None:
    source = Path(sys.argv[1])
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for line in read(source).splitlines():
        if "\t" in line:
            word, tag = line.rsplit("\t", 1)
            if word.isalpha():
                counts[word.lower()][tag] += 1
    lexicon = {
        word: tags.most_common(1)[0][0]
        for word, tags in sorted(counts.items())
        if sum(tags.values()) >= MIN_COUNT
    }
    out = ROOT / "factdiff" / "data" / "id_pos.json"
    out.write_text(json.dumps(lexicon, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {out} with {len(lexicon)} words from {source.name}")


if __name__ == "__main__":
    main()
