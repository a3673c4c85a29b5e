"""bench-time: the fixed sample and the comparison run on a small corpus written here (figures are not asserted:
speed is measured by the command, not by tests)."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console

from marsad.time.bench import run_bench_time, sample_articles

RECORDS = [
    {"id": f"r{i}", "date": "2021-12-30", "title": f"خبر {i}",
     "text": f"أجرى الرئيس اتصالا هاتفيا اليوم الخميس، بعد لقاء في {10 + i} ديسمبر الجاري."}
    for i in range(8)
]


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def test_bench_time_sample_is_fixed_by_seed(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    one = [a.id for a in sample_articles(corpus, 4, seed=1)]
    assert len(one) == 4 and len(set(one)) == 4
    assert one == [a.id for a in sample_articles(corpus, 4, seed=1)]
    assert len(sample_articles(corpus, 100)) == len(RECORDS)  # a sample larger than the corpus is all of it


def test_bench_time_compares_both_on_the_same_articles(tmp_path: Path) -> None:
    console = Console(record=True, width=200)
    res = run_bench_time(_corpus(tmp_path), 5, console, repeat=1)
    assert res["articles"] == 5
    assert res["ours_found"] == 10  # «اليوم الخميس» and «N ديسمبر الجاري» in each
    assert res["dateparser_found"] > 0 and res["ratio"] > 0
    assert "speed ratio" in console.export_text()
