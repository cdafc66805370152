"""Each kind of finding on small stories of our own, and the same fact written two ways left
alone, in Indonesian and in English."""

from __future__ import annotations

from pathlib import Path

from factdiff.pipeline import CheckOptions, check

ID_A = """Jokowi dan Anwar Bahas Perdagangan

JAKARTA, kompas.com - Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Bogor pada Senin (8/1/2024).

Sebanyak 12 nota kesepahaman ditandatangani kedua pemimpin dalam pertemuan tersebut.

Jokowi kemudian akan melanjutkan kunjungan kerja ke Jawa Barat untuk meninjau proyek kereta cepat.

“Kerja sama ini sangat penting bagi kedua negara dan rakyat kita,” kata Jokowi.

Kedua pemimpin juga membahas nasib 2,7 juta pekerja migran di Kuala Lumpur.
"""

ID_B = """detik.com - Presiden Jokowi bertemu Perdana Menteri Malaysia Anwar Ibrahin di Bandung pada Senin (8/1).

Sebanyak 10 nota kesepahaman ditandatangani kedua pemimpin dalam pertemuan tersebut.

Jokowi kemudian akan melanjutkan kunjungan kerja ke Jawa untuk meninjau proyek kereta cepat.

“Kerja sama ini penting sekali bagi kedua negara dan rakyat kita,” ujar Joko Widodo.

Baca Juga: Jokowi Resmikan Tol Baru

Editor : Budi
"""

EN_A = """Biden and Kishida Agree on Chip Curbs

WASHINGTON (Reuters) - President Joe Biden met Japanese Prime Minister Fumio Kishida in Tokyo on Tuesday, May 23, 2023, the White House said.

The summit opened on May 19, 2023 with more than 300 officials from both countries.

"We are deeply committed to a free and open region," Biden told reporters.

Kishida later flew to Southeast Asia for talks on shipping.

Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing. Blinken praised Qin Gang as a partner.
"""

EN_B = """example.com - US President Biden met Prime Minister Fumio Kishida in Osaka on Tuesday, May 23.

The summit opened on May 21, 2023 with about 300 officials from both countries.

"We are committed to a free and open region," Biden told reporters.

Kishida later flew to Asia for talks on shipping.

Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. Blinken praised Wang Yi as a partner.

Read more: Biden heads to Hiroshima
"""


def findings_of(make_story, a: str, b: str, name: str):
    """Every finding of two articles, omissions included (they are off by default)."""
    folder = make_story({"a.txt": a, "b.txt": b}, name)
    return check([folder], CheckOptions(omissions=True)).findings


def pair_findings(make_story, a: str, b: str, name: str):
    """The findings of two articles told as one story, in a folder of its own: articles this
    short share too few names to be grouped into one story without one."""
    folder = make_story({"a.txt": a, "b.txt": b}, f"{name}/story")
    return check([folder.parent]).findings


def told_both_ways(make_story, a: str, b: str, right, wrong):
    """The findings of ``a`` with the template ``b`` filled in twice: with ``right``, telling
    the same facts, and with ``wrong``, one of them changed (a value, or a tuple of them)."""
    right, wrong = (v if isinstance(v, tuple) else (v,) for v in (right, wrong))
    return (
        pair_findings(make_story, a, b.format(*right), "same"),
        pair_findings(make_story, a, b.format(*wrong), "other"),
    )


def where_told_both_ways(make_story, a: str, b: str, right, wrong):
    """told_both_ways for a place: nothing on the place with ``right``; the (kind, value a,
    value b) of the place findings with ``wrong``."""
    same, found = told_both_ways(make_story, a, b, right, wrong)
    assert not [f for f in same if f.field == "where"]
    return [(f.kind, f.a.value, f.b.value) for f in found if f.field == "where"]


def described(findings):
    return [(f.kind, f.field, f.a.value, f.b.value) for f in findings]


def pairs(findings, kind):
    return {(f.a.value, f.b.value) for f in findings if f.kind == kind}


def test_indonesian_story_finds_each_kind(make_story):
    found = findings_of(make_story, ID_A, ID_B, "jokowi-anwar")
    assert ("Anwar Ibrahim", "Anwar Ibrahin") in pairs(found, "spelling")
    assert ("Jawa Barat", "Jawa") in pairs(found, "specificity")
    assert ("Bogor", "Bandung") in pairs(found, "conflict")
    numbers = [f for f in found if f.kind == "conflict" and f.a.value.startswith("Sebanyak 12")]
    assert numbers and numbers[0].b.value.startswith("Sebanyak 10")
    quotes = [f for f in found if f.kind == "quote"]
    assert len(quotes) == 1 and "sangat penting" in quotes[0].a.value
    omitted = [f for f in found if f.kind == "omission"]
    assert any("Kuala Lumpur" in f.a.value for f in omitted)
    assert all(f.severity == "info" for f in omitted)


def test_indonesian_story_leaves_the_same_fact_alone(make_story):
    found = findings_of(make_story, ID_A, ID_B, "jokowi-anwar")
    values = {v for f in found for v in (f.a.value, f.b.value)}
    # a date with and without its year; a short and a full name; furniture of page B
    assert not [f for f in found if f.field == "when"]
    assert "Jokowi" not in values and "Joko Widodo" not in values
    assert not any("Tol Baru" in (v or "") or v == "Budi" for v in values)
    # one speaker under two names is not a speaker conflict
    assert not [f for f in found if f.kind == "conflict" and f.field == "who"]


def test_english_story_finds_each_kind(make_story):
    found = findings_of(make_story, EN_A, EN_B, "biden-kishida")
    assert ("Tokyo", "Osaka") in pairs(found, "conflict")
    dates = [f for f in found if f.field == "when" and f.kind == "conflict"]
    assert [(f.a.value, f.b.value) for f in dates] == [("May 19, 2023", "May 21, 2023")]
    assert ("Southeast Asia", "Asia") in pairs(found, "specificity")
    assert ("more than 300 officials", "about 300 officials") in pairs(found, "specificity")
    assert len([f for f in found if f.kind == "quote"]) == 1
    who = [f for f in found if f.kind == "conflict" and f.field == "who"]
    # B swaps the two ministers in both sentences
    assert {(f.a.value, f.b.value) for f in who} == {
        ("Wang Yi", "Qin Gang"),
        ("Qin Gang", "Wang Yi"),
    }


def test_english_story_leaves_the_same_fact_alone(make_story):
    found = findings_of(make_story, EN_A, EN_B, "biden-kishida")
    values = {v for f in found for v in (f.a.value, f.b.value)}
    assert "Biden" not in values and "Joe Biden" not in values
    assert not any("Hiroshima" in (v or "") for v in values)
    assert not [f for f in found if "May 23" in (f.a.value or "") + (f.b.value or "")]


def test_a_day_inside_a_range_is_no_other_date(make_story):
    a = "Delegasi Indonesia menghadiri KTT G20 di Rio de Janeiro pada 18-19 November 2024."
    b = "Delegasi Indonesia menghadiri KTT G20 di Rio de Janeiro pada 18 November 2024."
    assert not [f for f in findings_of(make_story, a, b, "range") if f.field == "when"]
    c = "Delegasi Indonesia menghadiri KTT G20 di Rio de Janeiro pada 21 November 2024."
    dates = [f for f in findings_of(make_story, a, c, "range2") if f.field == "when"]
    assert [(f.a.value, f.b.value) for f in dates] == [("18-19 November 2024", "21 November 2024")]


def test_amounts_and_counts_however_written(make_story):
    lead = "Hendra Wijaya, Direktur Utama PT Sinar Abadi, ditahan di Rutan Salemba. "
    a = lead + "Kerugian negara Rp 1,5 triliun. Penyidik sudah memeriksa 45 saksi."
    b = lead + "Kerugian negara Rp1,2 triliun. Penyidik sudah memeriksa 54 orang saksi."
    found = findings_of(make_story, a, b, "amounts")
    assert ("Rp 1,5 triliun", "Rp1,2 triliun") in pairs(found, "conflict")
    assert ("45 saksi", "54 orang saksi") in pairs(found, "conflict")
    same = b.replace("Rp1,2", "Rp1,5").replace("54", "45")
    assert not [f for f in findings_of(make_story, a, same, "amounts2") if f.kind == "conflict"]


STORM_AP = """Tornadoes kill at least 12 across the South

JACKSON, Miss. (AP) — Tornadoes tore through Mississippi and Alabama on Friday night, killing at least 12 people and injuring dozens, officials said Saturday.

Gov. Tate Reeves declared a state of emergency for 17 counties. "Our hearts are broken," Reeves said in a statement.

The National Weather Service said the strongest tornado had winds of 170 mph (274 kph).

The storms left about 40,000 homes without power, according to PowerOutage.us.
"""

STORM_REUTERS = """At least 12 dead after tornadoes hit Mississippi, Alabama

March 25 (Reuters) - At least 12 people were killed when tornadoes swept across Mississippi and Alabama late on Friday, authorities said on Saturday.

Mississippi Governor Tate Reeves declared a state of emergency in 17 counties. "Our hearts are broken," Reeves wrote on Twitter.

The U.S. National Weather Service said the strongest twister packed winds of 170 miles per hour.

Some 40,000 homes were without electricity, according to tracking website PowerOutage.us.
"""


def test_wire_rewrites_of_one_story_agree(make_story):
    # titles ("Gov.", "Mississippi Governor"), a unit converted in parentheses, "170 mph" and
    # "170 miles per hour", "the U.S. National Weather Service", a dateline without a city
    assert findings_of(make_story, STORM_AP, STORM_REUTERS, "storm") == ()
    found = findings_of(
        make_story, STORM_AP, STORM_REUTERS.replace("17 counties", "71 counties"), "storm2"
    )
    assert ("17 counties", "71 counties") in pairs(found, "conflict")


def test_one_article_alone_has_no_cross_source_findings(make_story):
    folder = make_story({"a.txt": ID_A}, "alone")
    assert check([folder]).findings == ()


def test_identical_articles_have_no_findings(make_story):
    folder = make_story(
        {"a.txt": EN_A, "b.txt": EN_A.replace("WASHINGTON (Reuters)", "example.com")}
    )
    assert check([folder]).findings == ()


STORIES = Path(__file__).parent / "data" / "stories"


def test_outlet_style_pages_give_exactly_the_real_discrepancies():
    """Two stories written in the style of real outlets (Kompas/Detik, Reuters/AP), page
    furniture included, each with known discrepancies and many facts told alike."""
    result = check([STORIES], CheckOptions(jobs=1))
    found = sorted(
        (f.story, f.kind, f.field, f.a.value, f.b.value)
        for f in result.findings
        if f.severity != "info"
    )
    assert found == sorted(
        [
            ("banjir-html", "conflict", "what", "350 warga", "530 warga"),
            ("court", "conflict", "what", "$8bn", "$10 billion"),
            ("dpr", "conflict", "what", "105 anggota", "150 anggota"),
            ("fire", "conflict", "what", "nearly four hours", "nearly five hours"),
            ("quake", "conflict", "what", "Sebanyak 362 orang", "sebanyak 326 orang"),
            ("quake", "conflict", "when", "Rabu (23/11/2022)", "Selasa (22/11/2022)"),
        ]
    )
    infos = [f for f in result.findings if f.severity == "info"]
    assert {f.kind for f in infos} <= {"omission", "specificity", "quote"} and len(infos) <= 5
    # one statement told with other function words ("untuk" / "bagi", "to think" / "to be
    # thinking") or with the name a pronoun stands for ("He" / "Sam Bankman-Fried") is worth
    # a look; in another house style ("stabilize" / "stabilise") or cut short it is the same
    # words said
    told = {(f.story, f.severity) for f in result.findings if f.kind == "quote"}
    assert told == {("banjir-html", "info"), ("fed", "info"), ("court", "info")}
    sources = {a.source.casefold() for s in result.stories for a in s.articles}
    expected = {
        "ap",
        "reuters",
        "detik",
        "kompas.com",
        "bbc",
        "cnbc",
        "cnn indonesia",
        "tempo.co",
        "oakland herald",
        "kron",
        "detik.com",
        "theguardian.com",
    }
    assert sources == expected
    # the English wire story and the Indonesian one tell the same facts: nothing to report
    assert [s.name for s in result.stories if s.name == "quake-en-id"] == ["quake-en-id"]
    # an HTML page: its headline, caption, related links and navigation are not prose
    html = next(f for f in result.findings if f.story == "banjir-html")
    assert html.a.path.endswith("a.html") and html.a.value == "350 warga"
    assert "350 warga" in html.a.sentence
    quote = next(f for f in result.findings if f.story == "court" and f.kind == "quote")
    assert quote.b.sentence.endswith("U.S. Attorney Damian Williams said.")
    published = {a.source.casefold(): a.published for s in result.stories for a in s.articles}
    assert str(published["kompas.com"]) == "2022-11-22" and str(published["detik"]) == "2022-11-22"


def test_an_actor_only_one_source_names_on_the_same_fact(make_story):
    a = (
        "JAKARTA, kompas.com - Presiden Joko Widodo bertemu Perdana Menteri India Narendra Modi "
        "di Istana Bogor pada Senin (8/1/2024) untuk membahas perdagangan.\n"
    )
    b = (
        "detik.com - Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Istana "
        "Bogor pada Senin (8/1/2024) untuk membahas perdagangan.\n"
    )
    found = findings_of(make_story, a, b, "story")
    assert [(f.kind, f.field, f.severity, f.a.value, f.b.value) for f in found] == [
        ("conflict", "who", "warning", "Narendra Modi", "Fumio Kishida")
    ]
    english = (
        "WASHINGTON (AP) - Secretary of State Antony Blinken met Indian Foreign Minister "
        "Subrahmanyam Jaishankar in Washington on Monday to discuss trade.\n"
    )
    other = english.replace("(AP)", "(Reuters)").replace(
        "Indian Foreign Minister Subrahmanyam Jaishankar", "Japanese Foreign Minister Yoko Kamikawa"
    )
    found = findings_of(make_story, english, other, "en")
    assert described(found) == [("conflict", "who", "Subrahmanyam Jaishankar", "Yoko Kamikawa")]


def test_a_title_that_names_is_the_same_person_with_or_without_it(make_story):
    a = (
        "LONDON, kompas.com - Presiden Joko Widodo bertemu Charles III di Istana Buckingham "
        "pada Senin (8/1/2024) untuk membahas perdagangan.\n"
    )
    b = (
        "detik.com - Presiden Joko Widodo bertemu Raja Charles di Istana Buckingham pada Senin "
        "(8/1/2024) untuk membahas perdagangan.\n"
    )
    assert findings_of(make_story, a, b, "story") == ()
    other = b.replace("Raja Charles", "Pangeran William")
    found = findings_of(make_story, a, other, "other")
    assert described(found) == [("conflict", "who", "Charles III", "Pangeran William")]


def test_an_election_ticket_written_two_ways_is_the_same_pair(make_story):
    a = (
        "JAKARTA, KOMPAS.com - Pasangan calon nomor urut 2, Prabowo Subianto-Gibran Rakabuming "
        "Raka, memperoleh elektabilitas 52 persen dalam survei LSI pada Senin (15/1/2024).\n\n"
        '"Elektabilitas Prabowo-Gibran terus naik," ujar Direktur Eksekutif LSI Djayadi Hanan.\n'
    )
    b = (
        "Jakarta - Prabowo-Gibran meraih elektabilitas 52 persen dalam survei LSI pada Senin "
        "(15/1/2024), kata Direktur Eksekutif LSI Djayadi Hanan.\n\n"
        "Prabowo Subianto dan Gibran Rakabuming Raka belum menanggapi hasil survei.\n"
    )
    assert findings_of(make_story, a, b, "story") == ()
    other = b.replace("52 persen", "25 persen", 1)
    found = findings_of(make_story, a, other, "other")
    assert described(found) == [("conflict", "what", "52 persen", "25 persen")]


def test_a_figure_misread_in_a_reworded_sentence_is_found(make_story):
    a = (
        "Nov 20 (Reuters) - Nvidia forecast revenue above estimates on Wednesday.\n\n"
        "Third-quarter revenue rose 94% to $35.08 billion, the Santa Clara, California-based "
        "company said.\n"
    )
    b = (
        "SANTA CLARA, Calif. - Nvidia reported third-quarter results on Wednesday that beat "
        "analysts' expectations, with revenue up 94% from a year earlier to {}.\n"
    )
    same, found = told_both_ways(make_story, a, b, "$35.08 billion", "$35.8 billion")
    assert not [f for f in same if f.kind == "conflict"]
    assert [(f.kind, f.a.value, f.b.value) for f in found if f.kind == "conflict"] == [
        ("conflict", "$35.08 billion", "$35.8 billion")
    ]


def test_the_injured_and_where_they_were_taken_however_the_clause_runs(make_story):
    """One outlet's first verb is "mengalami" ("suffered"), the other's "dirawat" ("were
    treated"); both say where, and "orang lainnya" / "other people" still count people."""
    id_a = (
        "Subang (ANTARA) - Sebuah bus yang mengangkut rombongan pelajar SMK Lingga Kencana "
        "Depok terguling di Jalan Raya Ciater, Kabupaten Subang, Sabtu (11/5/2024) malam. "
        "Sebanyak 11 orang tewas.\n\n"
        "Sebanyak 53 orang lainnya mengalami luka-luka dan dirawat di rumah sakit di Subang.\n"
    )
    id_b = (
        "TEMPO.CO, Bandung - Bus yang membawa siswa SMK Lingga Kencana Depok terguling di "
        "Jalan Raya Ciater, Subang, pada Sabtu malam, 11 Mei 2024. Sebanyak 11 orang tewas.\n\n"
        "Sebanyak {} orang lainnya luka-luka dan dirawat di rumah sakit di {}.\n"
    )
    en_a = (
        "JAKARTA (Reuters) - A bus carrying students from Depok crashed near Ciater in West "
        "Java on Saturday night, killing 11 people, police said.\n\n"
        "Another 53 people were injured and taken to hospitals in Subang.\n"
    )
    en_b = (
        "A bus carrying students from Depok overturned near Ciater in West Java on Saturday "
        "night, killing 11 people, according to police.\n\n"
        "Some {} other people were injured and treated at hospitals in {}.\n"
    )
    for lang, a, b, same, other in (
        ("id", id_a, id_b, ("53", "Subang"), ("35", "Bandung")),
        ("en", en_a, en_b, ("53", "Subang"), ("35", "Bandung")),
    ):
        kept = pair_findings(make_story, a, b.format(*same), f"{lang}-same")
        assert not [f for f in kept if f.kind == "conflict"], lang
        changed = pair_findings(make_story, a, b.format(*other), f"{lang}-other")
        conflicts = [f for f in changed if f.kind == "conflict"]
        assert sorted((f.field, f.b.value) for f in conflicts) == [
            ("what", "Sebanyak 35 orang" if lang == "id" else "Some 35 other people"),
            ("where", "Bandung"),
        ], lang


def test_a_quote_cut_short_is_nothing_and_a_negation_left_out_inside_is_a_warning(make_story):
    a = (
        "NEW YORK (AP) - Judge Lewis Kaplan sentenced Sam Bankman-Fried to 25 years in prison "
        'on Thursday. "{}," Kaplan said.\n'
    )
    b = (
        "Judge Lewis Kaplan jailed Sam Bankman-Fried for 25 years at a court in New York on "
        'Thursday. "{}," Judge Kaplan said.\n'
    )
    whole = "There is a risk that this man will do something very bad, and it is not a trivial risk"
    cases = {
        "There is a risk that this man will do something very bad": [],
        "There is a risk that this man will do something very bad, and it is a trivial risk": [
            "warning"
        ],
    }
    for n, (quoted, severity) in enumerate(cases.items()):
        found = pair_findings(make_story, a.format(quoted), b.format(whole), f"q{n}")
        quotes = [f for f in found if f.kind == "quote"]
        assert [f.severity for f in quotes] == severity, quoted


def test_another_minute_for_the_same_goal_is_a_conflict(make_story):
    a = (
        "JAKARTA, KOMPAS.com - Timnas Indonesia mengalahkan Arab Saudi 2-0 di Stadion Utama "
        "Gelora Bung Karno, Selasa (19/11/2024).\n\n"
        "Dua gol Indonesia dicetak oleh Marselino Ferdinan pada menit ke-32 dan ke-57.\n"
    )
    b = (
        "Jakarta - Timnas Indonesia menumbangkan Arab Saudi dengan skor 2-0 di SUGBK, Selasa "
        "(19/11) malam.\n\n"
        "Marselino Ferdinan mencetak dua gol, masing-masing pada menit ke-32 dan ke-{}.\n"
    )
    same, found = told_both_ways(make_story, a, b, 57, 75)
    assert not [f for f in same if f.kind == "conflict"]
    assert [(f.a.value, f.b.value) for f in found if f.kind == "conflict"] == [("ke-57", "ke-75")]


def test_a_minute_ranked_is_not_a_count_of_minutes(make_story):
    """ "the 47th minute" and "two minutes after the restart" are the same goal told two ways;
    the 87th minute against the 86th is another."""
    a = (
        "BERLIN (AP) - Spain beat England 2-1 in the Euro 2024 final on Sunday.\n\n"
        "Nico Williams gave Spain the lead in the 47th minute.\n\n"
        "Mikel Oyarzabal scored the winner in the 86th minute.\n"
    )
    b = (
        "Spain beat England 2-1 in the Euro 2024 final in Berlin on Sunday.\n\n"
        "Nico Williams gave Spain the lead two minutes after the restart.\n\n"
        "Mikel Oyarzabal scored the winner in the {} minute.\n"
    )
    same, found = told_both_ways(make_story, a, b, "86th", "87th")
    assert not [f for f in same if f.kind == "conflict"]
    assert [(f.a.value, f.b.value) for f in found if f.kind == "conflict"] == [("86th", "87th")]


def test_a_name_with_and_without_accents_is_one_and_troops_are_soldiers(make_story):
    a = (
        "VALENCIA, Spain (AP) - The death toll from floods in eastern Spain rose to 205 on "
        "Friday. Prime Minister Pedro Sánchez said {} soldiers would be sent to help.\n"
    )
    b = (
        "The number of people killed by floods in eastern Spain has risen to 205, officials "
        "said on Friday. Spain's prime minister, Pedro Sanchez, said {} troops would be "
        "deployed.\n"
    )
    same = pair_findings(make_story, a.format("1,200"), b.format("1,200"), "same")
    assert same == ()
    found = pair_findings(make_story, a.format("1,200"), b.format("2,100"), "other")
    assert described(found) == [("conflict", "what", "1,200 soldiers", "2,100 troops")]


def test_state_losses_up_to_one_figure_and_reaching_another_differ(make_story):
    """ "hingga" before an amount is how Indonesian news gives the amount itself ("losses
    reaching Rp 300 trillion"), not an upper bound that any smaller figure agrees with."""
    a = (
        "JAKARTA, KOMPAS.com - Majelis hakim menjatuhkan vonis 6 tahun 6 bulan penjara kepada "
        "Harvey Moeis, Senin (23/12/2024).\n\n"
        "Kasus korupsi tata niaga timah ini disebut merugikan negara hingga Rp 300 triliun.\n"
    )
    b = (
        "Jakarta, CNN Indonesia -- Hakim memvonis Harvey Moeis dengan pidana 6 tahun 6 bulan "
        "penjara pada Senin (23/12).\n\n"
        "Kerugian negara dalam kasus korupsi timah ini disebut mencapai Rp {} triliun.\n"
    )
    same, found = told_both_ways(make_story, a, b, 300, 271)
    assert not [f for f in same if f.kind == "conflict"]
    assert [(f.a.value, f.b.value) for f in found if f.kind == "conflict"] == [
        ("hingga Rp 300 triliun", "mencapai Rp 271 triliun")
    ]


def test_two_jails_or_two_prisons_for_one_detention_are_a_conflict(make_story):
    """Facilities the gazetteer cannot know are still places of one kind when their names
    begin (Indonesian) or end (English) with the same word for it."""
    a = (
        "JAKARTA, KOMPAS.com - Kejaksaan Agung menetapkan Harvey Moeis sebagai tersangka kasus "
        "korupsi timah, Rabu (27/3/2024).\n\n"
        "Harvey kemudian ditahan selama 20 hari di Rutan Salemba cabang Kejagung.\n"
    )
    b = (
        "Liputan6.com, Jakarta - Kejaksaan Agung menetapkan Harvey Moeis sebagai tersangka "
        "korupsi timah pada Rabu, 27 Maret 2024.\n\n"
        "Usai ditetapkan tersangka, Harvey langsung ditahan 20 hari di Rutan {}.\n"
    )
    # the tagger may read the branch's whole name ("Rutan Salemba cabang Kejagung")
    [(kind, salemba, cipinang)] = where_told_both_ways(make_story, a, b, "Salemba", "Cipinang")
    assert (kind, cipinang) == ("conflict", "Rutan Cipinang")
    assert salemba.startswith("Rutan Salemba")
    a = (
        "LONDON (AP) - Julian Assange was taken to Belmarsh Prison on Thursday after his "
        "arrest at the Ecuadorian embassy.\n"
    )
    b = "Julian Assange was taken to {} Prison on Thursday after his arrest at the embassy.\n"
    assert where_told_both_ways(make_story, a, b, "Belmarsh", "Wandsworth") == [
        ("conflict", "Belmarsh Prison", "Wandsworth Prison")
    ]


def test_one_airport_against_another_though_one_side_names_the_origin_too(make_story):
    """ "A flight from Bangkok crashed at Gimpo International Airport, killing 177 of the 181
    people on board" against Muan and 179 people: the origin is another place, the airport
    faces the airport; 177 of the people on board counts people."""
    a = (
        "MUAN, Dec. 29 (Yonhap) -- A Jeju Air plane carrying 181 people crashed while landing "
        "at Muan International Airport on Sunday, killing 179 people.\n"
    )
    b = (
        "A Jeju Air flight from Bangkok crashed while landing at {} International Airport on "
        "Sunday, killing {} of the 181 people on board.\n"
    )
    same, found = told_both_ways(make_story, a, b, ("Muan", 179), ("Gimpo", 177))
    assert not [f for f in same if f.kind == "conflict"]
    assert sorted((f.field, f.a.value, f.b.value) for f in found if f.kind == "conflict") == [
        ("what", "179 people", "177"),
        ("where", "Muan International Airport", "Gimpo International Airport"),
    ]


def test_one_facility_named_more_or_less_fully_is_one_place(make_story):
    for lang, a, b, right, wrong in (
        (
            "en",
            "WASHINGTON (AP) - The plane landed safely at Reagan National Airport on Monday, "
            "officials said.\n",
            "The plane landed safely at {} Airport on Monday, officials said.\n",
            "Ronald Reagan Washington National",
            "Dulles International",
        ),
        (
            "id",
            "JAKARTA, KOMPAS.com - Pesawat itu mendarat darurat di Bandara Soekarno-Hatta pada "
            "Senin (8/1/2024).\n",
            "Jakarta - Pesawat tersebut mendarat darurat di Bandara {}, Senin (8/1/2024).\n",
            "Internasional Soekarno-Hatta",
            "Halim Perdanakusuma",
        ),
    ):
        found = where_told_both_ways(make_story, a, b, right, wrong)
        assert [kind for kind, *_ in found] == ["conflict"], lang


def test_counts_are_charges_and_a_date_abbreviated_in_a_quote_is_house_style(make_story):
    a = (
        "NEW YORK (AP) - A New York jury found Donald Trump guilty of all 34 charges on "
        "Thursday.\n\n"
        '"The real verdict is going to be Nov. 5 by the people," Trump said.\n'
    )
    b = (
        "Donald Trump was found guilty by a New York jury on Thursday on all {} felony "
        "counts.\n\n"
        '"The real verdict is going to be November 5th by the people," Trump said.\n'
    )
    same, found = told_both_ways(make_story, a, b, 34, 32)
    assert not [f for f in same if f.severity != "info"]
    assert not [f for f in same if f.kind == "quote"]  # house style: the same words said
    assert [(f.a.value, f.b.value) for f in found if f.kind == "conflict"] == [
        ("34 charges", "32 felony counts")
    ]


def test_two_towns_for_one_epicentre_are_a_conflict(make_story):
    """Towns too small for the gazetteer's places still have a kind once the text calls them
    places, and two places after the same word ("timur laut") of strongly aligned facts are
    one place told two ways, though the verbs differ ("mencatat" / "terletak")."""
    a = (
        "JAKARTA, KOMPAS.com - Gempa bumi magnitudo 6,5 mengguncang laut utara Jawa Timur pada "
        "Jumat (22/3/2024).\n\n"
        "BMKG mencatat pusat gempa berada di laut pada jarak 130 kilometer timur laut Tuban "
        "dengan kedalaman 10 kilometer.\n"
    )
    b = (
        "Jakarta - Gempa magnitudo 6,5 mengguncang perairan utara Jawa Timur pada Jumat "
        "(22/3).\n\n"
        "Menurut BMKG, pusat gempa terletak di laut 130 km timur laut {} pada kedalaman 10 km.\n"
    )
    assert where_told_both_ways(make_story, a, b, "Tuban", "Lamongan") == [
        ("conflict", "Tuban", "Lamongan")
    ]


ELECTION_AP = (
    "WASHINGTON (AP) - Donald Trump won Pennsylvania on Wednesday, Nov. 6, 2024, securing the "
    "270 electoral votes needed to return to the White House.\n\n"
    "Trump defeated Vice President Kamala Harris after a campaign that focused on the economy "
    "and immigration.\n\n"
    "Harris called Trump to concede on Wednesday afternoon, according to a Harris aide.\n"
)
ELECTION_NYT = (
    "Donald J. Trump was elected president of the United States early on Wednesday, Nov. 6, "
    "after winning Pennsylvania and its 19 electoral votes.\n\n"
    "Mr. Trump defeated Ms. Harris in a race dominated by the economy and immigration.\n\n"
    "Kamala Harris called Mr. Trump to concede on Wednesday afternoon, an aide said.\n"
)


def test_a_middle_initial_and_two_different_counts_of_one_unit_are_no_findings(make_story):
    """ "Donald J. Trump" and "Donald Trump" align the two facts (else each would be an
    omission); the 270 votes needed and Pennsylvania's 19 are two quantities, not one figure
    told two ways."""
    folder = make_story({"ap.txt": ELECTION_AP, "nyt.txt": ELECTION_NYT}, "election/story")
    assert check([folder.parent]).findings == ()


def test_one_person_two_ages_wherever_each_article_gives_them(make_story):
    en_a = (
        "WASHINGTON (AP) - Donald Trump defeated Vice President Kamala Harris on Wednesday.\n\n"
        "Harris, {}, called Trump to concede on Wednesday afternoon.\n"
    )
    en_b = (
        "Donald J. Trump, 78, defeated Vice President Kamala Harris, {}, on Wednesday.\n\n"
        "Kamala Harris called Mr. Trump to concede on Wednesday afternoon.\n"
    )
    id_a = (
        "JAKARTA, KOMPAS.com - Majelis hakim memvonis Harvey Moeis ({}) dengan 6 tahun 6 "
        "bulan penjara pada Senin (23/12/2024).\n"
    )
    id_b = (
        "Jakarta - Hakim Pengadilan Tipikor memvonis Harvey Moeis, {} tahun, dengan 6 tahun 6 "
        "bulan penjara pada Senin (23/12).\n"
    )
    for lang, a, b, kept, other, severity in (
        ("en", en_a, en_b, ("60", "60"), ("60", "59"), "warning"),
        ("id", id_a, id_b, ("38", "38"), ("38", "48"), "error"),
    ):
        same = pair_findings(make_story, a.format(kept[0]), b.format(kept[1]), lang)
        assert same == (), lang
        changed = pair_findings(make_story, a.format(other[0]), b.format(other[1]), f"{lang}-other")
        found = [(f.field, f.severity, f.a.value, f.b.value) for f in changed]
        b_value = other[1] if lang == "en" else f"{other[1]} tahun"
        assert found == [("who", severity, other[0], b_value)], lang


def test_another_month_for_the_same_meeting_is_a_conflict(make_story):
    a = (
        "ASTANA (Reuters) - Chinese President Xi Jinping met Russian President Vladimir Putin "
        "on Wednesday in Astana.\n\n"
        "The two leaders last met in May, when Putin made a two-day state visit to Beijing.\n"
    )
    b = (
        "Chinese leader Xi Jinping met Russian President Vladimir Putin on Wednesday in "
        "Kazakhstan.\n\n"
        "The two leaders last met in {}, when Putin made a two-day state visit to Beijing.\n"
    )
    same, found = told_both_ways(make_story, a, b, "May", "March")
    assert not [f for f in same if f.kind == "conflict"]
    assert [(f.field, f.a.value, f.b.value) for f in found if f.kind == "conflict"] == [
        ("when", "in May", "in March")
    ]


def test_an_acronym_in_one_article_does_not_hide_a_misspelt_full_name(make_story):
    a = (
        "ASTANA (Reuters) - Xi Jinping met Vladimir Putin on Wednesday at the Shanghai "
        "Cooperation Organisation summit in Astana.\n\nThe SCO, founded in 2001, groups ten "
        "countries.\n"
    )
    b = (
        "Xi Jinping met Vladimir Putin on Wednesday at a summit of the {} Cooperation "
        "Organisation in Astana.\n\nThe SCO, founded in 2001, groups 10 countries.\n"
    )
    same, found = told_both_ways(make_story, a, b, "Shanghai", "Shahghai")
    assert same == ()
    assert [(f.kind, f.a.value, f.b.value) for f in found] == [
        ("spelling", "Shanghai Cooperation Organisation", "Shahghai Cooperation Organisation")
    ]


def test_a_person_each_outlet_names_its_own_way_still_aligns_the_facts(make_story):
    """ "Joko Widodo" in one, "Jokowi" in the other: one person, so the two reworded
    sentences are one fact and the changed count a conflict, not two omissions."""
    a = (
        "CIANJUR, KOMPAS.com - Gempa bermagnitudo 5,6 mengguncang Cianjur pada Senin "
        "(21/11/2022).\n\n"
        "Presiden Joko Widodo meninjau lokasi bencana di Cugenang pada Selasa dan membagikan "
        "500 paket sembako.\n"
    )
    b = (
        "Jakarta - Gempa M 5,6 mengguncang Cianjur, Senin (21/11).\n\n"
        "Pada Selasa (22/11), Presiden Jokowi membagikan {} paket sembako kepada pengungsi.\n"
    )
    same, found = told_both_ways(make_story, a, b, 500, 600)
    assert not [f for f in same if f.severity != "info"]
    assert [(f.kind, f.a.value, f.b.value) for f in found] == [
        ("conflict", "500 paket", "600 paket")
    ]


def test_a_misspelt_name_still_aligns_its_facts(make_story):
    """One outlet misspells the fire chief: the spelling is reported, and her statement is
    still one fact in both, so its other day is a conflict rather than two omissions."""
    a = (
        "Palisades Fire tops 23,000 acres\n\n"
        "Los Angeles Fire Chief Kristin Crowley said on Friday that the city had not been "
        "given enough money to fight fires.\n"
    )
    b = (
        "Los Angeles wildfires\n\n"
        "Fire Chief Kristin {} said on {} that the city had not given her department enough "
        "money to fight fires.\n"
    )
    same, found = told_both_ways(make_story, a, b, ("Crowley", "Friday"), ("Crowly", "Thursday"))
    assert same == ()
    assert {(f.kind, f.a.value, f.b.value) for f in found} == {
        ("spelling", "Kristin Crowley", "Kristin Crowly"),
        ("conflict", "on Friday", "on Thursday"),
    }


def test_english_counts_name_their_noun_last_and_a_city_that_is_also_a_state_conflicts(
    make_story,
):
    """ "22 more Starlink internet satellites" and "23 Starlink satellites" count satellites;
    "gained" is "rose"; New York (a state, and a city) against London is another place."""
    a = (
        "SpaceX launches Starlink satellites\n\n"
        "SpaceX launched 22 more Starlink internet satellites on Tuesday from Florida.\n\n"
        "Alphabet shares rose 3.5% in morning trading in New York.\n"
    )
    b = (
        "Falcon 9 launch\n\n"
        "SpaceX launched {} Starlink satellites on Tuesday from Florida.\n\n"
        "Shares of Alphabet gained 3.5% in morning trading in {}.\n"
    )
    same, found = told_both_ways(make_story, a, b, (22, "New York"), (23, "London"))
    assert same == ()
    assert {(f.kind, f.a.value, f.b.value) for f in found} == {
        ("conflict", "22 more Starlink internet satellites", "23 Starlink satellites"),
        ("conflict", "New York", "London"),
    }


def test_a_brand_is_no_misspelling_of_a_longer_name_it_resembles(make_story):
    """ "SpaceX" is close to the "Space" of "Vandenberg Space Force Base", but only a person's
    lone name is checked against a word of a full name."""
    a = "SpaceX launch\n\nSpaceX founder Elon Musk said the launch went well.\n"
    b = "Falcon 9 launch\n\nElon Musk said the launch from Vandenberg Space Force Base went well.\n"
    found = pair_findings(make_story, a, b, "brand")
    assert not [f for f in found if f.kind == "spelling"]


def test_a_bare_figure_of_a_strongly_aligned_fact_is_compared(make_story):
    """ "The death toll ... rose to 64" / "has risen to 84": no noun is counted, but the
    facts align strongly and the figures are of one size. A phrase that counts nothing
    nearby ("60%, one of the lowest") leaves the number be."""
    a = (
        "Japan quake toll rises\n\n"
        "The death toll from the earthquake that struck Japan's western coast on New Year's "
        "Day rose to 64 on Wednesday, officials said.\n\n"
        "Turnout in the prefecture was about 60%, one of the lowest on record.\n"
    )
    b = (
        "Japan earthquake toll rises\n\n"
        "The death toll from the earthquake that struck Japan's western coast on New Year's "
        "Day rose to {} on Wednesday, officials said.\n\n"
        "Turnout in the prefecture was about {}%, one of the lowest on record.\n"
    )
    same, found = told_both_ways(make_story, a, b, (64, 60), (84, 50))
    assert same == ()
    assert {(f.kind, f.a.value, f.b.value) for f in found} == {
        ("conflict", "64", "84"),
        ("conflict", "about 60%", "about 50%"),
    }


def test_indonesian_officials_after_their_province_and_a_date_told_by_another_verb(make_story):
    """The tagger sees only the province of "Kepala Pelaksana BPBD Jawa Tengah Bergas
    Catursasi Penanggungan mengatakan": the name before the speech verb is still read, so the
    other outlet's misspelling is found. "jalur Pantura ... lumpuh sejak Sabtu" against
    "Banjir juga membuat jalur Pantura ... lumpuh sejak Jumat" is one fact told with another
    verb: its other day is a conflict."""
    a = (
        "Banjir Demak\n\n"
        "Kepala Pelaksana BPBD Jawa Tengah Bergas Catursasi Penanggungan mengatakan, "
        "ketinggian air di beberapa desa mencapai dua meter.\n\n"
        "Akibat banjir ini, jalur Pantura yang menghubungkan Demak dan Kudus lumpuh total "
        "sejak Sabtu (9/3/2024).\n"
    )
    b = (
        "Tanggul jebol di Demak\n\n"
        "Kalaksa BPBD Jateng Bergas {} Penanggungan menyebut ketinggian air di sejumlah desa "
        "mencapai dua meter.\n\n"
        "Banjir juga membuat jalur Pantura yang menghubungkan Demak dan Kudus lumpuh sejak "
        "{} ({}/3/2024).\n"
    )
    same, found = told_both_ways(
        make_story, a, b, ("Catursasi", "Sabtu", 9), ("Catursari", "Jumat", 8)
    )
    assert not [f for f in same if f.severity != "info"]
    assert {(f.kind, f.a.value, f.b.value) for f in found if f.severity != "info"} == {
        ("spelling", "Bergas Catursasi Penanggungan", "Bergas Catursari Penanggungan"),
        ("conflict", "Sabtu (9/3/2024)", "Jumat (8/3/2024)"),
    }


def test_a_figure_or_name_changed_inside_a_quote_is_the_quotes_to_report(make_story):
    a = (
        "Kepala Dinas Sosial Rudi Hartono meninjau pengungsi di Garut. "
        '"Bantuan untuk 45 keluarga di Cikajang kami kirim hari ini," kata Rudi Hartono.\n'
    )
    b = (
        "Kepala Dinas Sosial Rudi Hartono meninjau pengungsi di Garut. "
        '"Bantuan untuk 54 keluarga di Cikajnag kami kirim hari ini," kata Rudi Hartono.\n'
    )
    found = findings_of(make_story, a, b, "story")
    assert [f.kind for f in found if f.severity != "info"] == ["quote"]


def test_a_score_faces_the_other_outlets_score_whatever_noun_follows(make_story):
    a = (
        "PITTSBURGH (AP) - The Pittsburgh Steelers cruised to a 34-6 win over the Houston "
        "Texans on Monday night at Heinz Field, coach Mike Tomlin said.\n"
    )
    b = a.replace("(AP)", "(Reuters)").replace("34-6 win", "34-7 victory")
    found = [f for f in findings_of(make_story, a, b, "score") if f.severity != "info"]
    assert described(found) == [("conflict", "what", "6", "7")]
    same = a.replace("(AP)", "(Reuters)").replace("34-6 win", "34-6 victory")
    assert [f for f in findings_of(make_story, a, same, "same") if f.severity != "info"] == []


def test_a_figure_after_a_part_in_its_sentence_tells_of_that_part(make_story):
    a = (
        "SAN DIEGO (Reuters) - Broadcom raised its hostile bid for Qualcomm on March 5, 2018.\n\n"
        "The new bid represents $82 per Qualcomm share, up from a previous offer of $70 a share, "
        "and was said to be 50 percent higher than the share price before the bid was proposed "
        "in November.\n"
    )
    b = (
        "SAN DIEGO (AP) - Broadcom raised its hostile bid for Qualcomm on March 5, 2018.\n\n"
        "As in the previous offer, Broadcom would acquire all outstanding shares of Qualcomm for "
        "$60 per share in cash. But this new approach includes $22 per share in Broadcom stock, "
        "where the previous offer was $10.\n"
    )
    result = check([make_story({"a.txt": a, "b.txt": b}, "parts")], CheckOptions(stories="folders"))
    assert [len(story.articles) for story in result.stories] == [2]
    found = [f for f in result.findings if f.severity != "info"]
    # the $10 is the stock of the previous offer, not the offer's $70 (a warning before)
    assert not any({f.a.value, f.b.value} & {"$10", "$22"} for f in found), described(found)
