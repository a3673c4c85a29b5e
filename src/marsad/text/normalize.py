"""Arabic normalization that never loses the original.

:func:`normalize` returns a :class:`Normalized`: the normalized string plus an offset map back to the
original, so anything found in normalized text can be reported as a span of the original.

Two levels:

* ``display``: NFKC, tatweel and harakat stripped, Persian/Urdu letters unified, Arabic-Indic and Persian
  digits to ASCII, the Urdu year marker «ء» after a year dropped, zero-width and bidi controls removed.
* ``key`` (match keys): the above plus أ/إ/آ/ٱ→ا, ى→ي, ة→ه, and «_» → space (a hashtag joins a name's words:
  «#صفاء_الهاشم») — what lexicons are matched against.

Speed: one ``str.translate`` for all one-to-one mappings and one regex pass for characters whose
mapping changes the length; articles without such characters get an identity map.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TATWEEL = "\u0640"
# harakat, Quranic marks, superscript alef, and the combining hamza/madda (U+0653-0655)
HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)
)
CONTROLS = (
    "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c"  # zero-width, marks, BOM, Arabic letter mark
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad"  # bidi embeddings/isolates, soft hyphen
)
PERSIAN = {
    "\u06cc": "\u064a",  # ی farsi yeh → ي
    "\u06d2": "\u064a",  # ے yeh barree → ي
    "\u06a9": "\u0643",  # ک keheh → ك
    "\u06af": "\u0643",  # گ gaf → ك (closest Arabic letter)
    "\u06c0": "\u0647",  # ۀ → ه
    "\u06c1": "\u0647",  # ہ → ه
    "\u06d5": "\u0647",  # ە → ه
    "\u06be": "\u0647",  # ھ → ه
    "\u06d4": ".",  # ۔ Urdu full stop
    "\u0679": "\u062a",  # ٹ → ت
    "\u067e": "\u0628",  # پ → ب
    "\u0686": "\u062c",  # چ → ج
    "\u0698": "\u0632",  # ژ → ز
    "\u0688": "\u062f",  # ڈ → د
    "\u0691": "\u0631",  # ڑ → ر
    "\u06ba": "\u0646",  # ں → ن
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
}
KEY_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "_": " "}
DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}

_YEAR_MARK = re.compile(r"(?<=[0-9\u0660-\u0669\u06f0-\u06f9]{4})\u0621")


@lru_cache(maxsize=2)
def _tables(key: bool) -> tuple[dict[int, str | None], re.Pattern[str]]:
    """Per-character mapping table and the regex of characters whose mapping is not one-to-one."""
    mapping: dict[str, str] = {}
    # NFKC for the blocks news text uses: Arabic presentation forms, fullwidth forms, ligatures, spaces
    ranges = [(0x00A0, 0x00BF), (0x2000, 0x206F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF), (0xFF00, 0xFFEF)]
    for lo, hi in ranges:
        for c in range(lo, hi + 1):
            ch = chr(c)
            n = unicodedata.normalize("NFKC", ch)
            if n != ch:
                mapping[ch] = n
    mapping.update(PERSIAN)
    mapping.update(DIGITS)
    for ch in HARAKAT + TATWEEL + CONTROLS:
        mapping[ch] = ""
    if key:
        mapping.update(KEY_FOLD)
    # apply the later rules to NFKC output too (a presentation-form alef with hamza must fold as well)
    for ch, out in list(mapping.items()):
        out = "".join(PERSIAN.get(c, c) for c in out)
        out = "".join(c for c in out if c not in HARAKAT + TATWEEL + CONTROLS)
        if key:
            out = "".join(KEY_FOLD.get(c, c) for c in out)
        mapping[ch] = out
    table: dict[int, str | None] = {ord(k): v for k, v in mapping.items()}
    changing = "".join(re.escape(k) for k, v in mapping.items() if len(v) != 1)
    pattern = re.compile(f"[{changing}]|{_YEAR_MARK.pattern}")
    return table, pattern


@lru_cache(maxsize=2)
def _one_to_one(key: bool) -> tuple[tuple[tuple[str, str], ...], re.Pattern[str], dict[str, str]]:
    """The one-to-one part of the mapping, split for speed: the letters nearly every article has (folded
    with ``str.replace``) and the rest (found with one regex scan, then replaced one by one).
    ``str.translate`` with a large dict costs several times more on Arabic text."""
    table, _ = _tables(key)
    one = {chr(k): v for k, v in table.items() if v is not None and len(v) == 1}
    common = tuple(KEY_FOLD.items()) if key else ()
    rare = sorted(set(one) - {a for a, _ in common})
    return common, re.compile("[" + "".join(re.escape(c) for c in rare) + "]"), one


def _map_one_to_one(text: str, key: bool) -> str:
    common, rare_re, one = _one_to_one(key)
    for a, b in common:
        if a in text:
            text = text.replace(a, b)
    for ch in set(rare_re.findall(text)):
        text = text.replace(ch, one[ch])
    return text


@dataclass(slots=True)
class Normalized:
    """A normalized string with the way back to the original.

    ``_kpos[i]`` / ``_shift[i]``: from normalized position ``_kpos[i]`` on, original = normalized + shift.
    """

    text: str
    _kpos: list[int]
    _shift: list[int]

    def to_original(self, pos: int) -> int:
        """Original offset of the normalized character at ``pos``."""
        if not self._kpos:
            return pos
        i = bisect.bisect_right(self._kpos, pos) - 1
        return pos + (self._shift[i] if i >= 0 else 0)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering the normalized ``[start, end)``."""
        if end <= start:
            s = self.to_original(start)
            return s, s
        return self.to_original(start), self.to_original(end - 1) + 1


def normalize(text: str, key: bool = True) -> Normalized:
    """Normalize ``text`` (match-key level when ``key``), keeping an offset map to the original."""
    table, pattern = _tables(key)
    folded = _map_one_to_one(text, key)  # same length as text: offsets unchanged so far
    parts: list[str] = []
    kpos: list[int] = []
    shift: list[int] = []
    last = 0
    out_len = 0
    for m in pattern.finditer(text):
        s = m.start()
        parts.append(folded[last:s])
        out_len += s - last
        ch = m.group()
        repl = "" if ch == "\u0621" else table.get(ord(ch), ch) or ""
        # characters of the replacement all map to the original character s
        for j in range(len(repl)):
            kpos.append(out_len + j)
            shift.append(s - (out_len + j))
        parts.append(repl)
        out_len += len(repl)
        last = m.end()
        # from here on, the next original character (last) sits at normalized position out_len
        kpos.append(out_len)
        shift.append(last - out_len)
    if not kpos:
        return Normalized(folded, [], [])
    parts.append(folded[last:])
    return Normalized("".join(parts), kpos, shift)


def match_key(text: str) -> str:
    """The match key of a string, without the offset map (lexicon entries, queries, hashes)."""
    table, pattern = _tables(True)
    folded = _map_one_to_one(text, True)
    return pattern.sub(lambda m: "" if m.group() == "\u0621" else table.get(ord(m.group())) or "", folded)


def display(text: str) -> str:
    """Normalized text for display and matching that keeps hamza and ta marbuta."""
    return normalize(text, key=False).text


def strip_diacritics(text: str) -> str:
    return text.translate({ord(c): None for c in HARAKAT + TATWEEL})
