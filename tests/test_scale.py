"""Stories found automatically; parallel, cached and Dask runs give the findings of a plain run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from factdiff.pipeline import CheckOptions, _guided, check
from tests.conftest import CORPUS, ROOT

# three stories, interleaved in one folder, two articles each (one story in English and Indonesian)
ARTICLES = {
    "01-flood-a.txt": "JAKARTA, kompas.com - Banjir merendam 1.200 rumah di Kabupaten Bekasi pada Selasa (3/1/2023). Bupati Dani Ramdan mengatakan 350 warga mengungsi ke Masjid Agung Bekasi. Air setinggi dua meter menutup jalan utama di Tambun Selatan.",
    "02-summit-a.txt": "WASHINGTON (Reuters) - President Joe Biden met Prime Minister Fumio Kishida in Tokyo on Tuesday, May 23, 2023. The two leaders discussed chip export controls and Taiwan. Kishida said Japan would double its defence budget by 2027.",
    "03-transfer-a.txt": "MADRID, marca.com - Real Madrid signed midfielder Jude Bellingham from Borussia Dortmund for 103 million euros on Wednesday, June 14, 2023. Bellingham, 19, agreed to a six-year contract with Real Madrid, the club said.",
    "04-flood-b.txt": "BEKASI, detik.com - Sebanyak 1.200 rumah di Kabupaten Bekasi terendam banjir pada Selasa (3/1). Bupati Dani Ramdan menyebut 530 warga mengungsi ke Masjid Agung Bekasi. Genangan dua meter menutup jalan di Tambun Selatan.",
    "05-summit-b.txt": "TOKYO, example.com - Presiden Joe Biden bertemu Perdana Menteri Fumio Kishida di Tokyo pada Selasa (23/5/2023). Kedua pemimpin membahas kontrol ekspor cip dan Taiwan. Kishida mengatakan Jepang akan menggandakan anggaran pertahanan pada 2027.",
    "06-transfer-b.txt": "example.org - Real Madrid signed Jude Bellingham from Borussia Dortmund for 113 million euros on Wednesday, June 14, 2023. Bellingham, 19, agreed to a six-year contract with Real Madrid.",
    "07-alone.txt": "SURABAYA, example.id - Festival kuliner tahunan dibuka di Taman Bungkul pada Sabtu (7/10/2023) dan diikuti 80 pedagang.",
}


@pytest.fixture
def mixed(make_story):
    return make_story(ARTICLES, "newsroom-drop")


def test_interleaved_stories_are_grouped(mixed):
    result = check([mixed], CheckOptions(jobs=1))
    groups = sorted(
        sorted(a.path.rsplit("/", 1)[-1][:2] for a in s.articles) for s in result.stories
    )
    assert groups == [["01", "04"], ["02", "05"], ["03", "06"], ["07"]]
    alone = next(s for s in result.stories if len(s.articles) == 1)
    assert not [f for f in result.findings if f.story == alone.name]  # one article: no findings
    conflicts = {(f.a.value, f.b.value) for f in result.findings if f.kind == "conflict"}
    assert ("350 warga", "530 warga") in conflicts
    assert ("103 million euros", "113 million euros") in conflicts


def test_versions_in_two_languages_are_grouped_on_their_names(tmp_path):
    # an Indonesian and an English version of one quake; and two stories about China, one
    # English, one Indonesian, sharing Xi Jinping, China and Beijing but nothing else
    stories = ROOT / "tests" / "data" / "stories"
    sources = {
        "quake-id.txt": stories / "quake-en-id" / "kompas.txt",
        "quake-en.txt": stories / "quake-en-id" / "reuters.txt",
        "blinken-ap.txt": stories / "blinken" / "ap.txt",
        "blinken-guardian.txt": stories / "blinken" / "guardian.txt",
        "xi-korannews.txt": CORPUS / "xi-putin-samarkand" / "korannews.txt",
        "xi-nextren.txt": CORPUS / "xi-putin-samarkand" / "nextren.txt",
    }
    for name, source in sources.items():
        shutil.copy(source, tmp_path / name)
    result = check([tmp_path], CheckOptions(jobs=1, cache=False))
    groups = sorted(sorted(a.path.rsplit("/", 1)[-1] for a in s.articles) for s in result.stories)
    assert groups == [
        ["blinken-ap.txt", "blinken-guardian.txt"],
        ["quake-en.txt", "quake-id.txt"],
        ["xi-korannews.txt", "xi-nextren.txt"],
    ]


def test_grouped_story_names_are_reported(mixed):
    result = check([mixed], CheckOptions(jobs=1))
    names = {s.name for s in result.stories}
    assert len(names) == 4 and all(names)
    document = json.loads(
        subprocess.run(
            [sys.executable, "-m", "factdiff", str(mixed), "--format", "json", "--no-cache"],
            capture_output=True,
            text=True,
        ).stdout
    )
    members = {s["name"]: len(s["articles"]) for s in document["stories"]}
    assert sorted(members.values()) == [1, 2, 2, 2]


def test_a_story_folder_given_directly_keeps_its_name():
    folder = CORPUS / "xi-putin-samarkand"
    direct = check([folder], CheckOptions(jobs=1))
    whole = check([CORPUS], CheckOptions(jobs=1))
    assert [s.name for s in direct.stories] == ["xi-putin-samarkand"]
    assert {f.fingerprint for f in direct.findings} == {f.fingerprint for f in whole.findings}


def signature(result) -> list[tuple]:
    return [
        (f.fingerprint, f.severity, f.a.line, f.a.column, f.b.line, f.b.column, f.message)
        for f in result.findings
    ]


@pytest.fixture(scope="module")
def corpus_of_stories(tmp_path_factory):
    """Several copies of the sample story with other names, as the benchmark makes them."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scale import generate

    target = tmp_path_factory.mktemp("bench") / "corpus"
    generate(target, 6)
    shutil.copytree(CORPUS / "xi-putin-samarkand", target / "xi-putin-samarkand")
    return target


def test_jobs_give_the_same_findings(corpus_of_stories):
    one = check([corpus_of_stories], CheckOptions(jobs=1))
    two = check([corpus_of_stories], CheckOptions(jobs=2))
    assert signature(one) == signature(two) and len(one.findings) > 20


def test_cache_gives_the_same_findings_and_is_used(corpus_of_stories, tmp_path):
    plain = check([corpus_of_stories], CheckOptions(jobs=1))
    options = CheckOptions(jobs=1, cache=True, cache_dir=str(tmp_path / "cache"))
    cold = check([corpus_of_stories], options)
    warm = check([corpus_of_stories], options)
    assert signature(plain) == signature(cold) == signature(warm)
    assert (tmp_path / "cache" / "extractions.sqlite").stat().st_size > 0


def test_cache_reextracts_only_what_changed(corpus_of_stories, tmp_path):
    import factdiff.pipeline as pipeline

    copy = tmp_path / "corpus"
    shutil.copytree(corpus_of_stories, copy)
    options = CheckOptions(jobs=1, cache=True, cache_dir=str(tmp_path / "cache"))
    check([copy], options)
    changed = copy / "xi-putin-samarkand" / "nextren.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("Shahai", "Shanghai"), encoding="utf-8"
    )
    calls = []
    original = pipeline.extract_file
    pipeline.extract_file = lambda source, settings: (
        calls.append(source.path.name) or original(source, settings)
    )
    try:
        result = check([copy], options)
    finally:
        pipeline.extract_file = original
    assert calls == ["nextren.txt"]
    assert not [f for f in result.findings if "Shahai" in (f.b.value or "")]


def test_cache_written_by_other_code_is_not_read(corpus_of_stories, tmp_path, monkeypatch):
    """The same version with another rule or word list: every file is extracted again."""
    import factdiff.cache as cache
    import factdiff.pipeline as pipeline

    options = CheckOptions(jobs=1, cache=True, cache_dir=str(tmp_path / "cache"))
    check([corpus_of_stories], options)
    calls = []
    original = pipeline.extract_file
    monkeypatch.setattr(
        pipeline,
        "extract_file",
        lambda source, settings: calls.append(source.path.name) or original(source, settings),
    )
    check([corpus_of_stories], options)
    assert calls == []  # the same code: all from the cache
    assert len(cache.code_digest()) == 64
    monkeypatch.setattr(cache, "code_digest", lambda: "edited")
    check([corpus_of_stories], options)
    assert len(calls) == len(list(corpus_of_stories.rglob("*.txt")))


def test_findings_do_not_depend_on_hash_seeds(corpus_of_stories):
    script = (
        "import sys; from factdiff.pipeline import check, CheckOptions; "
        "r = check([sys.argv[1]], CheckOptions(jobs=1)); "
        "print([(f.fingerprint, f.a.line, f.b.line) for f in r.findings])"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, str(corpus_of_stories)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


def test_dask_engine_gives_the_same_findings(corpus_of_stories):
    distributed = pytest.importorskip("distributed")
    plain = check([corpus_of_stories], CheckOptions(jobs=1))
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        on_dask = check(
            [corpus_of_stories], CheckOptions(engine="dask", scheduler=cluster.scheduler_address)
        )
    assert signature(plain) == signature(on_dask)


def test_dask_engine_errors_are_one_line(capsys):
    from factdiff.cli import main

    with pytest.raises(SystemExit) as done:
        main([str(CORPUS), "--engine", "dask"])
    assert done.value.code == 2 and "--scheduler" in capsys.readouterr().err


def test_two_runs_can_share_the_cache(corpus_of_stories, tmp_path):
    cache = tmp_path / "shared-cache"
    command = [
        sys.executable,
        "-m",
        "factdiff",
        str(corpus_of_stories),
        "--format",
        "json",
        "--cache-dir",
        str(cache),
        "--jobs",
        "1",
    ]
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [1, 1], [err for _, err in outputs]
    first, second = (json.loads(out)["findings"] for out, _ in outputs)
    assert first == second and first


def test_an_unwritable_cache_folder_does_not_stop_the_check(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = check([CORPUS], CheckOptions(jobs=1, cache=True, cache_dir=str(blocker / "cache")))
    assert any(f.kind == "spelling" for f in result.findings)


def test_cached_extractions_carry_the_current_paths_and_story(tmp_path, monkeypatch):
    options = CheckOptions(jobs=1, cache=True, cache_dir=str(tmp_path / "cache"))
    shutil.copytree(CORPUS, tmp_path / "old")
    monkeypatch.chdir(tmp_path)
    check(["old"], options)
    (tmp_path / "old").rename(tmp_path / "renamed")
    for given in ("renamed", tmp_path / "renamed", "renamed/xi-putin-samarkand"):
        result = check([given], options)
        prefix = str(given) if str(given).endswith("samarkand") else f"{given}/xi-putin-samarkand"
        paths = {a.path for s in result.stories for a in s.articles}
        paths |= {side.path for f in result.findings for side in (f.a, f.b)}
        assert paths == {f"{prefix}/korannews.txt", f"{prefix}/nextren.txt"}, given
    shutil.copytree(CORPUS / "xi-putin-samarkand", tmp_path / "story")
    check(["story"], options)
    (tmp_path / "story").rename(tmp_path / "moved")
    result = check(["moved"], options)
    assert [s.name for s in result.stories] == ["moved"]
    assert {f.story for f in result.findings} == {"moved"}


def test_workers_send_back_article_summaries_not_their_text_or_offset_maps():
    # the findings carry their lines and columns: the parent needs each article's path,
    # source and metadata only (a markdown file's origin map, a text's line starts, the
    # offsets of parted words travel no more)
    result = check([ROOT / "tests" / "data" / "stories"], CheckOptions(jobs=1))
    articles = [a for s in result.stories for a in s.articles]
    assert articles and all(a.path and a.source for a in articles)
    assert not any(a.text or a.regions or a.origin or a.parted for a in articles)
    assert not any(a._line_starts for a in articles)


def test_a_pool_groups_loose_articles_on_signatures_and_never_holds_their_extractions(
    mixed, monkeypatch
):
    import factdiff.pipeline as pipeline

    jobs = []
    original = pipeline.spilled_jobs

    def spy(loose, taken):
        made = original(loose, taken)
        jobs.extend(made)
        return made

    monkeypatch.setattr(pipeline, "spilled_jobs", spy)
    one = check([mixed], CheckOptions(jobs=1))
    two = check([mixed], CheckOptions(jobs=2))
    assert signature(one) == signature(two) and len(one.findings) >= 2
    assert [s.name for s in one.stories] == [s.name for s in two.stories]
    # the parent sent each story's worker where its extractions wait, not the extractions
    assert sorted(len(j.spilled) for j in jobs) == [1, 2, 2, 2]
    assert not any(j.extractions for j in jobs)


@pytest.mark.parametrize("count", [1, 7, 740, 5000])
def test_pool_batches_cover_every_job_once_in_order_and_end_with_single_jobs(count):
    batches = _guided(count, workers=2)
    jobs = [k for batch in batches for k in range(batch.start, batch.stop)]
    assert jobs == list(range(count))
    sizes = [batch.stop - batch.start for batch in batches]
    assert max(sizes) <= 16 and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)  # never a large batch after a small one
    assert len(batches) < count // 4 + 40  # few round trips for many jobs
