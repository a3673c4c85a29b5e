"""Readable views of analyses for the terminal (Arabic evidence beside English glosses)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from marsad.export.jsonl import event_gloss, event_sources
from marsad.model import Article, Event


def render_article(console: Console, a: Article, brief: bool = False) -> None:
    console.rule(f"[bold]{escape(a.id)}[/bold]")
    console.print(escape(a.headline_text))
    meta = [f"published: {a.published or '?'} ({a.published_source or 'unknown'})",
            f"outlet: {a.outlet or '-'}", f"agency: {a.agency or '-'}", f"story: {a.story or '-'}"]
    if a.duplicate_of:
        meta.append(f"copy of: {a.duplicate_of}")
    console.print(escape(" · ".join(meta)))
    for kind, label in (("person", "persons"), ("country", "countries"), ("place", "places"),
                        ("organization", "orgs")):
        names = a.entity_names(kind)
        if names:
            console.print(f"[cyan]{label}:[/cyan] {escape(', '.join(names))}")
    for ev in a.events:
        console.print(f"[green]event[/green] {escape(event_gloss(ev))}  [dim]{escape(ev.id or ev.local_id or '')}"
                      f" CAMEO {ev.cameo}[/dim]")
        console.print(escape(sources_line(ev, a)))
        if not brief:
            for s in ev.evidence[:3]:
                console.print(f"    [dim]«{escape(a.text[s.start:s.end].strip()[:220])}» [{s.start}:{s.end}][/dim]")
    for q in a.quotes:
        console.print(f"[magenta]quote[/magenta] {escape(q.speaker or '?')}: «{escape(q.text[:200])}»")
    if not brief:
        for t in a.times:
            console.print(f"[yellow]time[/yellow] {escape(t.text)} → {t.value or '(vague)'}")


def sources_line(ev: Event, a: Article) -> str:
    """«sources: 3 independent of 5 articles (Sky News Arabia, CNN Arabic …) · conflicts: date …»."""
    info = event_sources(ev, a)
    outlets = list(dict.fromkeys(s.get("outlet") or s.get("article_id", "?") for s in info["sources"]))
    shown = ", ".join(outlets[:6]) + (" …" if len(outlets) > 6 else "")
    line = f"    sources: {info['n_sources']} independent of {info['n_articles']} article(s) ({shown})"
    if info["conflicts"]:
        line += " · conflicts: " + "; ".join(f"{k} {' vs '.join(v)}" for k, v in info["conflicts"].items())
    return line


def render_story(console: Console, story_id: str, members: list[Article], alias_of: str | None = None) -> None:
    title = f"story {story_id}" + (f" (alias {alias_of})" if alias_of else "")
    console.rule(f"[bold]{escape(title)}[/bold]")
    for a in members:
        console.print(f"{escape(a.id)}  {escape(a.published or '?')}  {escape(a.outlet or '-')}  "
                      f"{escape(a.headline_text[:100])}")
