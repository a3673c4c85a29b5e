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


def _is_letter(ch: str) -> bool:
    return ch in _ARABIC or ch.isalpha()


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
        self._auto = ahocorasick.Automaton()
        for key, values in self._values.items():
            self._auto.add_word(key, (key, values, False))
            if key.startswith("ال") and len(key) > 3:
                alt = key[1:]  # «لرياض» inside «للرياض»
                if alt not in self._values:
                    self._auto.add_word(alt, (key, values, True))
        if len(self._auto):
            self._auto.make_automaton()
        self._built = True

    def iter_raw(self, text: str) -> Iterator[Match]:
        """Every clitic-valid occurrence, overlapping ones included."""
        if not self._built:
            self.build()
        if not len(self._auto):
            return
        n = len(text)
        for end_idx, (key, values, lam_form) in self._auto.iter(text):
            end = end_idx + 1
            start = end - (len(key) - 1 if lam_form else len(key))
            ws = start
            while ws > 0 and _is_letter(text[ws - 1]):
                ws -= 1
            we = end
            while we < n and _is_letter(text[we]):
                we += 1
            prefix, suffix = text[ws:start], text[end:we]
            if lam_form:
                # «للرياض»: the word's «لل» is the preposition ل plus the article ال with its alef elided
                if not prefix.endswith("ل") or prefix[:-1] + "لل" not in PROCLITICS:
                    continue
                prefix = prefix[:-1] + "لل"
            elif prefix not in PROCLITICS:
                continue
            if suffix and (not self._allow_suffix or suffix not in self._suffixes):
                continue
            for v in values:
                yield Match(start, end, key, v, prefix, suffix)

    def find(self, text: str) -> list[Match]:
        """Leftmost-longest, non-overlapping matches (ties keep every value of the winning entry)."""
        cands = sorted(self.iter_raw(text), key=lambda m: (m.start, -(m.end - m.start)))
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

