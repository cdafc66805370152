"""quote-wording and quote-speaker on hand-made quotes."""

from factdiff.compare.rules import quotes, speakers
from factdiff.extract.quotes import normalize_quote
from tests.compare.build import Draft, story


def told(quote_a, quote_b, speaker_a="", speaker_b="", lang="id"):
    a = Draft(f"“{quote_a},” kata dia.", "a.com", lang)
    b = Draft(f"“{quote_b},” kata dia.", "b.com", lang)
    a.mention("quote", quote_a, normalized=normalize_quote(quote_a), qualifier=speaker_a)
    b.mention("quote", quote_b, normalized=normalize_quote(quote_b), qualifier=speaker_b)
    ctx = story(a, b)
    return quotes.check(ctx, 0, 1), speakers.check(ctx, 0, 1)


def test_a_word_changed_inside_a_quote_is_a_warning():
    wording, _ = told(
        "Xi akan paling khawatir tentang bagaimana perang akan terjadi",
        "Xi akan paling cemas tentang bagaimana perang akan terjadi",
        "George Magnus",
    )
    assert [(f.kind, f.severity) for f in wording] == [("quote", "warning")]
    assert wording[0].message.startswith("George Magnus is quoted in other words")


def test_one_quote_cut_short_or_spelt_in_another_house_style_is_info():
    wording, _ = told(
        "We will stabilize the market and protect jobs in the region",
        "We will stabilise the market and protect jobs in the region",
        lang="en",
    )
    assert [(f.severity, "house style" in f.message) for f in wording] == [("info", True)]
    wording, _ = told(
        "There is a risk to growth in the future and it is not trivial",
        "There is a risk to growth in the future",
        lang="en",
    )
    assert [(f.severity, "at more length" in f.message) for f in wording] == [("info", True)]


def test_two_different_statements_are_not_compared():
    wording, speaking = told(
        "Harga beras naik karena musim kemarau panjang tahun ini",
        "Kami akan menambah stok di gudang Bulog pekan depan",
        "Budi Santoso",
        "Rina Wulandari",
    )
    assert wording == [] and speaking == []


def test_one_quote_two_speakers_is_an_error_one_speaker_named_two_ways_is_not():
    _, speaking = told(
        "Rencana tersebut gagal setelah pelaku terlihat oleh jemaah",
        "Rencana tersebut gagal setelah pelaku terlihat oleh jemaah",
        "Kompol Budi Santoso",
        "Ipda Rina Wulandari",
    )
    assert [(f.kind, f.field, f.severity) for f in speaking] == [("conflict", "who", "error")]
    _, speaking = told(
        "Rencana tersebut gagal setelah pelaku terlihat oleh jemaah",
        "Rencana tersebut gagal setelah pelaku terlihat oleh jemaah",
        "Budi Santoso",
        "Budi",
    )
    assert speaking == []
