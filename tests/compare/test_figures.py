"""figure-conflict on hand-made articles: figures of one quantity in sentences built
differently, paired by the words around them (factdiff/compare/measures.py)."""

from factdiff.compare import measures
from factdiff.compare.rules import figures
from tests.compare.build import Draft, story


def article(text, figures_, source, lang):
    """A draft with its figures marked: (surface, value, unit, qualifier)."""
    d = Draft(text, source, lang)
    for surface, value, unit, *qualifier in figures_:
        d.mention("number", surface, normalized=value, unit=unit, qualifier="".join(qualifier))
    return d


def found(a_text, a_figures, b_text, b_figures, lang="en"):
    ctx = story(
        article(a_text, a_figures, "a.com", lang), article(b_text, b_figures, "b.com", lang)
    )
    return [(f.severity, f.a.value, f.b.value) for f in figures.check(ctx, 0, 1)]


def test_one_offer_told_two_ways_in_sentences_built_differently_is_a_warning():
    assert found(
        "The board rejected Acme's original $90 million takeover approach last year.",
        [("$90 million", "90000000", "$")],
        "Months ago Acme made an initial $85 million offer to merge the two firms.",
        [("$85 million", "85000000", "$")],
    ) == [("warning", "$90 million", "$85 million")]


def test_the_price_of_one_car_told_two_ways_in_indonesian_is_a_warning():
    assert found(
        "Kalau dirupiahkan, harganya sekitar Rp 3 miliar.",
        [("Rp 3 miliar", "3000000000", "rp", "~")],
        "Mobil itu dibanderol mulai Rp 2,4 miliar sebelum pajak.",
        [("Rp 2,4 miliar", "2400000000", "rp")],
        lang="id",
    ) == [("warning", "Rp 3 miliar", "Rp 2,4 miliar")]


def test_an_earlier_offer_and_a_later_one_are_two_true_figures():
    assert (
        found(
            "The board rejected the initial $90 million offer.",
            [("$90 million", "90000000", "$")],
            "The new $110 million offer was announced on Monday.",
            [("$110 million", "110000000", "$")],
        )
        == []
    )
    assert (
        found(
            "Penawaran awal senilai Rp 9 miliar ditolak.",
            [("Rp 9 miliar", "9000000000", "rp")],
            "Penawaran baru senilai Rp 12 miliar diumumkan Senin.",
            [("Rp 12 miliar", "12000000000", "rp")],
            lang="id",
        )
        == []
    )


def test_a_change_told_in_one_sentence_is_never_paired():
    assert (
        found(
            "The firm raised its offer from $70 million to $82 million on Friday.",
            [("$70 million", "70000000", "$"), ("$82 million", "82000000", "$")],
            "Its $75 million offer was turned down.",
            [("$75 million", "75000000", "$")],
        )
        == []
    )


def test_two_figures_of_one_clause_that_measure_two_named_things_are_each_alone():
    # from earnings to a loss: the earnings figure faces the other source's earnings
    assert found(
        "The charge will push the bank from an estimated $1.9 billion in earnings for the "
        "quarter to a likely loss of around $3 billion.",
        [("$1.9 billion", "1900000000", "$"), ("$3 billion", "3000000000", "$", "~")],
        "The bank had been expected to post quarterly net income of $2.07 billion.",
        [("$2.07 billion", "2070000000", "$")],
    ) == [("warning", "$1.9 billion", "$2.07 billion")]
    assert found(
        "Perusahaan itu berbalik dari laba Rp 2 triliun menjadi rugi Rp 5 triliun.",
        [("Rp 2 triliun", "2000000000000", "rp"), ("Rp 5 triliun", "5000000000000", "rp")],
        "Tahun lalu perusahaan mencatat laba bersih Rp 3 triliun.",
        [("Rp 3 triliun", "3000000000000", "rp")],
        lang="id",
    ) == [("warning", "Rp 2 triliun", "Rp 3 triliun")]


def test_a_figure_that_could_answer_either_of_two_is_left_alone():
    assert (
        found(
            "The $40 million offer was rejected.",
            [("$40 million", "40000000", "$")],
            "A $45 million offer came first. A rival $50 million offer followed.",
            [("$45 million", "45000000", "$"), ("$50 million", "50000000", "$")],
        )
        == []
    )


def test_figures_whose_sentences_name_different_companies_are_two_deals():
    def deal(text, figure, value, name, source):
        d = article(text, [(figure, value, "$")], source, "en")
        d.mention("organization", name)
        return d

    apart = story(
        deal("Acme's $40 million purchase of Beta closed.", "$40 million", "40000000", "Beta", "a"),
        deal(
            "Delta's $45 million purchase of Gamma closed.", "$45 million", "45000000", "Gamma", "b"
        ),
    )
    assert figures.check(apart, 0, 1) == []
    one = story(
        deal("Acme's $40 million purchase of Beta closed.", "$40 million", "40000000", "Beta", "a"),
        deal("The $45 million acquisition of Beta closed.", "$45 million", "45000000", "Beta", "b"),
    )
    assert [f.severity for f in figures.check(one, 0, 1)] == ["warning"]


def test_a_rough_figure_agrees_with_one_near_it_and_a_lone_shared_word_is_worth_a_look():
    assert (
        found(
            "The deal is worth about $100 million, the company said.",
            [("about $100 million", "100000000", "$", "~")],
            "The deal is worth $98 million.",
            [("$98 million", "98000000", "$")],
        )
        == []
    )
    assert found(
        "Some 40 percent of voters stayed home, the survey found.",
        [("40 percent", "40", "%")],
        "Pollsters said 45 percent of voters backed him.",
        [("45 percent", "45", "%")],
    ) == [("info", "40 percent", "45 percent")]


def test_a_frame_is_the_clause_around_a_figure_with_measure_synonyms_folded():
    def told(text):
        d = article(text, [("$90 million", "90000000", "$")], "a.com", "en").extraction()
        return d, d.mentions[0]

    approach = told("Oil prices fell, and the original $90 million approach was rejected.")
    bid = told("Oil prices fell, and the $90 million bid was rejected.")
    assert measures.frame(*approach) == measures.frame(*bid)  # "prices" is another clause
    assert measures.stage(*approach) == "earlier" and measures.stage(*bid) == ""
    assert measures.measured(measures.frame(*bid))  # a bid is an offer


def test_a_figure_told_as_a_part_is_never_the_whole():
    assert (
        found(
            "The new offer of $82 a share was announced on Monday.",
            [("$82", "82", "$")],
            "But the new offer includes $22 a share in stock.",
            [("$22", "22", "$")],
        )
        == []
    )
    assert (
        found(
            "Nilai kontrak itu Rp 9 miliar.",
            [("Rp 9 miliar", "9000000000", "rp")],
            "Nilai kontrak itu termasuk Rp 2 miliar untuk pajak.",
            [("Rp 2 miliar", "2000000000", "rp")],
            lang="id",
        )
        == []
    )


def test_a_count_in_a_long_clause_keeps_the_state_it_counts():
    assert found(
        "A further 18 people are thought to be in a critical condition and more than 50 "
        "children were taken to hospital after the attack at around 10.30pm last night.",
        [("18 people", "18", "peopl"), ("more than 50 children", "50", "children", ">")],
        "Forty-two people were in critical condition, a local newspaper said.",
        [("Forty-two people", "42", "peopl")],
    ) == [("warning", "18 people", "Forty-two people")]  # the attack's hour is not the count's


def test_a_figure_told_as_of_a_time_of_day_is_only_worth_a_look():
    assert found(
        "Acme shares fell 1.5 percent at 9:34 a.m., traders said.",
        [("1.5 percent", "1.5", "%")],
        "Acme shares fell 4.3 percent at mid-afternoon.",
        [("4.3 percent", "4.3", "%")],
    ) == [("info", "1.5 percent", "4.3 percent")]


def test_a_conversion_beside_a_figure_is_part_of_its_frame():
    assert found(
        "Harganya sekitar Rp 7 miliar.",
        [("Rp 7 miliar", "7000000000", "rp", "~")],
        "Mobil itu dibanderol €390.000 atau sekitar Rp 5,5 miliar.",
        [("€390.000", "390000", "€"), ("Rp 5,5 miliar", "5500000000", "rp", "~")],
        lang="id",
    ) == [("warning", "Rp 7 miliar", "Rp 5,5 miliar")]


def test_a_count_of_one_kind_named_by_a_synonymous_phrase_is_paired():
    assert found(
        "Pameran akan diikuti 15 merek kendaraan roda dua dan lebih dari 100 merek pendukung.",
        [("15 merek", "15", "merek"), ("lebih dari 100 merek", "100", "merek", ">")],
        "Di antaranya 40 merek mobil penumpang, 16 merek sepeda motor, dan ratusan pemasok.",
        [("40 merek", "40", "merek"), ("16 merek", "16", "merek")],
        lang="id",
    ) == [("warning", "15 merek", "16 merek")]


def test_the_words_between_two_figures_are_shared_out_at_a_connector():
    d = article(
        "Profit fell from an estimated $1.9 billion in earnings to a likely loss of $3 billion.",
        [("$1.9 billion", "1900000000", "$"), ("$3 billion", "3000000000", "$")],
        "a.com",
        "en",
    ).extraction()
    earnings, loss = d.mentions
    assert "loss" not in measures.frame(d, earnings) and "loss" in measures.frame(d, loss)
    assert measures.measured(measures.frame(d, earnings))  # earnings, not the loss's


def test_ages_and_names_after_a_figure_are_not_counted_nouns():
    assert (
        found(
            "A 70-year-old man was among the victims, police said.",
            [("70-year", "70", "year")],
            "A 17-year-old man was among the victims, police said.",
            [("17-year", "17", "year")],
        )
        == []
    )
    assert (
        found(
            "The rocket uses three Falcon 9 cores bolted together.",
            [("three Falcon", "3", "falcon")],
            "The rocket uses two Falcon 9 cores bolted together.",
            [("two Falcon", "2", "falcon")],
        )
        == []
    )
