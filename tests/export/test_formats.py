"""Every export format is re-read and compared with what was exported (CLI, library and API download)."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "serve"))

from serve_builders import SCRIPT_ID, build_store  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from marsad.cli import app as cli  # noqa: E402
from marsad.export import article_record  # noqa: E402
from marsad.export.formats import (  # noqa: E402
    FORMATS,
    GDELT_COLUMNS,
    MENTION_COLUMNS,
    canonical_events,
    csv_cell,
    mention_rows,
    write_csv,
    write_gdelt,
    write_parquet,
    write_plover,
)
from marsad.model import ActorRef, Article, Event, Span  # noqa: E402
from marsad.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("export")
    return build_store(tmp / "marsad.db", tmp / "seeds")


@pytest.fixture(scope="module")
def articles(db: Path) -> list[Article]:
    with Store(db) as s:
        return list(s)


def _nasty() -> Article:
    """An article whose fields carry tabs, line breaks, quotes and commas (must not break TSV or CSV)."""
    original = 'عنوان\tمع "علامات"\n\nالتقى الوزير، بنظيره\tفي\r\nالعاصمة.'
    return Article(
        id="nasty\t1",
        original=original,
        headline=Span(0, original.index("\n")),
        outlet="Outlet,\tWith\nBreaks",
        url="https://x.example/a b\tc",
        published="2024-05-01",
        events=[
            Event("meeting", participants=[ActorRef("Name, With\tTab", "Washington, D.C."),
                                           ActorRef('Quote "Q"\nNewline', None)],
                  evidence=[Span(19, 38)], trigger="التقى", id="e-n\t1", location="Place\nTwo")
        ],
    )  # fmt: skip


def test_formats_csv_round_trip(articles: list[Article]) -> None:
    buf = io.StringIO()
    n = write_csv(articles + [_nasty()], buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    expected = list(mention_rows(articles + [_nasty()]))
    assert n == len(rows) == len(expected) == 11
    assert tuple(rows[0]) == MENTION_COLUMNS
    for got, exp in zip(rows, expected, strict=True):
        assert got == {c: csv_cell(c, exp[c]) for c in MENTION_COLUMNS}
    first = next(r for r in rows if r["event_id"] == "e-1")
    assert first["participants"] == "Vladimir Putin; Joe Biden" and json.loads(first["evidence"])


def test_formats_parquet_round_trip(articles: list[Article], tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    n = write_parquet(articles + [_nasty()], str(path), batch=3)  # several row groups
    table = pq.read_table(path)
    assert n == table.num_rows == 11
    assert tuple(table.column_names) == MENTION_COLUMNS
    assert table.to_pylist() == list(mention_rows(articles + [_nasty()]))
    assert str(table.schema.field("evidence").type) == "list<element: list<element: int64>>"


def test_formats_parquet_of_nothing_is_a_valid_empty_file(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "empty.parquet"
    assert write_parquet([], str(path)) == 0
    assert pq.read_table(path).num_rows == 0


def _tsv(text: str) -> list[list[str]]:
    lines = text.split("\n")
    assert lines[-1] == "" and "\r" not in text
    return [ln.split("\t") for ln in lines[:-1]]


def test_formats_gdelt_one_row_per_canonical_event(articles: list[Article]) -> None:
    buf = io.StringIO()
    n = write_gdelt(articles + [_nasty()], buf)
    rows = _tsv(buf.getvalue())
    assert rows[0] == list(GDELT_COLUMNS)
    assert all(len(r) == len(GDELT_COLUMNS) for r in rows)  # no stray tab or newline inside a field
    body = [dict(zip(GDELT_COLUMNS, r, strict=True)) for r in rows[1:]]
    assert n == len(body) == 8
    assert len({r["GLOBALEVENTID"] for r in body}) == len(body)
    call = next(r for r in body if r["GLOBALEVENTID"] == "e-1")
    assert (call["Actor1Name"], call["Actor1CountryCode"], call["Actor2Name"], call["Actor2CountryCode"]) == (
        "Vladimir Putin", "RUS", "Joe Biden", "USA")  # fmt: skip
    codes = (call["EventCode"], call["EventBaseCode"], call["EventRootCode"], call["QuadClass"])
    assert codes == ("041", "041", "04", "1")
    assert (call["NumArticles"], call["NumSources"], call["NumMentions"]) == ("4", "4", "4")
    assert call["SQLDATE"] == "20211230" and call["Status"] == "planned"
    assert len(call["SourceURLs"].split(" ")) == 4
    assert set(call["ArticleIDs"].split(" ")) >= {SCRIPT_ID}
    visit = next(r for r in body if r["GLOBALEVENTID"] == "e-4")
    assert (visit["Actor1Name"], visit["Actor2Name"], visit["EventCode"]) == ("Victoria Nuland", "Russia", "042")
    assert visit["SQLDATE"] == "20211014"  # no event date: the report's publication date
    nasty = next(r for r in body if r["GLOBALEVENTID"] == "e-n 1")
    assert nasty["Actor1Name"] == "Name, With Tab" and nasty["Actor1CountryCode"] == ""
    assert nasty["Location"] == "Place Two" and nasty["Outlets"] == "Outlet, With Breaks"


def test_formats_plover_round_trip(articles: list[Article]) -> None:
    buf = io.StringIO()
    n = write_plover(articles, buf)
    recs = json.loads(buf.getvalue())
    assert isinstance(recs, list) and n == len(recs) == 7
    call = next(r for r in recs if r["id"] == "e-1")
    assert (call["event_type"], call["mode"], call["actor"], call["actor_country"], call["recipient"],
            call["recipient_country"]) == ("CONSULT", "phone", "Vladimir Putin", "RUS", "Joe Biden", "USA")  # fmt: skip
    assert call["num_articles"] == 4 and call["num_sources"] == 4
    assert call["conflicts"]["status"] == ["planned", "occurred"]
    src = next(s for s in call["sources"] if s["article_id"] == "001_f32835be263a78da")
    assert any("محادثة هاتفية" in t for t in src["evidence_text"])
    msg = next(r for r in recs if r["id"] == "e-2")
    assert (msg["event_type"], msg["actor"], msg["recipient"]) == ("SUPPORT", "Vladimir Putin", "Joe Biden")
    assert [a["role"] for a in msg["actors"]] == ["source", "target"]


def test_formats_canonical_events_vote_and_keep_conflicts(articles: list[Article]) -> None:
    ce = next(c for c in canonical_events(articles) if c.key == "e-1")
    assert ce.date == "2021-12-30" and ce.conflicts["date"] == ["2021-12-30", "2021-12-31"]
    assert ce.num_sources == 4 and len(ce.article_ids) == 4


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_formats_cli_export_round_trip(db: Path, articles: list[Article], tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"x{FORMATS[fmt][1]}"
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
    assert r.exit_code == 0, r.output
    if fmt == "jsonl":
        recs = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
        assert recs == [json.loads(json.dumps(article_record(a), ensure_ascii=False)) for a in articles]
    elif fmt == "csv":
        assert len(list(csv.DictReader(out.open(encoding="utf-8", newline="")))) == 10
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(out).num_rows == 10
    elif fmt == "gdelt":
        assert len(_tsv(out.read_text(encoding="utf-8"))) == 1 + 7
    else:
        assert len(json.loads(out.read_text(encoding="utf-8"))) == 7


def test_formats_cli_rejects_unknown_format(db: Path) -> None:
    r = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "xlsx"])
    assert r.exit_code == 2 and "available" in r.output


@pytest.mark.parametrize(("fmt", "params", "count"), [
    ("jsonl", {"story": "s-2"}, 1), ("csv", {"actor": "Xi Jinping"}, 2), ("gdelt", {"story": "s-1"}, 3),
    ("plover", {"date_from": "2025"}, 2), ("parquet", {}, 10),
])  # fmt: skip
def test_formats_api_download(db: Path, fmt: str, params: dict, count: int) -> None:
    from fastapi.testclient import TestClient

    from marsad.serve import create_app

    with TestClient(create_app(db)) as c:
        r = c.get(f"/api/export/{fmt}", params=params)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(FORMATS[fmt][0])
    assert f"marsad-{fmt}{FORMATS[fmt][1]}" in r.headers["content-disposition"]
    if fmt == "jsonl":
        n = len(r.text.splitlines())
    elif fmt == "csv":
        n = len(list(csv.DictReader(io.StringIO(r.text))))
    elif fmt == "gdelt":
        n = len(_tsv(r.text)) - 1
    elif fmt == "plover":
        n = len(r.json())
    else:
        import pyarrow.parquet as pq

        n = pq.read_table(io.BytesIO(r.content)).num_rows
    assert n == count
