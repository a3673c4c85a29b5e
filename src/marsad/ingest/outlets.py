"""Outlet and agency names (``data/outlets.yaml``): source codes, domains and Arabic forms to English names.

Arabic forms are looked up on a canonical key (match-key normalization, punctuation dropped, letter-by-letter
abbreviations joined) so «أ ف ب», «أ.ف.ب» and «ا ف ب» are one entry. Lookups work on word sequences,
longest first, so a credit such as «وكالة الأنباء السعودية» wins over a shorter form inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import yaml

from marsad.text.normalize import match_key

OUTLET = "outlet"
AGENCY = "agency"

_PUNCT = re.compile(r"[«»\"“”„'‘’()\[\]{}<>|*،,؛;:!؟?\u06d4/\\\-–—]+")
_SPACE_DOT = re.compile(r"[\s.]+")
_WORD = re.compile(r"[^\s«»\"“”„'‘’()\[\]{}<>|*،,؛;:!؟?\u06d4/\\\-–—.]+")
# words that introduce an agency name without being part of it: «وكالة (أنباء) X», «الوكالة X»
AGENCY_WORDS = frozenset({"وكاله", "الوكاله", "لوكاله", "بوكاله"})
NEWS_WORDS = frozenset({"انباء", "الانباء"})


@dataclass(frozen=True, slots=True)
class Name:
    name: str  # English name used in exports
    kind: str  # OUTLET | AGENCY


def canon(key_text: str) -> str:
    """Canonical lookup key of text that is already match-key normalized."""
    s = _PUNCT.sub(" ", key_text).strip().casefold()
    tokens = [t for t in _SPACE_DOT.split(s) if t]
    if not tokens:
        return ""
    # «ا ف ب», «ا.ف.ب», «اف ب»: a short abbreviation written with spaces or dots
    if len(tokens) > 1 and all(len(t) <= 2 for t in tokens) and sum(map(len, tokens)) <= 4:
        return "".join(tokens)
    return " ".join(t.strip(".") for t in s.split())


def join_words(words: list[str]) -> str:
    """Canonical key of key-normalized, punctuation-free words (as :data:`_WORD` splits them)."""
    if len(words) > 1 and all(len(w) <= 2 for w in words) and sum(map(len, words)) <= 4:
        return "".join(words).casefold()
    return " ".join(words).casefold()


@lru_cache(maxsize=8192)
def name_key(text: str) -> str:
    """Canonical lookup key of raw text (cached: the same short segments recur in every batch)."""
    return canon(match_key(text))


@dataclass(slots=True)
class OutletTable:
    by_code: dict[str, Name] = field(default_factory=dict)
    by_domain: dict[str, Name] = field(default_factory=dict)
    by_key: dict[str, Name] = field(default_factory=dict)  # forms valid anywhere
    dateline_keys: dict[str, Name] = field(default_factory=dict)  # plus forms valid only in datelines
    first_words: set[str] = field(default_factory=set)  # first word of every key (prunes word lookups)
    agency_forms: list[str] = field(default_factory=list)  # raw Arabic forms of agencies (for regexes)
    max_words: int = 1
    country_of: dict[str, str] = field(default_factory=dict)  # outlet name → home state (ISO alpha-2)

    def from_code(self, code: str | None) -> str | None:
        """English outlet name of a source code; an unknown code is returned as given."""
        if not code:
            return None
        hit = self.by_code.get(code.strip().casefold())
        return hit.name if hit else code.strip()

    def from_url(self, url: str | None) -> Name | None:
        if not url:
            return None
        try:
            host = (urlsplit(url).hostname or "").casefold()
        except ValueError:
            return None
        host = host.removeprefix("www.")
        while host:
            hit = self.by_domain.get(host)
            if hit:
                return hit
            _, _, host = host.partition(".")
            if "." not in host:
                return None
        return None

    def lookup(self, text: str, dateline: bool = False) -> Name | None:
        """The name that ``text`` (raw, one whole segment) is, if any."""
        key = name_key(text)
        return (self.dateline_keys if dateline else self.by_key).get(key) if key else None

    def match_words(self, words: list[str], i: int, dateline: bool = False) -> tuple[Name, int] | None:
        """Longest name made of key-normalized ``words[i:i+n]`` (split by :func:`words_of`): ``(name, n)``."""
        if i >= len(words) or words[i].casefold() not in self.first_words:
            return None
        table = self.dateline_keys if dateline else self.by_key
        for n in range(min(self.max_words, len(words) - i), 0, -1):
            hit = table.get(join_words(words[i : i + n]))
            if hit is not None:
                return hit, n
        return None

    def agency_after(self, key_text: str) -> Name | None:
        """An agency named at the start of ``key_text`` (key-normalized), past «وكالة (أنباء)»."""
        words = _WORD.findall(key_text[:120])
        i = 0
        for _ in range(3):
            hit = self.match_words(words, i)
            if hit is not None:
                return hit[0] if hit[0].kind == AGENCY else None
            if i < len(words) and (words[i] in AGENCY_WORDS or (i and words[i] in NEWS_WORDS)):
                i += 1
                continue
            return None
        return None

    def names_in(self, key_text: str) -> list[Name]:
        """All names in a short key-normalized text (a credit line), in order."""
        words = _WORD.findall(key_text)
        out: list[Name] = []
        i = 0
        while i < len(words):
            hit = self.match_words(words, i)
            if hit is None:
                i += 1
                continue
            out.append(hit[0])
            i += hit[1]
        return out


def words_of(key_text: str) -> list[str]:
    return _WORD.findall(key_text)


@lru_cache(maxsize=1)
def outlet_table() -> OutletTable:
    """The table from ``data/outlets.yaml``, loaded once."""
    raw = yaml.safe_load(resources.files("marsad").joinpath("data/outlets.yaml").read_text(encoding="utf-8"))
    table = OutletTable()
    for kind, section in ((OUTLET, "outlets"), (AGENCY, "agencies")):
        for entry in raw.get(section) or []:
            name = Name(str(entry["name"]), kind)
            if entry.get("country"):
                table.country_of[name.name] = str(entry["country"])
            for code in entry.get("codes") or []:
                table.by_code.setdefault(str(code).casefold(), name)
            for domain in entry.get("domains") or []:
                table.by_domain.setdefault(str(domain).casefold().removeprefix("www."), name)
            forms = [str(f) for f in entry.get("arabic") or []]
            if kind == AGENCY:
                table.agency_forms.extend(forms)
            for form in forms:
                words = _WORD.findall(match_key(form))
                for key in (name_key(form), join_words(words)):  # as one segment, as running words
                    if key:
                        table.by_key.setdefault(key, name)
                if words:
                    table.first_words.add(words[0].casefold())
                    table.max_words = max(table.max_words, len(words))
            for form in entry.get("dateline") or []:
                key = name_key(str(form))
                if key:
                    table.dateline_keys.setdefault(key, name)
    for key, name in table.by_key.items():
        table.dateline_keys.setdefault(key, name)
    return table


_LETTER_CLASSES = {
    "ا": "[اأإآٱ]",
    "أ": "[اأإآٱ]",
    "إ": "[اأإآٱ]",
    "آ": "[اأإآٱ]",
    "ي": "[يىی]",
    "ى": "[يىی]",
    "ة": "[ةه]",
    "ه": "[ةه]",
    "ك": "[كک]",
}


def raw_form_regex(form: str) -> str:
    """A regex for an Arabic form in raw (not normalized) text: alef/yeh/teh-marbuta variants,
    abbreviations with or without dots. Used by boilerplate patterns' ``{AGENCY}``."""
    tokens = form.split()
    if len(tokens) > 1 and all(len(t) == 1 for t in tokens):
        sep = r"\.?[^\S\n]*"
        return sep.join(_LETTER_CLASSES.get(t, re.escape(t)) for t in tokens) + r"\.?"
    parts = []
    for tok in tokens:
        parts.append("".join(_LETTER_CLASSES.get(ch, re.escape(ch)) for ch in tok))
    return r"[^\S\n]+".join(parts)


@lru_cache(maxsize=1)
def agency_regex() -> str:
    """Alternation of all agency forms for raw text, longest first (no groups)."""
    forms = sorted(set(outlet_table().agency_forms), key=len, reverse=True)
    return "(?:" + "|".join(raw_form_regex(f) for f in forms) + ")"
