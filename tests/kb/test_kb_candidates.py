"""scripts/kb_candidates.py lists the people a corpus names whom the KB lacks, by article count."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "kb_candidates.py"


def _module():
    spec = importlib.util.spec_from_file_location("kb_candidates", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_kb_candidates_counts_unknown_people_by_article(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [{"id": f"a{i}", "title": "", "text": text, "published": "2018-05-01"} for i, text in enumerate([
        "وقال المتحدث باسم الشركة كلايف دوير: “الشراكة مهمة”. والتقى الرئيس الأمريكي دونالد ترامب الوفد.",
        "وقال كلايف دوير، مدير الوجهات: “نتطلع إلى المزيد من التعاون”.",
        "وقال الرئيس الأمريكي دونالد ترامب إن المحادثات جيدة.",
    ])]
    corpus.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    assert _module().main([str(corpus), "--out", str(out)]) == 0
    rows = [r.split("\t") for r in out.read_text(encoding="utf-8").splitlines()]
    assert rows and rows[0][0] == "2" and "كلايف دوير" in rows[0][2]
    assert all("Trump" not in r[1] for r in rows)  # the KB knows him
