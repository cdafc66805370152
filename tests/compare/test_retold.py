"""figure-retold on hand-made articles: a paraphrase beside a quote with another figure."""

from factdiff.compare.rules import retold
from tests.compare.build import Draft, story


def retelling(text, told, quoted, lang="id", unit="tanya", said=None):
    """One article: ``told`` (surface, value) outside the quote ``said``, ``quoted`` inside."""
    d = Draft(text, "a.com", lang)
    d.mention("quote", said)
    for surface, value, *qualifier in (told, quoted):
        d.mention("number", surface, normalized=value, unit=unit, qualifier="".join(qualifier))
    return [(f.severity, f.a.value, f.b.value) for f in retold.check(story(d), 0)]


def test_a_paraphrase_with_another_figure_than_its_quote_is_a_warning():
    text = (
        "Dia mengaku dicecar dua pertanyaan oleh penyidik. "
        '"Tadi ada 12 pertanyaan oleh penyidik," ujar Budi.'
    )
    assert retelling(
        text,
        ("dua pertanyaan", "2"),
        ("12 pertanyaan", "12"),
        said="Tadi ada 12 pertanyaan oleh penyidik,",
    ) == [("warning", "dua pertanyaan", "12 pertanyaan")]
    text = 'She said 40 homes burned down. "I watched 14 homes burned down," she said.'
    assert retelling(
        text,
        ("40 homes", "40"),
        ("14 homes", "14"),
        lang="en",
        unit="home",
        said="I watched 14 homes burned down,",
    ) == [("warning", "40 homes", "14 homes")]


def test_figures_followed_by_other_words_or_within_rounding_are_left_alone():
    text = (
        "Dia mengaku dicecar dua pertanyaan soal kredit. "
        '"Tadi ada 12 pertanyaan oleh penyidik," ujar Budi.'
    )
    said = "Tadi ada 12 pertanyaan oleh penyidik,"
    assert retelling(text, ("dua pertanyaan", "2"), ("12 pertanyaan", "12"), said=said) == []
    text = (
        "Dia mengaku dicecar 12 pertanyaan oleh penyidik. "
        '"Tadi ada sekitar 11 pertanyaan oleh penyidik," ujar Budi.'
    )
    said = "Tadi ada sekitar 11 pertanyaan oleh penyidik,"
    assert (
        retelling(text, ("12 pertanyaan", "12"), ("sekitar 11 pertanyaan", "11", "~"), said=said)
        == []
    )


def test_a_quote_far_from_the_figure_is_another_statement():
    text = (
        "Dia mengaku dicecar dua pertanyaan oleh penyidik. "
        + "Pemeriksaan berlangsung lama dan melelahkan bagi semua pihak. " * 12
        + '"Tadi ada 12 pertanyaan oleh penyidik," ujar Budi.'
    )
    said = "Tadi ada 12 pertanyaan oleh penyidik,"
    assert retelling(text, ("dua pertanyaan", "2"), ("12 pertanyaan", "12"), said=said) == []
