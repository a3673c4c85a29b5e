"""The Latin spelling of a transliterated foreign name, looked up in a list of real names.

Arabic writes a foreign name by its sound, and a letter rule cannot undo that: «وودز» comes back as Wewdz,
«سوليفان» as Solifan. A list of real given and family names (``data/kb/latin_names.tsv.gz``, built by
``scripts/build_latin_names.py`` from the US census name lists and Faker's per-country lists) holds the
spelling. Both sides are reduced to a skeleton of consonant classes (``data/kb/latin_lookup.yaml``); names
with the Arabic word's skeleton are candidates, and the vowels between the consonants, then how common the name
is, choose among them (Woods over Diaz for «وودز»). No candidate close enough: None, and the caller keeps its
rule.
"""

from __future__ import annotations

import gzip
import math
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.extract.common import load_data

VOWELS = "aeiouwy"
ARABIC_VOWELS = "AOI"


@dataclass(frozen=True)
class _Rules:
    arabic: dict[str, str]
    groups: list[tuple[str, list[tuple[str, float]]]]
    silent: frozenset[str]
    silent_cost: float
    match: dict[tuple[str, str], float]
    mismatch: float
    unwritten: dict[str, float]
    unwritten_edge: float
    initial_alif: float
    extra_letter: float
    max_cost: float
    frequency_weight: float
    rule_endings: tuple[str, ...]
    initial_h: str


@cache
def _rules() -> _Rules:
    data = load_data("kb/latin_lookup.yaml")
    groups = sorted(((g, [(str(c), float(k)) for c, k in alts]) for g, alts in data["latin_groups"].items()),
                    key=lambda p: -len(p[0]))
    return _Rules(
        arabic=dict(data["arabic_letters"]), groups=groups,
        silent=frozenset(data["silent_final"]["letters"]), silent_cost=float(data["silent_final"]["cost"]),
        match={(v, a): float(c) for v, row in data["vowel_match"].items() for a, c in row.items()},
        mismatch=float(data["vowel_mismatch"]),
        unwritten={k: float(v) for k, v in data["unwritten"].items()},
        unwritten_edge=float(data["unwritten_edge"]), initial_alif=float(data["initial_alif"]),
        extra_letter=float(data["extra_letter"]), max_cost=float(data["max_cost"]),
        frequency_weight=float(data["frequency_weight"]), rule_endings=tuple(data["rule_endings"]),
        initial_h=str(data["initial_h"]))


def fold(name: str) -> str:
    """Lower-case ASCII letters of a Latin name (Günther → gunther)."""
    s = unicodedata.normalize("NFKD", name.replace("ß", "ss"))
    return "".join(c for c in s.lower() if "a" <= c <= "z")


def latin_readings(name: str, cap: int = 8) -> list[tuple[str, float]]:
    """The ways Arabic may write ``name``: strings of consonant classes (upper case) and vowels (lower case), each
    with its cost, at most ``cap`` of them (plus a silent final consonant)."""
    rules, s = _rules(), fold(name)
    initial_h = s.startswith("h")
    outs: list[tuple[str, float]] = [(rules.initial_h if initial_h else "", 0.0)]
    k = 1 if initial_h else 0
    while k < len(s):
        alts = next(((len(g), a) for g, a in rules.groups if s.startswith(g, k)), None)
        if alts is None:
            alts = (1, [(s[k], 0.0)] if s[k] in VOWELS else [("", 0.0)])
        k += alts[0]
        outs = [(o + r, c + rc) for o, c in outs for r, rc in alts[1]][:cap]
    extra = [(o[:-1], c + rules.silent_cost) for o, c in outs
             if len(o) > 1 and o[-1] in rules.silent and o[-2] in VOWELS]
    return outs + extra


def arabic_reading(word: str) -> str:
    """``word`` (a match key) as consonant classes and the vowel letters A, O, I."""
    rules = _rules()
    letters = rules.arabic
    out, k = ([rules.initial_h], 1) if word.startswith("ه") else ([], 0)
    while k < len(word):
        two = word[k : k + 2]
        if len(two) == 2 and two in letters:
            out.append(letters[two])
            k += 2
        else:
            out.append(letters.get(word[k], ""))
            k += 1
    return "".join(out)


def skeleton(reading: str, vowels: str) -> tuple[str, tuple[str, ...]]:
    """The consonant skeleton of a reading (a doubled consonant once) and the vowels before, between and after
    its consonants."""
    cons: list[str] = []
    gaps: list[str] = [""]
    for ch in reading:
        if ch in vowels:
            gaps[-1] += ch
        elif not (cons and cons[-1] == ch and not gaps[-1]):
            cons.append(ch)
            gaps.append("")
    return "".join(cons), tuple(gaps)


def _gap_cost(latin: str, arabic: str, first: bool, last: bool, cluster: bool = False) -> float:
    """Edit cost from the Latin vowels of one gap to the Arabic vowel letters written there. Arabic writes a vowel
    that starts or ends a word (a final «e» aside): leaving all of one out costs at least ``unwritten_edge``. An
    «ا» with no Latin vowel opens the word cheaply only as the seat of the vowel letter after it («أوتيرو» Otero)
    or before two consonants (``cluster``: «استيفن» Stephen); alone it is a vowel («أمافي» is no Maffei)."""
    r = _rules()

    def extra(a: str) -> float:
        carrier = first and a == "A" and arabic.startswith("A") and (cluster or len(arabic) > 1)
        return r.initial_alif if carrier else r.extra_letter

    row = [0.0]
    for a in arabic:
        row.append(row[-1] + extra(a))
    for v in latin:
        new = [row[0] + r.unwritten[v]]
        for j, a in enumerate(arabic, 1):
            change = r.match.get((v, a), r.mismatch)
            new.append(min(row[j] + r.unwritten[v], new[j - 1] + extra(a), row[j - 1] + change))
        row = new
    if not arabic and ((first and latin) or (last and latin.strip("e"))):
        return max(row[-1], r.unwritten_edge)
    return row[-1]


def vowel_cost(latin_gaps: tuple[str, ...], arabic_gaps: tuple[str, ...]) -> float:
    """The vowels' cost, gap by gap (the skeletons are alike, so the gaps pair up)."""
    n = len(latin_gaps)
    cluster = n > 2 and not arabic_gaps[1]
    return sum(_gap_cost(lat, ar, i == 0, i == n - 1, cluster)
               for i, (lat, ar) in enumerate(zip(latin_gaps, arabic_gaps, strict=True)))


class LatinNames:
    """The name list indexed by kind and consonant skeleton (the skeletons are precomputed in the file). Each
    skeleton keeps its rows as one string, read when a word of that skeleton is looked up: 145,000 parsed rows
    would hold some 50 MiB for the few dozen names an article needs."""

    def __init__(self, lines: list[str]) -> None:
        grouped: dict[str, list[str]] = defaultdict(list)
        for line in lines:
            kind, key, rest = line.split("\t", 2)
            grouped[f"{kind}\t{key}"].append(rest)
        self.index = {k: "\n".join(v) for k, v in grouped.items()}

    @classmethod
    def load(cls) -> LatinNames:
        with resources.files("marsad").joinpath("data", "kb", "latin_names.tsv.gz").open("rb") as raw, \
                gzip.open(raw, "rt", encoding="utf-8") as fh:
            return cls([line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")])

    def candidates(self, kind: str, key: str) -> list[tuple[str, tuple[str, ...], float, int]]:
        """The names of ``kind`` with skeleton ``key``: name, vowel gaps, reading cost, weight."""
        block = self.index.get(f"{kind}\t{key}")
        if not block:
            return []
        out = []
        for row in block.split("\n"):
            gaps, latin, cost, weight = row.split("\t")
            out.append((latin, tuple(gaps.split("|")), float(cost), int(weight)))
        return out

    def lookup(self, word: str, kind: str) -> str | None:
        """The Latin ``kind`` name ("given" or "family") Arabic writes as ``word`` (a match key), or None (also
        for the words the letter rule spells better: ``rule_endings``)."""
        r = _rules()
        if any(word.endswith(e) and len(word) > len(e) + 1 for e in r.rule_endings):
            return None
        key, gaps = skeleton(arabic_reading(word), ARABIC_VOWELS)
        best: tuple[float, str] | None = None
        for latin, lgaps, base, weight in self.candidates(kind, key):
            cost = base + vowel_cost(lgaps, gaps)
            if cost > r.max_cost:
                continue
            score = cost - r.frequency_weight * math.log10(weight)
            if best is None or score < best[0]:
                best = (score, latin)
        return best[1] if best else None


@cache
def latin_names() -> LatinNames:
    return LatinNames.load()


def table_rows(name: str, kind: str, weight: int) -> list[str]:
    """The table lines of one name: one per distinct skeleton reading, at its lowest cost (the build script)."""
    seen: dict[tuple[str, tuple[str, ...]], float] = {}
    for reading, cost in latin_readings(name):
        key = skeleton(reading, VOWELS)
        if key[0] and (key not in seen or cost < seen[key]):
            seen[key] = cost
    return [f"{kind}\t{k}\t{'|'.join(g)}\t{name}\t{c:g}\t{weight}" for (k, g), c in seen.items()]
