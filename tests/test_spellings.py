"""The string test behind name-spelling, on names of both languages."""

import pytest

from factdiff.spellings import Variant, misspelt_part, name_variant


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Shanghai", "Shahai"),
        ("Padang Pariaman", "Padang Parimana"),  # two letters swapped and moved
        ("Muhammad Shohibul Fikri", "Muhammad Shihibul Fikri"),
        ("Glock 19", "Glok 19"),
        ("Bank BJB", "Bank BJ"),  # an acronym, inside a longer name
        ("Prime Minister Manuel Valls", "Prime Minister Manual Valls"),
        ("Pyongyang", "Pyongang"),
    ],
)
def test_misspellings(a, b):
    assert name_variant(a, b) is Variant.SPELLING


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Korea", "Korean"),  # a demonym
        ("Nigeria", "Nigerian"),
        ("Japan Self", "Japanese Self"),
        ("Nations Security Council", "National Security Council"),  # one stem
        ("Islamic", "Islamist"),
        ("Kennedy Space Centre", "Kennedy Space Center"),  # British and American
        ("Tesla Roadster", "Tesla Roadsters"),
        ("Bahlil Lahadalia", "Bahlil Lahadaliayang"),  # a word glued on
        ("Supply Chain", "Supply Chain7"),
        ("Euro", "Europe"),  # cut short by more than a letter
        ("Energi dan Sumber Daya Alam", "Energi dan Sumber Daya Mineral"),  # another word
        ("Budi Santoso", "Rina Wulandari"),
        ("Anhar Adel", "Antara Adel"),  # a short word: two names, not one misspelt
        ("SH", "SJ"),  # a lone acronym
        ("Chang'e", "Chang’e"),  # typography
        ("NATO", "Naito"),  # an acronym and a name written in lower case
    ],
)
def test_no_misspelling(a, b):
    assert name_variant(a, b) is not Variant.SPELLING


def test_written_apart_and_together():
    assert name_variant("Sky Lab", "Skylab") is Variant.SPACING
    assert name_variant("Nice-Matin", "Nice Matin") is Variant.SPACING


def test_a_lone_word_against_a_full_names_word_needs_one_edit_in_a_long_word():
    assert misspelt_part("Juhanda", "Johanda")
    assert not misspelt_part("Mars", "Marc")  # too short to tell
    assert not misspelt_part("Bodies", "Brodie")  # two edits
