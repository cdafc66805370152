"""quote-date on hand-made quotes and attributions."""

from factdiff.compare.rules import quote_dates
from factdiff.extract.quotes import normalize_quote
from tests.compare.build import Draft, story

QUOTE = "Langkah ini merupakan bagian dari komitmen kami untuk memastikan setiap cabor resmi"


def told(after_a, day_a, value_a, after_b, day_b, value_b, quote=QUOTE, lang="id"):
    drafts = []
    for source, after, day, value in (
        ("a.com", after_a, day_a, value_a),
        ("b.com", after_b, day_b, value_b),
    ):
        d = Draft(f"“{quote},” {after}.", source, lang)
        d.mention("quote", quote, normalized=normalize_quote(quote), qualifier="Jadi")
        d.mention("date", day, normalized=value, unit="day")
        drafts.append(d)
    return [
        (f.kind, f.field, f.a.value, f.b.value) for f in quote_dates.check(story(*drafts), 0, 1)
    ]


def test_one_statement_dated_to_two_days_is_a_conflict():
    assert told(
        "kata Jadi dalam keterangannya, Selasa (17/6/2025)",
        "Selasa (17/6/2025)",
        "2025-06-17",
        "kata Jadi dalam keterangan resmi, Rabu (18/6/2025)",
        "Rabu (18/6/2025)",
        "2025-06-18",
    ) == [("conflict", "when", "Selasa (17/6/2025)", "Rabu (18/6/2025)")]
    quote = "We will not raise prices for our customers before the end of the year"
    assert told(
        "she said in a statement on June 16",
        "June 16",
        "2025-06-16",
        "she said on June 17",
        "June 17",
        "2025-06-17",
        quote=quote,
        lang="en",
    ) == [("conflict", "when", "June 16", "June 17")]


def test_the_same_day_or_the_day_an_outlet_quoted_it_is_no_conflict():
    assert (
        told(
            "kata Jadi, Rabu (18/6/2025)",
            "Rabu (18/6/2025)",
            "2025-06-18",
            "kata Jadi, Rabu (18/6)",
            "Rabu (18/6)",
            "--06-18",
        )
        == []
    )
    assert (
        told(
            "kata Jadi dalam keterangan tertulis, Rabu (18/6/2025)",
            "Rabu (18/6/2025)",
            "2025-06-18",
            "ujar Jadi dalam keterangan resmi, dikutip Jumat (20/6/2025)",
            "Jumat (20/6/2025)",
            "2025-06-20",
        )
        == []
    )


def test_two_different_statements_are_not_dated_against_each_other():
    a = Draft("“Harga beras naik karena kemarau panjang,” kata Budi, Selasa (17/6/2025).", "a.com")
    b = Draft(
        "“Kami akan menambah stok di gudang pekan depan,” kata Rina, Rabu (18/6/2025).", "b.com"
    )
    for d, quote, day, value in (
        (a, "Harga beras naik karena kemarau panjang", "Selasa (17/6/2025)", "2025-06-17"),
        (b, "Kami akan menambah stok di gudang pekan depan", "Rabu (18/6/2025)", "2025-06-18"),
    ):
        d.mention("quote", quote, normalized=normalize_quote(quote))
        d.mention("date", day, normalized=value, unit="day")
    assert quote_dates.check(story(a, b), 0, 1) == []
