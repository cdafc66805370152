"""The terminal report: whole file locations at any width (stacked under ~110 columns, side
by side above), why each row is a finding in one line, differences per word with
`[-a-]{+b+}` markers in plain text and per letter inside a misspelt name."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from rich.console import Console

from factdiff.model import Finding, Result, Side, Story
from factdiff.report import table, worddiff

LONG = "reports/2024/banjir-bandang-sumatera-barat/padang-ekspres-edisi-pagi.txt"


def finding(kind="conflict", a="Xi", b="Putin", path_a="corpus/s/korannews.txt", **kw):
    side_a = Side("korannews.com", path_a, 9, 138, a, f"Putin akan bertemu {a} di KTT.")
    side_b = Side("nextren.com", "corpus/s/nextren.txt", 26, 115, b, f"Putin bertemu {b}.")
    message = kw.pop("message", f'another actor for "bertemu": korannews.com names {a}, ' * 3)
    return Finding("s", "who", kind, "error", message, side_a, side_b, **kw)


def render(findings, width, context=False, colour=False) -> str:
    result = Result((Story("s", ()),), (), tuple(findings), ())
    out = io.StringIO()
    console = Console(
        file=out, width=width, color_system="truecolor" if colour else None, force_terminal=colour
    )
    table.render_findings(result, console, context)
    return out.getvalue()


@pytest.mark.parametrize("width", [80, 100, 160])
def test_locations_are_never_broken(width):
    f = finding()
    lines = render([f], width).splitlines()
    for side in (f.a, f.b):
        location = f"{side.path}:{side.line}:{side.column}"
        assert any(location in line for line in lines), (location, lines)


@pytest.mark.parametrize("width", [80, 100])
def test_a_location_longer_than_the_terminal_runs_on_whole(width):
    text = render([finding(path_a=LONG)], width)
    assert f"{LONG}:9:138" in text.splitlines()[3]


def test_under_110_columns_sources_are_stacked_and_side_by_side_above():
    narrow = render([finding()], 100).splitlines()
    assert narrow[3].strip() == "corpus/s/korannews.txt:9:138  korannews.com"
    assert narrow[5].strip() == "corpus/s/nextren.txt:26:115  nextren.com"
    wide = render([finding()], 160).splitlines()
    assert wide[4].split() == ["corpus/s/korannews.txt:9:138", "corpus/s/nextren.txt:26:115"]


@pytest.mark.parametrize("width", [80, 160])
def test_why_it_is_a_finding_shows_in_one_line_by_default(width):
    f = finding()
    lines = render([f], width).splitlines()
    assert lines[2].startswith('error   conflict/who  another actor for "bertemu"')
    assert len(lines[2]) <= width and lines[2].endswith("…")
    assert "Putin akan bertemu" not in "\n".join(lines)  # sentences only with --context
    full = render([f], width, context=True)
    assert "Putin akan bertemu Xi di KTT." in full
    assert "korannews.com names Xi, another actor" in " ".join(full.split())


def test_plain_text_marks_the_words_that_differ():
    text = render([finding("spelling", "KTT Kerjasama Shanghai", "KTT Kerjasama Shahai")], 100)
    assert "KTT Kerjasama [-Shanghai-]" in text and "KTT Kerjasama {+Shahai+}" in text
    text = render([finding(a="Xi", b="Putin")], 100)
    assert "[-Xi-]" in text and "{+Putin+}" in text


def test_word_diff_markers_as_git_word_diff():
    chunks = worddiff.word_diff(
        "KTT Organisasi Kerjasama Shanghai", "KTT Organisasi Kerjasama Shahai"
    )
    assert worddiff.markers(chunks) == "KTT Organisasi Kerjasama [-Shanghai-]{+Shahai+}"
    chunks = worddiff.word_diff("lebih dari dua tahun", "2 tahun")
    assert worddiff.markers(chunks) == "[-lebih dari dua-]{+2+} tahun"
    # punctuation is its own token: only the stop differs, not the word
    chunks = worddiff.word_diff("the war in Moscow.", "the war in Moscow,")
    assert worddiff.markers(chunks) == "the war in Moscow[-.-]{+,+}"


def _marked(text) -> list[str]:
    return [text.plain[s.start : s.end] for s in text.spans if "underline" in str(s.style)]


def test_highlight_is_per_word_and_per_letter_only_for_spelling():
    a, b = worddiff.highlight("Xi", "Putin")
    assert _marked(a) == ["Xi"] and _marked(b) == ["Putin"]  # not "X" and "n" against "Put"
    a, b = worddiff.highlight("Presiden Xi", "Presiden Putin")
    assert _marked(a) == ["Xi"]
    a, b = worddiff.highlight("Kerjasama Shanghai", "Kerjasama Shahai", by_letter=True)
    assert _marked(a) == ["ng"]
    a, _ = worddiff.highlight("Kerjasama Shanghai", "Kerjasama Shahai")
    assert _marked(a) == ["Shanghai"]


def test_colour_on_a_terminal_and_no_markers():
    text = render([finding("spelling", "Kerjasama Shanghai", "Kerjasama Shahai")], 100, colour=True)
    assert "\x1b[" in text and "[-" not in text and "{+" not in text


def test_plain_text_has_no_padding_at_the_ends_of_lines():
    for width in (80, 160):
        text = render([finding("quote", "kata dia " * 30, "ujar dia " * 30)], width, context=True)
        assert text.endswith("\n") and all(line == line.rstrip() for line in text.splitlines())


@pytest.mark.parametrize("width", [100, 160])
def test_plain_text_rendered_by_several_processes_is_the_one_process_text(monkeypatch, width):
    # stories of one to three findings, long values that wrap, a story without findings
    long = "Secara pribadi saya membayangkan Xi akan paling khawatir tentang bagaimana perang "
    findings = sorted(
        (
            replace(
                finding(
                    a=f"Xi {k}" + long * (k % 3), b=f"Putin {k}", path_a=LONG if k % 4 else "a.txt"
                ),
                story=f"story-{k // 3 + k % 2}",
            )
            for k in range(12)
        ),
        key=lambda f: f.story,
    )
    stories = tuple(Story(name, ()) for name in sorted({f.story for f in findings} | {"quiet"}))
    result = Result(stories, (), tuple(findings), ())

    def rendered(jobs: int) -> str:
        console = Console(file=io.StringIO(), width=width, color_system=None)
        table.render_findings(result, console, jobs=jobs)
        return console.file.getvalue()

    monkeypatch.setattr(table, "PARALLEL_FROM", 4)
    shares = table._shares(
        [(s, [f for f in findings if f.story == s]) for s in sorted({f.story for f in findings})],
        {},
        width,
        False,
        2,
    )
    assert len(shares) == 2
    assert rendered(2) == rendered(1)
    assert "quiet  (): no findings" in rendered(2)
