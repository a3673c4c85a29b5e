"""The web UI in a real browser (Chromium through Playwright) against a live `marsad serve` on the analyzed
examples. Screenshots go to artifacts/screenshots/ (timeline, story with highlighted evidence, network)."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from serve_builders import SCREENSHOTS, SCRIPT_ID

PUTIN, BIDEN = "Vladimir Putin", "Joe Biden"


def _call_cards(page):
    return (
        page.locator("article.event")
        .filter(has=page.locator(".badge.t-phone_call"))
        .filter(has_text=PUTIN)
        .filter(has_text=BIDEN)
    )


def test_browser_timeline_shows_the_putin_biden_call(page) -> None:
    page.goto("/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    cards = _call_cards(page)
    assert cards.count() >= 1
    card = cards.first
    assert re.search(r"phone call", card.locator(".gloss").inner_text())
    assert "2021-12-30" in card.inner_text()
    card.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "timeline.png"))
    # the filter form narrows the timeline
    page.fill("#f-actor", BIDEN)
    page.select_option("#f-type", "phone_call")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"actor=Joe"))
    assert _call_cards(page).count() >= 1
    assert page.locator("article.event").count() == page.locator("article.event .badge.t-phone_call").count()


def test_browser_story_page_highlights_the_evidence(page, live_server: str) -> None:
    page.goto("/?actor=" + quote(PUTIN) + "&type=phone_call")
    link = _call_cards(page).first.locator("a.story-link").first
    href = link.get_attribute("href")
    assert href and href.startswith("/stories/")
    page.goto(href)
    columns = page.locator(".side-by-side .story-article")
    assert columns.count() >= 2  # the story's articles side by side
    marks = page.locator(".side-by-side mark.hl-event")
    assert marks.count() >= 1
    story = page.request.get(live_server + "/api" + href).json()
    evidence = {t for a in story["articles"] for e in a["events"] for t in e["evidence_text"]}
    texts = [t for t in marks.all_inner_texts() if t.strip()]  # (a mark may be a lone space between names)
    assert texts and all(any(t in ev for ev in evidence) for t in texts)
    assert max(len(t) for t in texts) >= 10
    marks.first.scroll_into_view_if_needed()
    page.locator(".side-by-side").screenshot(path=str(SCREENSHOTS / "story.png"))
    page.screenshot(path=str(SCREENSHOTS / "story-page.png"), full_page=False)


def _search(page, query: str) -> set[str]:
    page.goto("/search")
    page.fill("#f-q", query)
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("#result-count")
    return set(page.locator("li.result").evaluate_all("els => els.map(e => e.dataset.articleId)"))


def test_browser_search_finds_peskov_in_every_spelling(page) -> None:
    short, full, clitic = _search(page, "بيسكوف"), _search(page, "ديمتري بيسكوف"), _search(page, "وبيسكوف")
    assert len(short) >= 4
    assert short == full == clitic
    assert page.locator("li.result mark.hl-hit").count() >= 1
    page.screenshot(path=str(SCREENSHOTS / "search.png"))


def test_browser_article_markup_renders_as_text(page) -> None:
    page.goto(f"/articles/{SCRIPT_ID}")
    text = page.locator(".article-text").inner_text()
    assert "<script>window.__pwned = 1;</script>" in text
    assert '<img src=x onerror="window.__pwned=2">' in text
    assert page.locator(".article-text script, .article-text img, .article-text b").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert "<b>" in page.locator("h1").inner_text()


def test_browser_actor_network_is_drawn(page) -> None:
    page.goto("/network")
    page.wait_for_selector("svg#network[data-drawn]")
    names = page.locator("svg#network .node text").all_text_contents()
    assert PUTIN in names and BIDEN in names
    assert page.locator("svg#network line.edge").count() >= 1
    page.locator("figure.network-figure").screenshot(path=str(SCREENSHOTS / "network.png"))
    page.locator("svg#network .node", has_text=PUTIN).first.click()
    page.wait_for_url(re.compile(r"/actors/Vladimir"))
    assert page.locator("h1.actor-name").inner_text() == PUTIN
    assert page.locator("table.counterparts").inner_text().count(BIDEN) >= 1
    assert page.locator("svg.chart rect.bar").count() >= 1
    page.screenshot(path=str(SCREENSHOTS / "actor.png"))


@pytest.mark.parametrize("path", ["/", "/stories", "/actors", "/quotes", "/search", "/docs", "/network"])
def test_browser_pages_render_without_errors(page, path: str) -> None:
    resp = page.goto(path)
    assert resp is not None and resp.status == 200
    assert page.locator("header.top nav a").count() == 6
    assert page.locator("a.json-twin").get_attribute("href").startswith(("/api", "/openapi"))
