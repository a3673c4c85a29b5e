"""The main job as a library call: ingest → analyze → store → link stories and events.

The CLI is a thin layer over :func:`analyze_paths`; tests and scripts call it directly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from marsad.errors import InputError
from marsad.ingest import iter_inputs
from marsad.link.engine import LinkReport
from marsad.link.engine import link_store as _link
from marsad.model import Article
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
