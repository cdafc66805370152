"""The compare stage: a story's aligned facts in, findings out. Each kind of discrepancy is a
rule of its own in ``rules/``; ``story.py`` runs them. This stage decides what is a
discrepancy and of which kind; it never prints."""

from factdiff.compare.context import Options
from factdiff.compare.rules import RULES
from factdiff.compare.story import compare_story, referents

__all__ = ["RULES", "Options", "compare_story", "referents"]
