"""End-to-end speed and memory on generated corpora.

Generates corpora of N stories from the stories in corpus/ (each copy with other persons,
places, dates and numbers, so no two stories share text), then runs the whole check on N and
on 10 N stories, in a fresh process each time, and prints articles per second, peak memory
(max RSS) and how time grows. Also a cold and a warm cache run. Timings on shared machines
vary; --repeat K reports the median of K runs of each case and the spread of their rates.

    python benchmarks/scale.py [--stories 200] [--jobs 2] [--repeat 5] [--keep DIR]

With the two sample articles a story, --stories 2000 is 4,000 articles.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
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


def report(label: str, figures: dict) -> None:
    rate = figures["articles"] / figures["seconds"]
    spread = ""
    if figures.get("runs", 1) > 1:
        low, high = figures["rates"]
        spread = f" (median of {figures['runs']}: {low:,.0f} to {high:,.0f})"
    print(
        f"{label:<28} {figures['articles']:>7,} articles {figures['seconds']:8.2f} s "
        f"{rate:8,.0f} articles/s{spread}   peak RSS {figures['rss_mib']:6.0f} MiB (main), "
        f"{figures['worker_rss_mib']:6.0f} MiB (largest worker)   {figures['findings']:,} findings"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=200, help="N (10 N is run too)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument(
        "--repeat", type=int, default=1, help="run each case this many times; report the median"
    )
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="factdiff-bench-"))
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; jobs={args.jobs}")
    try:
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
            results[stories] = measure(corpus, args.jobs, None, args.repeat)
            report(f"{stories:,} stories, no cache", results[stories])
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
