"""How much work the comparison does, counted in calls (never timed): what several rules read
is made once per story or pair of sources, and cheap tests come before the costly ones."""

from __future__ import annotations

from factdiff import name_index, spellings
from factdiff import referents as referents_module
from factdiff.compare import statements, strays
from factdiff.compare.rules import quote_dates, quotes, speakers
from factdiff.extract.quotes import normalize_quote
from factdiff.model import Mention
from factdiff.places import gazetteer
from factdiff.referents import Referents, person
from tests.compare.build import Draft, story


def _counted(monkeypatch, module, name: str) -> list:
    calls: list = []
    original = getattr(module, name)

    def counting(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def _quoting(first: str, second: str):
    a = Draft(f"“{first},” kata Budi Santoso.", "a.com")
    b = Draft(f"“{second},” kata Budi Santoso.", "b.com")
    for draft, quote in ((a, first), (b, second)):
        draft.mention("quote", quote, normalized=normalize_quote(quote), qualifier="Budi Santoso")
        draft.mention("person", "Budi Santoso")
    return story(a, b)


def test_the_quotes_of_two_sources_are_paired_once_for_all_the_quote_rules(monkeypatch):
    ctx = _quoting(
        "Kami akan membangun jembatan baru di desa itu tahun depan",
        "Kami akan membangun jembatan baru di desa itu tahun ini",
    )
    runs = _counted(monkeypatch, statements, "shared_run")
    found = quotes.check(ctx, 0, 1) + speakers.check(ctx, 0, 1) + quote_dates.check(ctx, 0, 1)
    assert len(runs) == 1  # three rules, one pairing of the two quotes
    assert [f.kind for f in found] == ["quote"]


def test_quotes_with_too_few_words_in_common_are_not_matched_in_order(monkeypatch):
    ctx = _quoting(
        "Kami akan membangun jembatan baru di desa itu tahun depan",
        "Harga beras naik karena musim kemarau panjang melanda petani",
    )
    matchers = _counted(monkeypatch, statements, "SequenceMatcher")
    assert statements.same_quotes(ctx, 0, 1) == []
    assert matchers == []  # the count of shared words already rules them out


def test_names_with_other_first_letters_are_not_tested_as_misspellings(monkeypatch):
    refs = Referents(gazetteer())
    variants = _counted(monkeypatch, referents_module, "name_variant")
    rina, budi = person("Rina Wijaya"), person("Budi Santoso")
    assert refs.misspelling(rina, budi) is None
    assert variants == []
    # a slip keeps a word's first letter; a name written together keeps its letters
    assert refs.misspelling(person("Budi Santoso"), person("Budi Sanotso")) is not None
    assert refs.misspelling(person("Sky Lab"), person("Skylab")) is not None
    assert len(variants) == 2


def test_names_without_a_word_in_common_are_not_tested_further_as_one_referent(monkeypatch):
    refs = Referents(gazetteer())
    people = _counted(monkeypatch, referents_module, "_same_person")
    assert not refs.same(person("Rina Wijaya"), person("Budi Santoso"))
    assert people == []
    assert refs.same(person("Joko Widodo"), person("Jokowi"))  # a nickname
    assert refs.same(person("Susilo Bambang Yudhoyono"), person("SBY"))  # initials
    assert refs.same(person("Budi Santoso"), person("Santoso"))
    organization = Mention("organization", 0, 0, "KPK", "KPK")
    full = Mention(
        "organization", 0, 0, "Komisi Pemberantasan Korupsi", "Komisi Pemberantasan Korupsi"
    )
    assert refs.same(organization, full)  # an acronym


def test_a_word_is_tried_only_against_name_words_with_its_first_letter(monkeypatch):
    x = Draft("Warga kota melihat Pyongang dari jauh.", "a.com").extraction()
    names = [person("Budi Santoso"), person("Rina Wijaya"), person("Pyongyang Kim")]
    slips = _counted(monkeypatch, strays, "_one_slip")
    found = strays.strays(x, frozenset(), names)
    assert [(s.mention.text, s.part) for s in found] == [("Pyongang", "pyongyang")]
    assert slips == [("Pyongang", "Pyongyang")]


def test_the_cheap_shape_of_a_name_is_what_a_misspelling_keeps():
    assert spellings.may_be_variants("Shanghai", "Shahai")
    assert spellings.may_be_variants("Sky Lab", "Skylab")
    assert spellings.may_be_variants("Bankman-Fried", "Bankman-Freid")
    assert not spellings.may_be_variants("Rina Wijaya", "Budi Wijaya")
    assert not spellings.may_be_variants("Manuel Valls", "Manuel Valls Jr")


def _two_guest_lists():
    """Two sources listing four guests each; one name in both, spelt two ways."""
    a = Draft("Rina Wijaya, Budi Santoso, Agus Pratama dan Dewi Lestari hadir.", "a.com")
    b = Draft("Rudi Hartono, Budi Santosa, Eko Prasetyo dan Maya Sari hadir.", "b.com")
    for draft in (a, b):
        for name in draft.text.split(" hadir")[0].replace(" dan ", ", ").split(", "):
            draft.mention("person", name)
    return story(a, b)


def test_only_names_that_pass_the_cheap_test_are_paired_for_the_spelling_rule(monkeypatch):
    from factdiff.compare.rules import spelling

    ctx = _two_guest_lists()
    tried = _counted(monkeypatch, Referents, "misspelling")
    found = spelling.check(ctx, 0, 1)
    assert [(f.a.value, f.b.value) for f in found] == [("Budi Santoso", "Budi Santosa")]
    # of the 16 pairs of a name of each source, only those whose words begin with the same
    # letters (the names of one source are tried against each other once a variant is found)
    ours = {m.text for m in ctx.extractions[0].mentions}
    across = {(x.text, y.text) for _, x, y in tried if (x.text in ours) != (y.text in ours)}
    assert across == {("Budi Santoso", "Budi Santosa")}


def test_the_index_pairs_a_one_word_place_with_a_full_persons_name():
    # a one-word place no gazetteer knows is compared as a person ("Timberake" of "Justin
    # Timberlake"): the index must offer it though their first letters differ
    from factdiff.compare.rules import spelling

    a = Draft("Penyanyi Justin Timberlake tampil di Jakarta.", "a.com")
    a.mention("person", "Justin Timberlake")
    b = Draft("Penggemar menunggu Timberake tampil di Jakarta.", "b.com")
    b.mention("place", "Timberake")
    found = spelling.check(story(a, b), 0, 1)
    assert [(f.a.value, f.b.value) for f in found] == [("Justin Timberlake", "Timberake")]


def test_a_stray_word_is_tried_only_against_names_it_may_misspell(monkeypatch):
    x = Draft("Warga kota melihat Pyongang dari jauh.", "a.com").extraction()
    names = [person("Budi Santoso"), person("Rina Wijaya"), person("Kim Pyongyang")]
    names.append(Mention("place", 0, 0, "Pyon Gang", "Pyon Gang"))  # written apart
    trials = _counted(monkeypatch, strays, "_trial")
    found = strays.strays(x, frozenset(), names)
    assert [(s.mention.text, s.part) for s in found] == [("Pyongang", "pyongyang")]
    assert [name for _, name in trials] == ["Kim Pyongyang"]  # the first that may be it


def test_a_name_is_tried_as_one_referent_only_with_names_it_may_be(monkeypatch):
    from factdiff.compare.rules import spelling

    ctx = _two_guest_lists()
    tried = _counted(monkeypatch, Referents, "same")
    spelling.check(ctx, 0, 1)
    # not 32 pairs (every unmatched name of each side against every name of the other):
    # only those with a word or a first letter in common
    assert sorted((x.text, y.text) for _, x, y in tried) == [
        ("Budi Santosa", "Budi Santoso"),
        ("Budi Santoso", "Budi Santosa"),
        ("Rina Wijaya", "Rudi Hartono"),
        ("Rudi Hartono", "Rina Wijaya"),
    ]


def test_the_referent_index_offers_every_name_that_is_one_referent_with_another():
    refs = Referents(gazetteer())

    def named(type_: str, text: str, canonical: str | None = None) -> Mention:
        return Mention(type_, 0, 0, text, canonical or text)

    names = [
        named("person", "Joko Widodo"),
        named("person", "Jokowi"),
        named("person", "Susilo Bambang Yudhoyono"),
        named("person", "SBY"),
        named("person", "Xi", "Xi Jinping"),
        named("person", "Presiden Xi Jinping"),
        named("person", "Raja Charles"),
        named("person", "Charles"),
        named("person", "Rina Wijaya"),
        named("organization", "KPK"),
        named("organization", "Komisi Pemberantasan Korupsi"),
        named("place", "New York City"),
        named("place", "New York"),
        named("place", "Reagan National Airport"),
        named("place", "Ronald Reagan Washington National Airport"),
        named("place", "Tiongkok", "China"),
        named("place", "China"),
        named("place", "Asia"),
        named("place", "Asia Tengah"),
    ]
    index = name_index.ReferentIndex(refs, names)
    ones = [(m.text, n.text) for m in names for n in names if m is not n and refs.same(m, n)]
    assert ("Jokowi", "Joko Widodo") in ones and ("New York", "New York City") in ones
    assert ("Reagan National Airport", "Ronald Reagan Washington National Airport") in ones
    for m in names:
        offered = {n.text for n in index.candidates(m)}
        assert {y for x, y in ones if x == m.text} <= offered
    assert "Rina Wijaya" not in {n.text for n in index.candidates(names[0])}
    assert "China" not in {n.text for n in index.candidates(names[-1])}


def test_an_articles_names_are_tried_against_each_other_only_where_one_may_misspell_the_other(
    monkeypatch,
):
    from factdiff.compare.rules import spelling

    a = Draft("Rina Wijaya, Budi Santoso, Agus Pratama, Budi Santosa dan Eko Prasetyo.", "a.com")
    for name in a.text.rstrip(".").replace(" dan ", ", ").split(", "):
        a.mention("person", name)
    ctx = story(a, Draft("Warga hadir.", "b.com"))
    tried = _counted(monkeypatch, Referents, "misspelling")
    found = spelling.check_article(ctx, 0)
    assert [(f.a.value, f.b.value) for f in found] == [("Budi Santosa", "Budi Santoso")]
    assert [(x.text, y.text) for _, x, y in tried] == [("Budi Santosa", "Budi Santoso")]


def test_a_pair_of_names_is_decided_once_a_story(monkeypatch):
    refs = Referents(gazetteer())
    variants = _counted(monkeypatch, referents_module, "name_variant")
    for _ in range(3):
        assert refs.misspelling(person("Budi Santoso"), person("Budi Sanotso")) is not None
    assert len(variants) == 1


def test_two_words_are_measured_once_a_process(monkeypatch):
    import jellyfish

    distances = _counted(monkeypatch, jellyfish, "damerau_levenshtein_distance")
    for _ in range(3):
        assert spellings.misspelt_word("Kuswandaru", "Kuswandaro")
        assert strays._trial("Kuswandoro", "Teguh Kuswandaru") is not None
    assert len(distances) == 3  # the two words; the stray against the name, in two tests


def test_a_lone_name_is_offered_only_full_names_with_a_word_of_its_first_letter():
    refs = Referents(gazetteer())
    full = [person("Rina Wijaya"), person("Budi Santoso"), person("Siti Bankman-Fried")]
    lone = [
        person("Santosa"),
        person("Kartika"),
        Mention("place", 0, 0, "Freid", "Freid"),  # a one-word place no gazetteer knows
        Mention("person", 0, 0, "Widjaja", "Rina Widjaja"),  # linked to a full name
    ]
    index = name_index.SpellingIndex(full + lone)
    offered = {m.text: {n.text for n in index.candidates(m)} - {m.text} for m in full + lone}
    assert offered["Santosa"] == {"Budi Santoso", "Siti Bankman-Fried"}
    assert offered["Kartika"] == set()
    assert offered["Freid"] == {"Siti Bankman-Fried"}
    assert offered["Widjaja"] == {"Rina Wijaya"}  # as "Rina Widjaja"
    assert offered["Budi Santoso"] == {"Santosa"}
    for m in full + lone:  # every misspelling is among the names offered
        for n in full + lone:
            if n is not m and refs.misspelling(m, n) is not None:
                assert n.text in offered[m.text], (m.text, n.text)


def test_a_word_is_split_only_when_a_beginning_of_it_is_a_word(monkeypatch):
    ctx = _quoting(
        "Kami akan membangun jembatanbaru di desa Xqzwrtvb tahun depan",
        "Kami akan membangun jembatan baru di desa itu tahun depan",
    )
    splits = _counted(monkeypatch, statements, "_split")
    assert len(statements.same_quotes(ctx, 0, 1)) == 1
    # "jembatanbaru" is split into the other quote's words; "xqzwrtvb" opens with none
    assert {args[0] for args in splits} == {"jembatanbaru"}


def test_an_articles_spelt_out_acronyms_are_read_once_a_story(monkeypatch):
    from factdiff.compare.rules import acronyms

    texts = ("Energi dan Sumber Daya Mineral (ESDM)", "Energi dan Sumber Daya Alam (ESDM)")
    drafts = [Draft(f"Kementerian {texts[k % 2]} menjelaskan.", f"{k}.com") for k in range(3)]
    ctx = story(*drafts)
    reads = _counted(monkeypatch, acronyms, "_spelt_out")
    found = [f for i, j in ((0, 1), (0, 2), (1, 2)) for f in acronyms.check(ctx, i, j)]
    assert len(found) == 2  # the odd one out, against each of the others
    assert len(reads) == 3  # not twice for each of the three pairs


def test_two_words_too_far_apart_are_not_tested_for_derived_forms(monkeypatch):
    derived = _counted(monkeypatch, spellings, "_derived")
    assert not spellings.misspelt_word("Sumbawanto", "Sumbawarin")  # three edits
    assert derived == []
    assert not spellings.misspelt_word("Korea", "Koreans")  # a derived form, two letters on
    assert spellings.misspelt_word("Sumbawanto", "Sumbawanta")
    assert derived == [("sumbawanto", "sumbawanta")]


def test_an_articles_names_are_indexed_once_a_story(monkeypatch):
    from factdiff.compare.rules import spelling

    drafts = [Draft(f"Budi Santoso dan Rina Wijaya hadir ({k}).", f"{k}.com") for k in range(3)]
    for draft in drafts:
        draft.mention("person", "Budi Santoso")
        draft.mention("person", "Rina Wijaya")
    ctx = story(*drafts)
    built = _counted(monkeypatch, spelling, "SpellingIndex")
    for i, j in ((0, 1), (0, 2), (1, 2)):
        assert spelling.check(ctx, i, j) == []
    assert len(built) == 3  # one an article, not two for each pair of sources


def test_the_in_article_rule_indexes_no_other_articles_names(monkeypatch):
    from factdiff.compare.rules import spelling

    a = Draft("Budi Santoso dan Budi Santosa hadir.", "a.com")
    a.mention("person", "Budi Santoso")
    a.mention("person", "Budi Santosa")
    b = Draft("Rina Wijaya hadir.", "b.com")
    b.mention("person", "Rina Wijaya")
    ctx = story(a, b)
    referent_indexes = _counted(monkeypatch, spelling, "ReferentIndex")
    assert len(spelling.check_article(ctx, 0)) == 1
    assert referent_indexes == []  # made when a pair of sources needs it, not before


def test_a_word_is_looked_up_in_the_vocabularies_once_a_process(monkeypatch):

    forms = _counted(monkeypatch, spellings, "english_forms")
    for _ in range(3):
        assert not spellings.common("zubairovskiy")
    assert len(forms) == 1


def test_a_capitalised_word_inside_any_of_overlapping_quotes_is_no_stray():
    text = "Kata Sumbarjo: “Kami dan Wiranto tahu, “kata Harjono” juga.” Lalu Kusnadi pergi."
    inner, outer = text.index("“kata"), text.index("“Kami")
    quoted = ((outer, text.index("juga.”") + 6), (inner, text.index("Harjono”") + 8))
    words = [word for _, word in strays._candidates_in(text, quoted)]
    assert "Wiranto" not in words and "Harjono" not in words
    assert "Sumbarjo" in words and "Kusnadi" in words


def test_a_terms_weight_is_made_once_a_process(monkeypatch):
    from types import SimpleNamespace

    from factdiff import align

    weights = _counted(monkeypatch, align, "weight")
    a = SimpleNamespace(terms=frozenset({"@zubaidah kuswandaru", "#07-14", "kuswandaru-temu"}))
    b = SimpleNamespace(terms=frozenset({"@zubaidah kuswandaru", "#07-14", "kuswandaru-pergi"}))
    for _ in range(3):
        assert align.score(a, b) == (3.5 / 4.5, 3.5, 3.5 / 4.5)
    assert len(weights) == 4  # the four terms, not twenty-one lookups
