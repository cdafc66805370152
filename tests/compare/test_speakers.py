"""quote-speaker on hand-made quotes."""

from factdiff.compare.rules import speakers
from factdiff.extract.quotes import normalize_quote
from tests.compare.build import Draft, story


def told(quote_a, quote_b, speaker_a, speaker_b, lang="id", after_a="", after_b=""):
    """Two articles quoting one statement; each names its speaker after the quote unless
    ``after_*`` says what follows the quote instead."""
    verb = "kata" if lang == "id" else "said"
    after_a = after_a or f"{verb} {speaker_a}"
    after_b = after_b or f"{verb} {speaker_b}"
    a = Draft(f"“{quote_a},” {after_a}.", "a.com", lang)
    b = Draft(f"“{quote_b},” {after_b}.", "b.com", lang)
    for draft, quote, speaker in ((a, quote_a, speaker_a), (b, quote_b, speaker_b)):
        draft.mention("quote", quote, normalized=normalize_quote(quote), qualifier=speaker)
        if speaker in draft.text:
            draft.mention("person", speaker)
    return speakers.check(story(a, b), 0, 1)


PLAN_FAILED = "Rencana tersebut gagal setelah pelaku terlihat oleh jemaah"
REBUILD = "We will rebuild the bridge before the winter comes"


def test_one_quote_two_named_speakers_is_an_error():
    found = told(PLAN_FAILED, PLAN_FAILED, "Kompol Budi Santoso", "Ipda Rina Wulandari")
    assert [(f.kind, f.field, f.severity) for f in found] == [("conflict", "who", "error")]
    assert [(f.a.value, f.b.value) for f in found] == [
        ("Kompol Budi Santoso", "Ipda Rina Wulandari")
    ]


def test_one_quote_two_named_speakers_in_english_is_an_error():
    found = told(REBUILD, REBUILD, "Mayor Ana Ortiz", "Governor Tom Lee", lang="en")
    assert [(f.kind, f.field, f.severity) for f in found] == [("conflict", "who", "error")]


def test_one_speaker_named_two_ways_is_not():
    assert told(PLAN_FAILED, PLAN_FAILED, "Budi Santoso", "Budi") == []
    assert told(REBUILD, REBUILD, "Ana Ortiz", "Ortiz", lang="en") == []


def test_a_speaker_carried_over_from_an_earlier_paragraph_is_not_compared():
    found = told(REBUILD, REBUILD, "Mayor Ortiz", "Governor Lee", lang="en", after_b="he added")
    assert found == []
    found = told(
        PLAN_FAILED, PLAN_FAILED, "Kompol Budi Santoso", "Ipda Rina Wulandari", after_b="katanya"
    )
    assert found == []


def test_two_different_statements_are_not_compared():
    found = told(
        PLAN_FAILED,
        "Kami akan menambah stok di gudang Bulog pekan depan",
        "Budi Santoso",
        "Rina Wulandari",
    )
    assert found == []
