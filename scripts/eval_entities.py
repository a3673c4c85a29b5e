#!/usr/bin/env python3
"""Measure the entity stage: persons/places/orgs F1 on the seed and dev gold files, and speed on ANT articles.

    python scripts/eval_entities.py [--per-doc] [--speed N]

Reads ../shared (never copied into the repo); writes predictions to a temporary directory and scores them
with ../shared/eval/score.py.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from marsad.extract.entities import EntityStage
from marsad.extract.segmenter import SegmentStage
from marsad.model import Article
from marsad.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"


def analyse(articles: list[Article]) -> list[dict]:
    seg, ent = SegmentStage(), EntityStage()
    out = []
    for a in articles:
        ent(seg(a))
        places = a.entity_names("country") + a.entity_names("place")
        out.append({"id": a.id, "persons": a.entity_names("person"), "places": places,
                    "orgs": a.entity_names("organization")})
    return out


def seeds() -> list[Article]:
    gold = {json.loads(line)["id"]: json.loads(line) for line in open(SHARED / "eval" / "seeds.gold.jsonl")}
    arts = []
    for p in sorted((ROOT / "examples" / "seeds").glob("*.txt")):
        a = Article(id=p.stem, original=p.read_text(encoding="utf-8"))
        a.published = gold.get(p.stem, {}).get("published")
        arts.append(a)
    return arts


def dev() -> list[Article]:
    arts = []
    for line in open(SHARED / "eval" / "dev.input.jsonl", encoding="utf-8"):
        r = json.loads(line)
        a = Article(id=r["id"], original=(r.get("title") or "") + "\n\n" + (r.get("text") or ""))
        a.published = (r.get("published") or "")[:10] or None
        arts.append(a)
    return arts


def score(name: str, preds: list[dict], per_doc: bool) -> None:
    with tempfile.TemporaryDirectory() as d:
        pred = Path(d) / "pred.jsonl"
        pred.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
        cmd = [sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "eval" / f"{name}.gold.jsonl"),
               str(pred), "--aliases", str(SHARED / "eval" / "aliases.tsv")]
        if per_doc:
            cmd.append("--per-doc")
        res = subprocess.run(cmd, capture_output=True, text=True)
        print(f"== {name}")
        for line in res.stdout.splitlines():
            if per_doc or line.split()[:1] and line.split()[0] in ("persons", "places", "orgs", "metric"):
                print(line)
        if res.returncode:
            print(res.stderr)


def speed(n: int) -> None:
    arts = []
    with gzip.open(SHARED / "corpus" / "ant_multisource.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            a = Article(id=r["id"], original=(r.get("title") or "") + "\n\n" + (r.get("text") or ""))
            a.published = (r.get("published") or "")[:10] or None
            arts.append(a)
            if len(arts) >= n:
                break
    seg, ent = SegmentStage(), EntityStage()
    for a in arts:
        seg(a)
        _ = a.norm  # normalization is shared by all stages; not the entity stage's cost
    best = ref = float("inf")
    mentions = 0
    for _ in range(5):  # best of five: the machine may be shared
        t0 = time.process_time()
        mentions = 0
        for a in arts:
            ent(a)
            mentions += len(a.mentions)
        best = min(best, time.process_time() - t0)
        t0 = time.process_time()
        for a in arts:
            normalize(a.text)
        ref = min(ref, time.process_time() - t0)
    chars = sum(len(a.original) for a in arts)
    print(f"== speed: {len(arts)} ANT articles ({chars / len(arts):.0f} chars avg): "
          f"{best / len(arts) * 1000:.3f} ms/article (normalize() alone: {ref / len(arts) * 1000:.3f} ms), "
          f"{mentions / len(arts):.1f} mentions/article")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--speed", type=int, default=2000)
    ap.add_argument("--only", choices=["seeds", "dev"], default=None)
    args = ap.parse_args()
    if args.only in (None, "seeds"):
        score("seeds", analyse(seeds()), args.per_doc)
    if args.only in (None, "dev"):
        score("dev", analyse(dev()), args.per_doc)
    if args.speed:
        speed(args.speed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
