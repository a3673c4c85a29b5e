"""The main job as a library call: ingest → analyze → store → link stories and events.

The CLI is a thin layer over :func:`analyze_paths`; tests and scripts call it directly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import timedelta

from marsad.errors import InputError
from marsad.extract.times import TimeStage, parse_iso_date
from marsad.ingest import iter_inputs
from marsad.link.engine import LinkReport
from marsad.link.engine import link_store as _link
from marsad.model import Article
from marsad.pipeline import Pipeline, default_pipeline
from marsad.store import Store

COMMIT_EVERY = 500
STORY_WINDOW_DAYS = 3  # reports of one story are published within days of each other


@dataclass(slots=True)
class Summary:
    statuses: Counter[str] = field(default_factory=Counter)  # new / unchanged / reanalyzed / revised
    errors: list[InputError] = field(default_factory=list)
    events_by_type: Counter[str] = field(default_factory=Counter)
    quotes: int = 0
    stories: int = 0
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
    if date_from_stories(store, pipeline):
        link_store(store, summary)  # the re-dated articles' events are fused again
    summary.stage_seconds = dict(pipeline.seconds)
    return summary


def date_from_stories(store: Store, pipeline: Pipeline) -> int:
    """Date the articles that have no date of their own from the reports of their story, then re-analyze them.

    An undated article whose text pins the date down only up to the year («اليوم الأربعاء» + «17 ديسمبر
    الجاري») gets the one date its text allows within ``STORY_WINDOW_DAYS`` of its story's dated reports;
    none, or more than one, leaves it undated. The source is recorded as ``story``. Returns how many were
    dated."""
    times = next((st for st in pipeline.stages if isinstance(st, TimeStage)), None)
    if times is None:
        return 0
    rows = store.undated_in_dated_stories()
    pad = timedelta(days=STORY_WINDOW_DAYS)
    dated = 0
    with store.transaction():
        for aid, first, last in rows:
            article = store.get(aid)
            lo, hi = parse_iso_date(first), parse_iso_date(last)
            if article is None or lo is None or hi is None:
                continue
            day = times.publication_within(article, (lo - pad, hi + pad))
            if day is None:
                continue
            fresh = replace(article, published=day.isoformat(), published_source="story", sentences=[],
                            paragraphs=[], mentions=[], actors={}, times=[], events=[], quotes=[], _norm=None)
            pipeline.process(fresh)
            store.put(fresh, pipeline.version, force=True)
            dated += 1
    return dated


def analyze_paths(paths: list[str], store: Store, mapping: dict[str, str] | None = None,
                  pipeline: Pipeline | None = None,
                  on_item: Callable[[Article | InputError], None] | None = None) -> Summary:
    return analyze_articles(iter_inputs(paths, mapping=mapping), store, pipeline, on_item)


def link_store(store: Store, summary: Summary | None = None) -> LinkReport:
    """Link every article not linked yet: duplicates, stories, canonical events and their sources (see
    :mod:`marsad.link.engine`). Only changes are written, so re-running on the same input writes nothing."""
    report = _link(store)
    if summary is not None:
        stats = store.stats()
        summary.events_by_type = Counter(stats.get("events_by_type", {}))
        summary.quotes = stats.get("quotes", 0)
        summary.stories = report.stories
        summary.duplicates = report.duplicates
    return report
