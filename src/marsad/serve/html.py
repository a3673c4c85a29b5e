"""HTML building blocks for the pages: escaping, the page frame, highlighted text, event cards, forms.

Every piece of stored text (article text, headlines, names, quotes, URLs) goes through :func:`esc` (or
:func:`attr`): articles are untrusted input that may carry markup. Highlights are ``<mark>`` elements built
around escaped segments of the text, never by inserting markup into the text.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, urlencode

from marsad.serve.queries import STATUS_AR, TYPE_AR

TYPE_EN = {"phone_call": "phone call", "video_call": "video call", "meeting": "meeting",
           "negotiation": "negotiations", "visit": "visit", "message": "message"}  # fmt: skip
KIND_AR = {"person": "شخص", "country": "دولة", "organization": "منظمة", "place": "مكان"}
NAV = (
    ("/", "الخط الزمني", "Timeline"),
    ("/network", "الشبكة", "Network"),
    ("/actors", "الفاعلون", "Actors"),
    ("/stories", "القصص", "Stories"),
    ("/quotes", "الاقتباسات", "Quotes"),
    ("/search", "بحث", "Search"),
)


def esc(value: Any) -> str:
    """Escaped text content (None → empty)."""
    return "" if value is None else html.escape(str(value), quote=True)


def attr(value: Any) -> str:
    return esc(value)


def en(text: str) -> str:
    """An English gloss inside Arabic text."""
    return f'<span class="en" lang="en" dir="ltr">{esc(text)}</span>'


def bi(ar: str, english: str) -> str:
    return f"{esc(ar)} {en(english)}"


def url(path: str, **params: Any) -> str:
    q = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(q) if q else "")


def actor_url(name: str) -> str:
    return "/actors/" + quote(name, safe="")


def actor_link(name: str | None, cls: str = "actor") -> str:
    if not name:
        return ""
    return f'<a class="{cls}" href="{attr(actor_url(name))}" lang="en" dir="ltr">{esc(name)}</a>'


def story_link(sid: str | None, label: str | None = None) -> str:
    if not sid:
        return ""
    return f'<a class="story-link" href="/stories/{attr(quote(sid, safe=""))}">{esc(label or sid)}</a>'


def article_link(aid: str, headline: str | None) -> str:
    return (
        f'<a class="article-link" data-article-id="{attr(aid)}" href="/articles/{attr(quote(aid, safe=""))}">'
        f"{esc(headline or aid)}</a>"
    )


def json_script(elem_id: str, data: Any) -> str:
    """Data for a page script: JSON in a non-executable script element, with ``<``, ``>`` and ``&`` escaped
    so no stored text can close the element."""
    body = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{attr(elem_id)}">{body}</script>'


def page(title: str, body: str, twin: str, active: str = "", scripts: Iterable[str] = ()) -> str:
    """The frame of every page: right-to-left Arabic, the navigation, and a link to the page's JSON twin."""
    nav = "".join(
        f'<a href="{href}"{" class=active" if href == active else ""}>{bi(ar, e)}</a>' for href, ar, e in NAV
    )
    js = "".join(f'<script src="/static/{attr(s)}" defer></script>' for s in scripts)
    return (
        '<!doctype html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · مرصد marsad</title>"
        '<link rel="stylesheet" href="/static/app.css">'
        f'<link rel="alternate" type="application/json" href="{attr(twin)}">{js}</head>'
        '<body><header class="top"><a class="brand" href="/">مرصد <span class="en" lang="en">marsad</span></a>'
        f"<nav>{nav}</nav></header><main>{body}</main>"
        f'<footer><a class="json-twin" href="{attr(twin)}">JSON</a> · '
        '<a href="/docs" lang="en">API</a></footer></body></html>\n'
    )


def marked(text: str, spans: list[dict[str, Any]], offset: int = 0, end: int | None = None) -> str:
    """``text[offset:end]`` escaped, with every span wrapped in ``<mark class="hl-<kind> …">`` (overlapping
    spans: one mark per stretch, carrying the classes and labels of all spans covering it)."""
    end = len(text) if end is None else end
    spans = [s for s in spans if s["start"] < end and s["end"] > offset and s["start"] < s["end"]]
    bounds = sorted({offset, end} | {max(offset, s["start"]) for s in spans} | {min(end, s["end"]) for s in spans})
    out = []
    for s, e in zip(bounds, bounds[1:], strict=False):
        seg = esc(text[s:e])
        active = [h for h in spans if h["start"] <= s and e <= h["end"]]
        if not active:
            out.append(seg)
            continue
        kinds = sorted({h["kind"] for h in active})
        labels = list(dict.fromkeys(h.get("label") or h["kind"] for h in active))
        refs = " ".join(f'{h["kind"]}:{h.get("ref", 0)}' for h in active)
        cls = " ".join(f"hl-{k}" for k in kinds)
        out.append(f'<mark class="{attr(cls)}" title="{attr("; ".join(labels))}" data-refs="{attr(refs)}">{seg}</mark>')
    return "".join(out)


def type_badge(typ: str) -> str:
    return f'<span class="badge t-{attr(typ)}">{bi(TYPE_AR.get(typ, typ), TYPE_EN.get(typ, typ))}</span>'


def status_badge(status: str) -> str:
    return f'<span class="status s-{attr(status)}">{bi(STATUS_AR.get(status, status), status)}</span>'


def actors_of(ev: dict[str, Any]) -> str:
    if ev["source"] or ev["target"]:
        src = "، ".join(actor_link(a["name"]) for a in ev["source"]) or "?"
        tgt = "، ".join(actor_link(a["name"]) for a in ev["target"]) or "?"
        return f'{src} <span class="arrow">←</span> {tgt}'
    return " · ".join(actor_link(a["name"]) for a in ev["participants"]) or "?"


def evidence_block(mention: dict[str, Any]) -> str:
    """The first evidence passage of a report, its trigger marked."""
    text = mention.get("evidence_text") or ""
    if not text:
        return ""
    trig = mention.get("trigger") or ""
    spans = []
    if trig and trig in text:
        i = text.index(trig)
        spans.append({"start": i, "end": i + len(trig), "kind": "event", "label": mention.get("gloss", "")})
    return f'<blockquote class="evidence">{marked(text, spans)}</blockquote>'


def event_card(ev: dict[str, Any], show_articles: int = 5) -> str:
    when = ev["time"] or ev["date"] or ev["first_published"] or ""
    arts = ev["mentions"][:show_articles]
    more = len(ev["mentions"]) - len(arts)
    links = "".join(
        f"<li>{article_link(mt['article_id'], mt['headline'])} "
        f'<span class="meta">{esc(mt["outlet"] or "")} {esc(mt["published"] or "")}</span>'
        f"{' ' + story_link(mt['story'], 'القصة') if mt['story'] else ''}</li>"
        for mt in arts
    )
    if more > 0:
        links += f'<li class="meta">+{more}</li>'
    conflicts = ""
    if ev["conflicts"]:
        items = "".join(
            f"<li>{en(k)}: " + " / ".join(f'<span dir="ltr">{esc(v)}</span>' for v in vals) + "</li>"
            for k, vals in ev["conflicts"].items()
        )
        conflicts = f'<div class="conflicts">{bi("تباين بين المصادر", "sources disagree")}<ul>{items}</ul></div>'
    return (
        f'<article class="event" data-event-id="{attr(ev["event_id"])}">'
        f'<div class="ev-head">{type_badge(ev["type"])} {status_badge(ev["status"])} '
        f'<time dir="ltr">{esc(when)}</time>'
        f'<a class="permalink" href="/events/{attr(quote(ev["event_id"], safe=""))}" title="event">#</a></div>'
        f'<p class="gloss" lang="en" dir="ltr">{esc(ev["gloss"])}</p>'
        f'<p class="actors">{actors_of(ev)}</p>'
        f"{evidence_block(ev['mentions'][0]) if ev['mentions'] else ''}"
        f'<p class="sources">{bi("المصادر", "sources")}: <b>{ev["n_sources"]}</b> · '
        f'{bi("مقالات", "articles")}: <b>{ev["n_articles"]}</b></p><ul class="reports">{links}</ul>'
        f"{conflicts}</article>"
    )


def _select(name: str, options: Iterable[tuple[str, str]], value: str | None) -> str:
    opts = '<option value="">—</option>' + "".join(
        f'<option value="{attr(v)}"{" selected" if v == value else ""}>{esc(label)}</option>' for v, label in options
    )
    return f'<select name="{attr(name)}" id="f-{attr(name)}">{opts}</select>'


def filter_form(action: str, f: dict[str, Any], fields: Iterable[str], extra: str = "") -> str:
    """A GET form over the shared filters (``fields`` picks which)."""
    parts = []
    labels = {
        "q": ("بحث", "search"), "actor": ("الفاعل", "actor"), "country": ("الدولة", "country"),
        "type": ("النوع", "type"), "status": ("الحالة", "status"), "date_from": ("من", "from"),
        "date_to": ("إلى", "to"), "outlet": ("المصدر", "outlet"), "story": ("القصة", "story"),
        "speaker": ("المتحدث", "speaker"),
    }  # fmt: skip
    for name in fields:
        ar, e = labels[name]
        val = f.get(name)
        if name == "type":
            ctl = _select(name, ((t, f"{TYPE_AR[t]} · {TYPE_EN[t]}") for t in TYPE_AR), val)
        elif name == "status":
            ctl = _select(name, ((s, f"{STATUS_AR[s]} · {s}") for s in STATUS_AR), val)
        else:
            kind = "search" if name == "q" else "text"
            ph = ' placeholder="YYYY-MM-DD" dir="ltr"' if name.startswith("date") else ""
            ctl = f'<input type="{kind}" name="{name}" id="f-{name}" value="{attr(val or "")}"{ph}>'
        parts.append(f'<label for="f-{name}">{bi(ar, e)}</label>{ctl}')
    return (
        f'<form class="filters" method="get" action="{attr(action)}">{"".join(parts)}{extra}'
        f'<button type="submit">{bi("تصفية", "apply")}</button></form>'
    )


def pager(path: str, params: dict[str, Any], total: int, limit: int, offset: int) -> str:
    out = [f'<span class="meta">{offset + 1 if total else 0}–{min(total, offset + limit)} / {total}</span>']
    if offset > 0:
        out.append(f'<a rel="prev" href="{attr(url(path, **{**params, "offset": max(0, offset - limit)}))}">'
                   f"{bi('السابق', 'previous')}</a>")  # fmt: skip
    if offset + limit < total:
        out.append(f'<a rel="next" href="{attr(url(path, **{**params, "offset": offset + limit}))}">'
                   f"{bi('التالي', 'next')}</a>")  # fmt: skip
    return f'<nav class="pager">{" ".join(out)}</nav>'


def _tick(month: str, i: int, seq: list[str]) -> str:
    """Axis label: the year at each January, the first month when no January follows closely, and every
    month when the chart is short."""
    if len(seq) <= 12:
        return month[2:]
    if month.endswith("-01"):
        return month[:4]
    if i == 0 and not any(m.endswith("-01") for m in seq[1:4]):
        return month
    return ""


def month_chart(months: list[dict[str, Any]]) -> str:
    """Contacts per month as an SVG bar chart (every month between the first and the last)."""
    if not months:
        return f'<p class="meta">{bi("لا اتصالات مؤرخة", "no dated contacts")}</p>'
    counts = {m["month"]: m["n_events"] for m in months}
    first, last = min(counts), max(counts)
    seq = []
    y, mo = int(first[:4]), int(first[5:7] or 1)
    while f"{y:04d}-{mo:02d}" <= last and len(seq) < 600:
        seq.append(f"{y:04d}-{mo:02d}")
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    top = max(counts.values())
    bw, h = 18, 120
    w = max(200, bw * len(seq) + 40)
    bars = []
    for i, m in enumerate(seq):
        n = counts.get(m, 0)
        bh = round((h - 20) * n / top) if top else 0
        x = 30 + i * bw
        bars.append(
            f'<g><title>{esc(m)}: {n}</title><rect class="bar" x="{x}" y="{h - bh}" width="{bw - 4}" '
            f'height="{bh}"></rect>'
            + (f'<text x="{x + (bw - 4) / 2}" y="{h + 14}" class="tick">{esc(_tick(m, i, seq))}</text>'
               if _tick(m, i, seq) else "")
            + "</g>"
        )  # fmt: skip
    return (
        f'<svg class="chart" dir="ltr" viewBox="0 0 {w} {h + 22}" width="{w}" height="{h + 22}" role="img" '
        f'aria-label="contacts per month"><text x="2" y="12" class="tick">{top}</text>'
        f'<line x1="28" y1="{h}" x2="{w}" y2="{h}" class="axis"></line>{"".join(bars)}</svg>'
    )
