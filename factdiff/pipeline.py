"""The whole check as one Python call.

A story is the unit of work: its files are read and extracted (through the cache when there
is one), its undated articles anchored on the story's date, and its facts aligned and compared,
all in one worker (this process, a pool of processes, or a Dask cluster). A worker holds one
story at a time and sends back only findings and article summaries, so memory follows the
largest story, not the corpus. Articles outside story folders are extracted first, grouped
into stories, then compared the same way; with a pool of workers their extractions wait in
files of a temporary folder and the parent receives only what grouping reads (signatures).
Findings get the configuration (ignored kinds and fields, severities) in the worker too."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from factdiff.align import align_story
from factdiff.cache import DEFAULT_DIR, Cache, cache_key
from factdiff.compare import Options, compare_story, referents
from factdiff.config import Config
from factdiff.errors import InputError
from factdiff.extract import anchored, extract
from factdiff.extract.tagger import default_tagger
from factdiff.load import Source, discover, read_articles
from factdiff.model import Article, Extraction, Finding, Problem, Result, Story
from factdiff.stories import Signature, group_signatures, signature, story_name


@dataclass(frozen=True)
class ExtractSettings:
    """What changes an extraction; part of every cache key. Sent to workers."""

    language: str = "auto"
    boilerplate: tuple[tuple[str, tuple[str, ...]], ...] = ()
    use_tagger: bool = True
    encoding: str = ""  # of files that are not UTF-8; detected when empty


@dataclass(frozen=True)
class CheckOptions:
    language: str = "auto"
    omissions: bool = False
    aliases: tuple[tuple[str, ...], ...] = ()
    boilerplate: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ignore_kinds: tuple[str, ...] = ()
    ignore_fields: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    use_tagger: bool = True
    encoding: str = ""  # of files that are not UTF-8; detected when empty
    stories: str = "auto"  # "auto": group articles that are not in story folders; "folders"
    jobs: int = 0  # worker processes; 0 is every core
    cache: bool = False
    cache_dir: str | None = None
    engine: str = "local"  # "local" or "dask"
    scheduler: str | None = None  # the Dask scheduler's address
    keep_extractions: bool = False  # for `factdiff facts`; a check drops them story by story
    progress: Callable[[int], None] | None = None  # called with the number of files done

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

    def extract_settings(self) -> ExtractSettings:
        return ExtractSettings(
            self.language, tuple(sorted(self.boilerplate.items())), self.use_tagger, self.encoding
        )

    def worker_count(self) -> int:
        return self.jobs if self.jobs > 0 else os.cpu_count() or 1


# --- the units of work: a file, and a story ----------------------------------------------

FileResult = tuple[list[Extraction], list[Problem]]


@dataclass(frozen=True)
class StoryJob:
    """A story to finish: its files to read and extract, or (grouped stories) its
    extractions already made."""

    name: str
    sources: tuple[Source, ...] = ()
    extractions: tuple[Extraction, ...] = ()
    folder: str = ""  # Story.folder; the name when empty
    spilled: tuple[tuple[str, int], ...] = ()  # extractions waiting in spill files (Loose)


@dataclass(frozen=True)
class StoryResult:
    story: Story
    findings: tuple[Finding, ...]
    problems: tuple[Problem, ...]
    extractions: tuple[Extraction, ...]


@dataclass(frozen=True)
class JobSettings:
    """Everything a worker needs, picklable: what extraction depends on (part of every cache
    key), how to compare, and where the cache is."""

    extract: ExtractSettings
    options: CheckOptions
    cache_dir: str | None
    spill_dir: str | None = None  # where workers leave the extractions of loose articles


@dataclass(frozen=True)
class Loose:
    """An article outside story folders as a worker sends it back to be grouped: what the
    grouping reads (its signature and folder) and where its extraction waits, in a file of the
    run's spill folder, for the worker that compares its story. The parent never holds it."""

    signature: Signature
    story: str  # the article's folder
    spill: str  # the file holding the extractions of the article's file
    index: int  # the article's place among them


def extract_file(source: Source, settings: ExtractSettings) -> FileResult:
    """Read one file and extract each of its articles (anchored on its own date)."""
    story = source.story or source.folder
    articles, problems = read_articles(
        source.path, story, settings.language, dict(settings.boilerplate), settings.encoding
    )
    return [
        extract(a, None, default_tagger(a.language) if settings.use_tagger else None)
        for a in articles
    ], problems


@cache
def _worker_cache(folder: str) -> Cache:
    """One connection per process to the shared cache (SQLite in WAL mode)."""
    return Cache(Path(folder))


def cached_extract_file(source: Source, settings: JobSettings) -> FileResult:
    if settings.cache_dir is None:
        return extract_file(source, settings.extract)
    try:
        data = source.path.read_bytes()
    except OSError:
        return extract_file(source, settings.extract)  # which reports why it cannot be read
    # the file's name stays in the key (it can name the outlet); its folder, story and path
    # do not: they are written in on the way out, so a moved or renamed corpus, or one given
    # once relative and once absolute, reports where its files are now
    key = cache_key(data, "file", source.path.name, settings.extract)
    store = _worker_cache(settings.cache_dir)
    hit = store.get(key)
    if hit is not None:
        return _moved(hit, "", str(source.path), source.story or source.folder)
    result = extract_file(source, settings.extract)
    store.put(key, _moved(result, str(source.path), "", ""))
    return result


def extract_loose(source: Source, settings: JobSettings) -> tuple[list[Loose], list[Problem]]:
    """Extract a file outside story folders, leave its extractions in the spill folder and
    send back only what the grouping needs."""
    extractions, problems = cached_extract_file(source, settings)
    if not extractions:
        return [], problems
    assert settings.spill_dir is not None
    handle, spill = tempfile.mkstemp(suffix=".pickle", dir=settings.spill_dir)
    with os.fdopen(handle, "wb") as out:
        pickle.dump(extractions, out, protocol=pickle.HIGHEST_PROTOCOL)
    found = [Loose(signature(x), x.article.story, spill, k) for k, x in enumerate(extractions)]
    return found, problems


@lru_cache(maxsize=2)
def _spilled(spill: str) -> list[Extraction]:
    """A spill file's extractions (of one article file: a JSONL file's records are read once
    for the stories that follow one another; each run's spill folder is new)."""
    with open(spill, "rb") as handle:
        return pickle.load(handle)


def _moved(result: FileResult, old: str, new: str, story: str) -> FileResult:
    """RESULT with the file's path OLD changed to NEW (also where it begins a record's path,
    "kbc.jsonl:2") and the story set: stored with "" for both, given out with the current."""
    extractions, problems = result

    def moved(path: str) -> str:
        return new + path[len(old) :] if path.startswith(old) else path

    def file_of(article) -> str:
        """The file of a record of several ("kbc.jsonl" of "kbc.jsonl:2"), stored as ""."""
        if article.file:
            return moved(article.file)
        return new if not old and moved(article.path) != new else ""

    return (
        [
            replace(
                x,
                article=replace(
                    x.article, path=moved(x.article.path), file=file_of(x.article), story=story
                ),
            )
            for x in extractions
        ],
        [replace(p, path=moved(p.path)) for p in problems],
    )


def run_story(job: StoryJob, settings: JobSettings) -> StoryResult:
    """Finish one story: extract its files, anchor undated articles on the story's date,
    compare, and keep what the report needs."""
    members: list[Extraction] = list(job.extractions)
    members += [_spilled(spill)[k] for spill, k in job.spilled]
    problems: list[Problem] = []
    for source in job.sources:
        extractions, issues = cached_extract_file(source, settings)
        members.extend(extractions)
        problems.extend(issues)
    folder = job.folder or job.name
    if not members:
        return StoryResult(Story(job.name, (), folder), (), tuple(problems), ())
    anchor = story_anchor(x.article for x in members)
    if anchor is not None:
        members = [anchored(x, anchor) if x.article.published is None else x for x in members]
    members = [
        x if x.article.story == job.name else replace(x, article=replace(x.article, story=job.name))
        for x in members
    ]
    options = settings.options
    compare_options = options.compare_options()
    alignment = align_story(members, referents(compare_options))
    findings = configured(compare_story(job.name, alignment, compare_options), options)
    findings = tuple(replace(f, folder=folder) for f in findings)
    if options.keep_extractions:
        story = Story(job.name, tuple(x.article for x in members), folder)
        return StoryResult(story, findings, tuple(problems), tuple(members))
    articles = tuple(summary(x.article) for x in members)
    return StoryResult(Story(job.name, articles, folder), findings, tuple(problems), ())


def summary(article: Article) -> Article:
    """What the report needs of an article once its findings are made: its path, source and
    metadata; not its text nor the maps of its offsets to the file's lines (the findings
    carry their lines and columns), so a worker sends back little."""
    return replace(article, text="", regions=(), origin=(), parted=(), _line_starts=())


class Engine:
    """Maps a function over jobs, in order: in this process, over a pool of processes, or on
    a Dask cluster."""

    def __init__(self, options: CheckOptions):
        self.options = options
        self.jobs = options.worker_count()
        self._pool = None
        self._client = None

    def __enter__(self) -> Engine:
        if self.options.engine == "dask":
            self._client = _dask_client(self.options.scheduler)
        elif self.jobs > 1:
            context = multiprocessing.get_context("fork") if os.name == "posix" else None
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context)
        return self

    @property
    def spills(self) -> bool:
        """Whether workers are processes of this machine that can share a spill folder."""
        return self._pool is not None

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        if self._client is not None:
            self._client.close()

    def map(self, function: Callable, items: list, settings) -> Iterator:
        if not items:
            return iter(())
        if self._client is not None:
            futures = self._client.map(function, items, [settings] * len(items), pure=False)
            return iter(self._client.gather(futures))
        if self._pool is not None:
            batches = [items[k] for k in _guided(len(items), self.jobs)]
            done = self._pool.map(
                _each, [function] * len(batches), batches, [settings] * len(batches)
            )
            return (result for batch in done for result in batch)
        return map(function, items, [settings] * len(items))


def _guided(count: int, workers: int, largest: int = 16) -> list[slice]:
    """Batches of jobs for a pool, in order: each a quarter of what is left per worker (at
    most LARGEST), so there are few round trips at first and single jobs at the end, where a
    large batch would keep one worker busy while the others wait."""
    batches, start = [], 0
    while start < count:
        size = max(1, min(largest, (count - start) // (workers * 4)))
        batches.append(slice(start, start + size))
        start += size
    return batches


def _each(function: Callable, items: list, settings) -> list:
    return [function(item, settings) for item in items]


def _dask_client(address: str | None):
    try:
        from distributed import Client
    except ImportError:
        raise InputError(
            "--engine dask needs the dask extra: pip install 'factdiff[dask]'"
        ) from None
    if not address:
        raise InputError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    try:
        return Client(address, timeout="10s")
    except OSError as error:
        raise InputError(f"cannot reach the Dask scheduler at {address} ({error})") from None


# --- stories ----------------------------------------------------------------------------


def story_anchor(articles: Iterable[Article]) -> date | None:
    """The date that anchors year-less and relative dates in articles with no publication
    date of their own: the earliest publication date in the story."""
    dates = sorted(a.published for a in articles if a.published)
    return dates[0] if dates else None


def configured(findings: list[Finding], options: CheckOptions) -> list[Finding]:
    kept = []
    for f in findings:
        if f.kind in options.ignore_kinds or f.field in options.ignore_fields:
            continue
        if f.kind in options.severity:
            f = replace(f, severity=options.severity[f.kind])
        kept.append(f)
    return kept


def grouped_jobs(extractions: list[Extraction], taken: set[str]) -> list[StoryJob]:
    """Stories for articles outside story folders. A group that is a whole folder keeps the
    folder's name, so `factdiff story-folder/` and `factdiff corpus/` agree."""
    signatures = [signature(x) for x in extractions]
    folders = [x.article.story for x in extractions]
    return [
        StoryJob(name, extractions=tuple(extractions[i] for i in group), folder=f)
        for name, group, f in _groups(signatures, folders, taken)
    ]


def spilled_jobs(loose: list[Loose], taken: set[str]) -> list[StoryJob]:
    """The same stories for articles whose extractions wait in spill files."""
    signatures = [x.signature for x in loose]
    return [
        StoryJob(name, spilled=tuple((loose[i].spill, loose[i].index) for i in group), folder=f)
        for name, group, f in _groups(signatures, [x.story for x in loose], taken)
    ]


def _groups(
    signatures: list[Signature], folders: list[str], taken: set[str]
) -> list[tuple[str, list[int], str]]:
    """Each story's name, members and folders ("a+b")."""
    per_folder: dict[str, int] = {}
    for folder in folders:
        per_folder[folder] = per_folder.get(folder, 0) + 1
    groups = []
    for group in group_signatures(signatures):
        folder = folders[group[0]]
        whole = len(group) == per_folder[folder] and all(folders[i] == folder for i in group)
        if whole and folder not in taken:
            taken.add(folder)
            name = folder
        else:
            name = story_name([signatures[i] for i in group], taken)
        groups.append((name, group, "+".join(sorted({folders[i] for i in group}))))
    return groups


def _gathered(
    batches: Iterable[tuple[list, list[Problem]]], problems: list[Problem], options: CheckOptions
) -> list:
    """What the workers found in the loose files, in order; their problems go to ``problems``
    and each batch moves the progress bar."""
    gathered: list = []
    for found, issues in batches:
        gathered.extend(found)
        problems.extend(issues)
        if options.progress:
            options.progress(len(found) or 1)
    return gathered


def check(paths: list[str | Path], options: CheckOptions | None = None) -> Result:
    options = options or CheckOptions()
    sources, missing = discover(paths, options.stories)
    use_cache = options.cache and options.engine == "local"
    settings = JobSettings(
        options.extract_settings(),
        replace(options, progress=None),
        str(Path(options.cache_dir or DEFAULT_DIR)) if use_cache else None,
    )
    by_story: dict[str, list[Source]] = {}
    loose: list[Source] = []
    for source in sources:
        if source.story is None:
            loose.append(source)
        else:
            by_story.setdefault(source.story, []).append(source)
    jobs = [StoryJob(name, tuple(files)) for name, files in by_story.items()]
    results: list[StoryResult] = []
    problems: list[Problem] = list(missing)
    with Engine(options) as engine:
        for result in engine.map(run_story, jobs, settings):
            results.append(result)
            if options.progress:
                options.progress(len(result.story.articles) or 1)
        if loose and engine.spills:
            # a pool: the extractions stay with the workers (in spill files), the parent
            # groups their signatures
            with tempfile.TemporaryDirectory(prefix="factdiff-") as folder:
                settings = replace(settings, spill_dir=folder)
                waiting = _gathered(engine.map(extract_loose, loose, settings), problems, options)
                taken = {r.story.name for r in results}
                results.extend(engine.map(run_story, spilled_jobs(waiting, taken), settings))
        elif loose:
            found = engine.map(cached_extract_file, loose, settings)
            extractions = _gathered(found, problems, options)
            taken = {r.story.name for r in results}
            results.extend(engine.map(run_story, grouped_jobs(extractions, taken), settings))
    results.sort(key=lambda r: r.story.name)
    stories = tuple(r.story for r in results if r.story.articles)
    problems = [p for r in results for p in r.problems] + problems
    if not stories:
        reason = "; ".join(str(p) for p in problems[:3]) or "no article files found"
        raise InputError(f"no readable article in {', '.join(map(str, paths))} ({reason})")
    return Result(
        stories,
        tuple(x for r in results for x in r.extractions),
        tuple(f for r in results for f in r.findings),
        tuple(problems),
        ignored_kinds=options.ignore_kinds + (() if options.omissions else ("omission",)),
        ignored_fields=options.ignore_fields,
    )
