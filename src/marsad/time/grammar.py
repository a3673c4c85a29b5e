"""Recognition of Arabic time expressions on match-key text.

One Aho-Corasick pass (:func:`marsad.time.lexicon.load_lexicon`) and one digit regex turn the text into a
short list of *atoms* (month names, weekdays, numbers, clock times, zones …). A small hand-written parser then
walks the atoms left to right and joins neighbours whose gap is only a space, a slash, a dash, «و», «من»,
«في» … into expressions: ``30 كانون الأول/ديسمبر في الساعة 23:30 بتوقيت موسكو``, ``10، 11، 12 كانون الثاني``,
``مساء الغد``, ``26 شوال 1436 هـ الموافق 11 أغسطس 2015 م``. Each expression is an unresolved :class:`Ref`;
:mod:`marsad.time.resolve` turns it into a value against the publication date.

Work is proportional to the number of atoms (a few dozen per article), never to the characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from marsad.time.lexicon import TimeLexicon

# match keys that start like a definite noun but are function words (إلى → الي, إلا → الا, الآن → الان):
# «يصل … اليوم إلى مصر» is today
_AL_FUNCTION_WORDS = frozenset({"الي", "الا", "الان"})
_YEARS_WORDS = frozenset({"عامي", "سنتي", "العامين", "السنتين"})  # (match keys) «بين عامي X وY»
_YEAR_SPAN = 60  # years a range of years may span («من 2016 حتى 2030»); more is two unrelated years

# one pass over digits (key text has ASCII digits only); the suffix decides: clock «23:30», numeric date
# «30/12/2021», decimal «23,00» (a clock time in wire style), or a plain number. Saudi papers write decimals
# with «ر» and the parts swapped («75ر7» = 7.75, «15ر05» = 05.15)
_NUM_RE = re.compile(
    r"[0-9]+(?:(?P<clock>:[0-9]{2})(?![0-9:])|(?P<date> ?[/.\-] ?[0-9]{1,2} ?[/.\-] ?[0-9]{1,4})(?![0-9/])"
    r"|(?P<frac>[.,ر][0-9]+))?"
)
_DATE_PARTS = re.compile(r"(\d{1,4}) ?[/.\-] ?(\d{1,2}) ?[/.\-] ?(\d{1,4})")
_ERA_RE = re.compile(r"\s?(?P<era>هجريه|هجري|ه|ميلاديه|ميلادي|م)(?:(?![\u0621-\u064a])|(?=الموافق))")  # «هـالموافق»
_LAST_WORD = re.compile(r"([\u0621-\u064a]+)[\s(]*\Z")
_NEXT_WORD = re.compile(r"[\s(]*([\u0621-\u064a]+)")
_STOP = re.compile(r"[.!?؟\n]")
_WORD = re.compile(r"[\u0621-\u064a]+")
_PAREN_CHARS = " \t()[]\"«»"
_REL = {"past": -1, "future": 1, "current": 0, "before_last": -2, "after_next": 2}

# gap between two atoms (parentheses and spaces removed) -> kind
_GAP_WORDS: dict[str, str] = {"": "sp", "/": "slash", "،": "comma", ",": "comma", "؛": "comma", "و": "and",
                              "الي": "to", "حتي": "to", "لغايه": "to", "والي": "to", "وحتي": "to",
                              "ل": "to",  # «من 13 لـ21 أكتوبر»
                              "-": "dash", "–": "dash", "—": "dash", "- -": "dash"}
for _c in ("", "،", ","):
    for _w in ("في", "من", "عند", "منذ", "في تمام", "تمام", "حوالي", "نحو", "في حوالي", "عند حوالي",
               "في حدود", "قرابه", "عند تمام", "بحلول", "حتي"):
        _GAP_WORDS.setdefault(f"{_c} {_w}".strip(), "commaconn" if _c else "conn")
_SPACES = re.compile(r"[\s()\[\]\"«»]+")


def gap_kind(gap: str) -> str:
    """Classify the text between two atoms: ``sp``, ``slash``, ``dash``, ``comma``, ``and``, ``to``,
    ``conn`` («في», «من»…), ``commaconn`` or ``far`` (anything else: the atoms do not belong together)."""
    if not gap:
        return "sp"
    if len(gap) > 24 or "\n" in gap:
        return "far"
    s = gap.strip(_PAREN_CHARS)
    if not s:
        return "sp"
    k = _GAP_WORDS.get(s)
    if k is None:
        k = _GAP_WORDS.get(_SPACES.sub(" ", s).strip(), "far")
    return k


class Atom:
    __slots__ = ("start", "end", "kind", "val", "prefix", "key")

    def __init__(self, start: int, end: int, kind: str, val: Any, prefix: str = "", key: str = "") -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.val = val
        self.prefix = prefix
        self.key = key

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Atom({self.kind} {self.key!r} {self.start}-{self.end} {self.val!r})"


@dataclass(slots=True)
class Ref:
    """An unresolved time expression (offsets into the key text)."""

    start: int
    end: int
    kind: str  # date | range | time | year | month | week | season | vague
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hijri: bool = False
    weekday: int | None = None
    rel_day: int | None = None
    rel_month: int | None = None
    rel_week: int | None = None
    rel_year: int | None = None
    feast: str | None = None  # key of a feast of expressions.yaml («عيد الفطر»)
    mod: str | None = None  # past | future | current
    hour: int | None = None
    minute: int | None = None
    pod: str | None = None
    zone: str | None = None
    utc_hm: tuple[int, int] | None = None
    end_ref: Ref | None = None
    alt: Ref | None = None  # an equivalent spelling («الموافق»): the Gregorian one wins
    part: tuple[int, int] | None = None  # «النصف الثاني من»: which part, of how many, of the month or year
    season: tuple[int, int] | None = None  # «الخريف المقبل»: its first and last month

    @property
    def has_day(self) -> bool:
        return self.day is not None or self.rel_day is not None or self.weekday is not None or self.feast is not None

    @property
    def is_absolute(self) -> bool:
        """Resolvable without an anchor date (it names its year)."""
        return self.year is not None and self.rel_day is None and self.rel_year is None


def scan_atoms(key_text: str, lex: TimeLexicon) -> list[Atom]:
    """All atoms of an article's key text, in order."""
    atoms = [Atom(s, e, v[0], v[1], p, k) for s, e, p, k, v in lex.matcher.find(key_text)]
    nums: list[Atom] = []
    for m in _NUM_RE.finditer(key_text):
        g = m.lastgroup
        s, e = m.span()
        txt = m.group()
        if g is None:
            nums.append(Atom(s, e, "NUM", int(txt), key=txt))
        elif g == "date":
            nums.append(Atom(s, e, "DATE", txt))
        elif g == "clock":
            h, mi = txt.split(":")
            nums.append(Atom(s, e, "CLOCK", (int(h), int(mi))))
        else:
            if "ر" in txt:
                b, _, a = txt.partition("ر")
            else:
                a, _, b = txt.replace(",", ".").partition(".")
            nums.append(Atom(s, e, "FRAC", (int(a), b)))
    if nums:
        atoms = sorted(atoms + nums, key=lambda a: a.start)
    return atoms


class Parser:
    """Joins atoms into :class:`Ref` expressions. One instance per article."""

    def __init__(self, key_text: str, atoms: list[Atom], lex: TimeLexicon) -> None:
        self.k = key_text
        self.a = atoms
        self.n = len(atoms)
        self.lex = lex

    # -------------------------------------------------------------- helpers
    def gap(self, end: int, j: int) -> str:
        """Gap kind between text offset ``end`` and atom ``j`` (a proclitic «و» on the atom means «and»)."""
        if j >= self.n:
            return "far"
        b = self.a[j]
        g = gap_kind(self.k[end : b.start])
        if g == "sp" and b.prefix.startswith("و") and b.kind != "NUM":
            return "and"
        return g

    def _gap_is(self, end: int, j: int, word: str) -> bool:
        return self.k[end : self.a[j].start].strip(_PAREN_CHARS) == word

    def kind(self, j: int) -> str:
        return self.a[j].kind if j < self.n else ""

    def prev_word(self, pos: int) -> str:
        m = _LAST_WORD.search(self.k, max(0, pos - 16), pos)
        return m.group(1) if m else ""

    def next_word(self, pos: int) -> str:
        m = self._word_after(pos)
        return m.group(1) if m else ""

    def _word_after(self, pos: int) -> re.Match[str] | None:
        return _NEXT_WORD.match(self.k, pos, min(len(self.k), pos + 20))

    def era(self, pos: int) -> tuple[str | None, int]:
        m = _ERA_RE.match(self.k, pos)
        if not m:
            return None, pos
        return ("h" if m.group("era").startswith("ه") else "g"), m.end()

    @staticmethod
    def _strip_conj(w: str) -> str:
        return w[1:] if len(w) > 3 and w[0] in "وف" else w

    def has_preposition(self, atom: Atom) -> bool:
        w = self.prev_word(atom.start)
        return w in self.lex.prepositions or self._strip_conj(w) in self.lex.prepositions

    # -------------------------------------------------------------- entry point
    def parse(self) -> list[Ref]:
        refs: list[Ref] = []
        i = 0
        while i < self.n:
            got = self.base(i)
            if got is None:
                i += 1
                continue
            ref, j = got
            ref, j = self.extend(ref, j)
            refs.append(ref)
            i = max(j, i + 1)
        self._share_list_years(refs)
        return refs

    def _share_list_years(self, refs: list[Ref]) -> None:
        """A list of dates written with its year once, at the end («في 16 تشرين الثاني/نوفمبر و28 كانون
        الأول/ديسمبر 2017»): the earlier items take that year (the one before when their month comes later
        in the year: «28 ديسمبر و8 يناير 2018»)."""
        for n in range(len(refs) - 2, -1, -1):
            r, nxt = refs[n], refs[n + 1]
            if (r.kind not in ("date", "month") or r.month is None or r.year is not None or r.hijri
                    or r.mod is not None or r.rel_year is not None or r.weekday is not None
                    or nxt.kind not in ("date", "month") or nxt.year is None or nxt.hijri
                    or nxt.month is None or nxt.weekday is not None):
                continue
            if gap_kind(self.k[r.end : nxt.start]) not in ("and", "comma"):
                continue
            r.year = nxt.year if r.month <= nxt.month else nxt.year - 1

    def base(self, i: int) -> tuple[Ref, int] | None:
        k = self.a[i].kind
        if k == "NUM":
            # most numbers are counts: only a close neighbour atom or a 4-digit year can make them a time
            at = self.a[i]
            nd = len(at.key)
            if nd == 4:
                return self.year_range(i, self.a[i].start) or self.clock(i) or self.bare_year(i)
            if nd > 2 or i + 1 >= self.n or self.a[i + 1].start - at.end > 6:
                return None
        if k == "NUM" and i + 1 < self.n and self.kind(i + 1) in ("UNIT", "CUR") \
                and (self._gap_is(self.a[i].end, i + 1, "من")
                     or self.gap(self.a[i].end, i + 1) == "sp" and self.has_preposition(self.a[i])) \
                and 1 <= self.a[i].val <= 31:
            # «في الـ 12 من الشهر الحالي», «في 12 الشهر الجاري»: a day of a month named relative to publication
            # (not a count: «قتل 12 الشهر الماضي»)
            month = self.unit(i + 1)
            if month is not None and month[0].kind == "month" and month[0].rel_month is not None:
                return Ref(self.a[i].start, month[0].end, "date", day=self.a[i].val,
                           rel_month=month[0].rel_month, mod=month[0].mod), month[1]
        if k in ("NUM", "ORDM", "MON", "HMON"):
            got = self.calendar(i)
            if got is None and k == "NUM":
                got = self.clock(i) or self.bare_year(i)
            return got
        if k in ("CLOCK", "FRAC", "SAAA", "ORDF"):
            return self.clock(i)
        if k == "DATE":
            return self.numeric(i)
        if k in ("UNIT", "CUR"):
            return self.unit(i)
        if k == "SEASON":
            return self.season(i)
        if k == "DECADE":  # «في السبعينيات»: the 1970s (news of the period means the last century's)
            a = self.a[i]
            ref = Ref(a.start, a.end, "range", a.val)
            ref.end_ref = Ref(a.start, a.end, "year", a.val + 9)
            return ref, i + 1
        if k in ("POD", "REL", "YOM", "WD"):
            return self.day(i)
        if k == "PART":
            if i + 1 < self.n and self.gap(self.a[i].end, i + 1) == "sp":
                got = self.base(i + 1)
                nxt = self.a[i + 1]
                if got is None and isinstance(self.a[i].val, tuple) and nxt.kind == "UNIT" and nxt.val == "year" \
                        and nxt.key.startswith("ال"):
                    # «الربع الثاني من السنة»: a part of the year of the news («من العام الماضي» has its modifier)
                    got = Ref(nxt.start, nxt.end, "year", rel_year=0), i + 2
                if got is not None and got[0].kind in ("month", "year", "date", "range"):
                    got[0].start = self.a[i].start
                    if got[0].kind in ("month", "year", "range") and not got[0].has_day:
                        got[0].part = self.a[i].val  # (a day keeps its value: «أول يوم»)
                    return got
            return None
        if k == "VAGUE":
            a = self.a[i]
            return Ref(a.start, a.end, "vague"), i + 1
        if k == "FEAST":  # «عقب صلاة عيد الفطر»: a date only after a lead word, not «هنأه بعيد الفطر»
            a = self.a[i]
            if self.prev_word(a.start) in self.lex.feast_leads and not a.prefix:
                return Ref(a.start, a.end, "date", feast=a.val), i + 1
            return None
        return None

    # -------------------------------------------------------------- calendar dates
    def _month_name(self, j: int) -> int | None:
        """The month name at atom ``j``, or right after a bare «شهر» there («16 من شهر رمضان»)."""
        if self.kind(j) in ("MON", "HMON"):
            return j
        if (self.kind(j) == "UNIT" and self.a[j].val == "month" and self.a[j].key == "شهر"
                and self.kind(j + 1) in ("MON", "HMON") and self.gap(self.a[j].end, j + 1) == "sp"):
            return j + 1
        return None

    def calendar(self, i: int) -> tuple[Ref, int] | None:
        """[days] MONTH[/MONTH] [year|modifier] — days may be a list or range («10، 11، 12», «9 و10»)."""
        a = self.a
        j = i
        days: list[int] = []
        if a[j].kind == "NUM":
            while j < self.n and a[j].kind == "NUM":
                v = a[j].val
                if len(a[j].key) > 2 or not 1 <= v <= 31:
                    return None
                days.append(v)
                g = self.gap(a[j].end, j + 1)
                nk = self.kind(j + 1)
                if nk == "NUM" and g in ("comma", "and", "dash", "to", "sp") and len(days) < 8:
                    j += 1
                    continue
                of = g == "conn" and self._gap_is(a[j].end, j + 1, "من")  # «27 من يونيو»
                mj = self._month_name(j + 1)
                if mj is not None and (g == "sp" or of):
                    j = mj
                    break
                if nk == "DATE" and g in ("dash", "to", "and") and len(days) == 1 and \
                        self.k[max(0, a[i].start - 1) : a[i].start] not in ("/", "-", "."):
                    got = self.numeric(j + 1)
                    if got is None or got[0].kind != "date":
                        return None
                    ref, jj = got
                    return Ref(a[i].start, ref.end, "range", ref.year, ref.month, days[0], ref.hijri,
                               end_ref=ref), jj
                return None
        elif a[j].kind == "ORDM":
            if self.kind(j + 1) == "ORDM" and self.gap(a[j].end, j + 1) == "and":
                days.append(a[j].val)  # «يومي الثاني والثالث من أغسطس»: two days
                j += 1
            mj = self._month_name(j + 1)
            if mj is None:
                return None
            if not (self.gap(a[j].end, j + 1) == "sp" or self._gap_is(a[j].end, j + 1, "من")):
                return None
            days.append(a[j].val)
            j = mj
        mon = a[j]
        if mon.kind not in ("MON", "HMON"):
            return None
        info = mon.val
        hijri = info.hijri
        end_j = j
        support = bool(days)
        # «كانون الأول/ديسمبر», «كانون الثاني (يناير)», «مارس/ آذار»
        g2 = self.gap(mon.end, j + 1)
        if not hijri and self.kind(j + 1) == "MON" and (
                g2 in ("slash", "sp") or (g2 == "dash" and a[j + 1].val.number == info.number)):
            end_j = j + 1  # «نيسان - إبريل» is one month, «يناير - مارس» a range (see extend)
            support = True
        end = a[end_j].end
        year = None
        era = None
        nk = end_j + 1
        g = self.gap(end, nk)
        if self.kind(nk) == "NUM" and len(a[nk].key) == 4 and g in ("sp", "comma"):
            year = a[nk].val
            end_j = nk
        elif (self.kind(nk) == "UNIT" and a[nk].val == "year" and g in ("sp", "conn")
              and self.kind(nk + 1) == "NUM" and len(a[nk + 1].key) == 4
              and self.gap(a[nk].end, nk + 1) == "sp"):
            year = a[nk + 1].val
            end_j = nk + 1
        end = a[end_j].end
        if year is not None:
            era, end = self.era(end)  # «2015م», «1436 هـ» (the month name already says which calendar)
            support = True
        mod = None
        rel_year = None
        if year is None and self.kind(end_j + 1) == "MOD" and self.gap(end, end_j + 1) == "sp":
            end_j += 1
            mod = a[end_j].val
            end = a[end_j].end
            support = True
        elif year is None:
            # «نوفمبر من العام الماضي», «سبتمبر العام الماضي», «مارس من هذا العام»
            nk = end_j + 1
            g = self.gap(end, nk)
            if g == "sp" or (g == "conn" and self._gap_is(end, nk, "من")):
                if self.kind(nk) == "CUR" and a[nk].val == "year":
                    rel_year, end_j, end = 0, nk, a[nk].end
                elif (self.kind(nk) == "UNIT" and a[nk].val == "year" and a[nk].key.startswith("ال")
                      and self.kind(nk + 1) == "MOD" and self.gap(a[nk].end, nk + 1) == "sp"):
                    rel_year = _REL[a[nk + 1].val]
                    end_j, end = nk + 1, a[nk + 1].end
            support = support or rel_year is not None
        start = a[i].start
        if not days and i > 0:
            pa = a[i - 1]
            if pa.kind in ("PART",) or (pa.kind == "UNIT" and pa.val == "month"):
                if self.gap(pa.end, i) == "sp":
                    start = pa.start
                    support = support or not info.strict
        if not days and self.prev_word(mon.start) in self.lex.name_particles:
            return None  # «لويجي دي مايو» is a surname, not May
        if info.ambiguous and not support and (
                info.strict or mon.prefix not in ("", "و", "ف") or not self.has_preposition(mon)):
            return None  # «في باب المندب» is not August
        if hijri and year is None and (not days or info.strict):
            return None
        if year is not None and not hijri and not 1000 <= year <= 2200:
            return None
        ref = Ref(start, end, "month", year, info.number, None, hijri, mod=mod, rel_year=rel_year)
        if days:
            ref.day = days[0]
            ref.kind = "date"
            if len(days) > 1:
                ref.kind = "range"
                ref.end_ref = Ref(start, end, "date", year, info.number, days[-1], hijri)
        return ref, end_j + 1

    def numeric(self, i: int) -> tuple[Ref, int] | None:
        """``30/12/2021``, ``1436/9/29هـ``, ``20-7-2015م``: day-month-year or year-month-day."""
        a = self.a[i]
        m = _DATE_PARTS.match(a.val)
        if not m:
            return None
        p1, p2, p3 = m.groups()
        if len(p1) == 4 and len(p3) <= 2:
            y, mo, d = int(p1), int(p2), int(p3)
        elif len(p3) == 4 and len(p1) <= 2:
            d, mo, y = int(p1), int(p2), int(p3)
        else:
            return None
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        era, end = self.era(a.end)
        hijri = era == "h" or 1300 <= y <= 1500
        if not hijri and not 1800 <= y <= 2200:
            return None
        return Ref(a.start, end, "date", y, mo, d, hijri), i + 1

    def year_range(self, i: int, start: int) -> tuple[Ref, int] | None:
        """A range of Gregorian years from the 4-digit year at atom ``i``: «2015-2016», «موسم 2018/2019», «من
        2016 حتى 2030», «بين 1973 و1984» («و» only after «بين»: «عامي 1988 و1989» are two years)."""
        a = self.a[i]
        j = i + 1
        if len(a.key) != 4 or not 1900 <= a.val <= 2100 or self.kind(j) != "NUM" or len(self.a[j].key) != 4:
            return None
        b = self.a[j]
        if not a.val < b.val <= a.val + _YEAR_SPAN or self.era(a.end)[0] == "h":
            return None
        if not (self.gap(a.end, j) in ("dash", "slash", "to") or self._and_after_between(a.end, j, start)):
            return None
        era, end = self.era(b.end)
        if era == "h" or self.k[end : end + 2].strip()[:1].isdigit() or self.next_word(end) in self.lex.counted_nouns:
            return None  # (not a count: «بين 2000 و3000 شخص»)
        ref = Ref(start, end, "range", a.val)
        ref.end_ref = Ref(b.start, end, "year", b.val)
        return ref, j + 1

    def _and_after_between(self, end: int, j: int, start: int) -> bool:
        """«و» between ``end`` and atom ``j``, in a phrase opened by «بين» before ``start`` («بين 14 يونيو و15
        يوليو», «بين عامي 2012 و2015»): the two ends of a range, not two points."""
        if not (self.gap(end, j) == "and" or self._gap_is(end, j, "و")):
            return False
        lead = self.prev_word(start)
        if lead in _YEARS_WORDS:
            lead = self.prev_word(self.k.rfind(lead, 0, start))
        return self._strip_conj(lead) == "بين"

    def bare_year(self, i: int) -> tuple[Ref, int] | None:
        """A 4-digit year without «عام»: after a preposition («في 2014», «منذ 2014») or with «م»/«هـ»."""
        a = self.a[i]
        if len(a.key) != 4:
            return None
        era, end = self.era(a.end)
        hijri = era == "h"
        if hijri and not 1300 <= a.val <= 1500:
            return None
        if not hijri and not 1900 <= a.val <= 2100:
            return None
        if era is None:
            w = self.prev_word(a.start)
            before = " ".join(self.k[max(0, a.start - 30) : a.start].split())
            # «عامي 2014 و2016»: two years (after «بين» they are a range, read before)
            pa = self.a[i - 1] if i else None
            dual = w in _YEARS_WORDS or (pa is not None and pa.kind == "NUM" and len(pa.key) == 4
                                         and self.gap(pa.end, i) == "and"
                                         and self.prev_word(pa.start) in _YEARS_WORDS)
            if not (dual or w in self.lex.prepositions or self._strip_conj(w) in self.lex.prepositions
                    or any(before.endswith(p) and before[: len(before) - len(p)][-1:] in ("", " ", "و", "ف", "ل")
                           for p in self.lex.year_leads)):
                return None
            nxt = self.k[end : end + 2]
            if nxt[:1] in "%-–" or nxt.strip()[:1].isdigit() or self.next_word(end) in self.lex.counted_nouns:
                return None  # («حتى 2000 شخص», «في 2000 جنيه»: a count)
        return Ref(a.start, end, "year", a.val, hijri=hijri), i + 1

    def unit(self, i: int) -> tuple[Ref, int] | None:
        """«عام 2022», «لعام 2008», «العام الماضي», «هذا العام», «شهر يونيو الماضي», «الشهر المقبل»."""
        a = self.a[i]
        start = a.start
        if i > 0 and self.a[i - 1].kind == "PART" and self.gap(self.a[i - 1].end, i) == "sp":
            start = self.a[i - 1].start
        if a.kind == "CUR":
            if a.val == "year":
                return Ref(start, a.end, "year", rel_year=0), i + 1
            if a.val == "week":
                return Ref(start, a.end, "week", rel_week=0), i + 1
            return Ref(start, a.end, "month", rel_month=0), i + 1
        j = i + 1
        g = self.gap(a.end, j)
        nk = self.kind(j)
        if a.val == "year":
            if nk == "NUM" and len(self.a[j].key) == 4 and g == "sp":
                years = self.year_range(j, start)  # «بين عامي 2012 و2015»
                if years is not None:
                    return years
                y = self.a[j].val
                era, end = self.era(self.a[j].end)
                hijri = era == "h" or (era is None and 1300 <= y <= 1500)  # «عام 1440» in Saudi news
                if not hijri and not 1000 <= y <= 2200:
                    return None
                return Ref(start, end, "year", y, hijri=hijri), j + 1
            if nk == "MOD" and g == "sp" and a.key.startswith("ال"):  # not «عشرين سنة القادمة» (a duration)
                rel = _REL[self.a[j].val]
                return Ref(start, self.a[j].end, "year", rel_year=rel, mod=self.a[j].val), j + 1
            return None
        if a.val == "week":  # «الأسبوع الماضي», «الأسبوع المقبل»
            if nk == "MOD" and g == "sp":
                return Ref(start, self.a[j].end, "week", rel_week=_REL[self.a[j].val], mod=self.a[j].val), j + 1
            return None
        # month unit
        if nk in ("MON", "HMON") and g == "sp":
            got = self.calendar(j)
            if got is not None:
                got[0].start = start
            return got
        if nk == "MOD" and g == "sp" and a.key.startswith("ال"):
            rel = _REL[self.a[j].val]
            return Ref(start, self.a[j].end, "month", rel_month=rel, mod=self.a[j].val), j + 1
        return None

    def season(self, i: int) -> tuple[Ref, int] | None:
        """«الخريف المقبل», «الصيف الماضي» (the next or last one from publication), «صيف 2018», «صيف العام
        الماضي»; a bare season names no date («في فصل الصيف»)."""
        a = self.a[i]
        j = i + 1
        g = self.gap(a.end, j)
        nk = self.kind(j)
        if nk == "MOD" and g == "sp" and a.key.startswith("ال"):
            return Ref(a.start, self.a[j].end, "season", season=a.val, mod=self.a[j].val), j + 1
        if nk == "NUM" and len(self.a[j].key) == 4 and g == "sp" and not a.key.startswith("ال") \
                and 1900 <= self.a[j].val <= 2100:
            return Ref(a.start, self.a[j].end, "season", year=self.a[j].val, season=a.val), j + 1
        if nk in ("UNIT", "CUR") and g == "sp" and not a.key.startswith("ال"):
            got = self.unit(j)
            if got is not None and got[0].kind == "year" and not got[0].hijri:
                ref, jj = got
                return Ref(a.start, ref.end, "season", year=ref.year, rel_year=ref.rel_year, season=a.val), jj
        return None

    # -------------------------------------------------------------- days
    def _weekday_ok(self, j: int) -> bool:
        at = self.a[j]
        w = self.prev_word(at.start)
        if w in self.lex.weekday_block_before or self._strip_conj(w) in self.lex.weekday_block_before:
            return False
        if self.kind(j + 1) in ("ORDF", "ORDM") and self.gap(at.end, j + 1) == "sp":
            # «للجمعة الرابعة على التوالي»: the fourth Friday, not a date; «الخميس التاسع من يونيو» is one
            got = self.calendar(j + 1) if self.kind(j + 1) == "ORDM" else None
            return got is not None and got[0].kind == "date"
        return self.next_word(at.end) not in self.lex.weekday_block_after

    def _today_ok(self, j: int) -> bool:
        """«اليوم» is "today" unless it is "the day" («اليوم الوطني», «اليوم التالي», «هذا اليوم»)."""
        at = self.a[j]
        if at.key.startswith(("قبل ", "منذ ", "بعد ")):
            # «قبل 3 أيام من انعقاد القمة», «بعد أسبوع على توجيه ترامب رسالة», «بعد أسبوع كامل من المشاورات»:
            # counted from another day
            m = self._word_after(at.end)
            if m is not None and m.group(1) in self.lex.span_fillers:
                m = self._word_after(m.end())
            return m is None or m.group(1) not in ("من", "علي")  # (match keys: «على» folds to «علي»)
        if at.key != "اليوم":
            return True
        w = self.prev_word(at.start)
        if w in self.lex.today_block_before or self._strip_conj(w) in self.lex.today_block_before:
            return self.kind(j + 1) == "WD" and self.gap(at.end, j + 1) == "sp"
        nxt = self.next_word(at.end)
        if nxt in self.lex.today_block_after:
            return False
        if nxt.startswith("ال") and nxt not in _AL_FUNCTION_WORDS:
            nk = self.kind(j + 1)
            return nk in ("WD", "POD") and self.a[j + 1].start <= at.end + 3
        return True

    def day(self, i: int) -> tuple[Ref, int] | None:
        """[part of day] [يوم] [relative day] [weekday] [modifier] | weekday و/- weekday."""
        a = self.a
        j = i
        pod = rel = wd = None
        last = -1
        while j < self.n:
            at = a[j]
            if at.kind == "POD" and pod is None and rel is None and wd is None:
                pod = at.val
            elif at.kind == "YOM" and rel is None and wd is None:
                pass
            elif at.kind == "REL" and rel is None and wd is None:
                if not self._today_ok(j):
                    break
                rel = at.val
            elif at.kind == "WD" and wd is None:
                if not self._weekday_ok(j):
                    break
                wd = at.val
            elif at.kind == "POD" and pod is None and (rel is not None or wd is not None):
                pod = at.val  # «السبت ظهرا», «اليوم مساء»
            else:
                break
            last = j
            g = self.gap(at.end, j + 1)
            if g == "sp" or (g == "conn" and at.kind == "POD" and self._gap_is(at.end, j + 1, "من")):
                j += 1
                continue
            break
        if last < 0 or (rel is None and wd is None):
            return None
        end = a[last].end
        j = last + 1
        ref = Ref(a[i].start, end, "date", weekday=wd, rel_day=rel, pod=pod)
        if self.kind(j) == "MOD" and self.gap(end, j) == "sp" and rel is None:
            ref.mod = a[j].val
            ref.end = a[j].end
            j += 1
        elif wd is not None and self.kind(j) == "WD" and self.gap(end, j) in ("and", "dash", "to"):
            if self._weekday_ok(j):
                ref.kind = "range"
                ref.end_ref = Ref(a[j].start, a[j].end, "date", weekday=a[j].val)
                ref.end = a[j].end
                j += 1
                if self.kind(j) == "MOD" and self.gap(ref.end, j) == "sp":  # «… القادمين»
                    ref.mod = a[j].val
                    ref.end = a[j].end
                    j += 1
        return ref, j

    # -------------------------------------------------------------- clock times
    def _minutes(self, pos: int) -> tuple[int | None, int]:
        m = self.lex.minutes_re.match(self.k, pos)
        if not m:
            return None, pos
        if m.group("num"):
            v = int(m.group("num"))
        elif m.group("card"):
            v = self.lex.cardinals.get(" ".join(m.group("card").split()), 0)
        elif m.group("frac"):
            v = self.lex.fractions[m.group("frac")]
        elif m.group("neg"):
            v = -self.lex.fractions[m.group("neg")]
        elif m.group("dual"):
            v = 2
        else:
            v = 1
        return (v if -60 < v < 60 else None), m.end()

    def _next_atom(self, pos: int, j: int) -> int:
        while j < self.n and self.a[j].start < pos:
            j += 1
        return j

    def _clock_value(self, j: int, cue: bool) -> tuple[int, int, int, bool] | None:
        """(hour, minute, end offset, strong) of a clock time starting at atom j."""
        at = self.a[j]
        if at.kind == "CLOCK":
            h, mi = at.val
            return (h, mi, at.end, True) if h <= 24 and mi < 60 else None
        if at.kind == "FRAC":
            h, frac = at.val
            if len(frac) != 2 or h > 24 or int(frac) >= 60:
                return None
            return h, int(frac), at.end, False
        if at.kind == "NUM":
            if len(at.key) <= 2 and at.val <= 24:
                mi, end = self._minutes(at.end)
                return at.val, (mi or 0), end, False
            if len(at.key) == 4 and cue and at.val % 100 < 60 and at.val // 100 <= 24:
                return at.val // 100, at.val % 100, at.end, False
            return None
        if at.kind == "ORDF":
            mi, end = self._minutes(at.end)
            return at.val, (mi or 0), end, False
        return None

    def clock(self, i: int) -> tuple[Ref, int] | None:
        """[الساعة] time [minutes] [part of day] [zone] [(UTC time ت غ)]."""
        a = self.a
        j = i
        saaa = a[j].kind == "SAAA"
        if saaa:
            if self.gap(a[j].end, j + 1) != "sp":
                return None
            j += 1
            if j >= self.n:
                return None
        # a 4-digit «1800» is a clock time only right before a zone
        zone_next = False
        if a[j].kind == "NUM" and len(a[j].key) == 4:
            zone_next = self.kind(j + 1) == "ZONE" and self.gap(a[j].end, j + 1) == "sp"
            if not zone_next:
                return None
        cv = self._clock_value(j, saaa or zone_next)
        if cv is None:
            return None
        hour, minute, end, strong = cv
        if minute < 0:  # «الثامنة إلا ربعا»
            hour, minute = hour - 1, 60 + minute
        j = self._next_atom(end, j + 1)
        ref = Ref(a[i].start, end, "time", hour=hour, minute=minute)
        g = self.gap(end, j)
        if self.kind(j) == "POD" and (g == "sp" or (g == "conn" and self._gap_is(end, j, "من"))):
            ref.pod = a[j].val  # «الساعة 3 من بعد الظهر»
            ref.end = a[j].end
            j += 1
        if self.kind(j) == "ZONE" and self.gap(ref.end, j) == "sp":
            ref.zone = a[j].val
            ref.end = a[j].end
            j += 1
        if not (strong or saaa or ref.pod or ref.zone):
            return None
        if a[i].kind == "NUM" and not saaa and not ref.zone:
            w = self.prev_word(a[i].start)
            if w not in self.lex.clock_lead and self._strip_conj(w) not in self.lex.clock_lead:
                return None
        return self._utc_paren(ref, j)

    def _utc_paren(self, ref: Ref, j: int) -> tuple[Ref, int]:
        """A second clock time in parentheses with its zone: «السابعة مساء (23,00 ت غ)»."""
        if j >= self.n or self.a[j].kind not in ("CLOCK", "FRAC", "NUM", "ORDF"):
            return ref, j
        if "(" not in self.k[ref.end : self.a[j].start] or self.gap(ref.end, j) != "sp":
            return ref, j
        cv = self._clock_value(j, True)
        if cv is None:
            return ref, j
        h, mi, end, _ = cv
        jj = self._next_atom(end, j + 1)
        if self.kind(jj) == "POD" and self.gap(end, jj) == "sp":
            end = self.a[jj].end
            jj += 1
        if self.kind(jj) != "ZONE" or self.gap(end, jj) != "sp":
            return ref, j
        zone = self.a[jj].val
        close = self.k.find(")", self.a[jj].end, self.a[jj].end + 3)
        new_end = close + 1 if close >= 0 else self.a[jj].end
        if zone == "UTC" and ref.zone in (None, "local"):
            ref.utc_hm = (h, mi)
            ref.zone = None
        ref.end = new_end
        return ref, jj + 1

    # -------------------------------------------------------------- joining neighbours
    def extend(self, ref: Ref, j: int) -> tuple[Ref, int]:
        """Attach what follows: «الموافق» + date, a range end, a clock time to its day and vice versa."""
        for _ in range(4):
            if j >= self.n:
                break
            at = self.a[j]
            g = self.gap(ref.end, j)
            if at.kind == "EQ" and g in ("sp", "comma") and ref.kind != "vague":
                got = self.base(j + 1) if self.gap(at.end, j + 1) in ("sp", "conn") else None
                if got is not None and got[0].kind in ("date", "year", "month", "range"):
                    other, j = got
                    ref = merge_equivalent(ref, other)
                    continue
                break
            if ref.kind == "time" and at.kind == "ZONE" and ref.zone is None and ref.utc_hm is None \
                    and g == "sp":
                ref.zone = at.val
                ref.end = at.end
                j += 1
                ref, j = self._utc_paren(ref, j)
                continue
            if ref.kind == "time" and not _has_date(ref) and g in ("sp", "conn"):
                got = self.day(j) if at.kind in ("POD", "REL", "YOM", "WD") else (
                    self.calendar(j) if at.kind in ("NUM", "MON") else None)
                if got is None and at.kind == "YOM" and self.gap(at.end, j + 1) == "sp":
                    got = self.calendar(j + 1) if self.kind(j + 1) == "NUM" else (
                        self.numeric(j + 1) if self.kind(j + 1) == "DATE" else None)  # «يوم 15 مايو»
                if got is not None and got[0].kind == "date":
                    other, j = got
                    _copy_date(other, ref)
                    ref.end = other.end
                    if other.pod and not ref.pod:
                        ref.pod = other.pod
                    if ref.zone is None and ref.utc_hm is None:
                        ref, j = self._utc_paren(ref, j)  # «23:30 مساء الخميس (20:30 بتوقيت غرينتش)»
                    continue
                break
            if ref.kind == "date" and ref.hour is None and g in ("sp", "conn") and at.kind in (
                    "SAAA", "CLOCK", "FRAC", "ORDF", "NUM"):
                got = self.clock(j)
                if got is not None:
                    other, j = got
                    _copy_date(ref, other)
                    other.start = ref.start
                    if ref.pod and not other.pod:
                        other.pod = ref.pod
                    ref = other
                    continue
                if at.kind != "NUM":
                    break
                # not a clock time: «يوم الخميس الماضي 21 شوال 1436 هـ» may still join below
            if (ref.kind == "date" and ref.weekday is not None and ref.day is None and ref.rel_day is None
                    and g in ("sp", "comma") and at.kind in ("NUM", "DATE", "ORDM")):
                got = self.numeric(j) if at.kind == "DATE" else self.calendar(j)
                if got is not None and got[0].kind == "date":
                    other, j = got
                    other.weekday = ref.weekday
                    other.start = ref.start
                    ref = other
                    continue
                break
            if ref.kind in ("date", "month") and ref.end_ref is None and ref.weekday is None and ref.rel_day is None \
                    and (g in ("dash", "to") or self._and_after_between(ref.end, j, ref.start)) \
                    and at.kind in ("NUM", "MON", "ORDM", "DATE"):
                got = self.numeric(j) if at.kind == "DATE" else self.calendar(j)
                if got is not None and got[0].kind == ref.kind:
                    other, j = got
                    if ref.year is None and other.year is not None:
                        ref.year = other.year
                    ref.kind = "range"
                    ref.end_ref = other
                    ref.end = other.end
                    continue
                break
            break
        return ref, j


def _has_date(ref: Ref) -> bool:
    return ref.has_day or ref.month is not None


def _copy_date(src: Ref, dst: Ref) -> None:
    for f in ("year", "month", "day", "hijri", "weekday", "rel_day", "mod", "alt"):
        setattr(dst, f, getattr(src, f))


def merge_equivalent(a: Ref, b: Ref) -> Ref:
    """Two spellings of one date joined by «الموافق»: keep the more precise one, Gregorian on a tie."""

    def score(r: Ref) -> tuple[int, int]:
        precision = 3 if r.day is not None else 2 if r.month is not None else 1 if r.year is not None else 0
        return precision, 0 if r.hijri else 1

    best, other = (a, b) if score(a) >= score(b) else (b, a)
    merged = Ref(**{f.name: getattr(best, f.name) for f in fields(Ref)})
    merged.start, merged.end = a.start, b.end
    if merged.weekday is None:
        merged.weekday = other.weekday
    if merged.rel_day is None and other.rel_day is not None and merged.day is None:
        merged.rel_day = other.rel_day
    merged.alt = other
    return merged


def recognize(key_text: str, lex: TimeLexicon) -> list[Ref]:
    """Every time expression of a key-normalized text, in order, non-overlapping."""
    atoms = scan_atoms(key_text, lex)
    if not atoms:
        return []
    return Parser(key_text, atoms, lex).parse()


IMPERFECT_REACH = 5  # an imperfect verb «يعقد» counts as future only this many words before the expression


_TEMPORAL = frozenset({"قبل", "قبيل", "بعد", "عقب"})  # match keys: «قبل أن يغادر» (not «رجح … أن يجتمع»)


_BEFORE = frozenset({"قبل", "قبيل"})  # «قبل زيارة …»: a contact ahead of what the clause tells
_ADVERBS = frozenset({"ايضا", "كذلك"})  # between a verb and «قبل» (match keys)


def tense_before(key_text: str, pos: int, lex: TimeLexicon, max_words: int = 14) -> str | None:
    """``future`` / ``past`` from the nearest tense cue before ``pos`` in the same sentence, else None.

    Future: listed cues (من المقرر، يعتزم، المرتقب…), «سـ» + a listed imperfect verb (سيزور، ستعقد), or a
    listed imperfect verb close before (headline present: «يعقد الحلف الخميس»). Past: listed perfect verbs and
    particles (قال، قد، كان). Lists, not morphology guesses: names such as «سيزار» or «يتيم» look like verbs.
    """
    lo = max(0, pos - 90)
    window = key_text[lo:pos]
    stops = [m.end() for m in _STOP.finditer(window)]
    if stops:
        window = window[stops[-1] :]
    words = _WORD.findall(window)
    fut, past, imp, stop = lex.future_cues, lex.past_cues, lex.imperfect, lex.time_words
    words = words[-max_words - 1 :]
    last = len(words) - 1
    for n in range(min(max_words, len(words))):
        w = words[last - n]
        s = w[1:] if len(w) > 3 and w[0] in "وف" else w
        if s in stop or w in stop:
            return None  # another day expression stands between: the verb before it is its own
        pair = f"{words[last - n - 1]} {s}" if n < last else ""
        if pair in fut and n + 2 <= last and words[last - n - 1] in _BEFORE:
            # «بحثتا أيضا قبل قمة الثلاثاء»: what was done before the contact is past, and so is the contact
            prior = [x for x in words[max(0, last - n - 4) : last - n - 1] if x not in _ADVERBS][-1:]
            return "past" if prior and (prior[0] in past or prior[0][1:] in past) else "future"
        if w in fut or s in fut or pair in fut:
            return "future"
        if w in past or s in past or pair in past:
            return "past"
        if n < IMPERFECT_REACH and (w in imp or s in imp):
            before = words[last - n - 1] if n < last else ""
            if before == "ان" and n + 1 < last and words[last - n - 2] in _TEMPORAL:
                continue  # «زار … قبل أن يغادر الأربعاء»: a time clause takes the main verb's time
            return "past" if before in ("لم", "لما") else "future"
    return None
