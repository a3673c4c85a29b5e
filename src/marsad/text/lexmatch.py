"""Clitic-aware lexicon matching over match-key text with Aho-Corasick.

A lexicon entry (a word or phrase, match-key normalized) is found inside an Arabic word that carries
proclitics (و، ف، ب، ل، ك، ال، لل، بال، وبال …) before it or pronoun suffixes after it. One automaton pass
over the whole article finds every candidate; the clitic check then runs only on candidates.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import ahocorasick

from marsad.text.normalize import match_key

_ARABIC = frozenset(chr(c) for c in range(0x0621, 0x064B)) | frozenset("\u0671")

# proclitic sequences a lexicon word may carry (match-key forms)
PROCLITICS = frozenset(
    conj + prep + art for conj in ("", "و", "ف") for prep in ("", "ب", "ل", "ك") for art in ("", "ال")
) | frozenset({"لل", "ولل", "فلل"})
# Pronoun suffixes (match-key forms). «ه» is left out: with ة folded to ه it cannot be told from a feminine
# ending («الرياضة» is not «الرياض» + ه); entries that need it list the suffixed form («نظيره»).
SUFFIXES = frozenset({"", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا", "ي", "ني"})


_MAX_PREFIX = max(len(p) for p in PROCLITICS)
_PREFIX_TAILS = frozenset(p[-1] for p in PROCLITICS if p)


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # offsets into the key text, covering the lexicon entry (clitics excluded)
    end: int
    key: str
    value: Any
    prefix: str
    suffix: str


class LexiconMatcher:
    """Finds lexicon entries in match-key text, allowing clitics.

    ``add(phrase, value)`` accepts raw Arabic; it is normalized to its match key. Entries starting with
    «ال» also match after «ل» as in «للرياض» (ل + الرياض → للرياض).
    """

    def __init__(self, suffixes: Iterable[str] = SUFFIXES, allow_suffix: bool = True) -> None:
        self._auto = ahocorasick.Automaton()
        self._values: dict[str, list[Any]] = {}
        self._suffixes = frozenset(suffixes)
        self._allow_suffix = allow_suffix
        self._built = False

    def add(self, phrase: str, value: Any) -> None:
        key = " ".join(match_key(phrase).split())
        if not key:
            return
        self._values.setdefault(key, []).append(value)
        self._built = False

    def __len__(self) -> int:
        return len(self._values)

    def build(self) -> None:
        """Entries starting with «ال» are also stored as «لل…» («للرياض» = ل + الرياض with the alef elided);
        storing them as «ل…» would also hit inside every «الرياض» and double the automaton hits."""
        auto = ahocorasick.Automaton()
        for key, values in self._values.items():
            auto.add_word(key, (key, values, False))
            if key.startswith("ال") and len(key) > 3:
                alt = "لل" + key[2:]
                if alt not in self._values:
                    auto.add_word(alt, (key, values, True))
        if len(auto):
            auto.make_automaton()
        self._auto = auto
        self._built = True

    def scan(self, text: str, suffixes: frozenset[str] | None = None
             ) -> Iterator[tuple[int, int, str, list[Any], str, str]]:
        """Every clitic-valid hit once, as ``(start, end, key, values, prefix, suffix)``.

        Per automaton hit it looks at one neighbouring character first (most hits end at a word boundary or
        fail at once) and bounds the walk by the longest proclitic/suffix. ``suffixes`` widens (or narrows)
        the endings a hit may carry for this call (the entity stage lets nisbas take «ة» and plural endings).
        """
        if not self._built:
            self.build()
        if not len(self._auto):
            return
        n = len(text)
        if suffixes is None:
            suffixes = self._suffixes if self._allow_suffix else frozenset({""})
        max_suffix = max(len(x) for x in suffixes)
        suffix_heads = frozenset(x[0] for x in suffixes if x)  # a letter after a hit must start a suffix
        arabic = _ARABIC
        for end_idx, (key, values, lam_form) in self._auto.iter(text):
            end = end_idx + 1
            start = end - (len(key) - 1 if lam_form else len(key))  # lam form: after the first «ل»
            suffix = ""
            if end < n:
                c = text[end]
                if c in arabic or c.isalpha():
                    if c not in suffix_heads:
                        continue
                    we = end + 1
                    limit = min(n, end + max_suffix + 1)
                    while we < limit and ((c := text[we]) in arabic or c.isalpha()):
                        we += 1
                    suffix = text[end:we]
                    if suffix not in suffixes:
                        continue
            ps = start - 1 if lam_form else start
            prefix = ""
            if ps > 0:
                c = text[ps - 1]
                if c in arabic or c.isalpha():
                    if c not in _PREFIX_TAILS:  # a letter before the hit must end a proclitic
                        continue
                    ws = ps - 1
                    limit = max(0, ps - _MAX_PREFIX - 1)
                    while ws > limit and ((c := text[ws - 1]) in arabic or c.isalpha()):
                        ws -= 1
                    if ws > 0 and ((c := text[ws - 1]) in arabic or c.isalpha()):
                        continue
                    prefix = text[ws:ps]
            if lam_form:
                prefix += "لل"  # the preposition ل and the article's ل
            if prefix not in PROCLITICS:
                continue
            yield start, end, key, values, prefix, suffix

    def iter_raw(self, text: str) -> Iterator[Match]:
        """Every clitic-valid occurrence, overlapping ones included."""
        for start, end, key, values, prefix, suffix in self.scan(text):
            for v in values:
                yield Match(start, end, key, v, prefix, suffix)

    def find(self, text: str) -> list[Match]:
        """Leftmost-longest, non-overlapping matches (ties keep every value of the winning entry)."""
        return leftmost_longest(self.iter_raw(text))


def leftmost_longest(matches: Iterable[Match]) -> list[Match]:
    """Non-overlapping matches, leftmost first and longest at a position (ties keep every value)."""
    cands = sorted(matches, key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Match] = []
    last_end = -1
    best: tuple[int, int] | None = None
    for m in cands:
        if best is not None and (m.start, m.end) == best:
            out.append(m)
            continue
        if m.start < last_end:
            continue
        out.append(m)
        last_end = m.end
        best = (m.start, m.end)
    return out

