"""A :class:`LexiconMatcher` with a faster clitic check, for the per-article hot path.

Same entries, automaton and clitic rules as :class:`marsad.text.lexmatch.LexiconMatcher`; only the word
boundary search differs: instead of walking character by character to both ends of the word around every
automaton hit, it looks at one neighbouring character first (most hits end at a word boundary, or fail
at once) and bounds the walk by the longest proclitic/suffix. :meth:`scan` yields each hit once with all
its values, which is what the entity stage needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import ahocorasick

from marsad.text.lexmatch import _ARABIC, PROCLITICS, LexiconMatcher, Match

_MAX_PREFIX = max(len(p) for p in PROCLITICS)
_PREFIX_TAILS = frozenset(p[-1] for p in PROCLITICS if p)


class FastLexiconMatcher(LexiconMatcher):
    """:class:`LexiconMatcher` whose raw matching does less Python work per automaton hit.

    An entry starting with «ال» is also stored as «لل…» («للرياض»), not as «ل…»: the latter also occurs
    inside every «الرياض» and doubles the automaton hits of all definite entries.
    """

    def build(self) -> None:
        auto = ahocorasick.Automaton()
        for key, values in self._values.items():
            auto.add_word(key, (key, values, False))
            if key.startswith("ال") and len(key) > 3:
                alt = "لل" + key[2:]  # «للرياض» = ل + الرياض with the alef elided
                if alt not in self._values:
                    auto.add_word(alt, (key, values, True))
        if len(auto):
            auto.make_automaton()
        self._auto = auto
        self._built = True

    def scan(self, text: str, suffixes: frozenset[str] | None = None
             ) -> Iterator[tuple[int, int, str, list[Any], str, str]]:
        """Every clitic-valid hit as ``(start, end, key, values, prefix, suffix)``.

        ``suffixes`` widens (or narrows) the endings a hit may carry for this call; the caller then decides
        per entry which ending it accepts (the entity stage lets only nisbas take «ة» and plural endings).
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
        prefix_tails = _PREFIX_TAILS  # … and a letter before it must end a proclitic
        arabic = _ARABIC
        for end_idx, (key, values, lam_form) in self._auto.iter(text):
            end = end_idx + 1
            start = end - (len(key) - 1 if lam_form else len(key))  # lam form: after the first «ل»
            # suffix: the letters after the hit, at most the longest allowed suffix
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
            # prefix: the letters before the hit, at most the longest proclitic
            ps = start - 1 if lam_form else start
            prefix = ""
            if ps > 0:
                c = text[ps - 1]
                if c in arabic or c.isalpha():
                    if c not in prefix_tails:
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
        for start, end, key, values, prefix, suffix in self.scan(text):
            for v in values:
                yield Match(start, end, key, v, prefix, suffix)
