"""The main job as a library call: ingest → analyze → store → link stories and events.

The CLI is a thin layer over :func:`analyze_paths`; tests and scripts call it directly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from marsad.errors import InputError
from marsad.ingest import iter_inputs
from marsad.link.stories import LinkItem, fuse_events, link_stories
from marsad.model import Article, Story
from marsad.pipeline import Pipeline, default_pipeline
from marsad.store import Store

COMMIT_EVERY = 500


@dataclass(slots=True)
class Summary:
    statuses: Counter[str] = field(default_factory=Counter)  # new / unchanged / reanalyzed / revised
    errors: list[InputError] = field(default_factory=list)
    events_by_type: Counter[str] = field(default_factory=Counter)
    quotes: int = 0
    stories: int = 0
    articles_in_stories: int = 0
    duplicates: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def articles(self) -> int:
        return sum(self.statuses.values())


def analyze_articles(items: Iterable[Article | InputError], store: Store, pipeline: Pipeline | None = None,
                     on_item: Callable[[Article | InputError], None] | None = None) -> Summary:
    """Analyze and store every article that is new or whose analysis is out of date, then link."""
    pipeline = pipeline or default_pipeline()
    version = pipeline.version
    summary = Summary()
    pending = 0
    tx = store.transaction()
    tx.__enter__()
    try:
        for item in items:
            if on_item is not None:
                on_item(item)
            if isinstance(item, InputError):
                summary.errors.append(item)
                continue
            if store.needs_analysis(item.id, item.content_hash, version):
                try:
                    pipeline.process(item)
                except Exception as exc:  # one bad article must not stop the batch
                    summary.errors.append(InputError("E020", item.source_path or item.id, repr(exc)))
                    continue
                status = store.put(item, version)
            else:
                status = "unchanged"
            summary.statuses[status] += 1
            pending += 1
            if pending >= COMMIT_EVERY:
                tx.__exit__(None, None, None)
                tx = store.transaction()
                tx.__enter__()
                pending = 0
    finally:
        tx.__exit__(None, None, None)
    link_store(store, summary)
    summary.stage_seconds = dict(pipeline.seconds)
    return summary


def analyze_paths(paths: list[str], store: Store, mapping: dict[str, str] | None = None,
                  pipeline: Pipeline | None = None,
                  on_item: Callable[[Article | InputError], None] | None = None) -> Summary:
    return analyze_articles(iter_inputs(paths, mapping=mapping), store, pipeline, on_item)


def link_store(store: Store, summary: Summary | None = None) -> None:
    """Assign stories, duplicate links and canonical event ids over everything stored (in arrival order).

    Only assignments that changed are written, so re-running on the same input writes nothing."""
    articles = list(store)
    items = [LinkItem.of(a) for a in articles]
    result = link_stories(items, lambda: f"s-{store.next_id('story')}")
    before = {a.id: (a.story, a.duplicate_of, [e.id for e in a.events]) for a in articles}
    fuse_events(articles, lambda: f"e-{store.next_id('event')}")
    members: dict[str, list[Article]] = {}
    for a in articles:
        members.setdefault(result.stories[a.id], []).append(a)
    with store.transaction():
        for old, new in result.aliases.items():
            store.story_alias(old, new)
        for sid, group in members.items():
            if any(before[a.id][0] is None or store.resolve_story(before[a.id][0]) != sid for a in group):
                title = min(group, key=lambda a: (a.published or "9999", a.id)).headline_text
                store.put_story(Story(sid, title=title, article_ids=[a.id for a in group]))
        for a in articles:
            _, dup, event_ids = before[a.id]
            if result.duplicate_of.get(a.id) != dup:
                store.set_duplicate_of(a.id, result.duplicate_of.get(a.id))
            for ev, old_id in zip(a.events, event_ids, strict=True):
                if ev.id != old_id and ev.local_id:
                    store.set_event_id(a.id, ev.local_id, ev.id)
    if summary is not None:
        stats = store.stats()
        summary.events_by_type = Counter(stats.get("events_by_type", {}))
        summary.quotes = stats.get("quotes", 0)
        summary.stories = stats.get("stories", 0)
        summary.duplicates = len(result.duplicate_of)
