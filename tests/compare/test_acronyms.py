"""acronym-expansion on hand-made texts: no tagger, the rule reads the text."""

from factdiff.compare.rules import acronyms
from tests.compare.build import Draft, story


def spelt(a: str, b: str, lang: str = "id") -> list[tuple[str, str, str]]:
    ctx = story(Draft(a, "a.com", lang), Draft(b, "b.com", lang))
    return [(f.severity, f.a.value, f.b.value) for f in acronyms.check(ctx, 0, 1)]


def test_an_acronym_spelt_out_with_a_word_that_breaks_its_initials():
    assert spelt(
        "Menurut Kementerian Energi dan Sumber Daya Alam (ESDM), proyek itu dimulai.",
        "Wakil Menteri Energi dan Sumber Daya Mineral (ESDM) meninjau proyek itu.",
    ) == [("warning", "Alam", "Mineral")]
    assert spelt(
        "Inspectors of the International Atomic Energy Agency (IAEA) arrived.",
        "The International Nuclear Energy Agency (IAEA) sent inspectors.",
        "en",
    ) == [("warning", "Atomic", "Nuclear")]


def test_two_renderings_that_both_fit_glued_datelines_and_other_acronyms_are_left_alone():
    assert (
        spelt(
            "Skema Flexible Working Arrangement (FWA) berlaku.",
            "Skema Flexible Work Arrangements (FWA) berlaku.",
        )
        == []
    )
    assert (
        spelt(
            "JakartaOtoritas Jasa Keuangan (OJK) menyatakan.",
            "Otoritas Jasa Keuangan (OJK) menyatakan.",
        )
        == []
    )
    assert (
        spelt("Badan Pusat Statistik (BPS) mencatat.", "Bank Pusat Sentral (BPS) mencatat.") == []
    )
