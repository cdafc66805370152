"""End to end on corpus/: the real discrepancies between the two sample articles, and none of
the non-discrepancies."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdiff.pipeline import check
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def findings():
    return check([CORPUS]).findings


def values(findings, kind, field=None):
    return {
        (f.a.value, f.b.value)
        for f in findings
        if f.kind == kind and (field is None or f.field == field)
    }


def test_shanghai_shahai_is_spelling(findings):
    assert ("KTT Organisasi Kerjasama Shanghai", "KTT Organisasi Kerjasama Shahai") in values(
        findings, "spelling"
    )


def test_asia_asia_tengah_is_specificity(findings):
    assert ("Asia", "Asia Tengah") in values(findings, "specificity", "where")


def test_ushakov_claim_names_another_actor(findings):
    (conflict,) = [f for f in findings if f.kind == "conflict" and f.field == "who"]
    assert (conflict.a.value, conflict.b.value) == ("Xi", "Putin")
    assert conflict.severity == "error"
    assert "Ushakov" in conflict.a.sentence and "Ushakov" in conflict.b.sentence


def test_magnus_quotes_are_reworded(findings):
    quotes = [f for f in findings if f.kind == "quote"]
    assert len(quotes) == 2
    assert all("George Magnus" in f.message for f in quotes)
    assert any("khawatir" in f.a.value and "cemas" in f.b.value for f in quotes)


def test_more_than_two_years_against_two_years(findings):
    assert ("lebih dari dua tahun", "2 tahun") in values(findings, "specificity", "what")


def test_non_discrepancies_are_left_alone(findings):
    shown = {v for f in findings if f.kind != "omission" for v in (f.a.value, f.b.value)}
    assert not [
        f for f in findings if f.field == "when" and f.kind != "omission"
    ]  # 14/9/2022 = 14/9
    for same in (
        "Xi Jinping",
        "Vladimir Putin",
        "Samarkand",
        "Yuri Ushakov",
        "Pembantu",
        "Asisten",
        "Red Flags",
        "Bendera Merah",
        "Reuters",
        "Nextren.com",
    ):
        assert same not in shown
    assert all(f.severity == "info" for f in findings if f.kind == "omission")


def test_every_finding_is_checkable(findings):
    for f in findings:
        for side in (f.a, f.b):
            assert side.path.endswith(".txt") and side.source
        assert f.a.line and f.a.column and f.a.sentence
        if f.kind != "omission":
            assert f.b.line and f.b.column and f.b.sentence
            text = Path(f.a.path).read_text(encoding="utf-8").splitlines()[f.a.line - 1]
            assert text[f.a.column - 1 :].startswith(f.a.value)
