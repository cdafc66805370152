"""End-to-end speed and memory on generated corpora and on real vocabulary.

Generates corpora of N stories from the stories in corpus/ (each copy with other persons,
places, dates and numbers, so no two stories share text), then runs the whole check on N and
on 10 N stories, in a fresh process each time, and prints articles per second, peak memory
(max RSS), how time grows, and each run's time as a ratio to the read-and-split floor (one
process reading the same files and splitting them into sentences and tokens). Also a cold
and a warm cache run. Timings on shared machines vary; --repeat K reports the median of K
runs of each case and the spread of their rates.

With --real (default: ../shared/data/real-stories/stories, when it exists) it also builds, at
run time and in a temporary folder only, a corpus of real vocabulary: the real stories
replicated to about --real-articles articles (and 10 times that), each replica with its
names (capitalised words the corpus never writes in lower case) replaced by made-up ones and
its publication dates moved 10 days on, in story folders and flat in one folder; runs it
with --format json and with the default table, and a floor: reading and splitting the same
files into sentences and tokens in one process, against which each run's time is a ratio.

    python benchmarks/scale.py [--stories 200] [--jobs 2] [--repeat 5] [--keep DIR]
    python benchmarks/scale.py --only-real --real-articles 2000 [--no-large]

With the two sample articles a story, --stories 2000 is 4,000 articles.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# what each generated story replaces, and the pools it draws from
PERSONS = {
    "Xi Jinping": 0,
    "Xi": 0,
    "Vladimir Putin": 1,
    "Putin": 1,
    "Yuri Ushakov": 2,
    "George Magnus": 3,
    "Alexander Korolev": 4,
    "Mao Zedong": 5,
}
PLACES = {"Samarkand": 0, "Uzbekistan": 1, "Kazakhstan": 2, "Shanghai": 3, "Shahai": 3}
GIVEN = [
    "Budi",
    "Sari",
    "Andi",
    "Rina",
    "Joko",
    "Dewi",
    "Agus",
    "Maya",
    "Hadi",
    "Tono",
    "Wulan",
    "Rudi",
    "Lina",
    "Eko",
    "Nina",
    "Arif",
    "Putri",
    "Bayu",
    "Citra",
    "Dimas",
]
FAMILY = [
    "Santoso",
    "Wijaya",
    "Hartono",
    "Kusuma",
    "Pratama",
    "Saputra",
    "Halim",
    "Gunawan",
    "Lestari",
    "Nugroho",
    "Siregar",
    "Harahap",
    "Tanjung",
    "Sitompul",
    "Wibowo",
]
CITIES = [
    "Surabaya",
    "Bandung",
    "Medan",
    "Makassar",
    "Semarang",
    "Palembang",
    "Denpasar",
    "Manado",
    "Padang",
    "Pontianak",
    "Balikpapan",
    "Kupang",
    "Jayapura",
    "Ambon",
    "Mataram",
]
COUNTRIES = [
    "Vietnam",
    "Thailand",
    "Filipina",
    "Malaysia",
    "Singapura",
    "Kamboja",
    "Laos",
    "Myanmar",
    "Brunei",
    "Mongolia",
    "Nepal",
    "Bhutan",
    "Sri Lanka",
    "Maladewa",
]


def story_variant(texts: dict[str, str], index: int) -> dict[str, str]:
    rng = random.Random(index)
    people = [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}{index}" for _ in range(6)]
    places = [
        f"{rng.choice(CITIES)}",
        f"{rng.choice(COUNTRIES)}",
        f"{rng.choice(COUNTRIES)}",
        f"Kota{index}",
    ]
    day = rng.randint(1, 27)
    out = {}
    for name, text in texts.items():
        for old in sorted(PERSONS, key=len, reverse=True):
            new = people[PERSONS[old]]
            if old in ("Xi", "Putin"):  # short forms: the family name of the new person
                new = new.split()[-1]
            text = re.sub(rf"\b{re.escape(old)}\b", new, text)
        for old, slot in PLACES.items():
            new = places[slot] if old != "Shahai" else places[slot][:-1]  # keep the misspelling
            text = re.sub(rf"\b{re.escape(old)}\b", new, text)
        text = re.sub(r"\b14/9", f"{day + 2}/9", text).replace("12 September", f"{day} September")
        text = re.sub(r"\b12/9", f"{day}/9", text)
        out[name] = text
    return out


def generate(target: Path, stories: int) -> int:
    source = {}
    for story in sorted(p for p in (ROOT / "corpus").iterdir() if p.is_dir()):
        source.update(
            {
                f"{story.name}-{f.name}": f.read_text(encoding="utf-8")
                for f in sorted(story.iterdir())
                if f.is_file()
            }
        )
    for index in range(stories):
        folder = target / f"story-{index:05d}"
        folder.mkdir(parents=True)
        for name, text in story_variant(source, index).items():
            (folder / name).write_text(text, encoding="utf-8")
    return stories * len(source)


REAL = ROOT.parent / "shared" / "data" / "real-stories" / "stories"
SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "da",
    "di",
    "do",
    "ka",
    "ke",
    "ki",
    "ko",
    "la",
    "li",
    "lo",
    "ma",
    "mi",
    "mo",
    "na",
    "ni",
    "no",
    "ra",
    "ri",
    "ro",
    "sa",
    "si",
    "so",
    "ta",
    "ti",
    "to",
    "wa",
    "wi",
    "ya",
    "yu",
]
CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
PUBLISHED = re.compile(r'^(published:\s*"?)(\d{4}-\d{2}-\d{2})', re.MULTILINE)


def _made_up(word: str, replica: int) -> str:
    digest = hashlib.sha256(f"{word}/{replica}".encode()).digest()
    return "".join(SYLLABLES[b % len(SYLLABLES)] for b in digest[: 2 + digest[5] % 2]).title()


def real_variant(text: str, replica: int, common: frozenset[str]) -> str:
    """One replica of a real article: other names, publication date 10 days a replica on."""
    if replica == 0:
        return text
    text = CAPITALISED.sub(
        lambda m: m[0] if m[0].lower() in common else _made_up(m[0], replica), text
    )
    moved = lambda m: m[1] + (date.fromisoformat(m[2]) + timedelta(days=10 * replica)).isoformat()  # noqa: E731
    return PUBLISHED.sub(moved, text)


def generate_real(source: Path, target: Path, articles: int, flat: bool) -> int:
    """The real stories replicated to at least ``articles`` articles, in story folders or flat."""
    files = sorted(f for f in source.glob("*/*") if f.is_file())
    texts = {f: f.read_text(encoding="utf-8") for f in files}
    common = frozenset(w for t in texts.values() for w in re.findall(r"\b[a-z]{3,}\b", t))
    count, replica = 0, 0
    target.mkdir(parents=True)
    while count < articles:
        for f, text in texts.items():
            story = f"r{replica:03d}-{f.parent.name}"
            if flat:
                path = target / f"{story}--{f.name}"
            else:
                path = target / story / f.name
                path.parent.mkdir(exist_ok=True)
            path.write_text(real_variant(text, replica, common), encoding="utf-8")
            count += 1
        replica += 1
    return count


FLOOR = """
import json, resource, sys, time
from factdiff.lang import lexicon
from factdiff.load import discover, read_articles
from factdiff.text import sentences, tokens
started = time.perf_counter()
sources, _ = discover([sys.argv[1]], "folders")
count = 0
for source in sources:
    for a in read_articles(source.path, source.folder, "auto", {})[0]:
        count += 1
        for start, end in sentences(a.text, a.regions, lexicon(a.language)):
            tokens(a.text, start, end)
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "articles": count, "bytes": 0, "worker_rss_mib": 0,
                  "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

RUNNER = """
import json, resource, sys, time
from factdiff.pipeline import CheckOptions, check
started = time.perf_counter()
result = check([sys.argv[1]], CheckOptions(jobs=int(sys.argv[2]), cache=sys.argv[3] != "-",
                                         cache_dir=sys.argv[3] if sys.argv[3] != "-" else None))
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "articles": sum(len(s.articles) for s in result.stories),
                  "findings": len(result.findings), "rss_mib": peak / 1024,
                  "worker_rss_mib": children / 1024}))
"""


CLI_RUNNER = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
command = [sys.executable, "-m", "factdiff", "check", sys.argv[1], "--jobs", sys.argv[2],
           "--no-cache", "--no-baseline", "--fail-on", "never", *sys.argv[3:]]
env = {**__import__("os").environ, "COLUMNS": "160"}
done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
seconds = time.perf_counter() - started
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "articles": int(sys.argv[-1]), "bytes": len(done.stdout),
                  "rss_mib": children / 1024, "worker_rss_mib": children / 1024}))
"""


def run_cli(corpus: Path, jobs: int, articles: int, fmt: str) -> dict:
    """The command line as a user runs it: ``findings`` is then the bytes of its output."""
    extra = ["--format", "json"] if fmt == "json" else []
    code = CLI_RUNNER.replace("int(sys.argv[-1])", str(articles))
    done = subprocess.run(
        [sys.executable, "-c", code, str(corpus), str(jobs), *extra],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def floor(corpus: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", FLOOR, str(corpus)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def real_benchmark(source: Path, base: Path, articles: int, jobs: int, large: bool) -> None:
    """The real stories replicated to ``articles`` and 10 times that, foldered and flat, with
    --format json and the table; each run's time also as a ratio to the read-and-split floor."""
    sizes = (articles, 10 * articles) if large else (articles,)
    for size in sizes:
        for layout in ("folders", "flat"):
            corpus = base / f"real-{layout}-{size}"
            if not corpus.exists():
                count = generate_real(source, corpus, size, flat=layout == "flat")
            else:
                count = sum(1 for f in corpus.rglob("*") if f.is_file())
            bottom = floor(corpus)
            report(f"real {layout} {count:,}: floor", bottom)
            for fmt in ("json", "table"):
                figures = run_cli(corpus, jobs, count, fmt)
                report(f"real {layout} {count:,}: {fmt}", figures, bottom["seconds"])


def run(corpus: Path, jobs: int, cache: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, str(corpus), str(jobs), cache],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(corpus: Path, jobs: int, cache: Path | None, repeat: int, cold: bool = True) -> dict:
    """The run of median time among ``repeat`` runs, with the spread of their rates. With a
    ``cache`` folder, ``cold`` empties it before each run."""
    runs = []
    for _ in range(repeat):
        if cache is not None and cold:
            shutil.rmtree(cache, ignore_errors=True)
        runs.append(run(corpus, jobs, str(cache) if cache is not None else "-"))
    runs.sort(key=lambda r: r["seconds"])
    rates = [r["articles"] / r["seconds"] for r in runs]
    return {**runs[len(runs) // 2], "rates": (min(rates), max(rates)), "runs": repeat}


def report(label: str, figures: dict, floor_seconds: float | None = None) -> None:
    rate = figures["articles"] / figures["seconds"]
    spread = ""
    if figures.get("runs", 1) > 1:
        low, high = figures["rates"]
        spread = f" (median of {figures['runs']}: {low:,.0f} to {high:,.0f})"
    if floor_seconds:
        spread += f" ({figures['seconds'] / floor_seconds:.1f}x the floor)"
    print(
        f"{label:<28} {figures['articles']:>7,} articles {figures['seconds']:8.2f} s "
        f"{rate:8,.0f} articles/s{spread}   peak RSS {figures['rss_mib']:6.0f} MiB (main), "
        f"{figures['worker_rss_mib']:6.0f} MiB (largest worker)   "
        + (
            f"{figures['findings']:,} findings"
            if "findings" in figures
            else f"{figures['bytes']:,} bytes out (peak RSS: the command's largest process)"
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=200, help="N (10 N is run too)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument(
        "--repeat", type=int, default=1, help="run each case this many times; report the median"
    )
    parser.add_argument("--real", type=Path, default=REAL, help="the real stories' folder")
    parser.add_argument("--real-articles", type=int, default=2000, help="N of the real corpus")
    parser.add_argument("--only-real", action="store_true", help="skip the generated corpus")
    parser.add_argument("--no-large", action="store_true", help="real corpus: N only, not 10 N")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="factdiff-bench-"))
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; jobs={args.jobs}")
    try:
        if args.real.is_dir():
            real_benchmark(args.real, base, args.real_articles, args.jobs, not args.no_large)
        else:
            print(f"real vocabulary: skipped ({args.real} is not a folder; give --real)")
        if args.only_real:
            return
        results = {}
        for stories in (args.stories, 10 * args.stories):
            corpus = base / f"n{stories}"
            if not corpus.exists():
                started = time.perf_counter()
                articles = generate(corpus, stories)
                print(
                    f"generated {stories:,} stories, {articles:,} articles in "
                    f"{time.perf_counter() - started:.1f} s"
                )
            bottom = floor(corpus)
            report(f"{stories:,} stories: floor", bottom)
            results[stories] = measure(corpus, args.jobs, None, args.repeat)
            report(f"{stories:,} stories, no cache", results[stories], bottom["seconds"])
        small, large = results[args.stories], results[10 * args.stories]
        print(f"10x the corpus took {large['seconds'] / small['seconds']:.1f}x the time")
        cache = base / "cache"
        corpus = base / f"n{10 * args.stories}"
        report("cold cache (filling it)", measure(corpus, args.jobs, cache, args.repeat))
        report("warm cache", measure(corpus, args.jobs, cache, args.repeat, cold=False))
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
