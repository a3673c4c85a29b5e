"""Foreign names spelled by lookup in the list of real Latin names (extract/latin_names.py).

Pairs from corpus articles and the samples, where the letter rule gave Wewdz, Kaizer, Shirinbik."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from marsad.extract.latin_names import latin_names, table_rows
from marsad.extract.names import Transliterator
from marsad.kb import load_kb
from marsad.text.normalize import match_key


@pytest.mark.parametrize(("arabic", "kind", "latin"), [
    ("وودز", "family", "Woods"),  # BB-middleEast-433-20180502, Airwars' director
    ("شيرينبيك", "family", "Schierenbeck"),  # snn-2015-08-06-0568
    ("كايزر", "family", "Kaiser"),
    ("كيمبف", "family", "Kempf"),  # SK-economy-1029-20180722
    ("سوليفان", "family", "Sullivan"),
    ("كاميرون", "family", "Cameron"),
    ("ميدفيديف", "family", "Medvedev"),
    ("ترودو", "family", "Trudeau"),  # a French «eau» is one «و»
    ("اوستن", "family", "Austin"),  # an initial vowel comes with its «ا»
    ("ميسون", "family", "Mason"),  # not Emison: Arabic writes the vowel a name starts with
    ("ديتر", "given", "Dieter"),
])
def test_latin_names_lookup(arabic: str, kind: str, latin: str) -> None:
    assert latin_names().lookup(match_key(arabic), kind) == latin


# («أمافي», Jordan Amavi: its «أ» is a vowel of the name, no Maffei's)
@pytest.mark.parametrize("arabic", ["مولامفي", "الخثعمي", "أمافي"])
def test_latin_names_no_close_name_is_none(arabic: str) -> None:
    assert latin_names().lookup(match_key(arabic), "family") is None


def test_latin_names_a_given_name_is_not_looked_up_as_a_family_name() -> None:
    assert latin_names().lookup(match_key("ديتر"), "family") != "Dieter"


def test_latin_names_table_matches_the_rules() -> None:
    """The shipped table's skeletons are those the rules give now: edit latin_lookup.yaml, rebuild the table
    (scripts/build_latin_names.py)."""
    path = resources.files("marsad").joinpath("data", "kb", "latin_names.tsv.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        lines = [line.rstrip("\n") for line in fh if not line.startswith("#")]
    assert len(lines) > 100_000
    shipped = set(lines)
    for line in lines[::97]:
        kind, _, _, name, _, weight = line.split("\t")
        assert line in table_rows(name, kind, int(weight)), line
        assert set(table_rows(name, kind, int(weight))) <= shipped, name


@pytest.mark.parametrize(("arabic", "english"), [
    ("كريس وودز", "Chris Woods"),
    ("أندرياس شيرينبيك", "Andreas Schierenbeck"),
    # the rule keeps what its endings know, and words of one consonant
    ("ماغمد خاؤدوف", "Magomed Khaudov"),
    ("ريتشارد توتاه", "Richard Totah"),
])
def test_latin_names_spell_foreign_names(arabic: str, english: str) -> None:
    assert Transliterator(load_kb()).foreign(arabic)[0] == english
