"""quote-wording on hand-made quotes (quote-speaker: test_speakers.py)."""

from factdiff.compare.rules import quotes, speakers
from factdiff.extract.quotes import normalize_quote
from tests.compare.build import Draft, story


def told(quote_a, quote_b, speaker_a="", speaker_b="", lang="id", after_a="", after_b=""):
    """Two articles quoting; each names its speaker after the quote unless ``after_*`` says
    what follows the quote instead."""
    verb = "kata" if lang == "id" else "said"
    after_a = after_a or f"{verb} {speaker_a or 'dia'}"
    after_b = after_b or f"{verb} {speaker_b or 'dia'}"
    a = Draft(f"“{quote_a},” {after_a}.", "a.com", lang)
    b = Draft(f"“{quote_b},” {after_b}.", "b.com", lang)
    for draft, quote, speaker in ((a, quote_a, speaker_a), (b, quote_b, speaker_b)):
        draft.mention("quote", quote, normalized=normalize_quote(quote), qualifier=speaker)
        if speaker and speaker in draft.text:
            draft.mention("person", speaker)
    ctx = story(a, b)
    return quotes.check(ctx, 0, 1), speakers.check(ctx, 0, 1)


def test_a_word_said_instead_of_another_is_a_warning():
    wording, _ = told(
        "Xi akan paling khawatir tentang bagaimana perang akan terjadi",
        "Xi akan paling cemas tentang bagaimana perang akan terjadi",
        "George Magnus",
    )
    assert [(f.kind, f.severity) for f in wording] == [("quote", "warning")]
    assert '"khawatir" / "cemas"' in wording[0].message


def test_a_negation_or_a_number_changed_is_a_warning():
    wording, _ = told(
        "I will not resign from the board this year whatever happens",
        "I will resign from the board this year whatever happens",
        lang="en",
    )
    assert [f.severity for f in wording] == ["warning"]
    wording, _ = told(
        "Kami sudah memeriksa 12 saksi dalam kasus korupsi ini",
        "Kami sudah memeriksa dua saksi dalam kasus korupsi ini",
    )
    assert [f.severity for f in wording] == ["warning"]


def test_spoken_forms_house_spelling_fillers_and_a_cut_are_nothing_function_words_info():
    wording, _ = told(
        "Saudara ingat nggak nomor dari provider dalam negeri yang disimpan di HP",
        "Saudara ingat enggak nomor dariproviderdalam negeri yang disimpan di HP ya",
    )
    assert wording == []
    wording, _ = told(
        "We will stabilize the market and protect jobs in the region",
        "We'll stabilise the market and protect jobs in the region",
        lang="en",
    )
    assert wording == []
    wording, _ = told(
        "There is a risk to growth in the future and it is not trivial",
        "There's a risk to growth in the future",
        lang="en",
    )
    assert wording == []
    wording, _ = told(
        "Kami sudah menyiapkan dapur umum dan tenda darurat untuk warga",
        "Kami sudah menyiapkan dapur umum dan tenda darurat bagi warga",
    )
    assert [f.severity for f in wording] == ["info"]


def test_a_spoken_quote_retold_with_words_added_is_only_info():
    wording, _ = told(
        "Harga beras naik karena musim kemarau panjang tahun ini di Jawa",
        "Harga beras naik karena musim kemarau yang sangat panjang dan hujan tidak turun "
        "tahun ini di Jawa",
    )
    assert [f.severity for f in wording] == ["info"]


def test_a_translated_statement_in_other_words_is_only_info():
    wording, _ = told(
        "Para tentara bayaran ini berupaya mencoreng citra negara melalui aktivitas online",
        "Para tentara bayaran ini berupaya merusak citra negara melalui aktivitas online",
        after_a="kata Garda Revolusi seperti dikutip kantor berita Tasnim",
        after_b="demikian pernyataan Garda Revolusi",
    )
    assert [f.severity for f in wording] == ["info"]


def test_two_different_statements_are_not_compared():
    wording, speaking = told(
        "Harga beras naik karena musim kemarau panjang tahun ini",
        "Kami akan menambah stok di gudang Bulog pekan depan",
        "Budi Santoso",
        "Rina Wulandari",
    )
    assert wording == [] and speaking == []
    wording, _ = told(  # a few common words in common make no statement one
        "We are in mourning for the victims of the crash",
        "We are in contact with the aviation authorities",
        lang="en",
    )
    assert wording == []


def test_a_pronoun_put_as_the_name_it_stands_for_is_no_change():
    wording, _ = told(
        "Kami juga akan terus menyosialisasikan perkembangan kebijakan kepada publik",
        "BGN juga akan terus menyosialisasikan perkembangan kebijakan kepada publik",
    )
    assert [f.severity for f in wording] == ["info"]
    wording, _ = told(
        "We will keep the public informed about every change of the policy",
        "The ministry will keep the public informed about every change of the policy",
        lang="en",
    )
    assert [f.severity for f in wording] == ["info"]


def test_a_quote_begun_at_other_words_is_cut_not_changed():
    wording, _ = told(
        "Presiden dijadwalkan menjalani sejumlah agenda di Rusia. Presiden direncanakan akan "
        "melaksanakan kunjungan kepada Presiden Vladimir Putin",
        "Besok direncanakan akan melaksanakan kunjungan kepada Presiden Vladimir Putin",
    )
    assert wording == []


def test_a_written_statement_with_an_article_added_is_not_a_warning():
    statement = "The release is the outcome of negotiations between the administration and {}"
    wording, _ = told(
        statement.format("Boko Haram, brokered by the Red Cross"),
        statement.format("the Boko Haram, brokered by the Red Cross"),
        lang="en",
        after_a="the spokesman said in a statement",
        after_b="the spokesman said in a statement",
    )
    assert [f.severity for f in wording] in ([], ["info"])


def test_a_written_statement_reworded_around_its_words_is_a_warning():
    # no run of four words in common, but most of the shorter quote's words, in order
    wording, _ = told(
        "Ini menjadi tonggak penting yang membuktikan keberhasilan program efisiensi kami "
        "sepanjang 2024 dan janji kami kepada para nasabah",
        "Hasil ini menunjukkan keberhasilan program efisiensi bank sepanjang 2024 dan "
        "wujud janji kepada nasabah",
        after_a="kata dia dalam keterangan resmi",
        after_b="kata dia dalam keterangan resmi",
    )
    assert [f.severity for f in wording] == ["warning"]
    wording, _ = told(
        "This result confirms the success of our cost plan throughout 2024 and our promise "
        "to customers",
        "The decision shows the success of our cost plan throughout 2024 and is a promise "
        "to our customers",
        lang="en",
        after_a="he said in a statement",
        after_b="he said in a statement",
    )
    assert [f.severity for f in wording] == ["warning"]


def test_three_words_in_common_make_no_statement_one():
    wording, _ = told(
        "Kami akan menambah stok beras di gudang pekan depan",
        "Harga beras di gudang naik karena kemarau tahun ini",
    )
    assert wording == []


def test_each_outlets_own_name_for_one_body_in_a_quote_is_info():
    wording, _ = told(
        "Langkah ini merupakan bagian dari komitmen KOI untuk memastikan setiap cabor resmi",
        "Langkah ini merupakan bagian dari komitmen NOC Indonesia untuk memastikan setiap "
        "cabor resmi",
    )
    assert [f.severity for f in wording] == ["info"]
    # but another person put in the quote, when both articles name both, is a warning
    wording, _ = told(
        "Xi akan paling khawatir tentang perang Putin",
        "Putin akan paling khawatir tentang perang Xi",
    )
    assert [f.severity for f in wording] == ["warning"]


def test_a_contraction_is_no_content_shared():
    wording, speaking = told(
        "It's exciting that he has built this rocket because it's clearly not for satellites",
        "It's just for fun",
        "Leroy Chiao",
        "Elon Musk",
        lang="en",
    )
    assert wording == [] and speaking == []


def test_a_quotation_mark_glued_to_a_word_is_nothing():
    wording, _ = told(
        "The smoke rings require an area of calm water to ‘puff’ out through, which is unusual",
        "The smoke rings require an area of calm water to 'puff' out through, which is unusual",
        lang="en",
    )
    assert wording == []
