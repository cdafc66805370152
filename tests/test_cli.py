"""The command line: exit codes, formats, one-line errors, plain output when piped."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factdiff.cli import main
from tests.conftest import CORPUS


def run(args: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(args)
    out, err = capsys.readouterr()
    return done.value.code, out, err


def test_default_command_is_check_and_exits_1_on_findings(capsys):
    code, out, _ = run([str(CORPUS)], capsys)
    assert code == 1
    assert "Shahai" in out and "xi-putin-samarkand" in out


def test_fail_on_levels(capsys):
    assert run([str(CORPUS), "--fail-on", "never"], capsys)[0] == 0
    assert run(["check", str(CORPUS), "--fail-on", "error"], capsys)[0] == 1


def test_missing_path_is_one_line_and_exit_2(capsys, tmp_path):
    code, out, err = run([str(tmp_path / "nothing")], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "no such file" in err and "Traceback" not in err


def test_a_wrong_option_is_a_usage_error_and_exit_2(capsys):
    code, out, err = run([str(CORPUS), "--no-such-option"], capsys)
    assert code == 2 and out == ""
    assert "factdiff check has no option --no-such-option" in err and "internal error" not in err
    code, _, err = run([str(CORPUS), "--jobs", "many"], capsys)
    assert code == 2 and "--jobs takes a whole number, not 'many'" in err


@pytest.mark.parametrize(
    "args, says",
    [
        (
            ["--format", "xml"],
            "--format takes table, concise, json, sarif, github, junit or markdown, not 'xml'",
        ),
        (["--lang=fr"], "--lang takes auto, id or en, not 'fr'"),
        (["--jobs", "-1"], "--jobs takes a number of 0 or more, not '-1'"),
        (["--no-omission"], "has no option --no-omission; did you mean --no-omissions?"),
        (["--format"], "--format needs a value"),
    ],
)
def test_usage_errors_are_one_line_in_plain_words(capsys, args, says):
    code, out, err = run([str(CORPUS), *args], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("factdiff: error: ")
    assert says in err and "--help)" in err
    assert not any(noise in err for noise in ("Usage:", "Value error", "Invalid value", "Try "))
    code, _, err = run(["check"], capsys)
    assert code == 2 and err.count("\n") == 1 and "needs a PATH" in err


def test_short_help_and_version(capsys):
    code, out, _ = run(["-V"], capsys)
    assert code == 0 and out.startswith("factdiff ")
    for args in (["-h"], ["check", "-h"], ["facts", "-h"]):
        code, out, _ = run(args, capsys)
        assert code == 0 and out.startswith("Usage: factdiff"), args


def test_facts_help_lists_only_the_formats_facts_writes(capsys):
    code, out, _ = run(["facts", "--help"], capsys)
    assert code == 0 and "<table|json>" in out and "sarif" not in out
    code, _, err = run(["facts", str(CORPUS), "--format", "sarif"], capsys)
    assert code == 2 and "--format takes table or json, not 'sarif'" in err


def test_the_summary_counts_in_plural(capsys):
    code, out, _ = run([str(CORPUS), "--no-omissions"], capsys)
    summary = next(line for line in out.splitlines() if " findings in " in line)
    assert re.fullmatch(r"\d+ findings in 1 story: 1 error, \d+ warnings, \d+ info", summary)


def test_the_outlet_is_named_as_it_writes_its_name(capsys, make_story):
    front = "---\ntitle: Banjir di Kota Lama\nsource: {}\npublished: 2024-03-04\n---\n"
    text = "Banjir merendam 40 rumah di Kota Lama pada Senin, kata Budi Santoso dari BPBD.\n"
    story = make_story(
        {
            "valley.md": front.format("Valley Post") + text,
            "b.md": front.format("www.Harian.id") + text,
        }
    )
    code, out, _ = run(["facts", str(story), "--format", "json"], capsys)
    assert {a["source"] for a in json.loads(out)["articles"]} == {"Valley Post", "Harian.id"}


def test_no_readable_article_is_exit_2(capsys, tmp_path):
    (tmp_path / "x.txt").write_bytes(b"\x00\x01\x02")
    code, _, err = run([str(tmp_path)], capsys)
    assert code == 2 and "no readable article" in err


def test_json_contract(capsys):
    code, out, _ = run([str(CORPUS), "--format", "json"], capsys)
    document = json.loads(out)
    assert code == 1 and document["schema"] == "factdiff/1"
    for finding in document["findings"]:
        assert set(finding) >= {
            "fingerprint",
            "story",
            "field",
            "kind",
            "severity",
            "message",
            "a",
            "b",
        }
        assert finding["field"] in ("who", "what", "when", "where")
        assert finding["kind"] in ("spelling", "specificity", "conflict", "quote", "omission")
        assert set(finding["a"]) == {"source", "path", "line", "column", "value", "sentence"}
    assert document["summary"]["findings"] == len(document["findings"])


def test_facts_json_offsets_point_at_the_text(capsys):
    code, out, _ = run(["facts", str(CORPUS), "--format", "json"], capsys)
    assert code == 0
    for article in json.loads(out)["articles"]:
        text = Path(article["path"]).read_text(encoding="utf-8")
        assert article["mentions"]
        for m in article["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
        assert article["facts"] and all(f["what"] for f in article["facts"][:1])


def test_facts_json_gives_a_clock_time_its_exactness_and_zone(capsys, tmp_path):
    story = tmp_path / "fire"
    story.mkdir()
    (story / "a.txt").write_text(
        "Kebakaran terjadi sekitar pukul 02.02 WIB di Tebet, Jakarta Selatan.", encoding="utf-8"
    )
    code, out, _ = run(["facts", str(story), "--format", "json"], capsys)
    assert code == 0
    times = [m for a in json.loads(out)["articles"] for m in a["mentions"] if m["type"] == "time"]
    assert [(m["text"], m["normalized"], m["qualifier"], m["unit"]) for m in times] == [
        ("02.02 WIB", "02:02", "~", "WIB")
    ]


def test_output_file_is_written(capsys, tmp_path):
    target = tmp_path / "report.json"
    code, out, _ = run([str(CORPUS), "--format", "json", "-o", str(target)], capsys)
    assert code == 1 and out == ""
    assert json.loads(target.read_text())["schema"] == "factdiff/1"


def test_facts_table_goes_to_the_output_file(capsys, tmp_path):
    target = tmp_path / "facts.txt"
    code, out, _ = run(["facts", str(CORPUS), "-o", str(target)], capsys)
    assert code == 0 and out == "" and "korannews.txt" in target.read_text()


def test_output_dash_is_standard_output(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = run([str(CORPUS), "--format", "json", "-o", "-"], capsys)
    assert code == 1 and json.loads(out)["schema"] == "factdiff/1"
    assert not list(tmp_path.iterdir())


def test_version_and_piped_output_is_plain():
    version = subprocess.run(
        [sys.executable, "-m", "factdiff", "--version"], capture_output=True, text=True
    )
    assert version.stdout.startswith("factdiff ")
    piped = subprocess.run(
        [sys.executable, "-m", "factdiff", str(CORPUS)], capture_output=True, text=True
    )
    assert piped.returncode == 1
    assert "\x1b[" not in piped.stdout and "Shanghai" in piped.stdout


def test_concise_format_is_one_finding_a_line(capsys, tmp_path):
    code, out, _ = run([str(CORPUS), "--format", "concise", "--no-omissions"], capsys)
    lines = out.splitlines()
    pattern = re.compile(r"^\S+/corpus/\S+\.txt:\d+:\d+: (error|warning|info) [a-z]+/[a-z]+ \S.*$")
    assert code == 1 and all(pattern.match(line) for line in lines[:-2]), lines
    assert lines[-2].startswith(f"{len(lines) - 2} findings in 1 story: 1 error, ")
    assert lines[-1] == "2 articles read, 0 files skipped"
    assert any(": warning spelling/where " in line and "Shahai" in line for line in lines)
    # with a baseline, only new findings are listed
    baseline = tmp_path / "baseline.json"
    run(["baseline", str(CORPUS), "-o", str(baseline)], capsys)
    code, out, _ = run([str(CORPUS), "--format", "concise", "--baseline", str(baseline)], capsys)
    assert code == 0 and out.splitlines()[0].startswith("0 findings in 1 story")


def test_skipped_files_and_single_sources_are_in_the_summary_and_fail_strict(capsys, corpus):
    story = corpus / "xi-putin-samarkand"
    (story / "broken.json").write_text("{not json", encoding="utf-8")
    lone = corpus / "lone-story"
    lone.mkdir()
    (lone / "a.txt").write_text((story / "nextren.txt").read_text(encoding="utf-8"))
    (lone / "b.txt").write_bytes(b"\x00\x01binary")
    code, out, err = run([str(corpus), "--fail-on", "never"], capsys)
    assert code == 0 and "skipped" in err
    assert "3 articles read, 2 files skipped; 1 story with a single source: lone-story" in out
    code, out, err = run([str(corpus), "--fail-on", "never", "--strict", "-f", "json"], capsys)
    summary = json.loads(out)["summary"]
    assert summary["skipped"] == 2 and summary["single_source"] == ["lone-story"]
    assert code == 2 and err.splitlines()[-1] == (
        "factdiff: error: --strict: 2 files skipped; 1 story with a single source: lone-story"
    )
    _, out, _ = run([str(corpus), "--fail-on", "never", "-f", "github"], capsys)
    assert f"::warning file={lone / 'b.txt'},title=factdiff skipped a file::binary" in out


def test_one_readable_file_left_is_no_clean_pass_with_strict(capsys, make_story):
    folder = make_story(
        {"good.txt": "JAKARTA, kompas.com - Banjir merendam 1.200 rumah di Kabupaten Bekasi."}
    )
    for name in ("a.txt", "b.txt"):
        (folder / name).write_bytes(b"\x00\x01binary")
    code, out, _ = run([str(folder)], capsys)
    assert code == 0 and "1 article read, 2 files skipped" in out
    assert run([str(folder), "--strict"], capsys)[0] == 2
