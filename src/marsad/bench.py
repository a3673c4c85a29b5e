"""``marsad bench``: throughput of the whole analysis beside its floor, in one process and one run.

Floor = reading the records + normalizing + one compiled regex pass: what any analysis must pay at least.
Full = ingest (readers, boilerplate, hashing) + every pipeline stage. Per-stage times show the slow stage.
"""

from __future__ import annotations

import gzip
import itertools
import json
import re
import resource
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from marsad.ingest import iter_inputs
from marsad.model import Article
from marsad.pipeline import default_pipeline
from marsad.text.normalize import normalize

_FLOOR_RE = re.compile(r"[\u0621-\u064a]+|\d+")
STAGE_BUDGET_MS = {"normalize": 0.07, "segment": 0.10, "times": 0.15, "entities": 0.25, "events": 0.15, "quotes": 0.10}


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def floor(corpus: Path, n: int) -> tuple[int, float]:
    opener = gzip.open if corpus.suffix == ".gz" else open
    t0 = time.perf_counter()
    count = 0
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, n):
            rec = json.loads(line)
            text = (rec.get("title") or "") + "\n\n" + (rec.get("text") or "")
            key = normalize(text).text
            sum(1 for _ in _FLOOR_RE.finditer(key))
            count += 1
    return count, time.perf_counter() - t0


def full(corpus: Path, n: int) -> tuple[int, float, dict[str, float], list[Article]]:
    pipeline = default_pipeline()
    t0 = time.perf_counter()
    done: list[Article] = []
    ingest_s = 0.0
    it = iter_inputs([str(corpus)])
    while len(done) < n:
        t1 = time.perf_counter()
        item = next(it, None)
        ingest_s += time.perf_counter() - t1
        if item is None:
            break
        if isinstance(item, Article):
            done.append(pipeline.process(item))
    total = time.perf_counter() - t0
    stages = {"ingest": ingest_s, **pipeline.seconds}
    return len(done), total, stages, done


def store_time(articles: list[Article]) -> float:
    from marsad.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        with store.transaction():
            for a in articles:
                store.put(a, "bench")
        s = time.perf_counter() - t0
        store.close()
    return s


def run_bench(corpus: Path, n: int, console: Console) -> dict:
    rss0 = _rss_mib()
    nf, tf = floor(corpus, n)
    rss_floor = _rss_mib()
    na, ta, stages, articles = full(corpus, n)
    rss_full = _rss_mib()
    ts = store_time(articles)
    floor_rate, full_rate = nf / tf, na / ta
    table = Table(title=f"marsad bench: {na:,} articles of {corpus.name} (one process, one core)")
    for col in ("measure", "articles/s", "ms/article", "peak RSS MiB"):
        table.add_column(col, justify="right" if col != "measure" else "left")
    table.add_row("floor: read + normalize + 1 regex", f"{floor_rate:,.0f}", f"{1000 / floor_rate:.3f}",
                  f"{rss_floor:,.0f}")
    table.add_row("full: ingest + analyze", f"{full_rate:,.0f}", f"{1000 / full_rate:.3f}", f"{rss_full:,.0f}")
    table.add_row("store: SQLite writes", f"{na / ts:,.0f}", f"{1000 * ts / na:.3f}", "")
    console.print(table)
    st = Table(title="per-stage time")
    for col in ("stage", "ms/article", "budget ms", "share"):
        st.add_column(col, justify="right" if col != "stage" else "left")
    for name, secs in sorted(stages.items(), key=lambda kv: -kv[1]):
        budget = STAGE_BUDGET_MS.get(name.split(".")[0])
        st.add_row(name, f"{1000 * secs / na:.3f}", f"{budget:.2f}" if budget else "",
                   f"{100 * secs / ta:.0f}%")
    console.print(st)
    ratio = floor_rate / full_rate
    console.print(f"full / floor time ratio: {ratio:.1f}× (target ≤ 10×); full rate {full_rate:,.0f} articles/s "
                  f"(target ≥ 1,000); RSS at start {rss0:,.0f} MiB")
    return {"floor_rate": floor_rate, "full_rate": full_rate, "ratio": ratio, "rss_mib": rss_full,
            "stages": stages, "articles": na}
