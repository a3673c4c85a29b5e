#!/usr/bin/env python3
"""List the people a corpus names whom the knowledge base lacks, by how many articles name them.

The KB grows where the news is: run this on a corpus (JSONL or JSONL.gz records with ``id``, ``title``, ``text``,
optional ``published``), check the top rows (who is it, which Wikipedia title), and add them to
``kb/people.yaml``. Output: TSV of articles, marsad's rough English name, up to four Arabic forms seen, one
example article id. The 2015/2018 additions were drawn from every third article of ``../shared/corpus``.

    python scripts/kb_candidates.py ../shared/corpus/saudinewsnet.jsonl.gz --every 3 --out candidates.tsv
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from marsad.kb.loader import load_kb
from marsad.model import Article
from marsad.pipeline import default_pipeline


def records(paths: list[Path], every: int, skip: set[str]) -> Iterator[dict]:
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if not line.strip() or k % every:
                    continue
                rec = json.loads(line)
                if rec.get("id") not in skip:
                    yield rec


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, nargs="+")
    ap.add_argument("--every", type=int, default=1, help="take every N-th record (default: all)")
    ap.add_argument("--skip", type=Path, help="JSONL whose ids to leave out (a held-out sample)")
    ap.add_argument("--min", type=int, default=2, help="least number of articles to list a name (default 2)")
    ap.add_argument("--out", type=Path, help="TSV to write (default: standard output)")
    a = ap.parse_args(argv)
    skip = set()
    if a.skip:
        skip = {json.loads(x)["id"] for x in a.skip.read_text(encoding="utf-8").splitlines() if x.strip()}
    kb, pipeline = load_kb(), default_pipeline()
    count: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    example: dict[str, str] = {}
    for n, rec in enumerate(records(a.corpus, max(1, a.every), skip), 1):
        text = "\n".join(x for x in (rec.get("title"), rec.get("text")) if x)
        art = pipeline.process(Article(id=str(rec["id"]), original=text,
                                       published=str(rec.get("published") or "")[:10] or None))
        for aid, actor in art.actors.items():
            if actor.kind != "person" or aid in kb.actors:
                continue
            count[actor.name] += 1
            example.setdefault(actor.name, str(rec["id"]))
            forms[actor.name].update(art.text[m.span.start : m.span.end] for m in art.mentions if m.actor_id == aid)
        if n % 1000 == 0:
            print(f"{n} articles", file=sys.stderr)
    rows = [f"{k}\t{name}\t{' | '.join(f for f, _ in forms[name].most_common(4))}\t{example[name]}"
            for name, k in count.most_common() if k >= a.min]
    out = "\n".join(rows) + ("\n" if rows else "")
    if a.out:
        a.out.write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
