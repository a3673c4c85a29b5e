"""Find boilerplate in an article body with the data-driven patterns of ``data/boilerplate.yaml``.

Speed (ingest must stay far above 5,000 articles/s): patterns without needles are anchored at a line start
and joined into one regex, so the engine only tries them where a line begins; the others run only when one
of their literal needles occurs (a C-speed substring test); ``tail`` patterns look at the last line only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

try:  # first-character sets of the joined line patterns (a speed filter; without it every line is tried)
    from re import _constants as _sc
    from re import _parser as _sp
except ImportError:  # pragma: no cover - other Python versions
    _sp = _sc = None

from marsad.ingest.outlets import agency_regex
from marsad.model import Span

SCOPES = ("line", "line_containing", "fragment", "tail")


@dataclass(frozen=True, slots=True)
class Pattern:
    name: str
    scope: str
    source: str  # the regex as compiled (line scope anchored, {AGENCY} expanded)
    regex: re.Pattern[str]
    needles: tuple[str, ...]
    credit: bool
    max_line: int
    require: re.Pattern[str] | None
    example: str


@dataclass(frozen=True, slots=True)
class Blank:
    """A boilerplate span, the pattern that found it, and whether it may credit an outlet or agency."""

    span: Span
    pattern: str
    credit: bool = False


@dataclass(frozen=True, slots=True)
class PatternSet:
    patterns: tuple[Pattern, ...]
    anchored: re.Pattern[str] | None  # all needle-less patterns, one alternative each (group g<i>)
    by_group: dict[str, Pattern]
    gated: tuple[Pattern, ...]
    needles: tuple[tuple[str, tuple[int, ...]], ...]  # each distinct needle and the gated patterns it opens
    tails: tuple[Pattern, ...]
    always: tuple[Pattern, ...]  # fragments without needles or ^: each must start with a literal (the
    # engine then skips to it fast; joining them into one alternation would lose that, so they run apart)
    line_starts: frozenset[str] | None  # characters a joined pattern can start with (after spaces)


def compile_pattern(entry: dict[str, Any]) -> Pattern:
    """One YAML entry to a :class:`Pattern` (``{AGENCY}`` expanded, ``line`` scope anchored)."""
    name = str(entry["name"])
    scope = str(entry.get("scope", "line"))
    if scope not in SCOPES:
        raise ValueError(f"boilerplate pattern {name}: unknown scope {scope!r}")
    source = str(entry["pattern"]).replace("{AGENCY}", agency_regex())
    if scope == "line":
        source = rf"^[^\S\n]*(?:{source})[^\S\n]*\r?$"
    needles = tuple(str(n) for n in entry.get("needles") or ())
    require = entry.get("require")
    return Pattern(
        name=name,
        scope=scope,
        source=source,
        regex=re.compile(source, re.MULTILINE),
        needles=needles,
        credit=bool(entry.get("credit", False)),
        max_line=int(entry.get("max_line", 300)),
        require=re.compile(str(require)) if require else None,
        example=str(entry.get("example", "")),
    )


def build_set(entries: list[dict[str, Any]]) -> PatternSet:
    pats = tuple(compile_pattern(e) for e in entries)
    joined = [
        p for p in pats if not p.needles and p.scope in ("line", "fragment") and p.source.startswith("^")
    ]
    by_group = {f"g{i}": p for i, p in enumerate(joined)}
    anchored = None
    alts = ""
    if joined:
        alts = "|".join(f"(?P<g{i}>{p.source.removeprefix('^')})" for i, p in enumerate(joined))
        anchored = re.compile(f"^(?:{alts})", re.MULTILINE)
    gated = tuple(p for p in pats if p.needles and p.scope != "tail")
    opens: dict[str, list[int]] = {}
    for i, p in enumerate(gated):
        for n in p.needles:
            opens.setdefault(n, []).append(i)
    needles = tuple((n, tuple(ix)) for n, ix in opens.items())
    tails = tuple(p for p in pats if p.scope == "tail")
    always = tuple(p for p in pats if not p.needles and p not in joined and p.scope != "tail")
    if any(p.scope != "fragment" for p in always):
        raise ValueError("boilerplate: a line_containing pattern needs needles")
    starts: set[str] | None = set()
    for p in joined:
        fs = _first_chars(_LEADING_SPACE.sub("", p.source.removeprefix("^"), count=1))
        starts = None if fs is None or starts is None else starts | fs
    line_starts = frozenset(starts) if starts is not None else None
    if anchored is not None and line_starts:
        # the engine then tries the alternatives only at lines starting with a possible first character
        first = "[" + "".join(re.escape(c) for c in sorted(line_starts)) + "]"
        anchored = re.compile(rf"^(?=[^\S\n]*{first})(?:{alts})", re.MULTILINE)
    return PatternSet(pats, anchored, by_group, gated, needles, tails, always, line_starts)


_LEADING_SPACE = re.compile(r"^\[\^\\S\\n\]\*")


def _first_chars(source: str) -> set[str] | None:
    """The characters a match of ``source`` can begin with; ``None`` when that is not a small set."""
    if _sp is None:
        return None
    try:
        fs, nullable = _first(_sp.parse(source))
    except Exception:  # noqa: BLE001 - private API of re: never let it break loading
        return None
    return None if fs is None or nullable else fs


def _first(seq: Any) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in seq:
        if op is _sc.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _sc.AT or op in (_sc.ASSERT, _sc.ASSERT_NOT):
            continue
        if op is _sc.IN:
            for o, a in av:
                if o is _sc.LITERAL:
                    out.add(chr(a))
                elif o is _sc.RANGE and a[1] - a[0] <= 2000:
                    out.update(chr(c) for c in range(a[0], a[1] + 1))
                else:
                    return None, False
            return out, False
        if op is _sc.SUBPATTERN:
            fs, nullable = _first(av[3])
        elif op is _sc.BRANCH:
            fs, nullable = set(), False
            for branch in av[1]:
                bfs, bnull = _first(branch)
                if bfs is None:
                    return None, False
                fs |= bfs
                nullable |= bnull
        elif op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT):
            fs, nullable = _first(av[2])
            nullable = nullable or av[0] == 0
        else:
            return None, False
        if fs is None:
            return None, False
        out |= fs
        if not nullable:
            return out, False
    return out, True


@lru_cache(maxsize=1)
def pattern_set() -> PatternSet:
    """The patterns of ``data/boilerplate.yaml``, compiled once."""
    raw = yaml.safe_load(
        resources.files("marsad").joinpath("data/boilerplate.yaml").read_text(encoding="utf-8")
    )
    return build_set(raw["patterns"])


def patterns() -> tuple[Pattern, ...]:
    return pattern_set().patterns


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _add(found: list[Blank], text: str, s: int, e: int, p: Pattern) -> None:
    s, e = _trim(text, s, e)
    if e > s:
        found.append(Blank(Span(s, e), p.name, p.credit))


def _apply(p: Pattern, text: str, start: int, end: int, found: list[Blank]) -> None:
    if p.scope != "line_containing":
        for m in p.regex.finditer(text, start, end):
            _add(found, text, m.start(), m.end(), p)
        return
    last_line_end = -1
    for m in p.regex.finditer(text, start, end):
        if m.start() < last_line_end:
            continue
        ls = max(text.rfind("\n", start, m.start()) + 1, start)
        le = text.find("\n", m.end(), end)
        le = end if le < 0 else le
        last_line_end = le
        if le - ls > p.max_line or (p.require is not None and p.require.search(text, ls, le) is None):
            continue
        _add(found, text, ls, le, p)


def find(text: str, start: int = 0, end: int | None = None, pset: PatternSet | None = None) -> list[Blank]:
    """Boilerplate spans inside ``text[start:end]``, sorted, overlapping matches merged."""
    end = len(text) if end is None else end
    ps = pset or pattern_set()
    found: list[Blank] = []
    if ps.anchored is not None:
        for m in ps.anchored.finditer(text, start, end):
            _add(found, text, m.start(), m.end(), ps.by_group[m.lastgroup or ""])
    for p in ps.always:
        _apply(p, text, start, end, found)
    active: set[int] = set()
    find_ = text.find
    for needle, opens in ps.needles:
        if not active.issuperset(opens) and find_(needle, start, end) >= 0:
            active.update(opens)
    for i in sorted(active):
        _apply(ps.gated[i], text, start, end, found)
    if ps.tails:
        _apply_tails(ps.tails, text, start, end, found)
    if len(found) < 2:
        return found
    found.sort(key=lambda b: (b.span.start, -b.span.end))
    merged = [found[0]]
    for b in found[1:]:
        last = merged[-1]
        if b.span.start <= last.span.end:
            if b.span.end > last.span.end or (b.credit and not last.credit):
                span = Span(last.span.start, max(last.span.end, b.span.end))
                merged[-1] = Blank(span, last.pattern, last.credit or b.credit)
        else:
            merged.append(b)
    return merged


def _apply_tails(pats: tuple[Pattern, ...], text: str, start: int, end: int, found: list[Blank]) -> None:
    """Tail patterns, searched in the last non-empty line of ``text[start:end]`` only (needles too)."""
    e = end
    while e > start and text[e - 1].isspace():
        e -= 1
    if e <= start:
        return
    ls = max(text.rfind("\n", start, e) + 1, start)
    for p in pats:
        if p.needles and not any(text.find(n, ls, e) >= 0 for n in p.needles):
            continue
        for m in p.regex.finditer(text, ls, e):
            _add(found, text, m.start(), m.end(), p)

