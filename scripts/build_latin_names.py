"""Build ``src/marsad/data/kb/latin_names.tsv.gz``, the list of real Latin names foreign names are looked up in.

Sources (both permissive, neither needed at run time):
- ``names`` 0.3.0 (MIT): the 1990 US census lists of family names (88,799) and given names, with frequencies
  (public-domain data);
- ``faker`` 40.54.0 (MIT): the given and family names of its person providers, one list per country.

    .venv/bin/pip install names==0.3.0 faker==40.54.0
    .venv/bin/python scripts/build_latin_names.py

Each line: kind (given/family), consonant skeleton, vowel gaps, name, reading cost, weight (census frequency in
thousandths of a percent, at least 1; Faker's names 1). The skeletons are computed here so that loading is a read.
"""

from __future__ import annotations

import gzip
import importlib
import io
import pkgutil
import re
import sys
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from marsad.extract.latin_names import table_rows

OUT = Path(__file__).resolve().parent.parent / "src" / "marsad" / "data" / "kb" / "latin_names.tsv.gz"
LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț'’-]+")
CENSUS = {"dist.all.last": "family", "dist.male.first": "given", "dist.female.first": "given"}
FAKER_FIELDS = {"first_names": "given", "first_names_male": "given", "first_names_female": "given",
                "last_names": "family", "first_romanized_names": "given", "last_romanized_names": "family"}


def _census_case(name: str) -> str:
    name = name.capitalize()
    return "Mc" + name[2:].capitalize() if name.startswith("Mc") and len(name) > 2 else name


def census() -> Iterable[tuple[str, str, int]]:
    for fname, kind in CENSUS.items():
        text = resources.files("names").joinpath(fname).read_text(encoding="utf-8")
        for line in text.splitlines():
            name, freq, *_ = line.split()
            yield _census_case(name), kind, max(1, round(float(freq) * 1000))


def faker_names() -> Iterable[tuple[str, str, int]]:
    import faker.providers.person as person

    for mod in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"faker.providers.person.{mod.name}"), "Provider", None)
        for field, kind in FAKER_FIELDS.items():
            values = getattr(provider, field, None)
            if isinstance(values, dict | list | tuple):
                for name in values:
                    yield str(name), kind, 1


def main() -> int:
    weights: dict[tuple[str, str], int] = {}
    for name, kind, weight in [*census(), *faker_names()]:
        name = name.strip()
        if LATIN.fullmatch(name):
            weights[(name, kind)] = max(weights.get((name, kind), 0), weight)
    lines = sorted(line for (name, kind), weight in weights.items() for line in table_rows(name, kind, weight))
    with OUT.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8") as fh:  # (no time stamp: the same input gives the same file)
        fh.write("# Latin names for foreign-name lookup; built by scripts/build_latin_names.py from the US census "
                 "name lists (via names 0.3.0, MIT) and Faker 40.54.0 (MIT).\n")
        fh.writelines(line + "\n" for line in lines)
    print(f"{len(weights):,} names, {len(lines):,} lines → {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
