"""quote-in-prose on hand-made articles: one outlet quotes, the other retells in its prose."""

from factdiff.compare.rules import prose_quotes
from factdiff.extract.quotes import normalize_quote
from tests.compare.build import Draft, story


def retold(quote: str, prose: str, lang: str = "en", speaker: str = "Hughes", story_words=""):
    """The findings of article a quoting ``quote`` and article b telling ``prose``, with a
    third article that tells ``story_words`` (what other outlets call things)."""
    verb = "kata" if lang == "id" else "said"
    a = Draft(f"“{quote},” {verb} {speaker}.", "a.com", lang)
    a.mention("quote", quote, normalized=normalize_quote(quote), qualifier=speaker)
    b = Draft(prose, "b.com", lang)
    c = Draft(story_words or "-", "c.com", lang)
    ctx = story(a, b, c)
    return [
        (f.severity, f.a.source, f.b.source, f.message)
        for f in prose_quotes.check(ctx, 0, 1) + prose_quotes.check(ctx, 1, 0)
    ]


EDDIES = (
    "Ocean eddies almost always head to the west, but by pairing up they can move to the "
    "east and travel ten times as fast as a normal eddy"
)
STORY_EN = "The ocean is full of eddies. Linked eddies were spotted in the Tasman Sea."


def test_a_quote_retold_with_what_the_story_is_about_renamed_is_a_warning():
    found = retold(
        EDDIES,
        "Scientists found rings. Ocean gorges almost always head to the west, but by matching "
        "up, they can move to the east and travel ten times as fast as a regular swirl.",
        story_words=STORY_EN,
    )
    assert [f[:3] for f in found] == [("warning", "a.com", "b.com")]  # once per retold sentence
    assert '"eddies" / "gorges"' in found[0][3]
    pusaran = (
        "Pusaran laut hampir selalu bergerak ke arah barat, tetapi dengan berpasangan mereka "
        "bisa bergerak ke timur sepuluh kali lebih cepat"
    )
    found = retold(
        pusaran,
        "Palung laut hampir selalu bergerak ke arah barat, tetapi dengan berpasangan mereka "
        "bisa bergerak ke timur sepuluh kali lebih cepat.",
        "id",
        story_words="Laut penuh dengan pusaran. Pusaran itu terlihat di Laut Tasman.",
    )
    assert [f[0] for f in found] == ["warning"]
    assert '"Pusaran" / "Palung"' in found[0][3]


def test_a_number_changed_in_a_retold_quote_is_a_warning_a_plain_word_info():
    found = retold(
        "We have questioned 12 witnesses in this corruption case since the start of the month",
        "Police have questioned 21 witnesses in this corruption case since the start of the month.",
    )
    assert [f[0] for f in found[:1]] == ["warning"]
    found = retold(
        "Kami sudah memeriksa dua belas saksi dalam kasus korupsi ini sejak awal bulan lalu",
        "Penyidik sudah memeriksa dua belas saksi dalam perkara korupsi ini sejak awal bulan lalu.",
        "id",
    )
    assert [f[0] for f in found[:1]] == ["info"]


def test_indirect_speech_trims_house_style_and_paraphrase_are_nothing():
    # pronoun and tense shifted for indirect speech, the quote trimmed
    assert (
        retold(
            "I have looked at other areas of other oceans but I have only seen them around "
            "Australia, plus one in the South Atlantic",
            "He said he has looked at other areas of other oceans but he has only seen them "
            "around Australia.",
        )
        == []
    )
    # house spelling, one outlet's longer version
    assert (
        retold(
            "We will stabilise the market and protect jobs in the region this year",
            "The minister will stabilize the market and protect all the jobs in the region "
            "this year, and more.",
        )
        == []
    )
    # a connective of the retelling's own, a term in the language's spelling
    assert (
        retold(
            "Selain itu, masyarakat diharapkan mempertimbangkan aspek kebutuhan dan kemampuan "
            "bayar agar tidak terjebak pinjaman online ilegal",
            "Lebih lanjut, masyarakat diharapkan mempertimbangkan aspek kebutuhan dan kemampuan "
            "bayar agar tidak terjebak pinjaman online ilegal.",
            "id",
        )
        == []
    )
    # an outlet's own paraphrase: many words its own
    assert (
        retold(
            "The flood waters rose quickly and the people of the village had very little time "
            "to leave their homes",
            "The flood waters climbed rapidly and the residents of the hamlet had scarcely any "
            "time to flee their houses.",
        )
        == []
    )


def test_a_quote_the_other_outlet_quotes_too_is_left_to_quote_wording():
    a = Draft(f"“{EDDIES},” said Hughes.", "a.com", "en")
    a.mention("quote", EDDIES, normalized=normalize_quote(EDDIES), qualifier="Hughes")
    other = EDDIES.replace("normal", "usual")
    b = Draft(
        f"“{other},” Hughes said. {EDDIES.replace('eddies', 'gorges')}.",
        "b.com",
        "en",
    )
    b.mention("quote", other, normalized=normalize_quote(other), qualifier="Hughes")
    ctx = story(a, b, Draft(STORY_EN, "c.com", "en"))
    assert prose_quotes.check(ctx, 0, 1) == []
