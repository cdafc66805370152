"""name-spelling on hand-made names."""

from factdiff.compare.rules import spelling
from tests.compare.build import Draft, story


def pair(text_a: str, name_a: str, text_b: str, name_b: str, type_: str = "person", lang="id"):
    a, b = Draft(text_a, "a.com", lang), Draft(text_b, "b.com", lang)
    a.mention(type_, name_a)
    b.mention(type_, name_b)
    return spelling.check(story(a, b), 0, 1)


def test_a_misspelt_organization_is_one_name_spelt_two_ways():
    found = pair(
        "KTT Organisasi Kerjasama Shanghai digelar.",
        "KTT Organisasi Kerjasama Shanghai",
        "KTT Organisasi Kerjasama Shahai digelar.",
        "KTT Organisasi Kerjasama Shahai",
        "organization",
    )
    assert [(f.kind, f.a.value, f.b.value) for f in found] == [
        ("spelling", "KTT Organisasi Kerjasama Shanghai", "KTT Organisasi Kerjasama Shahai")
    ]
    assert found[0].rule == "name-spelling" and found[0].severity == "warning"


def test_an_english_first_name_misspelt():
    found = pair(
        "Prime Minister Manuel Valls spoke.",
        "Manuel Valls",
        "Prime Minister Manual Valls spoke.",
        "Manual Valls",
        lang="en",
    )
    assert [(f.a.value, f.b.value, f.field) for f in found] == [
        ("Manuel Valls", "Manual Valls", "who")
    ]


def test_a_short_form_accents_and_another_name_are_no_misspelling():
    assert not pair("Xi Jinping tiba.", "Xi Jinping", "Xi tiba.", "Xi")
    assert not pair("Pedro Sánchez said.", "Pedro Sánchez", "Pedro Sanchez said.", "Pedro Sanchez")
    assert not pair("Joko Widodo tiba.", "Joko Widodo", "Jokowi tiba.", "Jokowi")
    assert not pair("Budi Santoso tiba.", "Budi Santoso", "Rina Wulandari tiba.", "Rina Wulandari")


def test_two_places_that_both_exist_are_no_misspelling():
    assert not pair("Ia tiba di Austria.", "Austria", "Ia tiba di Australia.", "Australia", "place")


def test_derived_forms_regional_spelling_and_glued_words_are_no_misspelling():
    assert not pair(
        "North Korea fired.", "North Korea", "North Korean fired.", "North Korean", "place", "en"
    )
    assert not pair(
        "Kennedy Space Centre.",
        "Kennedy Space Centre",
        "Kennedy Space Center.",
        "Kennedy Space Center",
        "place",
        "en",
    )
    assert not pair(
        "Bahlil Lahadalia tiba.",
        "Bahlil Lahadalia",
        "Bahlil Lahadaliayang tiba.",
        "Bahlil Lahadaliayang",
    )
    assert not pair("the Euro rose.", "Euro", "Europe rose.", "Europe", "place", "en")


def test_a_person_is_never_a_place_misspelt():
    a, b = Draft("Mr Mains spoke.", "a.com", "en"), Draft("They went to Maine.", "b.com", "en")
    a.mention("person", "Mains")
    b.mention("place", "Maine")
    assert not spelling.check(story(a, b), 0, 1)


def test_an_article_writing_a_name_both_ways_is_told_against_the_source_that_writes_it_once():
    a = Draft("Boko Haram menyerang. Boko Harm mundur.", "a.com")
    b = Draft("Boko Haram menyerang desa.", "b.com")
    a.mention("organization", "Boko Haram")
    a.mention("organization", "Boko Harm")
    b.mention("organization", "Boko Haram")
    ctx = story(a, b)
    found = spelling.check(ctx, 0, 1)
    assert [(f.a.value, f.b.value, f.a.source, f.b.source) for f in found] == [
        ("Boko Harm", "Boko Haram", "a.com", "b.com")
    ]
    assert not spelling.check_article(ctx, 0)  # the cross-source finding says it


def test_a_name_written_two_ways_in_one_article_only():
    a = Draft("Prajogo Pangestu datang. Prajogo Pangestu bicara. Prajogo Pengestu pergi.", "a.com")
    for nth in (0, 1):
        a.mention("person", "Prajogo Pangestu", nth)
    a.mention("person", "Prajogo Pengestu")
    b = Draft("Harga saham naik.", "b.com")
    found = spelling.check_article(story(a, b), 0)
    assert [(f.a.value, f.b.value, f.a.path == f.b.path) for f in found] == [
        ("Prajogo Pengestu", "Prajogo Pangestu", True)
    ]
    assert found[0].severity == "warning" and found[0].rule == "name-spelling-internal"


def test_a_word_split_in_two_warns_but_two_words_run_together_do_not():
    split = pair("The Skylab fell.", "Skylab", "The Sky Lab fell.", "Sky Lab", "organization", "en")
    glued = pair(
        "Anooshe Mushtaq said.",
        "Anooshe Mushtaq",
        "AnoosheMushtaq said.",
        "AnoosheMushtaq",
        lang="en",
    )
    assert [f.severity for f in split] == ["warning"]
    assert not [f for f in glued if f.severity != "info"]


def test_a_one_word_name_split_at_its_inner_capital_warns():
    # the story writes "PayPal" in two outlets; one of them, once, "Pay Pal"
    own = Draft("PayPal froze the funds. PayPal said so. Pay Pal later agreed.", "a.com", "en")
    other = Draft("PayPal froze the account on Monday.", "b.com", "en")
    assert runs(own, other) == [("name-spelling-internal", "Pay Pal", "PayPal")]
    # an outlet that writes it split only is told against the others
    drafts = (Draft("PayPal setuju.", "a.com"), Draft("PayPal menolak.", "b.com"))
    third = Draft("Tokopedia dan Pay Pal bekerja sama.", "c.com")
    found = runs(*drafts, third)
    assert found == [("name-spelling", "PayPal", "Pay Pal"), ("name-spelling", "PayPal", "Pay Pal")]
    assert {f.severity for f in spelling.check(story(*drafts, third), 0, 2)} == {"warning"}


def test_a_split_the_story_does_not_vouch_for_is_left_alone():
    # glue where a link was: the whole form is one article's, the split one the common form
    glued = Draft("Kata PresidenPrabowo di Istana.", "a.com")
    prose = Draft("Presiden Prabowo hadir. Presiden Prabowo bicara.", "b.com")
    assert not runs(glued, prose)
    # a particle apart or joined is the bearer's way
    assert not runs(
        Draft("DeLuca won. DeLuca smiled.", "a.com", "en"),
        Draft("DeLuca lost.", "b.com", "en"),
        Draft("Then De Luca spoke.", "c.com", "en"),
    )
    # glue in two outlets, the name glued on tagged by itself
    twice = [Draft(f"Kata PresidenPrabowo di {city}.", f"{city}.com") for city in ("Bogor", "Solo")]
    named = Draft("Presiden Prabowo hadir.", "c.com")
    named.mention("person", "Prabowo")
    assert not runs(*twice, named)
    # two articles split it: a style, not one writer's slip; a hyphen is house style
    assert not runs(
        Draft("PayPal setuju. PayPal bicara.", "a.com"),
        Draft("Pay Pal menolak.", "b.com"),
        Draft("Pay Pal diam.", "c.com"),
    )
    assert not runs(Draft("BfmTv and BfmTv.", "a.com", "en"), Draft("Bfm-Tv said.", "b.com", "en"))


def test_an_organisation_named_with_another_preposition():
    found = runs(
        Draft("The Global Council for the Arctic Sea met in Oslo.", "a.com", "en"),
        Draft("The Global Council of the Arctic Sea met on Monday.", "b.com", "en"),
    )
    assert found == [
        ("name-spelling", "Global Council for the Arctic Sea", "Global Council of the Arctic Sea")
    ]
    own = Draft(
        "Komisi untuk Orang Hilang melapor. Kata Komisi bagi Orang Hilang, datanya lengkap.",
        "a.com",
    )
    assert runs(own) == [
        ("name-spelling-internal", "Komisi bagi Orang Hilang", "Komisi untuk Orang Hilang")
    ]
    # a place after the name is no part of it
    assert not runs(
        Draft("The Security Council in New York voted.", "a.com", "en"),
        Draft("The Security Council at New York voted.", "b.com", "en"),
    )
    # an office is no organisation: "Minister of / for" is a country's style
    assert not runs(
        Draft("The Minister of Foreign Affairs spoke.", "a.com", "en"),
        Draft("The Minister for Foreign Affairs spoke.", "b.com", "en"),
    )


def test_a_word_of_a_registered_company_name_in_the_other_number():
    a = Draft("Saham PT Sinar Harapan Plastics Tbk naik.", "a.com")
    b = Draft("Sinar Harapan Plastic membeli pabrik.", "b.com")
    a.mention("organization", "PT Sinar Harapan Plastics Tbk")
    b.mention("organization", "Sinar Harapan Plastic")
    found = spelling.check(story(a, b), 0, 1)
    assert [(f.a.value, f.b.value, f.severity) for f in found] == [
        ("PT Sinar Harapan Plastics Tbk", "Sinar Harapan Plastic", "warning")
    ]
    # a product's plural: no legal form says the name is a company's
    c = Draft("The Tesla Roadster flew.", "a.com", "en")
    d = Draft("Two Tesla Roadsters were built.", "b.com", "en")
    c.mention("organization", "Tesla Roadster")
    d.mention("organization", "Tesla Roadsters")
    assert not spelling.check(story(c, d), 0, 1)


def test_a_name_with_an_inner_capital_and_its_first_letter_in_the_other_case():
    own = Draft("Pendiri eFishery hadir. Kata pendiri EFishery, tambak tumbuh.", "a.com")
    assert runs(own) == [("name-spelling-internal", "EFishery", "eFishery")]
    found = runs(
        Draft("The astronomer Carla deVries said so.", "a.com", "en"),
        Draft("The astronomer Carla DeVries agreed.", "b.com", "en"),
    )
    assert found == [("name-spelling", "deVries", "DeVries")]


def test_a_capital_by_grammar_or_headline_is_no_case_slip():
    # a sentence's first word, and a headline's words, are capitalised by style
    assert not runs(Draft("EFishery tumbuh. Kata pendiri eFishery, tambak besar.", "a.com"))
    assert not runs(
        Draft("Carla deVries spoke.", "a.com", "en", title="Astronomer Carla DeVries Speaks")
    )
    # a house style that drops the inner capital is not read
    assert not runs(Draft("Video YouTube dan video Youtube.", "a.com"))


def stray(text_a: str, text_b: str, name_b: str, type_: str = "place", lang="en"):
    """Side a's name is not tagged (the tagger missed it); side b's is."""
    a, b = Draft(text_a, "a.com", lang), Draft(text_b, "b.com", lang)
    b.mention(type_, name_b)
    return [(f.a.value, f.b.value) for f in spelling.check(story(a, b), 0, 1)]


def test_an_untagged_word_one_letter_from_a_tagged_name_is_that_name_misspelt():
    assert stray(
        "The missile was fired from the capital Pyongang early on Friday.",
        "The missile was fired from Pyongyang early on Friday.",
        "Pyongyang",
    ) == [("Pyongang", "Pyongyang")]
    assert stray(
        "The crowd cheered Timberake's return to the stage.",
        "Justin Timberlake returned to the stage.",
        "Justin Timberlake",
        "person",
    ) == [("Timberake", "Justin Timberlake")]
    assert stray(
        "Pelaku ditangkap di Kabupaten Padang Parimana, Sumbar.",
        "Pelaku ditangkap di Padang Pariaman.",
        "Padang Pariaman",
        lang="id",
    ) == [("Parimana", "Padang Pariaman")]


def test_a_long_word_opening_a_sentence_may_misspell_a_name():
    assert stray(
        "Oaklad Fire Chief Damon Covington said crews arrived early.",
        "Oakland Fire Chief Damon Covington said crews arrived early.",
        "Oakland",
    ) == [("Oaklad", "Oakland")]
    assert stray(
        "Pyongang menembakkan rudal itu pada Jumat pagi.",
        "Korea Utara menembakkan rudal dari Pyongyang pada Jumat pagi.",
        "Pyongyang",
        lang="id",
    ) == [("Pyongang", "Pyongyang")]


def test_an_untagged_word_is_no_misspelling_when_it_is_a_word_opens_a_sentence_or_is_shared():
    # a word of the dictionary, though written with a capital ("Shinto" / "Shinzo")
    assert stray("He visited a Shinto shrine.", "Shinzo Abe spoke.", "Shinzo Abe", "person") == []
    # a short word opening a sentence is capitalised by grammar, and tells little
    assert stray("Seoal is near. The capital.", "It fell near Seoul.", "Seoul") == []
    # a word the other article writes too is its own word, not a slip
    assert (
        stray(
            "Officials in Pyongang and Pyongyang spoke.", "Pyongang is near Pyongyang.", "Pyongyang"
        )
        == []
    )
    # one letter in a short word is another name
    assert stray("She met Cole in Paris.", "She met Coke executives.", "Coke", "organization") == []


def test_an_untagged_word_written_less_often_than_the_name_in_one_article():
    text = (
        "Kapolres Padang Pariaman menangkap pelaku. Warga Padang Pariaman lega. "
        "Kepolisian Resor Padang Parimana menyebut pelaku berusia 25 tahun."
    )
    d = Draft(text, "a.com")
    d.mention("place", "Padang Pariaman")
    found = spelling.check_article(story(d), 0)
    assert [(f.rule, f.a.value, f.b.value) for f in found] == [
        ("name-spelling-internal", "Parimana", "Padang Pariaman")
    ]


def test_a_short_form_is_not_told_against_the_full_name_it_stands_for():
    d = Draft("Muhammad Shohibul Fikri menang. Fikri senang. Muhammad Shihibul Fikri pulang.")
    d.mention("person", "Muhammad Shohibul Fikri")
    d.mention("person", "Fikri", canonical="Muhammad Shihibul Fikri")
    d.mention("person", "Muhammad Shihibul Fikri")
    found = spelling.check_article(story(d), 0)
    assert [(f.a.value, f.b.value) for f in found] == [
        ("Muhammad Shihibul Fikri", "Muhammad Shohibul Fikri")
    ]


def untagged(a: str, b: str, lang: str = "id") -> list[tuple[str, str]]:
    """Two articles in which no tagger saw a name."""
    ctx = story(Draft(a, "a.com", lang), Draft(b, "b.com", lang))
    return [(f.a.value, f.b.value) for f in spelling.check(ctx, 0, 1)]


def test_two_untagged_words_one_letter_apart_are_one_name_misspelt():
    assert untagged(
        "Polisi menangkap SJ alias Juhanda di rumahnya.",
        "Polisi menangkap tersangkapembunuhanSatria Johanda di rumahnya.",
    ) == [("Juhanda", "Johanda")]
    assert untagged(
        "The suspect, named by police as Kowalczyk, was held.",
        "Police held Kovalczyk, a local man, on Friday.",
        "en",
    ) == [("Kowalczyk", "Kovalczyk")]


def test_untagged_words_short_two_edits_apart_or_shared_are_left_alone():
    # six letters: one letter tells two names apart ("Rashed" / "Rashid")
    assert untagged("Laga di Isa Bin Rashed Hall.", "Laga di Isa Bin Rashid Hall.") == []
    # two letters changed
    assert untagged("Police named Kowalczyk.", "Police named Kovalcsyk.", "en") == []
    # a word both articles write is no slip, whatever the other writes too
    assert untagged("Police named Kowalczyk and Kovalczyk.", "Police named Kovalczyk.", "en") == []


def runs(*drafts: Draft) -> list[tuple[str, str, str]]:
    """Every finding of the spelling rules on articles in which no tagger saw a name: each
    article's own, then each pair's."""
    ctx = story(*drafts)
    found = [f for i in range(len(drafts)) for f in spelling.check_article(ctx, i)]
    found += [
        f
        for i in range(len(drafts))
        for j in range(i + 1, len(drafts))
        for f in spelling.check(ctx, i, j)
    ]
    return [(f.rule, f.a.value, f.b.value) for f in found]


def test_a_run_of_capitalised_words_written_two_ways_in_one_article():
    # "Electric" is a word no tagger takes for a name: the run around it is the evidence
    club = Draft(
        "Ia pernah membela Jakarta Electric PLN di ajang Proliga. Klubnya: Bogor Unitas, "
        "Jakarta Elektric PLN, dan Tokyo Sunbeams.",
        "a.com",
    )
    assert runs(club, Draft("Ia pensiun tahun ini.", "b.com")) == [
        ("name-spelling-internal", "Jakarta Elektric PLN", "Jakarta Electric PLN")
    ]
    fund = Draft(
        "The Harbour Foundation gave $5 million. A spokesman for the Harbour Fondation said "
        "more would follow.",
        "a.com",
        "en",
    )
    assert runs(fund) == [("name-spelling-internal", "Harbour Fondation", "Harbour Foundation")]
    # a capital with an accent opens a run too
    school = Draft(
        "Émile Durkheim wrote it; Émile Durkheim taught; Émile Durkhiem died.", "a.com", "en"
    )
    assert runs(school) == [("name-spelling-internal", "Émile Durkhiem", "Émile Durkheim")]


def test_a_name_in_the_prose_against_the_title_of_its_own_article():
    a = Draft(
        "Emiten milik konglomerat Prajogo Pengestu ini akan melantai di bursa.",
        "a.com",
        title="Perusahaan Prajogo Pangestu Bakal IPO",
    )
    found = spelling.check_article(story(a), 0)
    assert [(f.a.value, f.b.value) for f in found] == [("Prajogo Pengestu", "Prajogo Pangestu")]
    assert (found[0].b.line, found[0].b.column) == (1, 12)  # the title's line and column
    assert found[0].b.sentence == "Perusahaan Prajogo Pangestu Bakal IPO"


def test_a_run_once_against_the_form_other_sources_write():
    verge = Draft("Tiangong-1, or “Heavenly Place”, was China's first station.", "a.com", "en")
    others = [
        Draft(f"The Tiangong-1 or “Heavenly Palace” lab {tail}.", f"{name}.com", "en")
        for name, tail in (("b", "was launched in 2011"), ("c", "hosted astronauts"))
    ]
    assert runs(verge, *others) == [  # one finding a pair; grouping makes them one
        ("name-spelling", "Heavenly Place", "Heavenly Palace"),
        ("name-spelling", "Heavenly Place", "Heavenly Palace"),
    ]


def test_runs_that_are_no_slip_are_left_alone():
    # two words of the language once each: no form is the common one
    assert not runs(
        Draft("Tiangong-1, or “Heavenly Place”, fell.", "a.com", "en"),
        Draft("Tiangong-1, or “Heavenly Palace”, fell.", "b.com", "en"),
    )
    # six letters: two transliterations ("Rashed" / "Rashid"), not a slip
    assert not runs(Draft("Laga di Isa Bin Rashed Hall dan Isa Bin Rashid Hall."))
    # two craft, not one misspelt; a possessive against a plural
    assert not runs(Draft("Soyuz TMA-11M docked before Soyuz TMA-15M left.", "a.com", "en"))
    assert not runs(
        Draft("The Tesla Roadster’s top speed beat other Tesla Roadsters.", "a.com", "en")
    )
    # the shared neighbour is a function word: "The" says nothing of the name
    assert not runs(
        Draft("The Palace was closed. The Place was open. The Palace reopened.", "a.com", "en")
    )
    # a first word capitalised by grammar is no neighbour ("Awalnya", "Kemudian")
    assert not runs(
        Draft("Kemudian Pemerintah bicara. Kemudian Pemerintahan baru dilantik.", "a.com")
    )


def test_runs_the_user_calls_aliases_are_left_alone():
    a = Draft("Ia membela Jakarta Electric PLN.", "a.com")
    b = Draft("Ia membela Jakarta Elektric PLN.", "b.com")
    assert runs(a, b) == [("name-spelling", "Jakarta Electric PLN", "Jakarta Elektric PLN")]
    ctx = story(a, b, aliases=(frozenset({"jakarta electric pln", "jakarta elektric pln"}),))
    assert not spelling.check(ctx, 0, 1)


def test_an_apostrophe_moved_inside_a_name():
    # the same letters, the apostrophe after another of them: a letter slipped across it
    assert runs(
        Draft("The programme began with Change’1 in 2007.", "a.com", "en"),
        Draft("It began in 2007 with Chang’e 1, a lunar orbiter.", "b.com", "en"),
    ) == [("name-spelling", "Change’1", "Chang’e 1")]
    assert runs(
        Draft("Wakil Presiden Ma’ruf Amin hadir. Mar’uf Amin lalu berpidato.", "a.com"),
        Draft("Presiden hadir di Jakarta.", "b.com"),
    ) == [("name-spelling-internal", "Mar’uf Amin", "Ma’ruf Amin")]


def test_an_apostrophe_where_it_was_is_no_slip():
    # a hyphen, a space or none before the number is house style
    assert not runs(
        Draft("Chang'e-5 will land.", "a.com", "en"), Draft("Chang'e 5 will land.", "b.com", "en")
    )
    # a possessive is no apostrophe of the name
    assert not runs(
        Draft("The Roadsters’ owners met.", "a.com", "en"),
        Draft("The Roadster’s owner met.", "b.com", "en"),
    )


def test_a_name_ending_in_s_written_with_an_apostrophe():
    assert runs(
        Draft("Overnight, UK bank Barclay’s announced a ban.", "a.com", "en"),
        Draft("On Monday Barclays Bank banned the cards.", "b.com", "en"),
    ) == [("name-spelling", "Barclay’s", "Barclays")]
    # one of the two is wrong, whichever: an editor checks it
    assert runs(
        Draft("Sainsbury’s menutup gerainya.", "a.com"),
        Draft("Gerai Sainsburys di London ditutup.", "b.com"),
    ) == [("name-spelling", "Sainsbury’s", "Sainsburys")]
    # told once when a run of words tells it too
    assert runs(
        Draft("Peritel Sainsbury’s menutup gerainya.", "a.com"),
        Draft("Peritel Sainsburys menutup gerainya di London.", "b.com"),
    ) == [("name-spelling", "Peritel Sainsbury’s", "Peritel Sainsburys")]


def test_a_possessive_is_no_slip():
    # the name without the "s" is written: "’s" is its possessive
    assert not runs(
        Draft("Prince William’s visit ended. Prince William left.", "a.com", "en"),
        Draft("Serena Williams won the final.", "b.com", "en"),
    )
    # a word of the language: grammar, not a name
    assert not runs(
        Draft("Crowds gathered on New Year’s Eve.", "a.com", "en"),
        Draft("Crowds gathered on New Years Eve.", "b.com", "en"),
    )
    # an article writing both ways is not told against the other
    assert not runs(
        Draft("Barclay’s announced a ban; Barclays said more.", "a.com", "en"),
        Draft("Barclays Bank banned the cards.", "b.com", "en"),
    )
