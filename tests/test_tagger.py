"""The trained name tagger and the name finder it leads, on sentences of our own whose names
the training data does not contain."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdiff.extract import extract
from factdiff.extract.memory import Memory
from factdiff.extract.tagger import default_tagger, sentence_features, word_views
from factdiff.model import Article
from factdiff.places import gazetteer
from factdiff.train import read_conll, train, training_sentences
from tests.conftest import ROOT

TRAIN = ROOT / "data" / "nergrit" / "train.txt"


@pytest.fixture(scope="module")
def training_words() -> set[str]:
    return {w for words, _ in read_conll(TRAIN) for w in words}


def mentions(text: str, language: str):
    article = Article("t.txt", "s", "t", text, ((0, len(text)),), language=language)
    return extract(article, tagger=default_tagger(language)).mentions


def names(text: str, language: str = "id") -> dict[str, str]:
    found = mentions(text, language)
    for m in found:
        assert text[m.start : m.end] == m.text  # offsets point at the text
    return {m.text: m.type for m in found if m.type in ("person", "organization", "place")}


def test_the_models_ship_in_the_package():
    assert default_tagger("id") is not None and default_tagger("en") is not None
    assert default_tagger("id") is not default_tagger("en")


def test_indonesian_names_unseen_in_training(training_words):
    text = (
        "Menteri Pendidikan Nadiem Makarim meninjau sekolah di Mahakam Ulu bersama "
        "direksi Pertamina, lalu terbang ke Balikpapan."
    )
    for word in ("Nadiem", "Makarim", "Mahakam", "Pertamina"):
        assert word not in training_words
    found = names(text)
    assert found.get("Nadiem Makarim") == "person"
    assert found.get("Pertamina") == "organization"
    assert found.get("Balikpapan") == "place"


def test_sentence_initial_common_words_and_titles_are_left_alone():
    found = names("Kebijakan baru itu diumumkan Gubernur Isran Noor di Samarinda pada pagi hari.")
    assert "Kebijakan" not in " ".join(found)
    assert found.get("Isran Noor") == "person" and "Gubernur Isran Noor" not in found
    found = names("Kunjungan Presiden Gibran Rakabuming ke Surakarta berlangsung singkat.")
    assert not any(name.startswith(("Kunjungan", "Presiden")) for name in found)
    assert found.get("Gibran Rakabuming") == "person"
    assert found.get("Surakarta") == "place"


def test_english_names_by_cues_and_gazetteer():
    text = (
        "Mayor Karen Bass said Los Angeles will host the summit, according to the "
        "Department of Transportation. Officials later flew to Nairobi."
    )
    found = names(text, "en")
    assert found.get("Karen Bass") == "person"
    assert found.get("Los Angeles") == "place"
    assert found.get("Nairobi") == "place"
    assert found.get("Department of Transportation") == "organization"
    assert "Officials" not in found and "Mayor Karen Bass" not in found


def test_training_is_deterministic(tmp_path: Path):
    # the shipped models take minutes to train: scripts/check_models.py retrains them and
    # compares bytes; here, two trainings on a slice of the data give the same files, each
    # in a folder that does not exist yet (crfsuite alone wrote nothing there, silently)
    sentences = training_sentences("en")[:300]
    params = {"c1": 0.15, "c2": 0.3, "max_iterations": 20}
    files = []
    for run in ("one", "two"):
        train(sentences, "en", tmp_path / run / "ner-en.crfsuite", params)
        files.append(
            [(tmp_path / run / f).read_bytes() for f in ("ner-en.crfsuite", "ner-en-memory.json")]
        )
    assert files[0] == files[1]


def test_the_memory_marks_names_it_has_seen_and_the_words_in_them():
    memory = Memory.of(
        [
            (
                ["Gubernur", "Isran", "Noor", "tiba", "di", "Samarinda"],
                ["O", "B-PERSON", "I-PERSON", "O", "O", "B-PLACE"],
            ),
            (
                ["Isran", "Noor", "meresmikan", "Bandara", "APT", "Pranoto"],
                ["B-PERSON", "I-PERSON", "O", "B-PLACE", "I-PLACE", "I-PLACE"],
            ),
            (["Warga", "Samarinda", "menyambut", "Gubernur"], ["O", "B-PLACE", "O", "O"]),
        ]
    )
    assert memory.names[("isran", "noor")] == "PERSON"
    assert memory.words["samarinda"] == ("PLACE", True)  # twice, always a place
    assert memory.words["pranoto"] == ("PLACE", False)  # once only: not sure
    assert memory.words["gubernur"] == ("O", False)  # capitalised, outside names
    assert Memory.from_json(memory.to_json()) == memory
    words = ["Kemarin", "Isran", "Noor", "ke", "isran", "noor", "Samarinda"]
    feats = sentence_features(words, memory, word_views("id"))
    assert "dB=PERSON" in feats[1] and "dI=PERSON" in feats[2] and "+1dB=PERSON" in feats[0]
    assert not any(f.startswith("dB=") for f in feats[4])  # a name opens with a capital
    assert "u=PLACE" in feats[6] and "u=PLACE!" in feats[6]
    assert not any(
        f.startswith(("d", "u=")) for f in sentence_features(words, None, word_views("id"))[1]
    )


def test_organization_heads_name_the_whole_run():
    found = names(
        "Kejaksaan Agung menetapkan Hendra Wijaya, Direktur Utama PT Sinar Abadi, "
        "sebagai tersangka. Penetapan tersangka dilakukan Kamis (1/6)."
    )
    assert found.get("Kejaksaan Agung") == "organization"
    assert found.get("PT Sinar Abadi") == "organization"
    assert found.get("Hendra Wijaya") == "person"
    assert "Agung" not in found and "Penetapan" not in found


def test_places_by_their_head_roles_without_names_and_foundations_after_titles():
    found = names(
        "Menteri Luar Negeri tiba di Bandara Kualanamu, disambut Gubernur Bobby Nasution dan "
        "Ketua Yayasan Damandiri."
    )
    assert found.get("Bandara Kualanamu") == "place"
    assert found.get("Yayasan Damandiri") == "organization"  # the foundation, not a person
    assert found.get("Bobby Nasution") == "person"
    assert not any("Negeri" in name for name in found)  # a role, no one named
    found = names(
        "The delegation landed at Heathrow Airport and drove along the Thames River.", "en"
    )
    assert found.get("Heathrow Airport") == "place"
    assert found.get("Thames River") == "place"


def test_the_country_of_a_role_is_no_place_of_the_event():
    text = "Presiden Prabowo Subianto bertemu Perdana Menteri India Narendra Modi di Surabaya."
    article = Article("t.txt", "s", "t", text, ((0, len(text)),), language="id")
    x = extract(article, tagger=default_tagger())
    (fact,) = x.facts
    assert [x.mentions[i].text for i in fact.where] == ["Surabaya"]
    assert {x.mentions[i].text for i in fact.who} == {"Prabowo Subianto", "Narendra Modi"}


def test_titles_of_places_and_organizations_name_no_person():
    found = names(
        "Rombongan melintas di Jalan Sultan Agung menuju Universitas Jenderal Soedirman, lalu "
        "bertemu Ketua KPK dan Kepala Desa Sukamaju."
    )
    assert found.get("Jalan Sultan Agung") == "place"  # a street named after a sultan
    assert found.get("Universitas Jenderal Soedirman") == "organization"
    assert found.get("KPK") == "organization"  # the commission its chair heads
    assert found.get("Desa Sukamaju") == "place"  # the village its head governs
    assert not {"Agung", "Soedirman", "Sukamaju"} & set(found)
    found = names("Bupati Lampung Utara meninjau banjir bersama seorang profesor Sejarah.")
    assert found.get("Lampung Utara") == "place"
    assert "Utara" not in found and "Sejarah" not in found
    found = names("Mayor Hendra Kusuma said the bridge on Governor Street would reopen.", "en")
    assert found.get("Hendra Kusuma") == "person"


def test_provinces_by_their_news_short_forms_and_english_names():
    found = names(
        "Gubernur Jabar Ridwan Kamil meninjau banjir di Bekasi bersama Kepala Dusun Sukorejo."
    )
    assert found.get("Ridwan Kamil") == "person"  # Jabar is the governor's province
    assert not any("Jabar" in name and "Kamil" in name for name in found)
    assert found.get("Dusun Sukorejo") == "place"  # a hamlet, like a village, names a place
    assert "Sukorejo" not in found
    places = gazetteer()
    assert places.lookup("Jabar").name == "Jawa Barat"
    assert places.lookup("Kaltim").name == "Kalimantan Timur"
    assert places.lookup("West Nusa Tenggara").name == "Nusa Tenggara Barat"
    assert places.lookup("Riau Islands").name == "Kepulauan Riau"
    assert places.lookup("Southwest Papua").name == "Papua Barat Daya"


def test_a_town_has_a_kind_but_never_makes_a_word_a_place():
    places = gazetteer()
    assert places.kinds("Lamongan") == {"city"} and places.kinds("Kabupaten Demak") == {"city"}
    assert places.lookup("Lamongan") is None
    assert places.lookup("Moore") is None  # a town in Oklahoma, and a surname
    assert names("Moore said the crew had sent a mayday call.", "en") == {"Moore": "person"}


def test_pronouns_are_no_places_and_a_city_may_open_a_sentence():
    assert gazetteer().lookup("Anda") is None  # once a name of Daqing, and the word "you"
    found = names("Kami menunggu Anda dan Para tamu di Bandung.")
    assert set(found) == {"Bandung"}
    assert names("Medan dilanda banjir sejak Senin pagi, kata warga.") == {"Medan": "place"}


def test_the_office_of_a_title_is_its_organization_and_the_name_follows():
    found = names(
        "Ketua KPK Firli Bahuri dan Kapuspenkum Kejagung Ketut Sumedana hadir di Jakarta."
    )
    assert found.get("Firli Bahuri") == "person"  # not an organization "KPK Firli Bahuri"
    assert found.get("Ketut Sumedana") == "person"
    assert found.get("KPK") == "organization" and found.get("Kejagung") == "organization"
    assert names("Direktur Utama PT Sinar Abadi ditahan.") == {"PT Sinar Abadi": "organization"}
    found = names("Juru Bicara Kementerian Luar Negeri Roy Soemirat tiba di Rio de Janeiro.")
    assert found == {
        "Kementerian Luar Negeri": "organization",
        "Roy Soemirat": "person",
        "Rio de Janeiro": "place",  # a city by its whole name, whatever the tagger says
    }
    # the words after an office are a person's only if they can be a name: "Bncana" is a
    # misspelling, "Penanggulangan" a derived word
    found = names("Kepala Badan Nasional Penanggulangan Bncana (BNPB) Suharyanto menjawab.")
    assert found.get("Badan Nasional Penanggulangan Bncana") == "organization"
    article = Article("t.txt", "s", "t", "Ketua KPK Firli Bahuri menjawab.", ((0, 32),))
    (person,) = [
        m for m in extract(article, tagger=default_tagger()).mentions if m.type == "person"
    ]
    assert person.qualifier == "Ketua KPK"


def test_offices_written_with_digits_and_short_ministers_titles():
    found = names('"Kita harus waspada," ujar Dirjen P2P Kemenkes Maxi Rein Rondonuwu, Selasa.')
    assert found.get("Maxi Rein Rondonuwu") == "person"
    assert found.get("Kemenkes") == "organization"
    assert not any("Kemenkes" in name and "Maxi" in name for name in found)
    found = names(
        "Menkes Budi Gunadi Sadikin meninjau rumah sakit di Gedung DPR, Senayan, Jakarta."
    )
    assert found.get("Budi Gunadi Sadikin") == "person"  # "Menkes" is a title, not a name
    assert found.get("Senayan") == "place"  # an address narrowing to a city
    assert names("Menurut Budi, Jakarta tidak akan tenggelam.").get("Budi") == "person"


def roles(text: str) -> dict[str, str]:
    """Each person the finder reads in ``text``, with the role it gives them."""
    article = Article("t.txt", "s", "t", text, ((0, len(text)),), language="id")
    mentions = extract(article, tagger=default_tagger()).mentions
    return {m.text: m.qualifier for m in mentions if m.type == "person"}


def test_a_title_and_an_office_tagged_apart_from_a_person_are_the_persons_role():
    assert roles("Ketua MPR Bambang Soesatyo menjawab pertanyaan wartawan.") == {
        "Bambang Soesatyo": "Ketua MPR"
    }
    assert roles("Wali Kota Surabaya Eri Cahyadi meninjau pasar.") == {
        "Eri Cahyadi": "Wali Kota Surabaya"
    }
    text = "Kepala Biro Humas Kemenkes Siti Nadia Tarmizi membenarkan kabar itu."
    assert roles(text) == {"Siti Nadia Tarmizi": "Kepala Biro Humas Kemenkes"}
    assert names(text).get("Biro Humas Kemenkes") == "organization"  # the office, no one
    # a party's name after a title is the party's, not a word of a person's
    assert names("Ketua Umum PDI Perjuangan hadir.") == {"PDI Perjuangan": "organization"}


def test_an_acronym_glued_before_a_persons_name_is_the_office():
    assert roles("Kepala Staf KSP Moeldoko hadir.") == {"Moeldoko": "Kepala Staf KSP"}


def test_a_name_opening_a_sentence_is_read_where_the_tagger_is_silent():
    found = names("Pham Minh Chinh tiba di Jakarta.")
    assert found.get("Pham Minh Chinh") == "person"


def test_a_name_cut_short_in_one_sentence_is_whole_where_the_article_names_it_whole():
    from factdiff.extract.names import Candidate, Context, link_names
    from factdiff.lang import lexicon
    from factdiff.text import tokens

    text = (
        "Truk itu mengangkut Ferrari Purosangue. Harga Ferrari Purosangue sekitar Rp 7 miliar, "
        "kata Ferrari Indonesia."
    )
    words = tokens(text, 0, len(text))
    whole, cut, other = [i for i, t in enumerate(words) if t.text == "Ferrari"]
    cands = [
        Candidate(words[whole : whole + 2], type="organization"),
        Candidate(words[cut : cut + 1], type="organization"),  # the tagger cut it short
        Candidate(words[other : other + 2], type="organization"),
    ]
    ctx = Context(text, lexicon("id"), gazetteer(), frozenset())
    found = [m.text for m in link_names(cands, ctx)]
    assert found == ["Ferrari Purosangue", "Ferrari Purosangue", "Ferrari Indonesia"]


def test_a_head_word_in_lower_case_opens_a_name_only_right_before_it():
    found = names("Rombongan tiba di kota tua Jalur Sutra Bukhara kemarin.")
    assert not any(name.startswith(("kota", "tua")) for name in found)


def test_a_rank_before_a_name_leaves_the_name_whole():
    # "Iman" is a common word (faith) and "Irjen" a rank the tagger may run into the place
    found = names("Kapolres Bogor AKBP Iman Imanuddin mengatakan dua orang ditangkap.")
    assert found.get("Iman Imanuddin") == "person"
    found = names("Kapolda Metro Jaya Irjen Fadil Imran menyebut 5.000 personel dikerahkan.")
    assert found.get("Fadil Imran") == "person"
    assert not any("Irjen" in name for name in found)
    # the force after a rank is part of the rank: "Irjen Pol", "Mayjen TNI"
    found = names("Kapolda Jawa Barat Irjen Pol Akhmad Wiyagus mengatakan bus terguling.")
    assert found.get("Akhmad Wiyagus") == "person" and not any("Pol" in n for n in found)
    found = names("Pangdam Jaya Mayjen TNI Mohamad Hasan meninjau lokasi banjir.")
    assert found.get("Mohamad Hasan") == "person"  # TNI itself is an organization
    found = names("Menteri Luar Negeri Retno Marsudi bertemu wartawan.")
    assert found == {"Retno Marsudi": "person"}  # a title's own words still go to the role


def test_an_organization_may_open_a_sentence_and_a_former_title_is_an_apposition():
    found = names("Kejagung menahan Hendra Wijaya, eks Direktur Utama PT Sinar Abadi, kemarin.")
    assert found.get("Kejagung") == "organization"  # no form of "jagung" (corn)
    assert found.get("Hendra Wijaya") == "person"  # the tagger reads a place
    assert "Antara" not in names("Antara tahun 1992 dan 1995 ia tinggal di Bandung.")


def test_english_club_and_office_before_a_title_and_the_speaker_after_it():
    text = (
        'Arsenal beat Manchester City to top the Premier League. "It is only October," '
        "said Arsenal manager Mikel Arteta. US secretary of state Antony Blinken watched."
    )
    article = Article("t.txt", "s", "t", text, ((0, len(text)),), language="en")
    found = extract(article, tagger=default_tagger("en")).mentions
    types = {m.text: m.type for m in found}
    assert types["Arsenal"] == "organization" and types["Premier League"] == "organization"
    assert types["Mikel Arteta"] == "person" and types["US"] == "place"
    (quote,) = [m for m in found if m.type == "quote"]
    assert quote.qualifier == "Mikel Arteta"  # not the club before his title


def test_english_offices_name_their_one_holder_and_organizations_span_for():
    text = "Chancellor Jeremy Hunt spoke on Monday. Later the chancellor said the plan works."
    article = Article("t.txt", "s", "t", text, ((0, len(text)),), language="en")
    found = extract(article, tagger=default_tagger("en")).mentions
    assert {m.text: m.canonical for m in found if m.type == "person"} == {
        "Jeremy Hunt": "Jeremy Hunt",
        "chancellor": "Jeremy Hunt",  # the one chancellor of the article
    }
    found = names("Inflation fell to 4.6%, the Office for National Statistics said.", "en")
    assert found == {"Office for National Statistics": "organization"}


def test_words_whose_lower_case_is_longer_keep_offsets():
    # "İ" lower-cases to two characters: numbers and dates are then matched case-blind
    text = "Di İzmir, 25 orang terluka pada 14 September 2022 dan 3.500 warga mengungsi."
    article = Article("t.txt", "s", "t", text, ((0, len(text)),), language="id")
    found = extract(article, tagger=default_tagger()).mentions
    values = {m.text: m.normalized for m in found if m.type in ("number", "date")}
    assert values == {"25 orang": "25", "14 September 2022": "2022-09-14", "3.500 warga": "3500"}
    assert all(text[m.start : m.end] == m.text for m in found)


def test_month_names_and_connectors_inside_names_the_tagger_saw():
    found = names(
        "Gol dicetak Mei Hartono setelah umpan dari de Jong, lalu Juni Tupai menutup laga."
    )
    assert found.get("Mei Hartono") == "person"  # a given name, not the month
    assert found.get("Juni Tupai") == "person"
    assert "de Jong" in found and "Jong" not in found  # the connector opens the name


def test_each_thread_tags_with_its_own_model():
    # crfsuite's tagger keeps the sentence it tags: threads (a Dask worker's) must not share one
    from concurrent.futures import ThreadPoolExecutor

    text = "Presiden Prabowo Subianto bertemu Perdana Menteri India Narendra Modi di Surabaya."
    with ThreadPoolExecutor(max_workers=2) as pool:
        taggers = list(pool.map(lambda _: default_tagger(), range(2)))
        found = list(pool.map(names, [text] * 8))
    assert default_tagger() is default_tagger()
    assert all(t is not default_tagger() for t in taggers)
    assert all(f == names(text) for f in found)


def test_a_sentence_repeated_in_a_story_is_tagged_once():
    # a story's articles repeat sentences word for word: the CRF tags each once a process
    from factdiff.extract.tagger import _load_tagger
    from factdiff.text import tokens

    tagger = _load_tagger("id")
    calls = []

    class Counting:
        def __init__(self, inner):
            self.inner = inner

        def tag(self, features):
            calls.append(len(features))
            return self.inner.tag(features)

    tagger._tagger = Counting(tagger._tagger)
    text = "Presiden Prabowo Subianto bertemu Perdana Menteri India Narendra Modi di Surabaya."
    first = tagger(tokens(text, 0, len(text)))
    tagged = len(calls)
    assert tagged > 0 and "B-person" in first
    again = tagger(tokens(f"{text} ", 0, len(text)))  # another article, the same words
    assert again == first and len(calls) == tagged
    first[0] = "changed"  # each caller has its own list
    assert tagger(tokens(text, 0, len(text)))[0] == again[0]


def test_the_kind_of_organization_before_a_name_types_it():
    found = names("Dia memulai kariernya dengan klub Sinar Harapan di Bandung.")
    assert found.get("Sinar Harapan") == "organization"
    found = names("Tesla, the company Elon Musk founded, opened a plant in Berlin.", "en")
    assert found.get("Elon Musk") == "person"  # no tagger in English: the word alone is weak


def test_a_short_form_in_parentheses_stands_for_the_name_before_it():
    for text, language in (
        (
            "Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto tiba di Cianjur. "
            "BNPB mencatat 162 korban.",
            "id",
        ),
        (
            "The Federal Emergency Management Agency (FEMA) sent teams. FEMA said 40 homes were "
            "lost. Officials in Jakarta (ANTARA) disagreed.",
            "en",
        ),
    ):
        article = Article("t.txt", "s", "t", text, ((0, len(text)),), language=language)
        found = extract(article, tagger=default_tagger(language)).mentions
        short = [m for m in found if m.text in ("BNPB", "FEMA")]
        assert len(short) == 2  # in parentheses and again further on
        assert {m.type for m in short} == {"organization"}
        assert {m.canonical for m in short} == {
            "Badan Nasional Penanggulangan Bencana"
            if language == "id"
            else ("Federal Emergency Management Agency")
        }
    assert all(m.canonical == m.text for m in found if m.text == "ANTARA")  # no short form


def test_a_title_that_names_stays_in_the_name_and_an_office_does_not():
    found = names(
        "Sri Sultan Hamengkubuwono X menerima Ratu Wilhelmina, lalu Presiden Joko Widodo."
    )
    assert found.get("Sri Sultan Hamengkubuwono X") == "person"
    assert found.get("Ratu Wilhelmina") == "person"
    assert found.get("Joko Widodo") == "person" and "Presiden Joko Widodo" not in found
    found = names("King Charles III met Pope Francis and Prime Minister Rishi Sunak.", "en")
    assert found.get("King Charles III") == "person" and found.get("Pope Francis") == "person"
    assert found.get("Rishi Sunak") == "person"
    assert names("Ratu Belanda tiba di Jakarta.").get("Belanda") == "place"  # her country


def test_two_names_joined_by_a_hyphen_are_two_when_each_is_named_alone():
    found = names(
        "Pasangan Prabowo Subianto-Gibran Rakabuming Raka unggul, sementara Anies-Muhaimin "
        "tertinggal. Prabowo berterima kasih, Gibran hadir, dan Anies Baswedan serta "
        "Muhaimin Iskandar berkampanye. Kereta cepat Jakarta-Bandung penuh."
    )
    assert found.get("Prabowo Subianto") == "person"
    assert found.get("Gibran Rakabuming Raka") == "person"
    assert found.get("Anies") == "person" and found.get("Muhaimin") == "person"
    assert found.get("Jakarta") == "place" and found.get("Bandung") == "place"
    assert not any("-" in name for name in found)
    found = names(
        "The Harris-Walz campaign raised $55 million. Kamala Harris spoke and Tim Walz "
        "listened. Former prime minister Jean-Pierre Raffarin and Raffarin's aides flew to "
        "Guinea-Bissau.",
        "en",
    )
    assert found.get("Harris") == "person" and found.get("Walz") == "person"
    # a hyphenated name whose sides are no one named alone stays whole, as does a country
    assert found.get("Jean-Pierre Raffarin") == "person"
    assert found.get("Guinea-Bissau") == "place"


def test_english_nationalities_and_former_are_no_names():
    found = names(
        "Former French prime minister Jean-Pierre Raffarin met the British ambassador, "
        "while American officials waited in Philadelphia.",
        "en",
    )
    assert set(found) == {"Jean-Pierre Raffarin", "Philadelphia"}


def test_a_city_keeps_its_own_name_over_another_city_once_called_so():
    places = gazetteer()
    assert places.lookup("Philadelphia").parent == "US"  # also an old name of Amman
    assert places.lookup("Islamabad").parent == "PK"  # also an old name of Chattogram
    assert places.lookup("London").parent == "GB"  # of two Londons, the larger
    assert places.lookup("Madrid").parent == "ES"
    assert places.lookup("Odessa").parent == "UA"  # Odesa, not Odessa in Texas
    assert places.lookup("Bombay").name == "Mumbai"


def test_a_lone_word_of_a_sure_persons_name_is_that_person_not_a_place():
    # "Eko" is also Lagos (its Yoruba name) in the gazetteer
    text = (
        "Ketua Majelis Hakim Eko Aryanto mengatakan Harvey terbukti bersalah. "
        '"Terdakwa terbukti bersalah," kata Eko saat membacakan putusan.'
    )
    assert names(text).get("Eko") == "person"


def test_an_english_venue_is_no_person_and_a_titled_persons_surname_is_that_person():
    text = (
        "Vice President Kamala Harris spoke at the Palm Beach County Convention Center. "
        "Harris called Trump, according to a Harris aide."
    )
    found = names(text, "en")
    assert found["Palm Beach County Convention Center"] == "place"
    assert found["Kamala Harris"] == "person" and found["Harris"] == "person"


def test_the_seat_of_a_local_office_is_no_part_of_its_heads_name():
    cases = {
        "Bupati Cianjur Herman Suherman meninjau lokasi gempa.": "Herman Suherman",
        "Kepala Dinas Kesehatan Kota Bandung Anhar Hadian mengatakan kasus turun.": "Anhar Hadian",
        "Kasiops Gulkarmat Jakarta Barat Syarifuddin menyebut 81 personel dikerahkan.": "Syarifuddin",
    }
    for text, person in cases.items():
        found = names(text)
        assert found.get(person) == "person" and [n for n, t in found.items() if t == "person"] == [
            person
        ], text
    # a country's own name, a seat alone and a city abroad stay whole
    found = names("Presiden Amerika Serikat Joe Biden tiba.")
    assert found.get("Joe Biden") == "person" and set(found) <= {"Joe Biden", "Amerika Serikat"}
    assert names("Kepala Desa Kleben mengatakan warga aman.") == {"Desa Kleben": "place"}
    assert names("Presiden George Bush tiba di Jakarta.")["George Bush"] == "person"


def test_english_sentences_opening_with_a_dictionary_word():
    """No trained tagger reads English: a dictionary word opening a sentence is no name
    ("Officials", "Shares of ...", "Related Topics"), unless the article writes it as a name
    elsewhere or a name follows it ("Kamala Harris"); a word with a capital inside is a
    brand ("SpaceX")."""
    found = names(
        "Officials said 11 people died in Kerr County. Shares of Alphabet rose 3%. "
        "Related Topics. SpaceX launched 22 satellites. Kamala Harris spoke.",
        "en",
    )
    assert "Officials" not in found and "Related Topics" not in found
    assert not any(name.startswith(("Shares", "of ")) for name in found)
    assert found.get("SpaceX") == "organization"
    assert found.get("Kamala Harris") == "person" and found.get("Kerr County") == "place"
    found = names("Brown said the talks failed. He and Gordon Brown met Apple staff.", "en")
    assert found.get("Brown") == "person"


def test_english_institutions_honorifics_and_quoted_names():
    found = names(
        'The booster landed on the drone ship "A Shortfall of Gravitas" in the Atlantic. '
        "Labour took 411 seats in the House of Commons, and Sir Keir Starmer thanked the "
        "Los Angeles Department of Water and staff at Highland Hospital at 6:09 p.m. EDT.",
        "en",
    )
    assert "EDT" not in found  # a time zone
    assert not any("Shortfall" in name for name in found)  # a ship's name in quotes
    assert found.get("House of Commons") == "organization"
    assert found.get("Keir Starmer") == "person"
    assert found.get("Los Angeles Department of Water") == "organization"
    assert found.get("Highland Hospital") == "place"


def test_an_airline_is_an_organization():
    found = names(
        "Passengers of a Korean Air jet were taken to Seoul, where Hank Green spoke to Reuters.",
        "en",
    )
    assert found.get("Korean Air") == "organization"  # not a person
    assert found.get("Seoul") == "place" and found.get("Hank Green") == "person"


def test_english_names_by_the_trained_tagger():
    found = names(
        "Sky News reporter Lisa Holland spoke to Manchester United fans in Madrid. "
        "The company said Jordan Peele visited Jordan with Amnesty International staff.",
        "en",
    )
    # without the tagger "Holland" was the Netherlands and "Lisa" no one
    assert found.get("Lisa Holland") == "person"
    assert found.get("Manchester United") == "organization"  # not "... fans"
    assert found.get("Madrid") == "place"
    assert found.get("Jordan Peele") == "person" and found.get("Jordan") == "place"
    assert found.get("Amnesty International") == "organization"
    assert not any(name.startswith(("Sky News reporter", "The")) for name in found)
    found = names(
        "In an email, Apple's marketing chief Phil Schiller said Nasa’s probe left.", "en"
    )
    assert found == {"Apple": "organization", "Phil Schiller": "person", "Nasa": "organization"}


def test_english_openings_titles_and_demonyms_are_left_alone():
    found = names(
        "Former British prime minister Tony Blair met officials from the World Bank in "
        "Nairobi. Residents of Costa Rican villages told the head of US forces that Russian "
        "troops had left.",
        "en",
    )
    assert found == {
        "Tony Blair": "person",
        "World Bank": "organization",
        "Nairobi": "place",
        "US": "place",  # not "of US": "of" joins words inside a name only
    }


def test_indonesian_names_places_and_organizations_of_news():
    text = (
        "Kemarin Menteri Keuangan Sri Mulyani bertemu direksi Garuda Indonesia di Denpasar. "
        "Penyelidikan Komisi Pemberantasan Korupsi terhadap Bupati Sidoarjo Ahmad Muhdlor "
        "berlanjut."
    )
    found = names(text)
    assert {name: kind for name, kind in found.items() if name != "Sidoarjo"} == {
        "Sri Mulyani": "person",  # not "Kemarin" nor the minister's title
        "Garuda Indonesia": "organization",
        "Denpasar": "place",
        "Komisi Pemberantasan Korupsi": "organization",
        "Ahmad Muhdlor": "person",
    }
    # Sidoarjo is his office's seat, in his role, not a place of the news
    article = Article("t.txt", "s", "t", text, ((0, len(text)),), language="id")
    x = extract(article, tagger=default_tagger())
    assert "Sidoarjo" not in {x.mentions[i].text for fact in x.facts for i in fact.where}
    assert {m.text: m.qualifier for m in x.mentions}["Ahmad Muhdlor"] == "Bupati Sidoarjo"


def test_english_runs_of_dictionary_words_are_no_persons():
    # a rocket, a feast and a gallery's button, all words of the dictionary: no one's name;
    # a first name ("Bill") still makes a person, and a noun before the run says it names
    # something ("the satellite Blue Lantern")
    text = (
        "Crowds gathered for the Harvest Moon while the Copper Hawk rocket waited. "
        "Bill Gates watched the satellite Blue Lantern. Show Gallery 3 of 9."
    )
    found = names(text, "en")
    for words in ("Harvest Moon", "Copper Hawk", "Show Gallery"):
        assert words not in found, words
    assert found["Bill Gates"] == "person" and "Blue Lantern" in found


def test_english_headings_in_capitals_and_contractions_are_no_names():
    text = (
        "MARKET WATCH Traders sold shares in Chicago on Monday. "
        "Officials at the UNITED NATIONS met. He sang Bet I’ll Win, and then I'd Rather Go "
        "before Maria Lopez spoke."
    )
    found = names(text, "en")
    assert not any("MARKET" in name or "WATCH" in name for name in found), found
    assert not any("’ll" in name or "'d" in name for name in found), found
    assert found["UNITED NATIONS"] == "organization" and found["Maria Lopez"] == "person"


def test_a_rank_or_courtesy_title_names_a_person_even_by_a_places_name():
    # "Tan" and "Jackson" are towns too; after "Mr." or "Sgt." they are persons
    found = names("For Mr. Tan, who built the firm, it was hard. Sgt. Jackson agreed.", "en")
    assert found == {"Tan": "person", "Jackson": "person"}


def test_hashtags_handles_and_amounts_are_no_names():
    text = (
        "Supporters tweeted #BringBackOurGirls and @SkyNewsAust wrote that prices fell below "
        "$US6,500 in Sydney. Fans of #Eagles cheered Nick Foles."
    )
    assert names(text, "en") == {"Sydney": "place", "Nick Foles": "person"}


def test_a_photo_credit_is_cut_from_the_caption_it_runs_into():
    text = (
        "Getty Images A medic carries a bag past the stadium in Leeds.\n\n"
        "Reuters The storm was the worst in years.\n\n"
        "Associated Press Divers search the river."
    )
    found = names(text, "en")
    assert found == {
        "Getty Images": "organization",
        "Leeds": "place",
        "Reuters": "organization",
        "Associated Press": "organization",
    }


def test_words_written_loud_and_a_clocks_half_day_are_no_organizations():
    text = (
        "The bakery serves FREE coffee and NEVER closes, its owner Dana Whitfield said. "
        "The ferry left Portsmouth at 10:45 PM on Friday. Inspectors from the WHO and the "
        "NTSB arrived at 9 AM."
    )
    found = names(text, "en")
    assert not {"FREE", "NEVER", "PM", "AM"} & set(found), found
    assert found["WHO"] == "organization" and found["NTSB"] == "organization", found
    assert found["Dana Whitfield"] == "person" and found["Portsmouth"] == "place", found


def test_a_country_named_by_an_organizations_head_word_is_a_place():
    # "United" and "Federasi" open organizations ("United Airlines", "Federasi Sepak Bola"),
    # but the gazetteer knows these countries by their whole names
    found = names(
        "The United States and the United Arab Emirates signed the deal; the United Nations "
        "and United Airlines welcomed it.",
        "en",
    )
    assert found["United States"] == "place" and found["United Arab Emirates"] == "place"
    assert found["United Nations"] == "organization", found
    assert "The United States" not in found, found
    found = names("Prabowo tiba di Federasi Rusia, sementara Liga Indonesia diliburkan.")
    assert found["Federasi Rusia"] == "place", found
    assert found["Liga Indonesia"] == "organization", found  # a league of a country


def test_a_surname_of_the_language_opening_a_sentence_is_the_person_named_in_full():
    text = (
        "Senator Elizabeth Warren spoke first. Warren criticised the bank on Friday. "
        "Rose petals covered the street, and Will Carter watched. Will the talks resume?"
    )
    found = [(m.text, m.canonical) for m in mentions(text, "en") if m.type == "person"]
    assert ("Warren", "Elizabeth Warren") in found, found
    # a first name is no surname, and a word the article writes in lower case stays a word
    assert not any(t in ("Rose", "Will") for t, _ in found), found
    text = "Anna Bell wrote the report. Bell rang twice; the bell was loud."
    assert [m.text for m in mentions(text, "en") if m.type == "person"] == ["Anna Bell"]


def test_a_function_word_opening_the_sentence_is_no_part_of_a_name():
    found = names(
        "The Associated Press reported the crash. The United Nations Security Council met. "
        "The court sat in The Hague.",
        "en",
    )
    assert found["Associated Press"] == "organization", found
    assert found["United Nations Security Council"] == "organization", found
    assert not any(name.startswith("The ") and name != "The Hague" for name in found), found


def test_a_nations_people_are_no_name_and_forces_name_an_organization():
    found = names(
        "Palestinians said the talks failed, and North Koreans watched. The Syrian Democratic "
        "Forces withdrew from Raqqa. Nigerian Islamists and a Conservative Jewish group spoke.",
        "en",
    )
    assert found == {"Syrian Democratic Forces": "organization", "Raqqa": "place"}, found


def test_organizations_listed_with_a_connector_are_apart_but_one_name_with_it_is_whole():
    found = names("The court ruled for Apple Inc and Samsung Electronics Co Ltd on Monday.", "en")
    assert found == {"Apple Inc": "organization", "Samsung Electronics Co Ltd": "organization"}
    found = names("Saham PT Sinar Abadi Tbk dan PT Maju Jaya naik, kata Budi Santoso.")
    assert found["PT Maju Jaya"] == "organization", found
    assert not any(" dan " in name for name in found), found


def test_a_plural_noun_before_of_opening_the_sentence_is_no_part_of_a_name():
    found = names(
        "Shares of Goldman Sachs Group Inc rose slightly. Fans of Manchester United cheered. "
        "Bank of America raised rates.",
        "en",
    )
    assert found["Goldman Sachs Group Inc"] == "organization", found
    assert found["Manchester United"] == "organization", found
    assert found["Bank of America"] == "organization", found  # an organization's head stays
    assert not any(name.startswith(("Shares", "Fans")) for name in found), found


def test_a_name_holds_a_bracket_closed_inside_it_but_none_it_ran_across():
    found = names("Tim Nasional (Timnas) Voli Putra Indonesia kalah dari Bahrain pada Jumat.")
    assert not any("(" in name or ")" in name for name in found), found
    found = names("Direksi Perusahaan Perseroan (Persero) PT Pupuk Indonesia mengumumkannya.")
    assert "Direksi Perusahaan Perseroan (Persero) PT Pupuk Indonesia" in found, found


def test_two_names_a_connector_joins_are_two_when_each_is_named_alone():
    text = (
        "Al Ghazali dan Alyssa Daguise menikah. Ini momen yang membahagiakan untuk Al dan "
        "Alyssa serta seluruh keluarga. Kementerian Kelautan dan Perikanan ikut hadir."
    )
    found = [(m.text, m.canonical) for m in mentions(text, "id") if m.type != "date"]
    # "Al" and "Alyssa" open the full names the article writes
    assert ("Alyssa", "Alyssa Daguise") in found and ("Al", "Al Ghazali") in found, found
    # a name with a connector inside whose parts are named nowhere alone stays whole
    assert ("Kementerian Kelautan dan Perikanan",) * 2 in found, found


def test_a_content_word_in_lower_case_ends_a_name_but_function_words_stay_inside():
    found = names(
        "Freed sat beside Memphis Hustle guard Marquis Teague on the flight to Dallas. "
        "They walked the Promenade des Anglais and ate at the Bank of America stadium.",
        "en",
    )
    assert not any(" guard " in name for name in found), found
    assert "Bank of America" in found, found
    found = names("Majelis hakim Pengadilan Tipikor Jakarta Pusat menolak eksepsi terdakwa.")
    assert not any("hakim" in name for name in found), found
    assert "Hutan Kota by Plataran" in names("Warga berkumpul di Hutan Kota by Plataran.")


def test_a_piece_of_a_cut_run_that_opens_with_a_first_name_is_typed_by_the_rules():
    from factdiff.extract.names.runs import tagged_runs
    from factdiff.lang import lexicon
    from factdiff.text import tokens

    text = "Memphis Hustle guard Marquis Teague boarded."
    toks = tokens(text, 0, len(text))
    labels = ["B-PLACE", "I-PLACE", "I-PLACE", "I-PLACE", "I-PLACE", "O", "O"][: len(toks)]
    runs = tagged_runs(toks, labels, bytearray(len(text)), lexicon("en"))
    shown = [(" ".join(toks[k].text for k in run), kind) for run, kind in runs]
    # the tagger typed the whole run once: its first piece keeps the type, "Marquis Teague" is
    # no place
    assert shown == [("Memphis Hustle", "PLACE"), ("Marquis Teague", None)]


def test_a_known_first_name_and_surname_the_tagger_read_as_a_place_is_a_person():
    from factdiff.extract.names.base import Candidate, Context
    from factdiff.extract.names.classify import classify
    from factdiff.lang import lexicon
    from factdiff.places import gazetteer
    from factdiff.text import tokens

    def typed(text: str, tagged: str) -> str | None:
        ctx = Context(text, lexicon("en"), gazetteer(), frozenset())
        return classify(Candidate(tokens(text, 0, len(text))), "and", "and", tagged, ctx)

    # "Bruce and Irene Steinberg": the tagger read a place in three outlets
    assert typed("Irene Steinberg", "place") == "person"
    assert typed("Doug Parker", "organization") == "person"
    # a place's name opens "Florida Keys"; a word of the language ends "Brady Briefing Room"
    assert typed("Florida Keys", "place") == "place"
    assert typed("Brady Briefing Room", "organization") == "organization"


def test_an_adjective_joined_to_a_place_is_no_part_of_the_name_after_it():
    found = names(
        "Singapore-based Broadcom raised its offer. The price hike steps up the pressure on "
        "California-based Qualcomm, the dominant chip maker. Police named Mohamed "
        "Lahouaiej-Bouhlel as the driver.",
        "en",
    )
    # a seat's adjective names an organization; a hyphen before a capital is a name's own
    assert found.get("Broadcom") == "organization" and found.get("Qualcomm") == "organization"
    assert not any("-based" in name for name in found), found
    assert found.get("Mohamed Lahouaiej-Bouhlel") == "person", found


def test_a_full_name_the_article_names_a_person_by_its_surname_is_that_person():
    from factdiff.extract.names.base import Candidate, Context
    from factdiff.extract.names.link import _named_by_surname
    from factdiff.lang import lexicon
    from factdiff.places import gazetteer
    from factdiff.text import tokens

    text = "said Elon Musk. Mr. Musk said. Musk added. Convention Hall opened. Hall said."
    toks = tokens(text, 0, len(text))
    at = {t.text + str(t.start): t for t in toks}

    def cand(*words_at: str, kind: str) -> Candidate:
        return Candidate([at[w] for w in words_at], type=kind)

    first = [t.start for t in toks if t.text == "Musk"]
    halls = [t.start for t in toks if t.text == "Hall"]
    cands = [
        cand(f"Elon{text.index('Elon')}", f"Musk{first[0]}", kind="organization"),
        cand(f"Musk{first[1]}", kind="person"),
        cand(f"Musk{first[2]}", kind="person"),
        cand(f"Convention{text.index('Convention')}", f"Hall{halls[0]}", kind="place"),
        cand(f"Hall{halls[1]}", kind="person"),
    ]
    _named_by_surname(cands, Context(text, lexicon("en"), gazetteer(), frozenset()))
    # "Musk" is a person twice, so "Elon Musk" is that person; "Hall" once, and "Convention"
    # is a word of the language
    assert [c.type for c in cands] == ["person", "person", "person", "place", "person"]


def test_a_common_noun_in_capitals_is_no_name():
    found = names(
        "The CEO said GDP grew while the ICBM test aired on TV. P.S. NATO and the IRS replied.",
        "en",
    )
    assert not {"CEO", "GDP", "ICBM", "TV", "P.S."} & set(found), found
    assert found.get("NATO") == "organization" and "IRS" in found, found
    found = names(
        "Wakil Menteri BUMN sekaligus Chief Operating Officer (COO) Danantara Dony Oskaria "
        "mengungkapkan dua penyebab kegagalan BUMN."
    )
    assert "COO" not in found and found.get("BUMN") == "organization", found


def test_a_member_named_after_the_organization_is_a_person_of_their_own():
    found = names("Anggota Komisi III dari Fraksi Partai Demokrat Saan Mustopa hadir di sana.")
    assert found.get("Fraksi Partai Demokrat") == "organization", found
    assert found.get("Saan Mustopa") == "person", found
    found = names("Universitas Gadjah Mada menggelar wisuda pada Senin.")
    assert found == {"Universitas Gadjah Mada": "organization"}, found
