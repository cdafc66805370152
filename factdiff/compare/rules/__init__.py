"""The comparison rules, one module each, in the order the driver runs them within a scope.
To add a rule: write a module with a ``check`` function and a ``RULE`` (see ``rule.py``),
add it here, and give it a test file of its own."""

from __future__ import annotations

from factdiff.compare.rule import Rule
from factdiff.compare.rules import (
    acronyms,
    actors,
    addresses,
    ages,
    bounds,
    classes,
    conversions,
    dates,
    echoes,
    exclusive_bounds,
    figures,
    happenings,
    numbers,
    offices,
    omissions,
    places,
    prose_quotes,
    qualifiers,
    quote_dates,
    quotes,
    release_dates,
    retold,
    speakers,
    specificity,
    speeds,
    spelling,
    times,
    waters,
    weekday,
)

RULES: tuple[Rule, ...] = (
    weekday.RULE,
    conversions.RULE,
    classes.ARTICLE_RULE,
    retold.RULE,
    bounds.RULE,
    spelling.ARTICLE_RULE,
    spelling.RULE,
    acronyms.RULE,
    speakers.RULE,
    quotes.RULE,
    prose_quotes.RULE,
    quote_dates.RULE,
    release_dates.RULE,
    happenings.RULE,
    echoes.RULE,
    addresses.RULE,
    waters.RULE,
    speeds.RULE,
    classes.EVENT_RULE,
    ages.RULE,
    specificity.RULE,
    places.RULE,
    classes.RULE,
    actors.RULE,
    dates.RULE,
    times.RULE,
    numbers.RULE,
    figures.RULE,
    exclusive_bounds.RULE,
    qualifiers.RULE,
    offices.RULE,
    omissions.RULE,
)


def select(name: str) -> tuple[Rule, ...]:
    """The rules a name stands for: a rule's own name, or a kind (all of its rules)."""
    return tuple(r for r in RULES if name in (r.name, r.kind))


def kind_help(kind: str) -> str:
    """A kind explained by its rules, for SARIF's rule help."""
    return "\n\n".join(r.describe() for r in RULES if r.kind == kind)
