"""Build factdiff/data/clusters-<lang>.json: word clusters learned from unlabelled text, read
by the name taggers as features (words that occur in like contexts share a cluster, so a
word the training data never labelled still looks like the names it did).

Each lower-cased word seen at least MIN_COUNT times is described by the words around it
(two either side, by position, among the CONTEXTS most frequent words), weighted by positive
pointwise mutual information, reduced to DIMENSIONS by a truncated SVD and grouped by
k-means at several granularities. Only the text is read, never a label, and only training
splits: Indonesian reads NERGrit, idner_news_2k and nerui train and kumparan's POS-tagged
news (shipped, MIT, in the nlp-id wheel, as for scripts/build_pos_lexicon.py); English reads
Universal NER EWT train. Needs numpy and scipy (build time only); deterministic for a given
numpy and scipy (fixed seeds).

    pip download --no-deps -d /tmp/nlpid nlp-id
    python scripts/build_clusters.py --language id --wheel /tmp/nlpid/nlp_id-*.whl
    python scripts/build_clusters.py --language en
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.cluster.vq import kmeans2

ROOT = Path(__file__).resolve().parent.parent
TRAIN_SPLITS = {
    "id": ("nergrit/train.txt", "idner_news_2k/train.txt", "nerui/train.txt"),
    "en": ("uner_en/train.txt",),
}
WHEEL_MEMBER = "nlp_id/data/dataset_postag.txt"
MIN_COUNT = 2
CONTEXTS = 3000
OFFSETS = (-2, -1, 1, 2)
DIMENSIONS = 100
SIZES = (32, 128, 512)  # clusters at each granularity, coarse to fine


def conll_sentences(text: str) -> list[list[str]]:
    sentences, words = [], []
    for line in text.splitlines():
        if not line.strip():
            if words:
                sentences.append(words)
                words = []
            continue
        words.append(line.rsplit("\t", 1)[0])
    if words:
        sentences.append(words)
    return sentences


def normal(word: str) -> str:
    """The form clustered: lower case, digits as 0."""
    return re.sub(r"\d", "0", word.lower())


def read_text(language: str, wheel: Path | None, extra: list[Path]) -> list[list[str]]:
    sentences = []
    for name in TRAIN_SPLITS[language]:
        sentences += conll_sentences((ROOT / "data" / name).read_text(encoding="utf-8"))
    if wheel is not None:
        with zipfile.ZipFile(wheel) as archive:
            sentences += conll_sentences(archive.read(WHEEL_MEMBER).decode("utf-8", "replace"))
    for path in extra:
        sentences += conll_sentences(path.read_text(encoding="utf-8"))
    return [[normal(w) for w in s] for s in sentences]


def vectors(sentences: list[list[str]]) -> tuple[list[str], np.ndarray]:
    counts = Counter(w for s in sentences for w in s)
    vocabulary = sorted(w for w, c in counts.items() if c >= MIN_COUNT)
    index = {w: i for i, w in enumerate(vocabulary)}
    frequent = [w for w, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:CONTEXTS]]
    context = {w: i for i, w in enumerate(frequent)}
    rows, cols = [], []
    for s in sentences:
        padded = ["<s>", "<s>", *s, "</s>", "</s>"]
        for i, word in enumerate(s, start=2):
            if word not in index:
                continue
            for k, offset in enumerate(OFFSETS):
                c = context.get(padded[i + offset])
                if c is None:
                    c = len(frequent) if padded[i + offset] in ("<s>", "</s>") else -1
                if c >= 0:
                    rows.append(index[word])
                    cols.append(k * (len(frequent) + 1) + c)
    shape = (len(vocabulary), len(OFFSETS) * (len(frequent) + 1))
    m = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
    m.sum_duplicates()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col = col / col.sum()
    coo = m.tocoo()
    pmi = np.log(coo.data * 1.0 / total / (row[coo.row] / total) / np.maximum(col[coo.col], 1e-12))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=shape)
    u, s = _svd(ppmi, DIMENSIONS)
    vec = u * np.sqrt(s)
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
    return vocabulary, vec


def _svd(m, k: int, oversample: int = 20, rounds: int = 4) -> tuple[np.ndarray, np.ndarray]:
    """Randomised truncated SVD (Halko et al.), seeded."""
    rng = np.random.default_rng(0)
    q = m @ rng.standard_normal((m.shape[1], k + oversample))
    for _ in range(rounds):
        q, _ = np.linalg.qr(q)
        q, _ = np.linalg.qr(m.T @ q)
        q = m @ q
    q, _ = np.linalg.qr(q)
    b = (m.T @ q).T
    ub, s, _ = np.linalg.svd(b, full_matrices=False)
    u = q @ ub
    return u[:, :k], s[:k]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=sorted(TRAIN_SPLITS), required=True)
    parser.add_argument("--wheel", type=Path, help="the nlp-id wheel (Indonesian)")
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        help="more token-tab-tag text (its labels are not read)",
    )
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    sentences = read_text(args.language, args.wheel, args.extra)
    vocabulary, vec = vectors(sentences)
    ids = []
    for size in SIZES:
        _, labels = kmeans2(vec, size, iter=30, minit="++", seed=size)
        ids.append(labels)
    clusters = {w: " ".join(str(int(a[i])) for a in ids) for i, w in enumerate(vocabulary)}
    out = args.output or ROOT / "factdiff" / "data" / f"clusters-{args.language}.json"
    out.write_text(
        json.dumps(clusters, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8"
    )
    tokens = sum(len(s) for s in sentences)
    print(f"{args.language}: {tokens:,} tokens, {len(vocabulary):,} words -> {out}")


if __name__ == "__main__":
    main()
