"""The comparison rules, one module each, in the order the driver runs them within a scope.
To add a rule: write a module with a ``check`` function and a ``RULE`` (see ``rule.py``),
add it here, and give it a test file of its own."""

from __future__ import annotations

from factdiff.compare.rule import Rule
from factdiff.compare.rules import (
    actors,
    ages,
    dates,
    numbers,
    omissions,
    places,
    qualifiers,
    quotes,
    speakers,
    specificity,
    spelling,
    weekday,
)

RULES: tuple[Rule, ...] = (
    weekday.RULE,
    spelling.RULE,
    speakers.RULE,
    quotes.RULE,
    ages.RULE,
    specificity.RULE,
    places.RULE,
    actors.RULE,
    dates.RULE,
    numbers.RULE,
    qualifiers.RULE,
    omissions.RULE,
)


def rule_named(name: str) -> Rule | None:
    return next((r for r in RULES if r.name == name), None)


def rules_of_kind(kind: str) -> tuple[Rule, ...]:
    return tuple(r for r in RULES if r.kind == kind)
