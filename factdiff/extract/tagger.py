"""The trained name tagger: a linear-chain CRF (python-crfsuite) over word shape, affixes,
neighbouring words, position, gazetteer hits and cue words, trained on NERGrit
(data/nergrit/train.txt) by ``python -m factdiff.train`` and shipped in the package
(data/ner-id.crfsuite). It answers, for each token of a sentence, "person", "organization",
"place" or "" (outside a name)."""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources

import pycrfsuite

from factdiff.lang import lexicon
from factdiff.places import gazetteer
from factdiff.stem import common_words
from factdiff.text import Token

MODEL = "ner-id.crfsuite"
WINDOW_REACH = 3
LABELS = {"PERSON": "person", "ORGANISATION": "organization", "PLACE": "place"}


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if word.isupper():
        return "X" if len(word) > 1 else "X1"
    if word[:1].isupper():
        return "Xx"
    if word.isalpha():
        return "x"
    return "p" if not any(c.isalnum() for c in word) else "m"


@cache
def _cues() -> dict[str, frozenset[str]]:
    lexes = [lexicon("id"), lexicon("en")]
    return {
        "title": frozenset(t for lex in lexes for t in lex.person_titles if " " not in t),
        "speech": frozenset(v for lex in lexes for v in lex.speech_verbs),
        "orghead": frozenset(h for lex in lexes for h in lex.org_heads if " " not in h),
        "org": frozenset(o.lower() for lex in lexes for o in lex.known_orgs),
        "loc": frozenset(p for lex in lexes for p in lex.locative_prepositions),
        "common": common_words("id") | lexicon("en").stopwords,
    }


@cache
def pos_lexicon() -> dict[str, str]:
    """Each word's most frequent part of speech in news (scripts/build_pos_lexicon.py)."""
    path = resources.files("factdiff.data").joinpath("id_pos.json")
    return json.loads(path.read_text("utf-8"))


@lru_cache(maxsize=200_000)
def _base(word: str) -> tuple[str, ...]:
    """A word's own features; the same word gives the same ones, so they are made once."""
    cues = _cues()
    low = word.lower()
    pos = pos_lexicon().get(low, "?")
    feats = [f"w={low}", f"s={_shape(word)}", f"pos={pos}", f"p3={low[:3]}", f"x3={low[-3:]}"]
    feats.append(f"x2={low[-2:]}")
    for name in ("title", "speech", "orghead", "org", "loc", "common"):
        if low in cues[name]:
            feats.append(name)
    if word[:1].isupper():
        place = gazetteer().lookup(word)
        if place is not None:
            feats.append(f"gaz={place.kind}")
    return tuple(feats)


@lru_cache(maxsize=200_000)
def _views(word: str) -> tuple[tuple[str, ...], ...]:
    """A word's features as seen from itself and from its neighbours one and two places away,
    made once per word: a sentence's features are then mostly joined, not formatted."""
    low, shape = word.lower(), _shape(word)
    base = _base(word)
    flags = base[2:3] + base[6:]
    own = ("bias", *base, f"p4={low[:4]}", f"x4={low[-4:]}")
    left1 = (f"-1w={low}", f"-1s={shape}", *(f"-1:{f}" for f in flags))
    right1 = (f"+1w={low}", f"+1s={shape}", *(f"+1:{f}" for f in flags))
    return own, left1, right1, (f"-2w={low}", f"-2s={shape}"), (f"+2w={low}", f"+2s={shape}")


def sentence_features(words: list[str]) -> list[list[str]]:
    """The feature strings of every token of one sentence."""
    views = [_views(w) for w in words]
    lows = [w.lower() for w in words]
    n = len(words)
    runs = _capital_runs(words)
    out = []
    for i in range(n):
        feats = [*views[i][0], f"run={runs[i]}"]
        if i == 0:
            feats.append("BOS")
        else:
            feats.append(f"bi={lows[i - 1]}|{lows[i]}")
            feats += views[i - 1][1]
            if i > 1:
                feats += views[i - 2][3]
        if i == n - 1:
            feats.append("EOS")
        else:
            feats += views[i + 1][2]
            if i < n - 2:
                feats += views[i + 2][4]
        if i + 1 < n and words[i][:1].isupper() and words[i + 1][:1].isupper():
            place = gazetteer().lookup(f"{words[i]} {words[i + 1]}")
            if place is not None:
                feats.append("gaz2")
        out.append(feats)
    return out


def _capital_runs(words: list[str]) -> list[str]:
    """Where each word stands in its run of capitalised words: "B3" opens a run of three,
    "I3" inside one, "E3" closes it, "S" alone, "-" outside."""
    marks = ["-"] * len(words)
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(words) and words[j + 1][:1].isupper():
            j += 1
        size = min(j - i + 1, 4)
        if i == j:
            marks[i] = "S"
        else:
            marks[i], marks[j] = f"B{size}", f"E{size}"
            for k in range(i + 1, j):
                marks[k] = f"I{size}"
        i = j + 1
    return marks


class CrfTagger:
    def __init__(self, model_path: str):
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(model_path)

    def tag_words(self, words: list[str]) -> list[str]:
        """BIO labels ("B-PERSON", "O", ...) of one sentence's words."""
        if not words:
            return []
        return self._tagger.tag(sentence_features(words))

    def __call__(self, tokens: list[Token]) -> list[str]:
        """BIO labels with factdiff's type names ("B-person", "I-place", "O"). Only stretches
        around capitalised words are tagged (two words either side, the reach of the
        features): a name needs a capital, and the rest of a sentence costs time, not names."""
        capitals = [i for i, t in enumerate(tokens) if t.text[:1].isupper()]
        if not capitals or (capitals == [0] and tokens[0].lower in _cues()["common"]):
            return ["O"] * len(tokens)  # no capital but a common opening word: spare the CRF
        words = [t.text for t in tokens]
        features = sentence_features(words)
        labels = ["O"] * len(words)
        for start, end in _windows(capitals, len(words)):
            for i, label in enumerate(self._tagger.tag(features[start:end]), start):
                labels[i] = label
            if labels[start].startswith("I-"):
                labels[start] = "B-" + labels[start][2:]
        return [f"{label[:2]}{LABELS[label[2:]]}" if label != "O" else "O" for label in labels]


def _windows(capitals: list[int], n: int, reach: int = WINDOW_REACH) -> list[tuple[int, int]]:
    """Merged stretches [i - reach, i + reach] around the capitalised words."""
    spans: list[tuple[int, int]] = []
    for i in capitals:
        start, end = max(0, i - reach), min(n, i + reach + 1)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


@cache
def default_tagger() -> CrfTagger | None:
    """The shipped model, or None when the package has none (names then rest on cue words
    and the gazetteer alone)."""
    resource = resources.files("factdiff.data").joinpath(MODEL)
    if not resource.is_file():
        return None
    with resources.as_file(resource) as path:
        return CrfTagger(str(path))
