"""The web pages. Each renders the data of its JSON twin (the same path under ``/api``) and links to it."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from marsad.serve import queries as qy
from marsad.serve.api import DB, ERRORS, NOT_FOUND, TEXT, Limit, Offset, Order
from marsad.serve.api import FormF as F
from marsad.serve.html import (
    KIND_AR,
    TYPE_EN,
    actor_link,
    article_link,
    attr,
    bi,
    en,
    esc,
    event_card,
    filter_form,
    json_script,
    marked,
    month_chart,
    page,
    pager,
    story_link,
    type_badge,
    url,
)

router = APIRouter(default_response_class=HTMLResponse)
SEARCH_HINT_AR = "ابحث بالعربية: تُوحَّد الهمزات والألف والياء والتاء المربوطة وتُفصل السوابق واللواحق"
SEARCH_HINT_EN = (
    "Arabic search: hamza, alef, ya and ta marbuta are folded, clitics stripped; a known name finds all its spellings"
)
EVENT_FIELDS = ("actor", "country", "type", "status", "date_from", "date_to", "outlet", "story", "q")


def _twin(request: Request) -> str:
    q = request.url.query
    path = request.url.path if request.url.path != "/" else "/events"
    return "/api" + path + ("?" + q if q else "")


def _html(request: Request, title: str, body: str, active: str = "", scripts: tuple[str, ...] = ()) -> HTMLResponse:
    return HTMLResponse(page(title, body, _twin(request), active, scripts))


# --- timeline ------------------------------------------------------------------------------------------


def _timeline(request: Request, db: qy.Db, f: qy.Filters, limit: int, offset: int, order: str) -> HTMLResponse:
    data = qy.list_events(db, f, limit, offset, order)
    params = {**f.params(), "order": order if order != "desc" else None}
    groups: dict[str, list[str]] = {}
    for ev in data["items"]:
        day = (ev["date"] or ev["first_published"] or "—").split("/")[0]
        groups.setdefault(day, []).append(event_card(ev))
    days = "".join(
        f'<section class="day"><h3 dir="ltr">{esc(day)}</h3>{"".join(cards)}</section>' for day, cards in groups.items()
    )
    if not days:
        days = f'<p class="empty">{bi("لا أحداث تطابق التصفية", "no events match these filters")}</p>'
    order_sel = (
        f'<label for="f-order">{bi("الترتيب", "order")}</label><select name="order" id="f-order">'
        f'<option value="desc"{" selected" if order == "desc" else ""}>الأحدث أولا · newest</option>'
        f'<option value="asc"{" selected" if order == "asc" else ""}>الأقدم أولا · oldest</option></select>'
    )
    body = (
        f'<h1>{bi("الخط الزمني للاتصالات", "Timeline of contacts")}</h1>'
        + filter_form("/events", params, EVENT_FIELDS, order_sel)
        + pager("/events", params, data["total"], limit, offset)
        + f'<div class="timeline">{days}</div>'
        + pager("/events", params, data["total"], limit, offset)
    )
    return _html(request, "الخط الزمني · Timeline", body, "/")


@router.get("/", responses=ERRORS, summary="Timeline page")
def timeline_home(request: Request, db: DB, f: F, limit: Limit = 50, offset: Offset = 0,
                  order: Order = "desc") -> HTMLResponse:  # fmt: skip
    return _timeline(request, db, f, limit, offset, order)


@router.get("/events", responses=ERRORS, summary="Timeline page")
def timeline(request: Request, db: DB, f: F, limit: Limit = 50, offset: Offset = 0,
             order: Order = "desc") -> HTMLResponse:  # fmt: skip
    return _timeline(request, db, f, limit, offset, order)


@router.get("/events/{event_id:path}", responses=NOT_FOUND, summary="Event page")
def event_page(request: Request, db: DB, event_id: str) -> HTMLResponse:
    ev = qy.get_event(db, event_id)
    rows = "".join(
        f"<tr><td>{article_link(mt['article_id'], mt['headline'])}</td><td>{esc(mt['outlet'])}</td>"
        f'<td dir="ltr">{esc(mt["published"])}</td><td dir="ltr">{esc(mt["date"])}</td>'
        f'<td dir="ltr">{esc(mt["time"])}</td><td>{esc(mt["status"])}</td>'
        f'<td><blockquote class="evidence">{esc(mt["evidence_text"])}</blockquote></td></tr>'
        for mt in ev["mentions"]
    )
    body = (
        f"<h1>{type_badge(ev['type'])} <span lang='en' dir='ltr'>{esc(ev['gloss'])}</span></h1>"
        + event_card(ev, show_articles=0)
        + f'<h2>{bi("التقارير", "Reports")}</h2><table class="reports"><thead><tr>'
        + "".join(f"<th>{bi(a, e)}</th>" for a, e in (("المقال", "article"), ("المصدر", "outlet"),
                  ("النشر", "published"), ("التاريخ", "date"), ("الوقت", "time"), ("الحالة", "status"),
                  ("الدليل", "evidence")))  # fmt: skip
        + f"</tr></thead><tbody>{rows}</tbody></table>"
    )
    return _html(request, ev["gloss"], body, "/")


# --- articles and search -------------------------------------------------------------------------------


ALL_KINDS = frozenset({"event", "trigger", "quote", "cue", "mention", "time"})


def article_text(a: dict[str, Any], kinds: frozenset[str] = ALL_KINDS) -> str:
    """The article's original text, escaped, evidence and quotes marked, blanked boilerplate dimmed."""
    spans = [h for h in a["highlights"] if h["kind"] in kinds]
    spans += [{"start": s, "end": e, "kind": "removed", "label": "boilerplate (not analyzed)"} for s, e in a["removed"]]
    return f'<div class="article-text" dir="rtl">{marked(a["text"], spans)}</div>'


def _legend() -> str:
    return (
        '<p class="legend">'
        f'<mark class="hl-event">{bi("دليل الحدث", "event evidence")}</mark> '
        f'<mark class="hl-trigger">{bi("كلمة الحدث", "trigger")}</mark> '
        f'<mark class="hl-quote">{bi("اقتباس", "quote")}</mark> '
        f'<mark class="hl-cue">{bi("فعل القول", "speech cue")}</mark> '
        f'<mark class="hl-mention">{bi("اسم", "name")}</mark> '
        f'<mark class="hl-time">{bi("زمن", "time")}</mark></p>'
    )


def _article_events(a: dict[str, Any]) -> str:
    items = []
    for ev in a["events"]:
        eid = ev.get("event_id")
        link = f' <a href="/events/{attr(quote(eid, safe=""))}">#</a>' if eid else ""
        items.append(f'<li>{type_badge(ev["type"])} <span lang="en" dir="ltr">{esc(ev["gloss"])}</span>{link}</li>')
    return "".join(items) or f'<li class="meta">{bi("لا أحداث", "no events")}</li>'


def _article_quotes(a: dict[str, Any]) -> str:
    return "".join(
        f"<li>{actor_link(q['speaker']) or en('unattributed')}: «{esc(q['text'])}»</li>" for q in a["quotes"]
    ) or f'<li class="meta">{bi("لا اقتباسات", "no quotes")}</li>'


def _meta(a: dict[str, Any]) -> str:
    link = ""
    if a.get("url"):
        link = f' · <a href="{attr(a["url"])}" rel="noopener noreferrer nofollow">{en("source")}</a>'
    return (
        f'<p class="meta">{esc(a["outlet"] or "")} {esc(a["agency"] or "")} '
        f'<span dir="ltr">{esc(a["published"] or "")}</span>'
        f"{' · ' + story_link(a['story'], 'القصة · story') if a.get('story') else ''}{link}</p>"
    )


@router.get("/articles/{article_id:path}", responses=NOT_FOUND, summary="Article page")
def article_page(request: Request, db: DB, article_id: str) -> HTMLResponse:
    a = qy.get_article(db, article_id)
    ents = " · ".join(actor_link(n) for n in a["persons"] + a["orgs"]) or "—"
    body = (
        f'<article class="article-full" data-article-id="{attr(a["id"])}"><h1>{esc(a["headline"])}</h1>{_meta(a)}'
        f'<p class="entities">{ents}</p>{_legend()}{article_text(a)}'
        f'<h2>{bi("الأحداث", "Events")}</h2><ul class="events">{_article_events(a)}</ul>'
        f'<h2>{bi("الاقتباسات", "Quotes")}</h2><ul class="quotes">{_article_quotes(a)}</ul></article>'
    )
    return _html(request, a["headline"] or a["id"], body)


def _results(data: dict[str, Any]) -> str:
    rows = []
    for it in data["items"]:
        snips = "".join(
            f'<p class="snippet">…{marked(s["text"], [{"start": h[0] - s["start"], "end": h[1] - s["start"], "kind": "hit", "label": "match"} for h in s["hits"]])}…</p>'  # noqa: E501
            for s in it.get("snippets") or []
        )
        rows.append(
            f'<li class="result" data-article-id="{attr(it["id"])}">{article_link(it["id"], it["headline"])}'
            f'{_meta(it)}{snips}</li>'
        )
    if not rows:
        return f'<p class="empty">{bi("لا نتائج", "no results")}</p>'
    return f'<ol class="results">{"".join(rows)}</ol>'


@router.get("/search", responses=ERRORS, summary="Search page")
def search_page(request: Request, db: DB, f: F, limit: Limit = 20, offset: Offset = 0,
                order: Order = "desc") -> HTMLResponse:  # fmt: skip
    head = f'<h1>{bi("بحث في النصوص", "Full-text search")}</h1>'
    form = filter_form("/search", f.params(), ("q", "date_from", "date_to", "outlet", "actor"))
    if not f.q:
        hint = f'<p class="meta">{bi(SEARCH_HINT_AR, SEARCH_HINT_EN)}</p>'
        return _html(request, "بحث · Search", head + form + hint, "/search")
    data = qy.list_articles(db, f, limit, offset, order)
    info = data.get("query") or {}
    who = ""
    if info.get("actors"):
        who = (f'<p class="meta">{bi("بحث بكل صيغ اسم", "all spellings of")}: '
               + " · ".join(actor_link(n) for n in info["actors"]) + "</p>")  # fmt: skip
    body = (
        head + form + who
        + f'<p class="count">{bi("النتائج", "results")}: <b id="result-count">{data["total"]}</b></p>'
        + _results(data) + pager("/search", {**f.params()}, data["total"], limit, offset)
    )  # fmt: skip
    return _html(request, f"{f.q} · بحث", body, "/search")


@router.get("/articles", responses=ERRORS, summary="Articles page")
def articles_page(request: Request, db: DB, f: F, limit: Limit = 50, offset: Offset = 0,
                  order: Order = "desc") -> HTMLResponse:  # fmt: skip
    data = qy.list_articles(db, f, limit, offset, order)
    body = (
        f'<h1>{bi("المقالات", "Articles")}</h1>' + filter_form("/articles", f.params(), EVENT_FIELDS)
        + _results(data) + pager("/articles", f.params(), data["total"], limit, offset)
    )  # fmt: skip
    return _html(request, "المقالات · Articles", body)


# --- stories -------------------------------------------------------------------------------------------


@router.get("/stories", responses=ERRORS, summary="Stories page")
def stories_page(request: Request, db: DB, f: F, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    data = qy.list_stories(db, f, limit, offset)
    rows = "".join(
        f"<tr><td>{story_link(s['id'], s['title'] or s['id'])}</td><td dir='ltr'>{esc(s['first'])}</td>"
        f"<td dir='ltr'>{esc(s['last'])}</td><td>{s['n_articles']}</td><td>{s['n_outlets']}</td>"
        f"<td>{s['n_events']}</td></tr>"
        for s in data["items"]
    )
    head = "".join(f"<th>{bi(a, e)}</th>" for a, e in (("القصة", "story"), ("من", "first"), ("إلى", "last"),
                   ("مقالات", "articles"), ("مصادر", "outlets"), ("أحداث", "events")))  # fmt: skip
    body = (
        f'<h1>{bi("القصص", "Stories")}</h1>'
        + filter_form("/stories", f.params(), ("q", "actor", "date_from", "date_to", "outlet"))
        + f'<table class="stories"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
        + pager("/stories", f.params(), data["total"], limit, offset)
    )
    return _html(request, "القصص · Stories", body, "/stories")


@router.get("/stories/{story_id:path}", responses=NOT_FOUND, summary="Story page")
def story_page(request: Request, db: DB, story_id: str) -> HTMLResponse:
    st = qy.get_story(db, story_id)
    alias = ""
    if st["alias_of"]:
        alias = (f'<p class="meta">{bi("دُمجت القصة", "merged")}: <span dir="ltr">{esc(st["requested_id"])} → '
                 f'{esc(st["id"])}</span></p>')  # fmt: skip
    conflicts = ""
    if st["conflicts"]:
        rows = "".join(
            f'<tr><td lang="en" dir="ltr">{esc(c["gloss"])}</td><td>{en(c["attribute"])}</td>'
            f'<td dir="ltr">{" / ".join(esc(v) for v in c["values"])}</td></tr>'
            for c in st["conflicts"]
        )
        conflicts = (f'<section class="conflicts"><h2>{bi("تباين بين المصادر", "Where sources disagree")}</h2>'
                     f"<table><tbody>{rows}</tbody></table></section>")  # fmt: skip
    cols = "".join(
        f'<article class="story-article" data-article-id="{attr(a["id"])}">'
        f'<h3>{article_link(a["id"], a["headline"])}</h3>{_meta(a)}'
        f'<ul class="events">{_article_events(a)}</ul>{article_text(a)}</article>'
        for a in st["articles"]
    )
    more = ""
    if st["n_articles"] > len(st["articles"]):
        more = f'<p class="meta">+{st["n_articles"] - len(st["articles"])} {en("more articles")}</p>'
    body = (
        f'<h1>{esc(st["title"] or st["id"])}</h1>{alias}'
        f'<p class="meta"><span dir="ltr">{esc(st["first"])} – {esc(st["last"])}</span> · '
        f'{bi("مقالات", "articles")}: {st["n_articles"]} · {bi("مصادر", "outlets")}: '
        f'{" · ".join(esc(o) for o in st["outlets"]) or "—"}</p>'
        f'<section class="story-events"><h2>{bi("الأحداث", "Events")}</h2>'
        f'{"".join(event_card(e, show_articles=10) for e in st["events"]) or "—"}</section>{conflicts}'
        f'<h2>{bi("المقالات جنبا إلى جنب", "Articles side by side")}</h2>{_legend()}'
        f'<div class="side-by-side">{cols}</div>{more}'
    )
    return _html(request, st["title"] or st["id"], body, "/stories")


# --- actors and network --------------------------------------------------------------------------------


@router.get("/actors", responses=ERRORS, summary="Actors page")
def actors_page(
    request: Request,
    db: DB,
    q: TEXT = None,
    kind: TEXT = None,
    country: TEXT = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> HTMLResponse:
    if kind and kind not in KIND_AR:
        raise HTTPException(422, f"kind: expected one of {', '.join(KIND_AR)}, got {kind!r}")
    data = qy.list_actors(db, q or None, kind or None, country or None, limit, offset)
    rows = "".join(
        f"<tr><td>{actor_link(a['name'])}</td><td>{esc(KIND_AR.get(a['kind'] or '', a['kind']))}</td>"
        f"<td lang='en' dir='ltr'>{esc(a['country'])}</td><td>{a['n_events']}</td><td>{a['n_articles']}</td></tr>"
        for a in data["items"]
    )
    head = "".join(f"<th>{bi(a, e)}</th>" for a, e in (("الفاعل", "actor"), ("النوع", "kind"),
                   ("الدولة", "country"), ("أحداث", "events"), ("مقالات", "articles")))  # fmt: skip
    params = {"q": q, "kind": kind, "country": country}
    form = (
        f'<form class="filters" method="get" action="/actors"><label for="f-q">{bi("الاسم", "name")}</label>'
        f'<input type="search" id="f-q" name="q" value="{attr(q or "")}"><label for="f-country">'
        f'{bi("الدولة", "country")}</label><input id="f-country" name="country" value="{attr(country or "")}">'
        f'<button type="submit">{bi("تصفية", "apply")}</button></form>'
    )
    body = (
        f'<h1>{bi("الفاعلون", "Actors")}</h1>{form}'
        f'<table class="actors"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
        + pager("/actors", params, data["total"], limit, offset)
    )
    return _html(request, "الفاعلون · Actors", body, "/actors")


@router.get("/actors/{name:path}", responses=NOT_FOUND, summary="Actor page")
def actor_page(request: Request, db: DB, name: str, f: F, limit: Limit = 50) -> HTMLResponse:
    a = qy.get_actor(db, name, f, limit)
    cps = "".join(
        f"<tr><td>{actor_link(c['name'])}</td><td>{c['n_events']}</td><td>{c['n_articles']}</td>"
        f"<td><b>{c['n_sources']}</b></td></tr>"
        for c in a["counterparts"]
    )
    head = "".join(f"<th>{bi(x, e)}</th>" for x, e in (("النظير", "counterpart"), ("أحداث", "events"),
                   ("مقالات", "articles"), ("مصادر مستقلة", "independent sources")))  # fmt: skip
    quotes = "".join(
        f"<li>«{esc(q['text'])}» — {article_link(q['article_id'], q['headline'])} "
        f'<span class="meta" dir="ltr">{esc(q["published"])}</span></li>'
        for q in a["quotes"]
    ) or f'<li class="meta">{bi("لا اقتباسات", "no quotes")}</li>'
    arabic = "، ".join(esc(n) for n in a["arabic"])
    net = url("/network", actor=a["name"])
    body = (
        f'<h1 lang="en" dir="ltr" class="actor-name">{esc(a["name"])}</h1>'
        f'<p class="meta">{esc(KIND_AR.get(a["kind"] or "", a["kind"] or ""))} {en(a["kind"] or "")} · '
        f'<span lang="en" dir="ltr">{esc(a["country"] or "")}</span>'
        f'{" · " + arabic if arabic else ""}</p>'
        f'<p class="stats">{bi("اتصالات", "contacts")}: <b>{a["n_events"]}</b> · '
        f'{bi("مقالات تذكره", "articles naming")}: <b>{a["n_articles_mentioning"]}</b> · '
        f'{bi("اقتباسات", "quotes")}: <b>{a["n_quotes"]}</b> · <a href="{attr(net)}">{bi("الشبكة", "network")}</a></p>'
        + filter_form(f"/actors/{quote(a['name'], safe='')}", f.params(),
                      ("type", "status", "date_from", "date_to", "outlet"))  # fmt: skip
        + f'<h2>{bi("الاتصالات عبر الزمن", "Contacts over time")}</h2>{month_chart(a["contacts_by_month"])}'
        + f'<h2>{bi("النظراء", "Counterparts")}</h2><table class="counterparts"><thead><tr>{head}</tr></thead>'
        f"<tbody>{cps}</tbody></table>"
        + f'<h2>{bi("الأحداث", "Events")}</h2><div class="timeline">{"".join(event_card(e) for e in a["events"])}</div>'
        + f'<h2>{bi("الاقتباسات", "Quotes")}</h2><ul class="quotes">{quotes}</ul>'
    )
    return _html(request, a["name"], body, "/actors")


@router.get("/network", responses=ERRORS, summary="Network page")
def network_page(
    request: Request,
    db: DB,
    f: F,
    min_weight: Annotated[int, Query(ge=1, le=10_000)] = 1,
    limit: Annotated[int, Query(ge=1, le=2000)] = 150,
) -> HTMLResponse:
    data = qy.network(db, f, min_weight, limit)
    extra = (f'<label for="f-min_weight">{bi("أدنى عدد مصادر", "min. sources")}</label>'
             f'<input type="number" min="1" id="f-min_weight" name="min_weight" value="{min_weight}">')  # fmt: skip
    rows = "".join(
        f"<tr><td>{actor_link(e['source'])}</td><td>{actor_link(e['target'])}</td><td><b>{e['n_sources']}</b></td>"
        f"<td>{e['n_events']}</td><td>{e['n_articles']}</td>"
        f"<td>{', '.join(esc(TYPE_EN.get(t, t)) for t in e['types'])}</td></tr>"
        for e in data["edges"]
    )
    cols = (("الفاعل", "actor"), ("الفاعل", "actor"), ("مصادر مستقلة", "sources"), ("أحداث", "events"),
            ("مقالات", "articles"), ("الأنواع", "types"))  # fmt: skip
    head = "".join(f"<th>{bi(x, e)}</th>" for x, e in cols)
    body = (
        f'<h1>{bi("شبكة الاتصالات", "Who contacts whom")}</h1>'
        + filter_form("/network", f.params(), ("actor", "country", "type", "status", "date_from", "date_to", "outlet"), extra)  # noqa: E501
        + f'<p class="meta">{bi("سمك الخط = عدد المصادر المستقلة (وسائل إعلام مختلفة)", "edge width = independent sources (distinct outlets)")}</p>'  # noqa: E501
        + '<figure class="network-figure"><svg id="network" dir="ltr" role="img" aria-label="actor network" '
        'viewBox="0 0 1000 640" preserveAspectRatio="xMidYMid meet"></svg></figure>'
        + json_script("network-data", data)
        + f'<h2>{bi("الروابط", "Links")} ({data["total_edges"]})</h2>'
        f'<table class="edges"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
    )
    return _html(request, "الشبكة · Network", body, "/network", scripts=("network.js",))


# --- quotes --------------------------------------------------------------------------------------------


@router.get("/quotes", responses=ERRORS, summary="Quotes page")
def quotes_page(
    request: Request,
    db: DB,
    f: F,
    speaker: TEXT = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> HTMLResponse:
    data = qy.list_quotes(db, f, speaker or None, limit, offset)
    items = "".join(
        f"<li>{actor_link(q['speaker']) or en('unattributed')}: «{esc(q['text'])}» — "
        f"{article_link(q['article_id'], q['headline'])} <span class='meta' dir='ltr'>{esc(q['published'])}</span></li>"
        for q in data["items"]
    ) or f'<li class="meta">{bi("لا اقتباسات", "no quotes")}</li>'
    params = {**f.params(), "speaker": speaker}
    body = (
        f'<h1>{bi("الاقتباسات", "Quotes")}</h1>'
        + filter_form("/quotes", params, ("speaker", "q", "date_from", "date_to", "outlet"))
        + f'<ul class="quotes">{items}</ul>' + pager("/quotes", params, data["total"], limit, offset)
    )
    return _html(request, "الاقتباسات · Quotes", body, "/quotes")


# --- API reference -------------------------------------------------------------------------------------


@router.get("/docs", summary="API reference page")
def docs_page(request: Request) -> HTMLResponse:
    """The endpoints and their parameters, from the OpenAPI schema (``/openapi.json``)."""
    spec = request.app.openapi()
    rows = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            params = ", ".join(
                f"{p['name']}" + ("*" if p.get("required") else "") for p in op.get("parameters", [])
            )
            rows.append(
                f'<tr><td dir="ltr"><code>{esc(method.upper())} {esc(path)}</code></td>'
                f'<td lang="en" dir="ltr">{esc(op.get("summary", ""))}</td>'
                f'<td dir="ltr"><code>{esc(params)}</code></td></tr>'
            )
    body = (
        f'<h1>{bi("واجهة البرمجة", "API reference")}</h1>'
        f'<p class="meta" lang="en" dir="ltr">OpenAPI schema: <a href="/openapi.json">/openapi.json</a>. '
        "Every page has a JSON twin: the same path under /api.</p>"
        f'<table class="api"><tbody>{"".join(rows)}</tbody></table>'
    )
    return HTMLResponse(page("API", body, "/openapi.json"))
