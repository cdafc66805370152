"""Per-word work done at build time: the shipped data/features.json is what
scripts/build_features.py makes of today's model, training text and stemmer."""

from __future__ import annotations

import importlib.util

from factdiff.extract.tagger import _model_attributes, model_files
from factdiff.stem import computed_stem, features, stem
from tests.conftest import ROOT


def _script():
    spec = importlib.util.spec_from_file_location(
        "build_features", ROOT / "scripts" / "build_features.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_features_are_what_the_script_makes():
    shipped = (ROOT / "factdiff" / "data" / "features.json").read_text(encoding="utf-8")
    assert shipped == _script().build(), "run: python scripts/build_features.py"


def test_shipped_stems_are_the_stemmers():
    stems = features()["stems"]["id"]
    assert stems["pertemuan"] == "temu" and stems["bertemu"] == "temu"
    for word in ("pertemuan", "mengungsi", "kebijakan", "rumah"):
        assert stem(word, "id") == computed_stem(word, "id")
    assert stem("meetings", "en") == computed_stem("meetings", "en") == "meet"


def test_the_english_training_vocabulary_is_stemmed_at_build_time():
    stems = features()["stems"]["en"]
    assert stems["meetings"] == "meet" and stems["said"] == "say"  # an irregular verb
    for word in ("meetings", "officials", "announced", "said", "the"):
        assert stem(word, "en") == computed_stem(word, "en")


def test_the_tagger_reads_the_shipped_attributes_of_its_own_model_only(tmp_path):
    for language in ("id", "en"):  # every shipped model: no dump parsed at start-up
        model = ROOT / "factdiff" / "data" / model_files(language)[0]
        shipped = frozenset(features()["models"][language]["attributes"])
        assert _model_attributes(str(model)) == shipped
    other = tmp_path / "retrained.crfsuite"
    other.write_bytes(model.read_bytes() + b"\0")
    assert _model_attributes(str(other)) is None  # then the model's own dump is read
