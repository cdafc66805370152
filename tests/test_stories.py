"""The group stage: stories found in a flat folder are the events they tell, and a folder of
look-alike articles never becomes one giant story."""

from __future__ import annotations

from datetime import date, timedelta

from factdiff.pipeline import CheckOptions, check
from factdiff.stories import MAX_DAYS, MAX_STORY, Signature, group_signatures

GIVEN = ["Budi", "Sari", "Andi", "Rina", "Joko", "Dewi", "Agus", "Maya", "Hadi", "Tono", "Wulan"]
GIVEN += ["Rudi", "Lina", "Eko", "Nina"]


def _md(source: str, published: str, text: str) -> str:
    return f'---\ntitle: ""\nsource: "{source}"\npublished: "{published}"\n---\n\n{text}\n'


# four stories, interleaved: two floods in Jakarta seven weeks apart (the same governor, river
# and districts), a central bank decision told in English, and a quake told in English and
# Indonesian
ARTICLES = {
    "01.md": _md(
        "kompas.com",
        "2023-01-03",
        "Banjir merendam 1.400 rumah di Kampung Melayu, Jakarta Timur, pada Selasa (3/1/2023). "
        "Penjabat Gubernur DKI Jakarta Heru Budi Hartono mengatakan 820 warga mengungsi ke "
        "GOR Otista. Sungai Ciliwung meluap setelah hujan deras sejak Senin malam. BPBD DKI "
        "Jakarta mengerahkan 12 perahu karet untuk mengevakuasi warga lanjut usia.",
    ),
    "02.md": _md(
        "reuters.com",
        "2023-07-26",
        "The Federal Reserve raised its benchmark interest rate by a quarter of a percentage "
        "point on Wednesday, to a range of 5.25% to 5.50%, the highest in 22 years. Fed Chair "
        "Jerome Powell told reporters in Washington that the central bank would decide on "
        "further increases meeting by meeting. Inflation has fallen to 3% from a peak of 9.1%.",
    ),
    "03.md": _md(
        "apnews.com",
        "2022-11-21",
        "A magnitude 5.6 earthquake struck Cianjur in West Java, Indonesia, on Monday, killing "
        "at least 162 people, Governor Ridwan Kamil said. Hundreds of houses collapsed in the "
        "town of Cianjur, and the National Disaster Mitigation Agency said 2,345 houses were "
        "damaged. Rescuers searched for people buried under landslides in Cugenang.",
    ),
    "04.md": _md(
        "detik.com",
        "2023-02-21",
        "Banjir kembali melanda Kampung Melayu, Jakarta Timur, pada Selasa (21/2/2023) setelah "
        "Sungai Ciliwung meluap. Penjabat Gubernur DKI Jakarta Heru Budi Hartono meninjau "
        "pengungsian di GOR Otista. Sebanyak 300 warga mengungsi dan BPBD DKI Jakarta "
        "menyiagakan perahu karet di bantaran sungai.",
    ),
    "05.md": _md(
        "detik.com",
        "2023-01-03",
        "Sebanyak 1.400 rumah di Kampung Melayu, Jakarta Timur, terendam banjir pada Selasa "
        "(3/1). Penjabat Gubernur DKI Jakarta Heru Budi Hartono menyebut 280 warga mengungsi "
        "ke GOR Otista setelah Sungai Ciliwung meluap. BPBD DKI Jakarta menurunkan 12 perahu "
        "karet untuk mengevakuasi warga lanjut usia.",
    ),
    "06.md": _md(
        "cnbc.com",
        "2023-07-26",
        "The Federal Reserve lifted interest rates by 25 basis points on Wednesday to a range of "
        "5.25% to 5.50%, its highest level in 22 years. Chair Jerome Powell said in Washington "
        "that the Fed would take its decisions meeting by meeting, with inflation down to 3% "
        "from a peak of 9.1% last year.",
    ),
    "07.md": _md(
        "kompas.com",
        "2022-11-21",
        "Gempa bermagnitudo 5,6 mengguncang Cianjur, Jawa Barat, pada Senin (21/11/2022). "
        "Gubernur Jawa Barat Ridwan Kamil mengatakan 162 orang meninggal dunia. Badan Nasional "
        "Penanggulangan Bencana mencatat 2.345 rumah rusak, dan tim SAR mencari korban yang "
        "tertimbun longsor di Cugenang.",
    ),
    "08.md": _md(
        "tempo.co",
        "2023-01-04",
        "Banjir setinggi dua meter merendam 1.400 rumah di Kampung Melayu, Jakarta Timur, sejak "
        "Selasa (3/1/2023). Heru Budi Hartono, Penjabat Gubernur DKI Jakarta, mengatakan 820 "
        "warga mengungsi ke GOR Otista. BPBD DKI Jakarta mengerahkan 12 perahu karet di "
        "sepanjang Sungai Ciliwung.",
    ),
    "09.md": _md(
        "reuters.com",
        "2022-11-21",
        "An earthquake of magnitude 5.6 hit Cianjur, West Java, on Monday, killing 162 people, "
        "West Java Governor Ridwan Kamil said. Indonesia's National Disaster Mitigation Agency "
        "said 2,345 houses were damaged, and rescuers were searching for victims of landslides "
        "in Cugenang.",
    ),
    "10.md": _md(
        "kompas.com",
        "2023-02-21",
        "Sungai Ciliwung meluap dan merendam permukiman di Kampung Melayu, Jakarta Timur, pada "
        "Selasa (21/2/2023). Penjabat Gubernur DKI Jakarta Heru Budi Hartono mendatangi GOR "
        "Otista, tempat 300 warga mengungsi. BPBD DKI Jakarta menyiagakan perahu karet.",
    ),
}


def test_interleaved_real_style_stories_are_grouped_right(make_story):
    folder = make_story(ARTICLES, "newsroom")
    result = check([folder], CheckOptions(jobs=1, cache=False))
    groups = sorted(
        sorted(a.path.rsplit("/", 1)[-1][:2] for a in s.articles) for s in result.stories
    )
    # the second flood, seven weeks after the first, is another story, not a part of it
    assert groups == [["01", "05", "08"], ["02", "06"], ["03", "07", "09"], ["04", "10"]]


def _look_alikes(count: int, days_apart: int) -> list[Signature]:
    """A chain of look-alike articles: each shares its words with all, and a person and a day
    with the next (a folder of daily reports on one topic)."""
    words = {"banjir", "warga", "ungsi", "perahu", "sungai"}
    start = date(2023, 1, 3)
    return [
        Signature(
            frozenset(words | {f"@warga {k}", f"@warga {k + 1}", f"#{k}", f"#{k + 1}"}),
            "id",
            start + timedelta(days=days_apart * k),
            ("Jakarta",),
        )
        for k in range(count)
    ]


def test_no_story_grows_past_its_bound():
    groups = group_signatures(_look_alikes(3 * MAX_STORY + 5, 0))
    assert max(map(len, groups)) <= MAX_STORY
    assert sorted(i for g in groups for i in g) == list(range(3 * MAX_STORY + 5))


def test_no_story_spreads_over_more_days_than_one_event():
    signatures = _look_alikes(30, 1)  # one a day for a month
    for group in group_signatures(signatures):
        published = [signatures[i].published for i in group]
        assert (max(published) - min(published)).days <= MAX_DAYS


def test_a_flat_folder_of_look_alikes_is_checked_story_by_story(make_story):
    # each copy quotes a resident, and the next copy quotes her neighbour too: a chain
    names = [f"{given} {family}" for family in ("Santoso", "Wijaya") for given in GIVEN]
    text = ARTICLES["01.md"] + "\nKata warga {}, didampingi tetangganya {}.\n"
    copies = {
        f"{k:02d}.md": text.format(names[k], names[k + 1]).replace("kompas.com", f"o{k}.com")
        for k in range(MAX_STORY + 4)
    }
    result = check([make_story(copies, "drop")], CheckOptions(jobs=1, cache=False))
    assert max(len(s.articles) for s in result.stories) <= MAX_STORY
    assert sum(len(s.articles) for s in result.stories) == MAX_STORY + 4
