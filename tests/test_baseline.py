"""Baselines: accepted findings stay quiet, new ones fail, fixed ones are reported."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import run_cli as run


def story_file(corpus, name):
    return corpus / "xi-putin-samarkand" / name


def test_baseline_then_unchanged_run_passes(corpus, capsys):
    assert run(["baseline", corpus], capsys)[0] == 0
    baseline = corpus / ".factdiff-baseline.json"
    document = json.loads(baseline.read_text())
    assert document["schema"] == "factdiff-baseline/1" and document["findings"]
    first = document["findings"][0]
    assert {"fingerprint", "story", "kind", "field", "a", "b", "message"} <= set(first)
    code, out, _ = run([corpus, "--format", "json"], capsys)
    report = json.loads(out)
    assert code == 0
    assert {f["status"] for f in report["findings"]} == {"known"}
    assert report["summary"]["new"] == 0 and report["summary"]["known"] == len(report["findings"])


def test_moved_text_and_whitespace_keep_fingerprints(corpus, capsys):
    run(["baseline", corpus], capsys)
    nextren = story_file(corpus, "nextren.txt")
    paragraphs = nextren.read_text(encoding="utf-8").split("\n\n")
    moved = paragraphs[:5] + ["Paragraf tambahan tanpa fakta apa pun di sini."] + paragraphs[5:]
    nextren.write_text("\n\n".join(moved).replace("Shahai di", "Shahai   di"), encoding="utf-8")
    (corpus / "xi-putin-samarkand" / "zz-other.txt").write_bytes(b"\x00binary")  # files added
    code, out, _ = run([corpus, "--format", "json"], capsys)
    assert code == 0, [f for f in json.loads(out)["findings"] if f["status"] == "new"]


def test_a_new_misspelling_is_the_only_new_finding(corpus, capsys):
    run(["baseline", corpus], capsys)
    nextren = story_file(corpus, "nextren.txt")
    text = nextren.read_text(encoding="utf-8")
    nextren.write_text(text.replace("Yuri Ushakov", "Yuri Ushakow"), encoding="utf-8")
    code, out, _ = run([corpus, "--format", "json"], capsys)
    new = [f for f in json.loads(out)["findings"] if f["status"] == "new"]
    assert code == 1
    assert [(f["kind"], f["a"]["value"], f["b"]["value"]) for f in new] == [
        ("spelling", "Yuri Ushakov", "Yuri Ushakow")
    ]


def test_fixing_a_known_discrepancy_reports_it_fixed(corpus, capsys):
    run(["baseline", corpus], capsys)
    nextren = story_file(corpus, "nextren.txt")
    nextren.write_text(
        nextren.read_text(encoding="utf-8").replace("Shahai", "Shanghai"), encoding="utf-8"
    )
    code, out, _ = run([corpus, "--format", "json"], capsys)
    report = json.loads(out)
    assert code == 0
    assert [(f["kind"], f["b"]["value"]) for f in report["fixed"]] == [
        ("spelling", "KTT Organisasi Kerjasama Shahai")
    ]
    code, out, _ = run([corpus], capsys)
    assert "1 fixed since the baseline" in out


def test_update_baseline_accepts_new_findings(corpus, capsys):
    run(["baseline", corpus], capsys)
    nextren = story_file(corpus, "nextren.txt")
    nextren.write_text(
        nextren.read_text(encoding="utf-8").replace("Yuri Ushakov", "Yuri Ushakow"),
        encoding="utf-8",
    )
    assert run([corpus], capsys)[0] == 1
    code, _, err = run([corpus, "--update-baseline"], capsys)
    assert code == 0 and "1 new" in err
    assert run([corpus], capsys)[0] == 0


@pytest.mark.parametrize(
    "content",
    ["{not json", '{"schema": "other"}', '{"schema": "factdiff-baseline/1", "findings": [1]}'],
)
def test_corrupt_baseline_is_an_input_error(corpus, capsys, content):
    (corpus / ".factdiff-baseline.json").write_text(content)
    code, out, err = run([corpus], capsys)
    assert code == 2 and out == ""
    assert ".factdiff-baseline.json" in err and err.count("\n") == 1


def test_explicit_missing_baseline_is_an_input_error(corpus, capsys, tmp_path):
    code, _, err = run([corpus, "--baseline", tmp_path / "none.json"], capsys)
    assert code == 2 and "baseline not found" in err


def test_baseline_file_is_sorted_and_stable(corpus, capsys):
    run(["baseline", corpus], capsys)
    first = (corpus / ".factdiff-baseline.json").read_text()
    run(["baseline", corpus], capsys)
    assert (corpus / ".factdiff-baseline.json").read_text() == first
    fingerprints = [e["fingerprint"] for e in json.loads(first)["findings"]]
    assert fingerprints == sorted(fingerprints)


def test_a_story_checked_alone_finds_the_baseline_and_config_above_it(corpus, capsys):
    (corpus / "factdiff.toml").write_text('ignore_fields = ["when"]\n')
    run(["baseline", corpus], capsys)
    story = corpus / "xi-putin-samarkand"
    code, out, err = run([story, "--format", "json"], capsys)
    report = json.loads(out)
    assert code == 0 and report["findings"]
    assert {f["status"] for f in report["findings"]} == {"known"}
    assert not [f for f in report["findings"] if f["field"] == "when"]
    baseline = str(corpus / ".factdiff-baseline.json")
    assert report["summary"]["baseline"] == baseline and f"baseline {baseline}" in err
    assert not (story / ".factdiff-baseline.json").exists()


def test_updating_from_one_story_keeps_the_other_stories(corpus, capsys):
    shutil.copytree(corpus / "xi-putin-samarkand", corpus / "second-story")
    run(["baseline", corpus], capsys)
    before = json.loads((corpus / ".factdiff-baseline.json").read_text())["findings"]
    assert {e["story"] for e in before} == {"xi-putin-samarkand", "second-story"}
    nextren = story_file(corpus, "nextren.txt")
    nextren.write_text(
        nextren.read_text(encoding="utf-8").replace("Shahai", "Shanghai"), encoding="utf-8"
    )
    code, _, err = run([corpus / "xi-putin-samarkand", "--update-baseline"], capsys)
    assert code == 0 and "1 fixed" in err
    after = json.loads((corpus / ".factdiff-baseline.json").read_text())["findings"]
    assert len(after) == len(before) - 1
    assert [e for e in after if e["story"] == "second-story"] == [
        e for e in before if e["story"] == "second-story"
    ]


def test_an_article_joining_a_flat_folder_keeps_the_known_findings(corpus, capsys):
    flat = corpus / "xi-putin-samarkand"
    run(["baseline", flat], capsys)
    (flat / "festival.txt").write_text(
        "SURABAYA, example.id - Festival kuliner tahunan dibuka di Taman Bungkul pada Sabtu "
        "(7/10/2023) dan diikuti 80 pedagang dari berbagai kota di Jawa Timur.",
        encoding="utf-8",
    )
    code, out, _ = run([flat, "--format", "json"], capsys)
    report = json.loads(out)
    assert len(report["stories"]) == 2  # the story was renamed: it is no longer the whole folder
    assert code == 0, [f for f in report["findings"] if f["status"] == "new"]
    assert report["fixed"] == []


def test_no_omissions_does_not_call_known_omissions_fixed(corpus, capsys):
    run(["baseline", corpus], capsys)
    entries = json.loads((corpus / ".factdiff-baseline.json").read_text())["findings"]
    assert any(e["kind"] == "omission" for e in entries)
    code, out, _ = run([corpus, "--no-omissions", "--format", "json"], capsys)
    assert code == 0 and json.loads(out)["fixed"] == []
    code, _, err = run([corpus, "--no-omissions", "--update-baseline"], capsys)
    assert "0 fixed" in err
    kept = json.loads((corpus / ".factdiff-baseline.json").read_text())["findings"]
    assert kept == entries
