"""``marsad bench-link``: time and memory of duplicate detection and story clustering on a whole corpus, and a
sample of same-story pairs for a person to judge.

From a corpus file the linker sees ingest output only (headline, text, publication date, outlet, content
hash): the same code as in ``marsad analyze`` minus the actors and head events that analysis adds. From a
store (``--db``) it reads the stored analyses, so actors and events count too; the store is not modified.
Times are CPU seconds of this process (one core); memory is the peak resident set size.
"""

from __future__ import annotations

import random
import resource
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from marsad.link.dedup import Deduper
from marsad.link.features import FeatureExtractor, LinkFeatures
from marsad.link.stories import StoryLinker
from marsad.link.text import cosine
from marsad.model import Article


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass(slots=True)
class BenchLink:
    articles: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    rss_mib: dict[str, float] = field(default_factory=dict)
    duplicates: int = 0
    duplicate_groups: int = 0
    duplicate_kinds: Counter[str] = field(default_factory=Counter)
    stories: int = 0
    multi_stories: int = 0
    articles_in_multi: int = 0
    largest: list[int] = field(default_factory=list)
    merges: int = 0
    pairs: list[tuple[LinkFeatures, LinkFeatures, int, float]] = field(default_factory=list)  # a, b, size, cos


def _features(corpus: Path | None, db: Path | None, n: int | None, fx: FeatureExtractor,
              result: BenchLink) -> list[LinkFeatures]:
    feats: list[LinkFeatures] = []
    read = feat = 0.0
    if db is not None:
        from marsad.store import Store

        store = Store(db)
        it = iter(store)
    else:
        from marsad.ingest import iter_inputs

        store = None
        it = iter_inputs([str(corpus)])
    try:
        while n is None or len(feats) < n:
            t0 = time.process_time()
            a = next(it, None)
            t1 = time.process_time()
            read += t1 - t0
            if a is None:
                break
            if not isinstance(a, Article):
                continue
            if db is not None:
                feats.append(fx.of(a))
            else:
                body = a.text[a.body.start : a.body.end] if a.body.end > a.body.start else a.text
                feats.append(fx.text_features(a.id, a.headline_text, body, a.published, a.published_meta,
                                              a.outlet, a.agency, a.content_hash))  # fmt: skip
            feat += time.process_time() - t1
    finally:
        if store is not None:
            store.close()
    result.seconds["read (ingest or store)"] = read
    result.seconds["features"] = feat
    return feats


def run_bench_link(corpus: Path | None, out: Console, db: Path | None = None, n: int | None = None,
                   pairs: int = 100, seed: int = 0) -> BenchLink:
    """Link a corpus (or a store's articles) in memory and print timings, counts and ``pairs`` random
    same-story pairs (seeded)."""
    result = BenchLink()
    fx = FeatureExtractor()
    rss0 = _rss_mib()
    feats = _features(corpus, db, n, fx, result)
    result.articles = len(feats)
    result.rss_mib["after features"] = _rss_mib()

    t0 = time.process_time()
    dedup = Deduper(fx.hasher)
    matches = [dedup.add(f) for f in feats]
    result.seconds["duplicates"] = time.process_time() - t0
    result.rss_mib["after duplicates"] = _rss_mib()
    t1 = time.process_time()
    linker = StoryLinker()
    for f, m in zip(feats, matches, strict=True):
        p = linker.add(f, m.index if m is not None else None)
        result.merges += len(p.merged)
    result.seconds["stories"] = time.process_time() - t1
    result.seconds["duplicates + stories"] = result.seconds["duplicates"] + result.seconds["stories"]
    result.rss_mib["peak"] = _rss_mib()
    result.rss_mib["start"] = rss0

    root: dict[int, int] = {}
    for i, m in enumerate(matches):
        if m is not None:
            root[i] = root.get(m.index, m.index)
            result.duplicate_kinds[m.kind] += 1
    result.duplicates = len(root)
    result.duplicate_groups = len(set(root.values()))
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(feats)):
        members[linker.resolve(linker.story_of[i])].append(i)
    sizes = sorted((len(v) for v in members.values()), reverse=True)
    result.stories = len(members)
    result.multi_stories = sum(1 for s in sizes if s > 1)
    result.articles_in_multi = sum(s for s in sizes if s > 1)
    result.largest = sizes[:10]
    result.pairs = sample_pairs(feats, members, root, pairs, seed)
    _print(out, result, corpus if db is None else db)
    return result


def sample_pairs(feats: list[LinkFeatures], members: dict[int, list[int]], root: dict[int, int], k: int,
                 seed: int) -> list[tuple[LinkFeatures, LinkFeatures, int, float]]:
    """``k`` same-story pairs drawn uniformly among all same-story pairs that are not copies of each other."""
    rng = random.Random(seed)
    stories = sorted((sorted(v) for v in members.values() if len(v) > 1), key=lambda v: v[0])
    weights = [len(v) * (len(v) - 1) // 2 for v in stories]
    total = sum(weights)
    out: list[tuple[LinkFeatures, LinkFeatures, int, float]] = []
    seen: set[tuple[int, int]] = set()
    tries = 0
    while stories and len(out) < k and tries < 50 * k:
        tries += 1
        r = rng.randrange(total)
        pick = stories[-1]
        for v, w in zip(stories, weights, strict=True):
            if r < w:
                pick = v
                break
            r -= w
        a, b = sorted(rng.sample(pick, 2))
        if (a, b) in seen or root.get(a, a) == root.get(b, b):
            continue
        seen.add((a, b))
        out.append((feats[a], feats[b], len(pick), cosine(feats[a].vec, feats[b].vec)))
    return out


def _day(f: LinkFeatures) -> str:
    return date.fromordinal(f.day).isoformat() if f.day is not None else "?"


def _print(out: Console, r: BenchLink, source: Path | None) -> None:
    t = Table(title=f"marsad bench-link: {source}")
    t.add_column("what")
    t.add_column("value", justify="right")
    t.add_row("articles", f"{r.articles:,}")
    for k, v in r.seconds.items():
        t.add_row(f"CPU s: {k}", f"{v:.1f}")
    if r.articles:
        t.add_row("ms/article: duplicates + stories", f"{1000 * r.seconds['duplicates + stories'] / r.articles:.3f}")
    for k, v in r.rss_mib.items():
        t.add_row(f"RSS MiB: {k}", f"{v:,.0f}")
    t.add_row("duplicates (copies)", f"{r.duplicates:,}")
    t.add_row("duplicate groups", f"{r.duplicate_groups:,}")
    for k, v in sorted(r.duplicate_kinds.items()):
        t.add_row(f"  found as {k}", f"{v:,}")
    t.add_row("stories", f"{r.stories:,}")
    t.add_row("stories of 2+ articles", f"{r.multi_stories:,}")
    t.add_row("articles in them", f"{r.articles_in_multi:,}")
    t.add_row("story merges", f"{r.merges:,}")
    t.add_row("largest stories", ", ".join(map(str, r.largest)))
    out.print(t)
    if r.pairs:
        out.rule(f"{len(r.pairs)} random same-story pairs (not copies of each other): judge each")
        for n, (a, b, size, c) in enumerate(r.pairs, 1):
            out.print(f"[bold]{n:3d}[/bold] story of {size}, text cosine {c:.2f}", soft_wrap=True)
            out.print(f"     A {_day(a)} {escape(a.outlet or '-')[:16]:16} {escape(a.title[:110])}", soft_wrap=True)
            out.print(f"     B {_day(b)} {escape(b.outlet or '-')[:16]:16} {escape(b.title[:110])}", soft_wrap=True)
