"""The report stage: the same findings rendered as a table, JSON, or (for CI) other formats.
Renderers only format; they never decide what is a finding."""

from factdiff.model import Result


def _count(n: int, noun: str, plural: str = "") -> str:
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def _single(result: Result) -> str:
    stories = _count(len(result.single_source), "story", "stories")
    return f"{stories} with a single source: {', '.join(result.single_source)}"


def reading(result: Result) -> str:
    """How much was read, said in every summary: "3 articles read, 2 files skipped; 1 story
    with a single source: flood"."""
    articles = sum(len(s.articles) for s in result.stories)
    line = f"{_count(articles, 'article')} read, {_count(len(result.skipped), 'file')} skipped"
    return line + (f"; {_single(result)}" if result.single_source else "")


def unchecked(result: Result) -> str:
    """What --strict fails on: files skipped and stories with a single source, or ""."""
    parts = [f"{_count(len(result.skipped), 'file')} skipped"] if result.skipped else []
    return "; ".join(parts + ([_single(result)] if result.single_source else []))
