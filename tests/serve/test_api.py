"""The JSON API over the hand-written store of the examples (see serve_builders.py): lists, filters,
pagination, single items, alias-aware stories, search, errors and ingest."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from serve_builders import SCRIPT_ID

from marsad.pipeline import Pipeline
from marsad.serve import create_app

A000, A001, A002, A003, A004 = (
    "000_8b55ec73970d2136",
    "001_f32835be263a78da",
    "002_3c0a5700d501b69e",
    "003_7bad17a748cfddeb",
    "004_bd41f4d4b492a657",
)
PESKOV_ARTICLES = {A000, A001, A002, A003, SCRIPT_ID}


def _ids(page: dict) -> set[str]:
    return {it.get("event_id") or it.get("id") for it in page["items"]}


def test_api_events_fold_the_putin_biden_call_across_articles(client) -> None:
    r = client.get("/api/events", params={"actor": "Vladimir Putin", "type": "phone_call"})
    assert r.status_code == 200
    call = next(e for e in r.json()["items"] if e["event_id"] == "e-1")
    assert {p["name"] for p in call["participants"]} == {"Vladimir Putin", "Joe Biden"}
    assert {m["article_id"] for m in call["mentions"]} == {A000, A001, A002, SCRIPT_ID}
    assert call["n_articles"] == 4
    assert call["n_sources"] == 4  # three outlets, and one article without an outlet
    assert call["date"] == "2021-12-30"  # three reports against one
    assert call["conflicts"]["date"] == ["2021-12-30", "2021-12-31"]
    assert call["cameo"] == "041" and call["plover"] == "CONSULT"
    assert "Vladimir Putin and Joe Biden — phone call" in call["gloss"]
    ev = next(m for m in call["mentions"] if m["article_id"] == A001)
    assert "محادثة هاتفية" in ev["evidence_text"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"e-1", "e-2", "e-3", "e-4", "e-5", "e-6", "e-7"}),
        ({"type": "meeting"}, {"e-5"}),
        ({"status": "planned"}, {"e-1", "e-3"}),
        ({"actor": "Joe Biden"}, {"e-1", "e-2"}),
        ({"actor": "joe biden"}, {"e-1", "e-2"}),  # letter case
        ({"actor": "per:xi-jinping"}, {"e-7"}),  # an actor id
        ({"country": "Egypt"}, {"e-6"}),
        ({"country": "EG"}, {"e-6"}),  # an ISO code
        ({"country": "مصر"}, {"e-6"}),  # an Arabic name
        ({"outlet": "Webangah"}, {"e-6", "e-7"}),
        ({"story": "s-2"}, {"e-4", "e-5"}),
        ({"story": "s-0"}, {"e-1", "e-2", "e-3"}),  # a merged story id resolves
        ({"date_from": "2025-01-01"}, {"e-6", "e-7"}),
        ({"date_from": "2021-10", "date_to": "2021-10"}, {"e-4", "e-5"}),  # e-4 has no date: published
        ({"date_from": "2022-01-11", "date_to": "2022-01-11"}, {"e-3"}),  # inside the range 01-10/01-12
        ({"q": "نولاند"}, {"e-4", "e-5"}),
        ({"actor": "Nobody Known"}, set()),
    ],
)
def test_api_events_filters(client, params: dict, expected: set[str]) -> None:
    r = client.get("/api/events", params={**params, "limit": 100})
    assert r.status_code == 200, r.text
    assert _ids(r.json()) == expected
    assert r.json()["total"] == len(expected)


def test_api_events_pagination_is_complete_and_ordered(client) -> None:
    seen, dates = [], []
    for offset in range(0, 10, 3):
        page = client.get("/api/events", params={"limit": 3, "offset": offset, "order": "asc"}).json()
        assert page["total"] == 7
        seen += [e["event_id"] for e in page["items"]]
        dates += [(e["date"] or e["first_published"]).split("/")[0] for e in page["items"]]
    assert sorted(seen) == sorted(set(seen)) and len(seen) == 7
    assert dates == sorted(dates)


def test_api_event_detail_and_missing(client) -> None:
    assert client.get("/api/events/e-5").json()["participants"][0]["name"] == "Yuri Ushakov"
    r = client.get("/api/events/e-999")
    assert r.status_code == 404 and "e-999" in r.json()["detail"]


def test_api_story_resolves_merged_id_and_reports_conflicts(client) -> None:
    st = client.get("/api/stories/s-0").json()
    assert st["id"] == "s-1" and st["alias_of"] == "s-1" and st["requested_id"] == "s-0"
    assert set(st["article_ids"]) == {A000, A001, A002, SCRIPT_ID}
    assert [a["published"] for a in st["articles"]] == sorted(a["published"] for a in st["articles"])
    status = next(c for c in st["conflicts"] if c["attribute"] == "status")
    assert status["event_id"] == "e-1" and status["values"] == ["planned", "occurred"]
    art = next(a for a in st["articles"] if a["id"] == A001)
    ev = [h for h in art["highlights"] if h["kind"] == "event"]
    assert ev and all(0 <= h["start"] < h["end"] <= len(art["text"]) for h in ev)
    assert "محادثة هاتفية" in "".join(art["text"][h["start"] : h["end"]] for h in ev)


def test_api_stories_list(client) -> None:
    page = client.get("/api/stories").json()
    assert {s["id"] for s in page["items"]} == {"s-1", "s-2", "s-3"}
    s1 = next(s for s in page["items"] if s["id"] == "s-1")
    assert s1["n_articles"] == 4 and s1["n_events"] == 3  # canonical: e-1, e-2, e-3
    assert _ids(client.get("/api/stories", params={"actor": "Xi Jinping"}).json()) == {"s-3"}


def test_api_article_keeps_markup_as_text(client) -> None:
    a = client.get(f"/api/articles/{SCRIPT_ID}").json()
    assert "<script>window.__pwned = 1;</script>" in a["text"]
    assert a["quotes"][0]["text"] == "<script>window.__pwned = 1;</script>"
    assert client.get("/api/articles/nope").status_code == 404


def test_api_actor_page_data(client) -> None:
    a = client.get("/api/actors/Vladimir Putin").json()
    assert a["kind"] == "person" and a["country"] == "Russia"
    assert a["n_events"] == 4  # e-1, e-2, e-6, e-7 (e-3 is between the countries)
    top = a["counterparts"][0]
    assert top["name"] == "Joe Biden" and top["n_sources"] == 4 and top["n_events"] == 2
    assert {m["month"] for m in a["contacts_by_month"]} == {"2021-12", "2025-01"}
    peskov = client.get("/api/actors/Dmitry Peskov").json()  # quoted, never in an event
    assert peskov["n_quotes"] == 4 and peskov["n_events"] == 0
    assert client.get("/api/actors/Nobody Known").status_code == 404


def test_api_network_weights_by_independent_sources(client) -> None:
    net = client.get("/api/network").json()
    edge = next(e for e in net["edges"] if {e["source"], e["target"]} == {"Vladimir Putin", "Joe Biden"})
    assert (edge["n_sources"], edge["n_events"], edge["n_articles"]) == (4, 2, 4)
    assert net["edges"][0] == edge  # heaviest first
    directed = next(e for e in net["edges"] if "Victoria Nuland" in (e["source"], e["target"])
                    and "Russia" in (e["source"], e["target"]))  # fmt: skip
    assert directed["types"] == {"visit": 1}
    assert client.get("/api/network", params={"min_weight": 2}).json()["edges"] == [edge]


def test_api_quotes_filters(client) -> None:
    page = client.get("/api/quotes", params={"speaker": "Yuri Ushakov"}).json()
    assert [q["article_id"] for q in page["items"]] == [A004]
    page = client.get("/api/quotes", params={"q": "بمبادرة"}).json()  # the quote's own words, not its article's
    assert sorted((q["article_id"], q["speaker"]) for q in page["items"]) == [(A000, "Dmitry Peskov"),
                                                                              (A001, "Dmitry Peskov")]
    assert client.get("/api/quotes", params={"q": "الكرملين"}).json()["items"] == []  # in articles, not quotes


@pytest.mark.parametrize(
    "query",
    ["بيسكوف", "ديمتري بيسكوف", "دميتري بيسكوف", "وبيسكوف", "لبيسكوف", "بِيسْكُوف"],
)
def test_api_search_finds_every_spelling_of_peskov(client, query: str) -> None:
    page = client.get("/api/search", params={"q": query, "limit": 50}).json()
    assert _ids(page) == PESKOV_ARTICLES
    assert "Dmitry Peskov" in page["query"]["actors"]
    assert all(it["snippets"] for it in page["items"])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("المحادثة الهاتفية", "المحادثه الهاتفيه"),  # ta marbuta
        ("أوشاكوف", "اوشاكوف"),  # hamza on alef
        ("الاتصال", "اتصال"),  # the article
        ("وبالأمس", "الأمس"),  # conjunction + preposition + article
    ],
)
def test_api_search_normalizes(client, a: str, b: str) -> None:
    ra = _ids(client.get("/api/search", params={"q": a}).json())
    rb = _ids(client.get("/api/search", params={"q": b}).json())
    assert ra and ra == rb


def test_api_search_snippet_marks_the_hit(client) -> None:
    page = client.get("/api/search", params={"q": "وبيسكوف"}).json()
    for it in page["items"]:
        for sn in it["snippets"]:
            for s, e in sn["hits"]:
                assert "بيسكوف" in sn["text"][s - sn["start"] : e - sn["start"]] or "بسكوف" in sn["text"]


@pytest.mark.parametrize(
    ("url", "status", "fragment"),
    [
        ("/api/events?limit=0", 422, "limit"),
        ("/api/events?limit=501", 422, "limit"),
        ("/api/events?offset=-1", 422, "offset"),
        ("/api/events?limit=abc", 422, "limit"),
        ("/api/events?type=phonecall", 422, "type"),
        ("/api/events?status=maybe", 422, "status"),
        ("/api/events?date_from=2021-13-01", 422, "date_from"),
        ("/api/events?date_from=2021-02-30", 422, "date_from"),
        ("/api/events?date_to=yesterday", 422, "date_to"),
        ("/api/events?date_from=2022-01-01&date_to=2021-01-01", 422, "after"),
        ("/api/search?q=%22%29%20*%20%28", 422, "q"),  # FTS syntax only: no word
        ("/api/actors?kind=alien", 422, "kind"),
        ("/api/network?min_weight=0", 422, "min_weight"),
        ("/api/export/xlsx", 422, "fmt"),
        ("/api/stories/does-not-exist", 404, "does-not-exist"),
        ("/api/articles/..%2F..%2Fetc%2Fpasswd", 404, "passwd"),
        ("/events?type=nope", 422, "type"),  # a page: an HTML error page
    ],
)
def test_api_bad_parameters_are_4xx_with_a_message(client, url: str, status: int, fragment: str) -> None:
    r = client.get(url)
    assert r.status_code == status
    if url.startswith("/api"):
        body = r.json()
        assert fragment in body["message"]
    else:
        assert "text/html" in r.headers["content-type"] and fragment in r.text


@pytest.mark.parametrize("query", ['"', "NEAR(a b)", "بيسكوف OR *", "a AND", "^بوتين", "x" * 400, "\x00بوتين"])
def test_api_search_syntax_never_reaches_fts(client, query: str) -> None:
    r = client.get("/api/search", params={"q": query})
    assert r.status_code in (200, 422), r.text


def test_api_openapi_lists_every_endpoint(client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/events", "/api/articles", "/api/stories/{story_id}", "/api/actors/{name}", "/api/quotes",
              "/api/network", "/api/search", "/api/ingest", "/api/export/{fmt}"):  # fmt: skip
        assert p in paths


def test_api_pages_have_json_twins(client) -> None:
    for page, twin in [("/", "/api/events"), ("/stories/s-1", "/api/stories/s-1"),
                       ("/search?q=x", "/api/search?q=x"), ("/network", "/api/network")]:  # fmt: skip
        html = client.get(page).text
        assert f'<link rel="alternate" type="application/json" href="{twin}">' in html
        assert client.get(twin).status_code == 200


def test_api_responses_carry_a_strict_csp(client) -> None:
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


# --- ingest --------------------------------------------------------------------------------------------


def _upload(c, token: str | None, name: str = "ingested_1.txt", text: str = "") -> object:
    body = text or "زيارة مفاجئة\n\nأعلن المتحدث باسم الكرملين أن بيسكوفيتش التقى نظيره في مسقط اليوم.\n"
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return c.post("/api/ingest", files=[("files", (name, io.BytesIO(body.encode()), "text/plain"))],
                  headers=headers)  # fmt: skip


def test_api_ingest_is_off_by_default(client, monkeypatch: pytest.MonkeyPatch) -> None:
    r = _upload(client, "anything")
    assert r.status_code == 404 and "MARSAD_INGEST_TOKEN" in r.json()["detail"]


def test_api_ingest_with_token(store_copy: Path) -> None:
    from fastapi.testclient import TestClient

    app = create_app(store_copy, ingest_token="s3cret", pipeline=lambda: Pipeline([]))
    with TestClient(app) as c:
        assert _upload(c, None).status_code == 403
        assert _upload(c, "wrong").status_code == 403
        r = _upload(c, "s3cret", name="../../evil name.txt")
        assert r.status_code == 200, r.text
        assert r.json()["statuses"] == {"new": 1} and r.json()["errors"] == []
        hits = c.get("/api/search", params={"q": "مسقط"}).json()
        assert _ids(hits) == {"evil_name"}
        jsonl = json.dumps({"id": "rec-1", "title": "عنوان", "text": "وصل الوزير إلى مسقط صباح اليوم."},
                           ensure_ascii=False)  # fmt: skip
        r = _upload(c, "s3cret", name="batch.jsonl", text=jsonl + "\n")
        assert r.status_code == 200 and r.json()["statuses"] == {"new": 1}
        assert _ids(c.get("/api/search", params={"q": "مسقط"}).json()) == {"evil_name", "rec-1"}


def test_api_ingest_token_from_environment(store_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    monkeypatch.setenv("MARSAD_INGEST_TOKEN", "from-env")
    with TestClient(create_app(store_copy, pipeline=lambda: Pipeline([]))) as c:
        assert _upload(c, "from-env").status_code == 200
