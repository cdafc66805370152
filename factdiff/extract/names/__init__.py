"""Persons, organizations and places: capitalised runs as candidates (``runs``), trimmed of
titles and offices (``roles``) and typed in one place (``classify``), then linked within the
article ("Xi" -> "Xi Jinping", "presiden Rusia" -> "Vladimir Putin"; ``link``)."""

from __future__ import annotations

from factdiff.extract.names.base import Candidate, Context, Tagger, is_common
from factdiff.extract.names.candidates import candidates
from factdiff.extract.names.classify import classify
from factdiff.extract.names.link import link_names
from factdiff.model import Mention

__all__ = ["Candidate", "Context", "Tagger", "classify", "find_names", "is_common", "link_names"]


def find_names(
    text: str, sentences: list[tuple[int, int]], blocked: list[tuple[int, int]], ctx: Context
) -> list[Mention]:
    mask = bytearray(len(text) + 1)
    for start, end in blocked:
        mask[start:end] = b"\x01" * (end - start)
    cands: list[Candidate] = []
    for sentence in sentences:
        cands.extend(candidates(sentence, mask, ctx))
    return link_names(cands, ctx)
