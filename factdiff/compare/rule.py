"""A comparison rule: what it flags, why, examples, and its one check. The registry
(``factdiff.compare.rules.RULES``) lists them; the driver runs them, and `factdiff rules`, the
SARIF rule help and the README read their metadata."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

from factdiff.model import Finding, Side

KINDS = {
    "spelling": "One name spelt two ways across sources.",
    "specificity": "One source is vaguer or more specific than another about the same fact.",
    "conflict": "Another actor, place, date or number for the same event.",
    "quote": "One statement quoted in other words.",
    "omission": "A fact only one source reports.",
}


# Severity from evidence: how sure a rule is that two sources really disagree (alignment
# strength, whether the differing value is the only difference of near-identical clauses, how
# cleanly both sides were read). Below INFO_AT a finding is not reported at all.
ERROR_AT = 0.9  # overwhelming: an editor should fix it before publishing
WARNING_AT = 0.7  # sure: a discrepancy
INFO_AT = 0.5  # plausible: worth a look, or a difference of style rather than of fact


OVERWHELMING = 0.95
SURE = 0.8
PLAUSIBLE = 0.6


def severity_for(confidence: float) -> str | None:
    if confidence >= ERROR_AT:
        return "error"
    if confidence >= WARNING_AT:
        return "warning"
    return "info" if confidence >= INFO_AT else None


class Scope(IntEnum):
    """What a rule's check is called with, in the order the driver runs them."""

    ARTICLE = 0  # check(ctx, i): one article on its own (internal consistency)
    SOURCES = 1  # check(ctx, i, j): each pair of sources
    FACTS = 2  # check(ctx, facts): each pair of aligned facts (AlignedFacts)
    STORY = 3  # check(ctx): the whole story, after the others


@dataclass(frozen=True)
class Example:
    language: str  # "id" or "en"
    a: str
    b: str
    note: str = ""


@dataclass(frozen=True)
class Rule:
    name: str  # "name-spelling": what `factdiff rules NAME` and a finding's "rule" say
    kind: str  # spelling | specificity | conflict | quote | omission
    field: str  # who | what | when | where, or "who/where" when the finding says which
    scope: Scope
    check: Callable[..., list[Finding]]
    summary: str  # one line: what it flags
    why: str  # why an editor wants it, and what it leaves alone
    examples: tuple[Example, ...]

    def finding(
        self,
        story: str,
        confidence: float,
        message: str,
        a: Side,
        b: Side,
        field: str | None = None,
    ) -> list[Finding]:
        """The finding, with the severity its confidence earns; none below INFO_AT."""
        severity = severity_for(confidence)
        if severity is None:
            return []
        field = field or self.field
        return [
            Finding(
                story,
                field,
                self.kind,
                severity,
                message,
                a,
                b,
                rule=self.name,
                confidence=round(confidence, 2),
            )
        ]

    def describe(self) -> str:
        """The rule as `factdiff rules` prints it (plain text, also the SARIF help)."""
        lines = [f"{self.name} ({self.kind}, {self.field})", "", self.summary, ""]
        lines += textwrap.wrap(self.why, 88)
        if self.examples:
            lines += ["", "Examples:"]
            for e in self.examples:
                note = f"  ({e.note})" if e.note else ""
                lines.append(f'  [{e.language}] "{e.a}"  /  "{e.b}"{note}')
        return "\n".join(lines)
