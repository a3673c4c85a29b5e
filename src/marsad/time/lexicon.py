"""The time-expression lexicon: every Arabic word the recognizer knows, loaded once from ``data/time``.

Month and weekday names come from Babel CLDR (both month systems); the YAML files add variants, Hijri months,
relative days, parts of day, modifiers, zones and tense cues. Everything is folded to match keys, and all
words go into one clitic-aware Aho-Corasick matcher so an article is scanned once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from marsad.text.lexmatch import PROCLITICS
from marsad.text.normalize import match_key

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "time"


def _load_yaml(name: str) -> dict[str, Any]:
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8")) or {}


def _key(s: str) -> str:
    return " ".join(match_key(str(s)).split())


@dataclass(frozen=True, slots=True)
class MonthName:
    number: int
    hijri: bool = False
    ambiguous: bool = False  # needs support: a day, year, second month name, modifier, «شهر» or preposition
    strict: bool = False  # needs a day, year, second month name or modifier


@dataclass(slots=True)
class TimeLexicon:
    """Compiled knowledge for the recognizer (``matcher`` value kinds: see :mod:`marsad.time.grammar`)."""

    matcher: WordMatcher
    pod: dict[str, dict[str, Any]]  # part-of-day key -> shift rule
    prepositions: frozenset[str]
    name_particles: frozenset[str]  # «دي» of «لويجي دي مايو»: a month name after one is a surname
    weekday_block_before: frozenset[str]
    weekday_block_after: frozenset[str]
    today_block_after: frozenset[str]
    today_block_before: frozenset[str]
    span_fillers: frozenset[str]  # «كامل» of «بعد أسبوع كامل من»
    clock_lead: frozenset[str]
    time_words: frozenset[str]  # weekdays and relative days: a tense cue before one of them is not ours
    future_cues: frozenset[str]
    past_cues: frozenset[str]
    imperfect: frozenset[str]  # imperfect verbs that announce a coming event (all generated forms)
    minutes_re: re.Pattern[str]
    cardinals: dict[str, int] = field(default_factory=dict)
    fractions: dict[str, int] = field(default_factory=dict)
    feasts: dict[str, dict[str, list[int] | int]] = field(default_factory=dict)  # key → date rule
    feast_leads: frozenset[str] = frozenset()  # words a feast must follow to be a date
    same_year: tuple[str, ...] = ()  # «يونيو من ذلك العام»: the year last written (match keys)
    counted_nouns: frozenset[str] = frozenset()  # «في 2000 جنيه»: a number of these, no year (match keys)
    year_leads: tuple[str, ...] = ()  # «كأس العالم 2018», «انتخابات 2016»: a bare year after these (match keys)
    place_zones: dict[str, str] = field(default_factory=dict)  # a place's name (match key) → its IANA zone
    capital_zones: dict[str, str] = field(default_factory=dict)  # ISO state → its capital's zone, where zone.tab's
    # first zone for the state is another

    def place_zone(self, surface: str, country_iso: str | None) -> str | None:
        """Where a clock time written without its zone was read, from a place named ``surface`` in the state
        ``country_iso`` (either may be unknown): a place the zone table names keeps its own zone («لوس أنجلوس»);
        any other keeps its state's, the capital's zone or the tz database's first zone for the state."""
        zone = self.place_zones.get(_key(surface))
        if zone is None and country_iso:
            iso = country_iso.upper()
            zone = self.capital_zones.get(iso) or _country_zones().get(iso)
        return zone


@lru_cache(maxsize=1)
def _country_zones() -> dict[str, str]:
    """ISO state → the tz database's first zone for it (``zone.tab`` of the ``tzdata`` package; none without it)."""
    try:
        tab = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out: dict[str, str] = {}
    for line in tab.splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and not line.startswith("#"):
            out.setdefault(parts[0], parts[2])
    return out


def cldr_month_names(locales: list[str]) -> dict[int, list[str]]:
    """Wide month names of the given CLDR locales (format and stand-alone forms)."""
    from babel.dates import get_month_names

    out: dict[int, list[str]] = {m: [] for m in range(1, 13)}
    for loc in locales:
        for ctx in ("format", "stand-alone"):
            for num, name in get_month_names("wide", context=ctx, locale=loc).items():
                if name not in out[num]:
                    out[num].append(name)
    return out


def cldr_weekday_names() -> dict[int, list[str]]:
    from babel.dates import get_day_names

    out: dict[int, list[str]] = {}
    for ctx in ("format", "stand-alone"):
        for num, name in get_day_names("wide", context=ctx, locale="ar").items():
            out.setdefault(num, [])
            if name not in out[num]:
                out[num].append(name)
    return out


def weekday_names() -> dict[int, list[str]]:
    """Weekday names (0 = Monday): CLDR's, and the spellings days.yaml adds («الإثنين»)."""
    wd = cldr_weekday_names()
    for num, forms in (_load_yaml("days.yaml").get("weekday_variants") or {}).items():
        wd[int(num)].extend(forms)
    return wd


def _ordinals(num: dict[str, Any]) -> tuple[dict[str, int], dict[str, int]]:
    """Masculine day ordinals 1–31 («الحادي والعشرين») and feminine hour ordinals 1–12."""
    masc: dict[str, int] = {}
    units = {int(k): v for k, v in num["ordinal_masc"].items()}
    one = num["ordinal_masc_compound_one"]
    tens = {int(k): v for k, v in num["ordinal_tens_masc"].items()}
    for n, forms in units.items():
        for f in forms:
            masc[_key(f)] = n
    for t, tforms in tens.items():
        for tf in tforms:
            if t != 10:
                masc[_key(tf)] = t  # «العشرين», «الثلاثين»
            for n in range(1, 10):
                if t + n > 31:
                    continue
                for uf in one if n == 1 else units[n]:
                    # «الحادي عشر», «الثاني والعشرين»
                    masc[_key(f"{uf} {tf}" if t == 10 else f"{uf} و{tf}")] = t + n
    for f in num.get("first_day") or ():
        masc[_key(f)] = 1
    fem = {_key(f): int(n) for n, forms in num["ordinal_fem"].items() for f in forms}
    return masc, fem


def _cardinals(num: dict[str, Any]) -> dict[str, int]:
    units = {int(k): v for k, v in num["cardinals"].items()}
    tens = {int(k): v for k, v in num["cardinal_tens"].items()}
    out: dict[str, int] = {}
    for n, forms in units.items():
        for f in forms:
            out[_key(f)] = n
    for t, tforms in tens.items():
        for tf in tforms:
            out[_key(tf)] = t
            for n in range(1, 10):
                for uf in units[n]:
                    out[_key(f"{uf} و{tf}")] = t + n
    return out


_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B)) | frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_MAX_PREFIX = 4


class WordMatcher:
    """Whole-word lexicon matching over key text: proclitics before (و، ب، ل، ال، وبال…), nothing after.

    The same idea as :class:`marsad.text.lexmatch.LexiconMatcher`, specialised for a no-suffix lexicon so the
    per-candidate check is two character look-ups (this stage's budget is ~0.1 ms per article). Each key is
    added once: the first meaning listed wins (CLDR repeats names across locales).
    """

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}
        self._auto = ahocorasick.Automaton()

    def add(self, phrase: str, value: Any) -> None:
        k = _key(phrase)
        if k and k not in self._values:
            self._values[k] = value

    def __len__(self) -> int:
        return len(self._values)

    def entries(self) -> dict[str, Any]:
        return dict(self._values)

    def build(self) -> WordMatcher:
        auto = ahocorasick.Automaton()
        for k, v in self._values.items():
            auto.add_word(k, (k, v, 0))
            if k.startswith("ال") and len(k) > 3 and k[1:] not in self._values:
                auto.add_word(k[1:], (k, v, 1))  # «للرياض»: ل + الرياض with the alef elided
        auto.make_automaton()
        self._auto = auto
        return self

    def find(self, text: str) -> list[tuple[int, int, str, str, Any]]:
        """Leftmost-longest whole-word matches: ``(word start, end, proclitic, key, value)``."""
        n = len(text)
        letters = _LETTERS
        cands = []
        for end_idx, (key, value, lam) in self._auto.iter(text):
            end = end_idx + 1
            if end < n and text[end] in letters:
                continue
            start = end - len(key) + lam
            ws = start
            while ws > 0 and text[ws - 1] in letters:
                ws -= 1
                if start - ws > _MAX_PREFIX:
                    break
            prefix = text[ws:start]
            if lam:
                if not prefix.endswith("ل") or prefix[:-1] + "لل" not in PROCLITICS:
                    continue
                prefix = prefix[:-1] + "لل"
            elif prefix and prefix not in PROCLITICS:
                continue
            cands.append((ws, end, prefix, key, value))
        if len(cands) > 1:
            cands.sort(key=lambda c: (c[0], c[0] - c[1]))
            out = []
            last = -1
            for c in cands:
                if c[0] >= last:
                    out.append(c)
                    last = c[1]
            return out
        return cands


def _imperfect_forms(verbs: list[str]) -> frozenset[str]:
    """«يعقد» → يعقد، تعقد، يعقدون، يعقدان، تعقدان (3rd person; conjunctions are stripped at match time)."""
    out: set[str] = set()
    for v in verbs:
        k = _key(v)
        if not k.startswith("ي"):
            continue
        stem = k[1:]
        for p in ("ي", "ت"):
            out.update({p + stem, p + stem + "ون", p + stem + "ان"})
    return frozenset(out)


def _future_forms(verbs: list[str]) -> frozenset[str]:
    """«سيعقد», «ستعقد», «سيعقدون»: the future particle «سـ» on every imperfect form."""
    return frozenset("س" + f for f in _imperfect_forms(verbs))


@lru_cache(maxsize=1)
def load_lexicon() -> TimeLexicon:
    months = _load_yaml("months.yaml")
    days = _load_yaml("days.yaml")
    expr = _load_yaml("expressions.yaml")
    nums = _load_yaml("numbers.yaml")
    zones = _load_yaml("zones.yaml")

    m = WordMatcher()
    ambiguous = {_key(w) for w in months.get("ambiguous", [])}
    strict = {_key(w) for w in months.get("strict", [])}

    greg = cldr_month_names(months["cldr_locales"])
    for num, forms in (months.get("variants") or {}).items():
        greg[int(num)].extend(forms)
    for num, forms in greg.items():
        for f in forms:
            k = _key(f)
            m.add(k, ("MON", MonthName(num, False, k in ambiguous or k in strict, k in strict)))
    hstrict = {_key(w) for w in months.get("hijri_strict", [])}
    for num, forms in months["hijri"].items():
        for f in forms:
            m.add(f, ("HMON", MonthName(int(num), True, True, _key(f) in hstrict)))

    for num, forms in weekday_names().items():
        for f in forms:
            m.add(f, ("WD", num))
    for word, off in days["relative_days"].items():
        m.add(word, ("REL", int(off)))
    for word in days["day_nouns"]:
        m.add(word, ("YOM", None))
    pod = {}
    for word, rule in days["parts_of_day"].items():
        pod[_key(word)] = rule or {}
        m.add(word, ("POD", _key(word)))

    for direction, words in expr["modifiers"].items():
        for w in words:
            m.add(w, ("MOD", direction))
    for unit, words in expr["units"].items():
        for w in words:
            m.add(w, ("UNIT", unit))
    for w, first in (expr.get("decades") or {}).items():
        m.add(w, ("DECADE", int(first)))
    for season in (expr.get("seasons") or {}).values():
        for w in season["words"]:
            m.add(w, ("SEASON", tuple(season["months"])))
    for unit, words in expr["current_units"].items():
        for w in words:
            m.add(w, ("CUR", unit))
    for w in expr["partitives"]:
        m.add(w, ("PART", None))
    for w, (k, n) in (expr.get("fractions") or {}).items():
        m.add(w, ("PART", (int(k), int(n))))
    for w in expr["equivalence"]:
        m.add(w, ("EQ", None))
    for w in expr["hour_nouns"]:
        m.add(w, ("SAAA", None))
    for w in expr["vague"]:
        m.add(w, ("VAGUE", None))
    feasts = {_key(w): rule for w, rule in (expr.get("feasts") or {}).items()}
    for w in feasts:
        m.add(w, ("FEAST", w))

    masc, fem = _ordinals(nums)
    for k, n in masc.items():
        m.add(k, ("ORDM", n))
    for k, n in fem.items():
        m.add(k, ("ORDF", n))

    for zone, names in zones["zones"].items():
        for name in names:
            for p in zones["prefixes"]:
                m.add(f"{p} {name}", ("ZONE", zone))
    for zone, names in (zones.get("standalone") or {}).items():
        for name in names:
            m.add(name, ("ZONE", zone))
    matcher = m.build()

    cardinals = _cardinals(nums)
    fractions = {_key(k): int(v) for k, v in nums["fractions"].items()}
    minute_nouns = "|".join(sorted({_key(w) for w in nums["minute_nouns"]}, key=len, reverse=True))
    card_alt = "|".join(sorted((re.escape(k) for k in cardinals), key=len, reverse=True))
    frac_alt = "|".join(sorted((re.escape(k) for k in fractions), key=len, reverse=True))
    minutes_re = re.compile(
        rf"\s*(?:و\s*(?:(?P<num>\d{{1,2}})|(?P<card>{card_alt}))\s*(?:{minute_nouns})?"
        rf"|و\s*(?P<frac>{frac_alt})|الا\s*(?P<neg>{frac_alt})"
        rf"|و\s*(?P<dual>دقيقتين|دقيقتان)|و\s*(?P<one>دقيقه))(?![\u0621-\u064a])"
    )

    def keys(words: list[str]) -> frozenset[str]:
        return frozenset(_key(w) for w in words)

    return TimeLexicon(
        matcher=matcher,
        pod=pod,
        prepositions=keys(expr["prepositions"]),
        name_particles=keys(months.get("name_particles", [])),
        weekday_block_before=keys(days["weekday_block_before"]),
        weekday_block_after=keys(days["weekday_block_after"]),
        today_block_after=keys(days["today_block_after"]),
        span_fillers=keys(days.get("span_fillers", [])),
        today_block_before=keys(days["today_block_before"]),
        clock_lead=keys(expr["clock_lead_words"]),
        time_words=frozenset(k for k, v in m.entries().items() if v[0] in ("WD", "REL") and " " not in k),
        future_cues=keys(expr["future_cues"]) | _future_forms(expr["imperfect_verbs"] + expr["future_verbs"]),
        imperfect=_imperfect_forms(expr["imperfect_verbs"]),
        past_cues=keys(expr["past_cues"]),
        minutes_re=minutes_re,
        cardinals=cardinals,
        fractions=fractions,
        feasts=feasts,
        feast_leads=keys(expr.get("feast_leads") or []),
        same_year=tuple(" ".join(match_key(p).split()) for p in expr.get("same_year") or []),
        counted_nouns=keys(expr.get("counted_nouns") or []),
        year_leads=tuple(" ".join(match_key(p).split()) for p in expr.get("year_leads") or []),
        place_zones={_key(name): zone for zone, names in zones["zones"].items() if zone not in ("UTC", "local")
                     for name in names},
        capital_zones=dict(zones.get("capitals") or {}),
    )
