"""Loading: formats, furniture, metadata, and bad files skipped with one line each."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from factdiff.errors import InputError
from factdiff.load import load
from factdiff.pipeline import CheckOptions, check

GOOD = (
    "JAKARTA, kompas.com - Presiden Joko Widodo bertemu Anwar Ibrahim di Bogor pada "
    "Senin (8/1/2024). Sebanyak 12 nota kesepahaman ditandatangani.\n"
)


def prose(article) -> str:
    return " ".join(article.text[s:e] for s, e in article.regions)


def test_plain_text_furniture_title_date_and_dateline(make_story):
    text = (
        "Judul Berita Tentang Pertemuan Dua Pemimpin\n\nSenin, 8 Januari 2024 | 10:10\n"
        "Antara/Budi Santoso\n\nJokowi dan Anwar di Istana Bogor\n\n"
        + GOOD
        + "\nBaca Juga: Berita Lain Yang Tidak Terkait\n\n(*)\n\nTag\n\nJokowi\n\n"
        "Editor : Budi\n"
    )
    folder = make_story({"a.txt": text})
    (story,) = load([folder]).stories
    (article,) = story.articles
    assert article.title == "Judul Berita Tentang Pertemuan Dua Pemimpin"
    assert article.published == date(2024, 1, 8)
    assert article.source == "kompas.com"
    body = prose(article)
    assert body.startswith("Presiden Joko Widodo")
    for furniture in ("Baca Juga", "Antara/", "Istana Bogor", "Editor", "(*)", "Tag"):
        assert furniture not in body


ENGLISH_STORY = (
    "The city council approved a budget of $12 million for the new library on Monday.\n"
    "Officials said construction would begin in the spring and take two years.\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "Advertisement Continue reading the main story",
        "Newsletter Sign Up Continue reading the main story Get the morning briefing by email.",
        "Photo",
        "Scroll down for video",
        "Read or Share this story: https://short.test/abc",
        "Image copyright Example Images",
        "Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP",
        "Facebook Twitter Pinterest The library site at dusk. Photograph: Jane Roe/Example",
        "A history of the old library Read more",
        "MOST READ IN NEWS A story about something else",
        "Follow our reporter Jane Roe on Twitter: @janeroe.",
        "Email the author.",
        "— With assistance by John Doe",
        "___",
        "CLOSE A video about the council vote and what comes next",
        "The library site on Monday. (AP Photo/Jane Roe, File)",
        "Council members vote on the plan. (Jane Roe/Getty Images)",
        "Workers at the site in Springfield, U.S. June 3, 2024. REUTERS/Jane Roe",
        "A post shared by Springfield Library (@springlib) on Jun 3, 2024 at 9:50pm PDT",
        "Reuters - AP - AFP",
        "Jane Roe, Example.com",
        "+ show all Pictures of the library",
        "JUST WATCHED The library, a timeline Replay More Videos ... MUST WATCH The library 01:26",
        "Saksikan Live DetikSore:",
        "Simak berita selengkapnya di halaman berikutnya.",
        "(Budi Santoso)",
    ],
)
def test_page_furniture_lines_are_dropped(make_story, furniture):
    lines = ENGLISH_STORY.splitlines()
    text = f"{lines[0]}\n\n{furniture}\n\n{lines[1]}\n"
    (article,) = load([make_story({"a.txt": text})]).stories[0].articles
    assert prose(article) == " ".join(lines)


@pytest.mark.parametrize(
    "sentence",
    [
        "Close to 200 people attended the meeting, the mayor said.",
        "The council will follow the plan on Twitter and in person, a spokesman said.",
        '"We have read more than a hundred letters," she said.',
        "(Kami sudah menyampaikan hal itu kepada warga kemarin.)",
    ],
)
def test_prose_like_furniture_is_kept(make_story, sentence):
    text = f"{ENGLISH_STORY}\n{sentence}\n"
    (article,) = load([make_story({"a.txt": text})]).stories[0].articles
    assert prose(article).endswith(sentence)


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("Jakarta, CNBC Indonesia - ", "CNBC Indonesia"),
        ("KONTAN.CO.ID - JAKARTA. ", "KONTAN.CO.ID"),
        ("REPUBLIKA.CO.ID, JAKARTA -- ", "REPUBLIKA.CO.ID"),
        ("Jakarta (ANTARA) - ", "ANTARA"),
        ("March 25 (Reuters) - ", "Reuters"),
        ("Liputan6.com, Jakarta", "Liputan6.com"),  # its dash lost, its city glued to the prose
    ],
)
def test_outlet_datelines_are_no_prose(make_story, dateline, outlet):
    body = "Badan Pusat Statistik mencatat inflasi Oktober 2024 sebesar 1,71 persen secara tahunan."
    (story,) = load([make_story({"a.txt": dateline + body})]).stories
    (article,) = story.articles
    assert prose(article) == body
    assert article.source == outlet  # as the outlet writes its name


@pytest.mark.parametrize("dateline", ["JAKARTA- ", "JAKARTA-", "BANDUNG BARAT—"])
def test_a_citys_dateline_glued_to_its_dash_is_no_prose(make_story, dateline):
    body = "Tentara Nasional Indonesia membantah tudingan itu pada Jumat (20/6/2025) di Jayapura."
    (story,) = load([make_story({"a.txt": dateline + body})]).stories
    assert prose(story.articles[0]) == body


@pytest.mark.parametrize("opening", ["Jean-Pierre Raffarin", "PDI-Perjuangan"])
def test_a_hyphenated_name_opening_the_prose_is_no_dateline(make_story, opening):
    body = f"{opening} membantah tudingan itu pada Jumat (20/6/2025) di Jayapura."
    (story,) = load([make_story({"a.txt": body})]).stories
    assert prose(story.articles[0]) == body


def test_markdown_front_matter_is_metadata(make_story):
    md = (
        "---\ntitle: Pertemuan\nsource: Tempo\npublished: 2024-01-09\nurl: https://x.test/a\n---\n"
        + GOOD
    )
    folder = make_story({"a.md": md})
    (article,) = load([folder]).stories[0].articles
    assert (article.source, article.published, article.url) == (
        "Tempo",
        date(2024, 1, 9),
        "https://x.test/a",
    )
    assert article.text[article.regions[0][0] :].startswith("Presiden Joko Widodo")


def test_front_matter_is_read_safely(make_story):
    md = "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\n" + GOOD
    folder = make_story({"a.md": md, "b.txt": GOOD})
    result = check([folder])
    assert any("a.md" in p.path and "front matter" in p.message for p in result.problems)


def test_html_main_text(make_story):
    html = (
        "<html><head><title>T</title><meta property='og:site_name' content='Detik'>"
        "<meta property='article:published_time' content='2024-01-08T10:00:00+07:00'>"
        "<script>var x = 'Presiden Palsu';</script></head><body><nav>Menu Berita</nav>"
        f"<article><p>{GOOD}</p></article><footer>Hak cipta</footer></body></html>"
    )
    folder = make_story({"a.html": html})
    (article,) = load([folder]).stories[0].articles
    assert article.source == "Detik" and article.published == date(2024, 1, 8)
    body = prose(article)
    assert "Presiden Joko Widodo" in body
    assert "Palsu" not in body and "Menu" not in body and "Hak cipta" not in body


def test_json_and_jsonl_records(make_story):
    record = {"text": GOOD, "source": "Kompas", "published": "2024-01-08", "title": "T"}
    folder = make_story(
        {
            "a.json": json.dumps(record),
            "b.jsonl": json.dumps(record | {"source": "Detik"}) + "\n{broken\n",
        }
    )
    result = check([folder])
    sources = sorted(a.source for s in result.stories for a in s.articles)
    assert sources == ["Detik", "Kompas"]
    assert any(
        p.path.endswith("b.jsonl:2") and "malformed JSON" in p.message for p in result.problems
    )


def test_bad_files_are_skipped_with_one_line_each(make_story):
    folder = make_story({"good.txt": GOOD, "good2.txt": GOOD.replace("12", "10")})
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    (folder / "empty.txt").write_text("   \n")
    (folder / "bad.json").write_text('{"text": "unterminated')
    (folder / "huge.txt").write_text("kata " * 50_000)
    (folder / "latin1.txt").write_bytes(GOOD.replace("Presiden", "Présiden").encode("cp1252"))
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    result = check([folder])
    messages = {p.path.rsplit("/", 1)[-1]: p for p in result.problems}
    assert "binary" in messages["binary.txt"].message
    assert "empty" in messages["empty.txt"].message
    assert "malformed JSON" in messages["bad.json"].message
    assert "single line" in messages["huge.txt"].message
    assert "cannot be read" in messages["loop.txt"].message
    assert not messages["latin1.txt"].skipped and "not UTF-8" in messages["latin1.txt"].message
    assert all("\n" not in str(p) for p in result.problems)
    checked = sorted(a.path.rsplit("/", 1)[-1] for s in result.stories for a in s.articles)
    assert checked == ["good.txt", "good2.txt", "latin1.txt"]
    assert any(f.kind == "conflict" for f in result.findings)  # the good ones were compared


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load([tmp_path / "missing"])
    with pytest.raises(InputError, match="no such file"):
        check([tmp_path / "missing"])


def test_a_missing_path_beside_good_ones_is_one_line_and_the_rest_is_checked(make_story):
    folder = make_story({"a.txt": GOOD, "b.txt": GOOD.replace("12", "10")})
    result = check([folder, folder.parent / "missing"])
    (problem,) = result.problems
    assert str(problem).endswith("missing: skipped: no such file or directory")
    assert any(f.kind == "conflict" for f in result.findings)


def test_folder_of_story_folders(make_story):
    one = make_story({"a.txt": GOOD}, "corpus/one")
    make_story({"b.txt": GOOD}, "corpus/two")
    stories = load([one.parent]).stories
    assert [s.name for s in stories] == ["one", "two"]


def test_malformed_numbers_and_dates_do_not_crash(make_story):
    odd = (
        "Angka 1,2,3,4 dan 12.345.678,9 jt, Rabu (31/2/2022), 99/99, Senin (0/0/0000), "
        "tahun 9999, US$bn dan Rp. serta “kutipan tanpa akhir dan ‘ini’ juga."
    )
    folder = make_story({"a.txt": odd, "b.txt": odd.replace("1,2,3,4", "5,6,7")})
    result = check([folder])
    assert [a.path.rsplit("/", 1)[-1] for s in result.stories for a in s.articles] == [
        "a.txt",
        "b.txt",
    ]


WESTERN = (
    "MADRID (Reuters) - Coach José Muñoz said on Saturday that Señor Peña would join "
    "François Giroud in Zürich. “We are ready,” Muñoz said – and smiled.\n"
)


@pytest.mark.parametrize("text", [WESTERN, GOOD.replace("Joko Widodo", "José Muñoz")])
def test_a_windows_1252_file_keeps_its_western_names(make_story, text):
    folder = make_story({})
    (folder / "cp1252.txt").write_bytes(text.encode("cp1252"))
    loaded = load([folder])
    assert loaded.stories[0].articles[0].text == text
    assert [p.message for p in loaded.problems] == ["not UTF-8; read as cp1252"]


def test_other_legacy_encodings_are_still_detected(make_story):
    folder = make_story({})
    russian = "Президент России Владимир Путин встретился с Си Цзиньпином в Самарканде в среду.\n"
    (folder / "cp1251.txt").write_bytes(russian.encode("cp1251"))
    assert load([folder]).stories[0].articles[0].text == russian


def test_encoding_option_reads_files_that_are_not_utf8(make_story, capsys):
    from tests.conftest import run_cli

    turkish = GOOD.replace("Joko Widodo", "Recep Erdoğan").replace("Bogor", "Şişli")
    folder = make_story({"utf8.txt": GOOD.replace("12", "10")})
    (folder / "cp1254.txt").write_bytes(turkish.encode("cp1254"))
    articles = load([folder], encoding="cp1254").stories[0].articles
    assert sorted(a.text for a in articles) == sorted([turkish, GOOD.replace("12", "10")])
    problems = load([folder], encoding="ascii").problems
    assert [p.message for p in problems] == ["cannot decode as ascii (byte 0xf0 at 41)"]
    code, out, err = run_cli(["facts", folder, "--encoding", "cp1254", "-f", "json"], capsys)
    assert code == 0 and "Recep Erdoğan" in out and "not UTF-8" not in err
    code, _, err = run_cli(["check", folder, "--encoding", "klingon"], capsys)
    assert code == 2 and "no such encoding: klingon" in err


def _at(path: str, line: int, column: int) -> str:
    """The text of a file from line:column on (1-based), as an editor would show it."""
    lines = Path(path).read_text(encoding="utf-8").split("\n")
    return lines[line - 1][column - 1 :]


HTML_PAGE = """<html><head><title>Banjir</title>
<meta property="og:site_name" content="Detik"></head>
<body><nav>Menu</nav>
<article>
  <h1>Banjir di Bekasi</h1>
  <p>Sebanyak 1.200 rumah di <a href="/bekasi">Kabupaten Bekasi</a> terendam
     banjir pada Selasa (3/1/2023). Warga &amp; relawan bekerja sama.</p>
  <p>Bupati Dani Ramdan mengatakan 350 warga mengungsi ke Masjid Agung Bekasi.</p>
</article></body></html>
"""
RECORD = (
    "Sebanyak 1.200 rumah di Kabupaten Bekasi terendam banjir pada Selasa (3/1/2023).\n\n"
    'Bupati "Dani Ramdan" menyebut 530 warga mengungsi ke Masjid Agung Bekasi.\n'
)


def test_html_positions_are_the_pages_own(make_story):
    folder = make_story({"a.html": HTML_PAGE})
    (article,) = load([folder]).stories[0].articles
    # the words of a link, an entity and a line break of the page keep their places
    assert "di Kabupaten Bekasi terendam banjir pada" in article.text
    assert "Warga & relawan" in article.text
    for word in ("Kabupaten", "banjir", "relawan", "350"):
        line, column = article.position(article.text.index(word))
        assert _at(str(folder / "a.html"), line, column).startswith(word)


def test_json_and_jsonl_positions_are_the_files_own(make_story):
    first = {"source": "Detik", "published": "2023-01-03", "text": RECORD}
    second = first | {"source": "Kompas", "text": RECORD.replace("530", "350")}
    folder = make_story(
        {
            "a.jsonl": "\n" + json.dumps(first) + "\n" + json.dumps(second) + "\n",
            "b.json": json.dumps([second, first], indent=2),
        }
    )
    articles = load([folder]).stories[0].articles
    assert sorted(a.path.rsplit("/", 1)[1] for a in articles) == [
        "a.jsonl:2",
        "a.jsonl:3",
        "b.json#0",
        "b.json#1",
    ]
    for article in articles:
        assert article.file_path.endswith(("a.jsonl", "b.json"))
        for word in ("Kabupaten", "Dani", "mengungsi"):
            line, column = article.position(article.text.index(word))
            assert _at(article.file_path, line, column).startswith(word)


def test_findings_in_json_and_html_point_at_files_that_exist(make_story, tmp_path):
    record = {"source": "Kompas", "published": "2023-01-03", "text": RECORD}
    folder = make_story({"a.html": HTML_PAGE, "b.jsonl": json.dumps(record) + "\n"})
    cached = CheckOptions(cache=True, cache_dir=str(tmp_path / "cache"))
    moved = tmp_path / "moved"
    runs = ((folder, CheckOptions()), (folder, cached), (folder, cached), (moved, cached))
    for where, options in runs:  # the map survives the cache, and so does a moved corpus
        if where == moved:
            folder.rename(moved)
        result = check([where], options)
        (finding,) = [f for f in result.findings if f.kind == "conflict"]
        for side in (finding.a, finding.b):
            assert os.path.isfile(side.path) and side.path.startswith(str(where))
            assert _at(side.path, side.line, side.column).startswith(side.value.split()[0])


GLUED_ID = (
    "JAKARTA, kompas.com - Menteri Bahlil Lahadalia bertemu penyanyiAgnez Mo di Jakarta.\n\n"
    "Menurut Bahlil Lahadaliayang hadir pada Senin (8/1/2024), Presiden Rusia Vladimir "
    "Putindi Moskow mengirim pesan. Putin tidak hadir.\n\n"
    "Acara itu digelar menjelang Ramadan. Rama, panitia acara, menyebut Ramadan tahun ini "
    "istimewa bagi diJakarta.\n"
)


def test_glued_words_are_parted_and_keep_their_place_in_the_file(make_story):
    folder = make_story({"a.md": "---\nsource: Kompas\n---\n" + GLUED_ID})
    (article,) = load([folder]).stories[0].articles
    body = prose(article)
    for parted in ("penyanyi Agnez Mo", "Lahadalia yang hadir", "Putin di Moskow", "di Jakarta"):
        assert parted in body
    assert body.count("Ramadan") == 2  # a name written twice is no glue of "Rama" and "dan"
    # each word keeps its line and column in the file, before and after the space put back
    for word, glued in (
        ("yang", "Lahadaliayang"),
        ("Moskow", "Moskow"),
        ("Agnez", "penyanyiAgnez"),
    ):
        position = article.position(article.text.index(f" {word}") + 1)
        assert position == _find(folder / "a.md", glued, word)


def _find(path: Path, glued: str, word: str) -> tuple[int, int]:
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if glued in line:
            return number, line.index(glued) + glued.index(word) + 1
    raise AssertionError(glued)


def test_english_glue_is_parted_and_names_written_so_are_kept(make_story):
    text = (
        "WASHINGTON (Reuters) - The senator saidThe vote was close on Monday, 8 January 2024.\n\n"
        "Neil deGrasse Tyson posted a photo taken on an iPhone running macOS software to "
        "@elonMusk with #FlyEaglesFly at pic.twitter.com/AbCdEf and eBay.\n"
    )
    (article,) = load([make_story({"a.txt": text})]).stories[0].articles
    body = prose(article)
    assert "said The vote" in body
    for kept in ("deGrasse", "iPhone", "macOS", "@elonMusk", "#FlyEaglesFly", "AbCdEf", "eBay"):
        assert kept in body


def test_a_name_glued_to_a_word_of_the_language_is_parted_where_the_article_names_it(
    make_story,
):
    text = (
        "Aktris Kimberly Ryder hadir di pengadilan pada Senin (16/6/2025). Kuasa hukumnya "
        "menyebut Kimberly Rydermembuat laporan itu sendiri. Mobil itu bernama Purosangue, "
        "tetapi kemarin Purosangueterguling di jalan tol.\n\n"
        "Megawati Soekarnoputri hadir bersama Presiden Soekarno dan seorang putri. Roket itu "
        "dibuat Arianespace, sementara Ariane dan space agency Eropa menunggu.\n"
    )
    (article,) = load([make_story({"a.txt": text})]).stories[0].articles
    body = prose(article)
    assert "Kimberly Ryder membuat" in body  # "Kimberly Ryder" is written elsewhere
    assert "Purosangue terguling" in body  # a name alone, before a long word
    # no "Megawati Soekarno" elsewhere; "space" is short after a lone name
    for kept in ("Megawati Soekarnoputri", "Arianespace"):
        assert kept in body


def test_a_title_or_a_place_glued_before_a_name_is_parted(make_story):
    text = (
        "Kunjungan PresidenPrabowo Subianto disambut Presiden RusiaVladimir Putin di Istana. "
        "IbuGregorius Ronald Tannur, Meirizka Widjaja, hadir. Ronald Tannur tidak hadir.\n\n"
        "Mobil VinFast dan BlackRock dipamerkan bersama YouTube dan PlayStation di Jakarta.\n"
    )
    (article,) = load([make_story({"a.txt": text})]).stories[0].articles
    body = prose(article)
    for parted in ("Presiden Prabowo Subianto", "Rusia Vladimir Putin", "Ibu Gregorius Ronald"):
        assert parted in body, body
    for kept in ("VinFast", "BlackRock", "YouTube", "PlayStation"):
        assert kept in body


def test_a_name_slipped_by_a_letter_and_glued_is_parted_by_its_title(make_story):
    folder = make_story(
        {
            "a.md": '---\ntitle: "Emiten Prajogo Pangestu Rapat Pertama"\nsource: Kompas\n---\n'
            "JAKARTA, kompas.com - Emiten milik konglomeratPrajogo Pengestuini akan melantai "
            "di bursa. Gerai PT Pertamini dibuka di Jakarta pada Senin (8/1/2024).\n"
        }
    )
    (article,) = load([folder]).stories[0].articles
    body = prose(article)
    # "Pengestu" is the title's "Pangestu" with a letter slipped, then glued to "ini"
    assert "Prajogo Pengestu ini akan" in body
    # "Pertam" is a letter from "Pertama", but that is a word, not a name
    assert "PT Pertamini dibuka" in body
