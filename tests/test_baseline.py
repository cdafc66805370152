"""Baselines: accepted findings stay quiet, new ones fail, fixed ones are reported."""

from __future__ import annotations

import json

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
