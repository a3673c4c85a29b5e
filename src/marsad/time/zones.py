"""Where a clock time written without its zone was read: the IANA zone of a place or a state.

A place the zone table names («لوس أنجلوس», «بكين») keeps its own zone; any other place or state keeps its
country's: the tz database's first zone for it (``zone.tab`` of the ``tzdata`` package), or the capital's zone
``zones.yaml`` gives where that first zone is not the capital's (Russia's first is Kaliningrad).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from marsad.text.normalize import match_key
from marsad.time.lexicon import DATA_DIR


def _key(s: str) -> str:
    return " ".join(match_key(s).split())


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    data = yaml.safe_load((DATA_DIR / "zones.yaml").read_text(encoding="utf-8")) or {}
    by_name = {_key(name): zone for zone, names in (data.get("zones") or {}).items()
               if zone not in ("UTC", "local") for name in names}
    by_country: dict[str, str] = {}
    try:
        tab = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # (no tzdata: only the curated capitals)
        tab = ""
    for line in tab.splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and not line.startswith("#"):
            by_country.setdefault(parts[0], parts[2])
    by_country.update(data.get("capitals") or {})
    return by_name, by_country


def place_zone(surface: str, country_iso: str | None) -> str | None:
    """The zone of a place written ``surface`` in a state ``country_iso`` (either may be unknown)."""
    by_name, by_country = _tables()
    zone = by_name.get(_key(surface))
    if zone is None and country_iso:
        zone = by_country.get(country_iso.upper())
    return zone
