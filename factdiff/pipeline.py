"""The whole check as one Python call: load, extract, align and compare every story, then
apply the configuration (ignored kinds and fields, severity overrides)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from factdiff.compare import Options, compare_story
from factdiff.config import Config
from factdiff.errors import InputError
from factdiff.extract import extract
from factdiff.extract.tagger import default_tagger
from factdiff.load import load
from factdiff.model import Article, Extraction, Finding, Result, Story


@dataclass(frozen=True)
class CheckOptions:
    language: str = "auto"
    omissions: bool = True
    aliases: tuple[tuple[str, ...], ...] = ()
    boilerplate: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ignore_kinds: tuple[str, ...] = ()
    ignore_fields: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    use_tagger: bool = True

    @classmethod
    def from_config(cls, config: Config, **overrides) -> CheckOptions:
        values = {
            "language": config.language,
            "omissions": config.omissions,
            "aliases": config.aliases,
            "boilerplate": config.boilerplate,
            "ignore_kinds": config.ignore_kinds,
            "ignore_fields": config.ignore_fields,
            "severity": config.severity,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def compare_options(self) -> Options:
        groups = tuple(frozenset(name.casefold() for name in group) for group in self.aliases)
        return Options(aliases=groups, omissions=self.omissions)


def story_anchor(articles: tuple[Article, ...]) -> date | None:
    """The date that anchors year-less and relative dates in articles with no publication
    date of their own: the earliest publication date in the story."""
    dates = sorted(a.published for a in articles if a.published)
    return dates[0] if dates else None


def extract_story(story: Story, options: CheckOptions) -> list[Extraction]:
    anchor = story_anchor(story.articles)
    tagger = default_tagger() if options.use_tagger else None
    return [extract(article, anchor, tagger) for article in story.articles]


def configured(findings: list[Finding], options: CheckOptions) -> list[Finding]:
    kept = []
    for f in findings:
        if f.kind in options.ignore_kinds or f.field in options.ignore_fields:
            continue
        if f.kind in options.severity:
            f = replace(f, severity=options.severity[f.kind])
        kept.append(f)
    return kept


def check(paths: list[str | Path], options: CheckOptions | None = None) -> Result:
    options = options or CheckOptions()
    loaded = load(paths, options.language, options.boilerplate)
    if not loaded.stories:
        reason = "; ".join(str(p) for p in loaded.problems[:3]) or "no article files found"
        raise InputError(f"no readable article in {', '.join(map(str, paths))} ({reason})")
    extractions: list[Extraction] = []
    findings: list[Finding] = []
    compare = options.compare_options()
    for story in loaded.stories:
        story_extractions = extract_story(story, options)
        extractions.extend(story_extractions)
        findings.extend(configured(compare_story(story.name, story_extractions, compare), options))
    return Result(loaded.stories, tuple(extractions), tuple(findings), loaded.problems)
