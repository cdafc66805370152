"""The name memory: what the tagger's training data says of the names it has seen, and the
marks it lends each word of a sentence (the type of a seen name the word opens or continues).
The tagger (``factdiff.extract.tagger``) reads these marks as features."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

LONGEST_NAME = 6  # words of the longest whole name the memory matches


@dataclass(frozen=True)
class Memory:
    """What the training data says of names it has seen: each whole name (its lower-cased
    words) with its usual type, and each single word with the type of the names it occurs in
    ("O" for a capitalised word outside names) and whether that was always so. The tagger
    learns how far to trust it from memories that did not see the sentence at hand (see
    factdiff.train), so a name it has never met is still read from shape and context."""

    names: dict[tuple[str, ...], str]
    words: dict[str, tuple[str, bool]]
    # the most words of a name each first word opens: most words open none
    reach: dict[str, int] = field(init=False, repr=False, compare=False)

    word_features: dict[str, tuple[str, str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        reach: dict[str, int] = {}
        for name in self.names:
            reach[name[0]] = max(reach.get(name[0], 0), len(name))
        object.__setattr__(self, "reach", reach)
        features = {
            word: (f"u={kind}", f"u={kind}{'!' if sure else '?'}")
            for word, (kind, sure) in self.words.items()
        }
        object.__setattr__(self, "word_features", features)

    @classmethod
    def of(cls, sentences: Iterable[tuple[list[str], list[str]]]) -> Memory:
        names: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        words: dict[str, Counter[str]] = defaultdict(Counter)
        for tokens, tags in sentences:
            for start, end, kind in bio_spans(tags):
                names[tuple(t.lower() for t in tokens[start:end])][kind] += 1
                for token in tokens[start:end]:
                    words[token.lower()][kind] += 1
            for i, (token, tag) in enumerate(zip(tokens, tags, strict=True)):
                if tag == "O" and i and token[:1].isupper():
                    words[token.lower()]["O"] += 1
        return cls(
            {name: _usual(kinds) for name, kinds in names.items() if len(name) <= LONGEST_NAME},
            {
                word: (_usual(kinds), len(kinds) == 1 and kinds.total() > 1)
                for word, kinds in words.items()
            },
        )

    def to_json(self) -> str:
        data = {
            "names": {" ".join(k): v for k, v in sorted(self.names.items())},
            "words": {
                k: f"{v}{'!' if sure else '?'}" for k, (v, sure) in sorted(self.words.items())
            },
        }
        return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Memory:
        data = json.loads(text)
        return cls(
            {tuple(k.split(" ")): v for k, v in data["names"].items()},
            {k: (v[:-1], v[-1] == "!") for k, v in data["words"].items()},
        )


def _usual(kinds: Counter[str]) -> str:
    return max(sorted(kinds), key=kinds.__getitem__)


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of the names in a BIO tag sequence; an I- without its B- opens a
    name."""
    spans, start, kind = [], None, ""
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            spans.append((start, i, kind))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return spans


@lru_cache(maxsize=64)
def _mark(kind: str, opens: bool) -> tuple[tuple[str, ...], ...]:
    """A memory mark as seen by its own word and by the words after and before it."""
    own = (f"{'dB' if opens else 'dI'}={kind}", "dict")
    return own, tuple(f"-1{f}" for f in own), tuple(f"+1{f}" for f in own)


Mark = tuple[tuple[str, ...], ...]


def memory_marks(words: list[str], lows: list[str], memory: Memory) -> list[Mark | None]:
    """Each word's mark from the memory: the type of the whole seen name it opens or
    continues (longest match, starting at a capital), as seen by itself and its neighbours."""
    n = len(words)
    marks: list[Mark | None] = [None] * n
    reach, names = memory.reach, memory.names
    free = 0  # a name that matched covers the words up to here
    for i in range(n):
        if i < free or lows[i] not in reach or not words[i][:1].isupper():
            continue
        longest = min(reach[lows[i]], n - i)
        size = next((k for k in range(longest, 0, -1) if tuple(lows[i : i + k]) in names), 0)
        if size:
            kind = names[tuple(lows[i : i + size])]
            marks[i] = _mark(kind, True)
            for j in range(i + 1, i + size):
                marks[j] = _mark(kind, False)
            free = i + size
    return marks
