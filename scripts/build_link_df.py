"""Rebuild ``src/marsad/data/link/df.tsv.gz``: document frequencies of link terms over a news corpus.

Usage: ``python scripts/build_link_df.py [CORPUS.jsonl.gz ...] [--min-df N]`` (default: the two corpora in
``../shared/corpus``: pan-Arab international news and Saudi local news, so that neither register's common
words look rare). Terms are match-key words without the definite article and the proclitics before it
(:func:`marsad.link.text.surface`); the linker reads this file as its fixed IDF. Only word document
frequencies are kept, no text.
ANT corpus: Chouigui, Ben Khiroun, Elayeb, AJSE 46(8), 2021 (Apache-2.0 with citation). SaudiNewsNet:
Alhagri, CC BY-NC-SA 4.0.
"""

from __future__ import annotations

import argparse
import gzip
from collections import Counter
from pathlib import Path

from marsad.ingest import iter_inputs
from marsad.link.text import surface, words
from marsad.model import Article

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpora = ROOT.parent / "shared" / "corpus"
    ap.add_argument("corpus", nargs="*", default=[str(corpora / "ant_multisource.jsonl.gz"),
                                                   str(corpora / "saudinewsnet.jsonl.gz")])
    ap.add_argument("--min-df", type=int, default=5)
    ap.add_argument("--out", default=str(ROOT / "src" / "marsad" / "data" / "link" / "df.tsv.gz"))
    args = ap.parse_args()
    df: Counter[str] = Counter()
    memo: dict[str, str] = {}
    n = 0
    seen_hashes: set[str] = set()
    for a in iter_inputs(list(args.corpus)):
        if not isinstance(a, Article) or a.content_hash in seen_hashes:
            continue  # exact copies would inflate the frequencies of their words
        seen_hashes.add(a.content_hash)
        n += 1
        terms = set()
        for w in words(a.text):
            t = memo.get(w)
            if t is None:
                t = memo[w] = surface(w)
            terms.add(t)
        df.update(terms)
    rows = sorted((t, c) for t, c in df.items() if c >= args.min_df and len(t) >= 2)
    body = f"# link term document frequencies (marsad.link.text)\n# documents\t{n}\n# min_df\t{args.min_df}\n"
    body += "".join(f"{t}\t{c}\n" for t, c in rows)
    Path(args.out).write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
    print(f"{n} documents, {len(rows)} terms -> {args.out}")


if __name__ == "__main__":
    main()
