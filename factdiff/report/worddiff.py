"""What differs between a finding's two values, word by word (as `git diff --word-diff`), and
inside a changed word letter by letter for a misspelt name: coloured on a terminal, marked
`[-removed-]{+added+}` in plain text, so the difference survives a pipe, a log or a file."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from rich.text import Text

REMOVED_STYLE = "red"
ADDED_STYLE = "green"


@dataclass(frozen=True)
class Chunk:
    """A run of words: in both values ("equal"), only in A ("removed") or only in B ("added");
    SPACE: whether white space comes before it in its value."""

    op: str  # equal | removed | added
    text: str
    space: bool = True


TOKEN = re.compile(r"[^\w\s]+|[^\W_](?:[\w'’-]*[^\W_])?|_+")


def _tokens(value: str) -> list[tuple[str, bool]]:
    """Words and runs of punctuation, each with whether white space comes before it: a comma
    after a word is a token of its own, so "Moskow." and "Moskow," differ in the stop only."""
    out, end = [], 0
    for match in TOKEN.finditer(value):
        out.append((match.group(), match.start() > end and bool(out)))
        end = match.end()
    return out


def _join(tokens: list[tuple[str, bool]]) -> Chunk:
    text = "".join((" " if space and k else "") + word for k, (word, space) in enumerate(tokens))
    return Chunk("equal", text, tokens[0][1])


def word_diff(a: str, b: str) -> list[Chunk]:
    """The two values as one sequence of chunks; white space between words is folded."""
    ta, tb = _tokens(a), _tokens(b)
    wa, wb = [t for t, _ in ta], [t for t, _ in tb]
    chunks: list[Chunk] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op == "equal":
            chunks.append(_join(ta[i1:i2]))
            continue
        if i2 > i1:
            chunks.append(replace(_join(ta[i1:i2]), op="removed"))
        if j2 > j1:
            chunks.append(replace(_join(tb[j1:j2]), op="added"))
    return chunks


def side(chunks: list[Chunk], which: str) -> list[Chunk]:
    """The chunks one value is made of: A's (equal and removed) or B's (equal and added)."""
    dropped = "added" if which == "a" else "removed"
    return [c for c in chunks if c.op != dropped]


def markers(chunks: list[Chunk]) -> str:
    """Plain text as `git diff --word-diff` writes it: "Kerjasama [-Shanghai-]{+Shahai+}"."""
    out: list[str] = []
    for previous, chunk in zip([None, *chunks], chunks, strict=False):
        replaced = previous is not None and previous.op == "removed" and chunk.op == "added"
        if out and chunk.space and not replaced:
            out.append(" ")
        if chunk.op == "removed":
            out.append(f"[-{chunk.text}-]")
        elif chunk.op == "added":
            out.append(f"{{+{chunk.text}+}}")
        else:
            out.append(chunk.text)
    return "".join(out)


def highlight(a: str, b: str, by_letter: bool = False) -> tuple[Text, Text]:
    """Both values with the words that differ in colour; with BY_LETTER (a misspelt name),
    inside a changed word only the letters that differ are underlined, so "Shanghai" against
    "Shahai" shows the missing "ng" rather than two unrelated words."""
    chunks = word_diff(a, b)
    texts = {"a": Text(), "b": Text()}
    pairs = _replaced_words(chunks) if by_letter else {}
    for which, style in (("a", REMOVED_STYLE), ("b", ADDED_STYLE)):
        text = texts[which]
        for chunk in side(chunks, which):
            if text.plain and chunk.space:
                text.append(" ")
            if chunk.op == "equal":
                text.append(chunk.text)
            elif id(chunk) in pairs:
                text.append_text(_letters(chunk.text, pairs[id(chunk)], style))
            else:
                text.append(chunk.text, f"bold {style} underline")
    return texts["a"], texts["b"]


def _replaced_words(chunks: list[Chunk]) -> dict[int, str]:
    """For each removed chunk followed by an added one of as many words, the other one: the
    words whose letters are compared."""
    pairs: dict[int, str] = {}
    for removed, added in zip(chunks, chunks[1:], strict=False):
        one_for_one = len(removed.text.split()) == len(added.text.split())
        if removed.op == "removed" and added.op == "added" and one_for_one:
            pairs[id(removed)] = added.text
            pairs[id(added)] = removed.text
    return pairs


def _letters(word: str, other: str, style: str) -> Text:
    """WORD in STYLE, with the letters OTHER lacks (or has in their place) underlined."""
    text = Text()
    matcher = SequenceMatcher(None, word, other, autojunk=False)
    for op, i1, i2, _, _ in matcher.get_opcodes():
        if i2 > i1:
            text.append(word[i1:i2], style if op == "equal" else f"bold {style} underline")
    return text
