"""The whole check as one Python call: load, extract, align and compare every story."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factdiff.compare import Options, compare_story
from factdiff.errors import InputError
from factdiff.extract import extract
from factdiff.extract.tagger import default_tagger
from factdiff.load import load
from factdiff.model import Article, Extraction, Result, Story


@dataclass(frozen=True)
class CheckOptions:
    language: str = "auto"
    compare: Options = Options()
    use_tagger: bool = True


def story_anchor(articles: tuple[Article, ...]) -> date | None:
    """The date that anchors year-less and relative dates in articles with no publication
    date of their own: the earliest publication date in the story."""
    dates = sorted(a.published for a in articles if a.published)
    return dates[0] if dates else None


def extract_story(story: Story, options: CheckOptions) -> list[Extraction]:
    anchor = story_anchor(story.articles)
    tagger = default_tagger() if options.use_tagger else None
    return [extract(article, anchor, tagger) for article in story.articles]


def check(paths: list[str | Path], options: CheckOptions | None = None) -> Result:
    options = options or CheckOptions()
    loaded = load(paths, options.language)
    if not loaded.stories:
        reason = "; ".join(str(p) for p in loaded.problems[:3]) or "no article files found"
        raise InputError(f"no readable article in {', '.join(map(str, paths))} ({reason})")
    extractions: list[Extraction] = []
    findings = []
    for story in loaded.stories:
        story_extractions = extract_story(story, options)
        extractions.extend(story_extractions)
        findings.extend(compare_story(story.name, story_extractions, options.compare))
    return Result(loaded.stories, tuple(extractions), tuple(findings), loaded.problems)
