#!/usr/bin/env python3
"""API latency benchmark: p50/p95/p99 of filtered event lists over real HTTP, on a store of the ANT corpus.

Not a test (nothing is asserted); it prints figures. Usage::

    .venv/bin/python scripts/bench_api.py                       # build /tmp/marsad-ant.db if absent, then measure
    .venv/bin/python scripts/bench_api.py --db my.db --requests 2000
    .venv/bin/python scripts/bench_api.py --build               # rebuild the store first

The store is built with the standard analysis (`marsad analyze` on ../shared/corpus/ant_multisource.jsonl.gz,
31,525 articles). The server is `marsad serve` in a subprocess; requests are sequential keep-alive GETs of
`/api/events` with the filters an analyst uses (actor, country, type, status, date range, outlet, story,
text search, and combinations), the actors/outlets/stories drawn from the store itself.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "ant_multisource.jsonl.gz"


def build(db: Path, corpus: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    r = subprocess.run(
        [sys.executable, "-c", "from marsad.cli import app; app()", "analyze", str(corpus), "--db", str(db)],
        cwd=REPO,
    )
    print(f"built {db} in {time.perf_counter() - t0:.0f} s (exit {r.returncode})", file=sys.stderr)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def queries(db: Path, n: int, seed: int = 7) -> list[tuple[str, dict[str, str]]]:
    """A reproducible mix of filtered event-list requests, named by the filters they use."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    actors = [r[0] for r in conn.execute(
        "SELECT name FROM event_actors WHERE kind = 'person' GROUP BY name ORDER BY count(*) DESC LIMIT 50")]
    countries = [r[0] for r in conn.execute(
        "SELECT country FROM event_actors WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC "
        "LIMIT 30")]
    outlets = [r[0] for r in conn.execute(
        "SELECT outlet FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC LIMIT 10")]
    stories = [r[0] for r in conn.execute(
        "SELECT id FROM stories WHERE article_count > 1 ORDER BY article_count DESC LIMIT 100")]
    months = [r[0] for r in conn.execute(
        "SELECT DISTINCT substr(published, 1, 7) FROM articles WHERE published IS NOT NULL ORDER BY 1")]
    conn.close()
    types = ["phone_call", "video_call", "meeting", "negotiation", "visit", "message"]
    words = ["ترامب", "السعودية", "إيران", "بوتين", "الأمم المتحدة", "اتصالا هاتفيا", "قطر", "وزير الخارجية"]
    rnd = random.Random(seed)

    def month_range() -> dict[str, str]:
        a = rnd.randrange(len(months))
        b = min(len(months) - 1, a + rnd.randrange(3))
        return {"date_from": months[a] + "-01", "date_to": months[b] + "-28"}

    makers = {
        "none": lambda: {},
        "type": lambda: {"type": rnd.choice(types)},
        "actor": lambda: {"actor": rnd.choice(actors)} if actors else {},
        "country": lambda: {"country": rnd.choice(countries)} if countries else {},
        "status": lambda: {"status": rnd.choice(["planned", "cancelled", "occurred"])},
        "date": month_range,
        "outlet": lambda: {"outlet": rnd.choice(outlets)} if outlets else {},
        "story": lambda: {"story": rnd.choice(stories)} if stories else {},
        "q": lambda: {"q": rnd.choice(words)},
        "actor+type": lambda: {"actor": rnd.choice(actors), "type": rnd.choice(types)} if actors else {},
        "country+date": lambda: {"country": rnd.choice(countries), **month_range()} if countries else {},
        "type+date+outlet": lambda: {"type": rnd.choice(types), **month_range(),
                                     **({"outlet": rnd.choice(outlets)} if outlets else {})},
        "deep page": lambda: {"offset": str(rnd.randrange(0, 2000))},
    }  # fmt: skip
    names = list(makers)
    out = []
    for i in range(n):
        name = names[i % len(names)]
        out.append((name, {**makers[name](), "limit": "50"}))
    return out


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=Path("/tmp/marsad-ant.db"))
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--build", action="store_true", help="(re)build the store from the corpus first")
    ap.add_argument("--requests", type=int, default=1300)
    ap.add_argument("--warmup", type=int, default=50)
    args = ap.parse_args()
    if args.build or not args.db.exists():
        if not args.corpus.exists():
            sys.exit(f"corpus not found: {args.corpus}")
        build(args.db, args.corpus)
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    n_art, n_ev = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events"))
    conn.close()
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", "from marsad.cli import app; app()", "serve", "--db", str(args.db), "--port",
         str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)  # fmt: skip
    import http.client

    try:
        for _ in range(300):
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                c.request("GET", "/api/stats")
                stats = json.loads(c.getresponse().read())
                break
            except OSError:
                time.sleep(0.1)
        else:
            sys.exit("server did not start")
        plan = queries(args.db, args.warmup + args.requests)
        conn_http = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        lat: dict[str, list[float]] = {}
        totals: dict[str, list[int]] = {}
        errors = 0
        for i, (name, params) in enumerate(plan):
            path = "/api/events?" + urllib.parse.urlencode(params)
            t0 = time.perf_counter()
            conn_http.request("GET", path)
            resp = conn_http.getresponse()
            body = resp.read()
            dt = (time.perf_counter() - t0) * 1000
            if resp.status != 200:
                errors += 1
                continue
            if i >= args.warmup:
                lat.setdefault(name, []).append(dt)
                totals.setdefault(name, []).append(json.loads(body)["total"])
    finally:
        server.terminate()
        server.wait(timeout=10)
    everything = [x for v in lat.values() for x in v]
    print(f"store: {args.db} — {n_art:,} articles, {n_ev:,} event rows, "
          f"{stats.get('linked_events', 0):,} canonical events, {stats.get('stories', 0):,} stories")  # fmt: skip
    print(f"requests: {len(everything)} measured (+{args.warmup} warm-up), {errors} non-200, sequential, "
          "keep-alive, limit=50")
    print(f"{'filter':<18}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'avg hits':>10}")
    for name, v in lat.items():
        print(f"{name:<18}{len(v):>5}{pct(v, 50):>9.1f}{pct(v, 95):>9.1f}{pct(v, 99):>9.1f}{max(v):>9.1f}"
              f"{statistics.mean(totals[name]):>10.0f}")
    print(f"{'ALL':<18}{len(everything):>5}{pct(everything, 50):>9.1f}{pct(everything, 95):>9.1f}"
          f"{pct(everything, 99):>9.1f}{max(everything):>9.1f}")


if __name__ == "__main__":
    main()
