"""weekday-mismatch on a hand-made date."""

from factdiff.compare.rules import weekday
from tests.compare.build import Draft, story


def test_a_date_with_a_note_is_a_warning_of_its_own_article():
    a = Draft("Pendaftaran dibuka Rabu (18/6/2026).", "a.com")
    a.mention(
        "date",
        "Rabu (18/6/2026)",
        normalized="2026-06-18",
        note="weekday Rabu does not match 2026-06-18, a Kamis",
    )
    found = weekday.check(story(a, Draft("Tidak ada tanggal.", "b.com")), 0)
    assert [(f.kind, f.field, f.severity, f.a.path, f.b.path) for f in found] == [
        ("conflict", "when", "warning", "story/a.com.txt", "story/a.com.txt")
    ]
    assert found[0].b.value == "2026-06-18"


def test_a_date_without_a_note_is_left_alone():
    a = Draft("Pendaftaran dibuka Rabu (18/6/2025).", "a.com")
    a.mention("date", "Rabu (18/6/2025)", normalized="2025-06-18")
    assert weekday.check(story(a), 0) == []
