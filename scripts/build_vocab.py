"""Build factdiff/data/id_common.json: Indonesian words seen in lower case (outside names) at
least twice in the NERGrit training split (data/nergrit/train.txt; never valid.txt). The name
finder uses it to tell a capitalised common word at the start of a sentence from a name."""

from __future__ import annotations

import collections
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    counts: collections.Counter[str] = collections.Counter()
    for line in (ROOT / "data" / "nergrit" / "train.txt").read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        word, tag = line.split("\t")
        if tag == "O" and word.isalpha() and word.islower():
            counts[word] += 1
    words = sorted(w for w, n in counts.items() if n >= 2)
    out = ROOT / "factdiff" / "data" / "id_common.json"
    out.write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {out} with {len(words)} words")


if __name__ == "__main__":
    main()
