"""``marsad bench-time``: the time stage beside dateparser, on the same fixed sample of corpus articles.

Both sides get the same raw text (headline + body). Ours pays for everything the time stage needs (match keys,
paragraphs, recognition, resolution against the publication date); dateparser runs
``search_dates(text, languages=["ar"])``, the call its documentation offers for finding dates in text. The
sample is drawn with a fixed seed, so every run times the same articles.
"""

from __future__ import annotations

import gzip
import random
import statistics
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from rich.console import Console
from rich.table import Table

from marsad.errors import MarsadError
from marsad.extract.times import parse_iso_date
from marsad.ingest import iter_inputs
from marsad.model import Article


def sample_articles(corpus: Path, n: int, seed: int = 0) -> list[Article]:
    """``n`` articles of ``corpus`` drawn uniformly with ``seed`` (in corpus order), as ingest reads them."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        total = sum(1 for _ in fh)
    keep = set(random.Random(seed).sample(range(total), min(n, total)))
    out: list[Article] = []
    for i, item in enumerate(iter_inputs([str(corpus)])):
        if i in keep and isinstance(item, Article):
            out.append(item)
    return out


def _fresh(a: Article) -> Article:
    return Article(a.id, a.original, text=a.text, headline=a.headline, body=a.body, published=a.published,
                   dateline=a.dateline)


def time_ours(articles: list[Article], repeat: int) -> tuple[float, int, Counter[str]]:
    """Median seconds of one pass over ``articles``, the expressions found and how many got a value."""
    from marsad.extract.segmenter import NormalizeStage, SegmentStage
    from marsad.extract.times import TimeStage

    stages = (NormalizeStage(), SegmentStage(), TimeStage())
    runs: list[float] = []
    kinds: Counter[str] = Counter()
    found = 0
    for r in range(repeat):
        batch = [_fresh(a) for a in articles]
        t0 = time.perf_counter()
        for a in batch:
            for st in stages:
                a = st(a)
            if r == 0:
                found += len(a.times)
                kinds.update("resolved" if t.value else "no value" for t in a.times)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs), found, kinds


def time_dateparser(articles: list[Article]) -> tuple[float, int]:
    """Seconds of one pass of ``search_dates`` over ``articles`` and the dates it found."""
    try:
        from dateparser.search import search_dates
    except ImportError as exc:
        raise MarsadError("bench-time needs dateparser: pip install -e '.[bench]'") from exc
    search_dates("اليوم الخميس 30 ديسمبر 2021", languages=["ar"])  # its first call loads its data
    # like ours, relative expressions are resolved against the publication date
    settings = [{"RELATIVE_BASE": datetime(d.year, d.month, d.day)} if (d := parse_iso_date(a.published)) else {}
                for a in articles]
    found = 0
    t0 = time.perf_counter()
    for a, s in zip(articles, settings, strict=True):
        found += len(search_dates(a.original, languages=["ar"], settings=s) or [])
    return time.perf_counter() - t0, found


def run_bench_time(corpus: Path, n: int, console: Console, repeat: int = 5, seed: int = 0) -> dict:
    articles = sample_articles(corpus, n, seed)
    if not articles:
        raise MarsadError(f"{corpus}: no articles to sample")
    ours_s, ours_found, kinds = time_ours(articles, repeat)
    dp_s, dp_found = time_dateparser(articles)
    na = len(articles)
    table = Table(title=f"marsad bench-time: {na} articles of {corpus.name} (seed {seed}, one core)")
    for col in ("system", "articles/s", "expressions found", "expressions/s", "seconds"):
        table.add_column(col, justify="right" if col != "system" else "left")
    table.add_row(f"marsad time stage (median of {repeat})", f"{na / ours_s:,.0f}", f"{ours_found:,}",
                  f"{ours_found / ours_s:,.0f}", f"{ours_s:.3f}")
    table.add_row("dateparser search_dates(languages=['ar'])", f"{na / dp_s:,.1f}", f"{dp_found:,}",
                  f"{dp_found / dp_s:,.0f}", f"{dp_s:.3f}")
    console.print(table)
    ratio = dp_s / ours_s
    console.print(f"speed ratio (same articles): marsad is {ratio:,.0f}× faster than dateparser (target ≥ 20×); "
                  f"of marsad's {ours_found:,} expressions {kinds['resolved']:,} have a value, "
                  f"{kinds['no value']:,} are vague or unanchored")
    return {"articles": na, "ours_seconds": ours_s, "ours_found": ours_found, "dateparser_seconds": dp_s,
            "dateparser_found": dp_found, "ratio": ratio}
