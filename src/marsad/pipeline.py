"""Stages with one job each, composed in a list.

A stage is a callable ``Article -> Article`` with a versioned ``name`` (``"times.arabic.v1"``) and the layers
it ``requires`` and ``assigns``; :class:`Pipeline` checks their order when built and times each stage, so the
slow one is always visible. The pipeline version (all stage names) decides when stored analyses re-run.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import ClassVar

from marsad.model import Article


@cache
def data_fingerprint() -> str:
    """A hash of every knowledge file under ``marsad/data`` (lexicons, gazetteers, cue lists)."""
    root = Path(str(resources.files("marsad").joinpath("data")))
    h = hashlib.blake2b(digest_size=8)
    for f in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(f.relative_to(root).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()


class Stage:
    name: ClassVar[str] = "stage.v0"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, article: Article) -> Article:  # pragma: no cover - interface
        raise NotImplementedError


class PipelineOrderError(ValueError):
    pass


class Pipeline:
    def __init__(self, stages: list[Stage]) -> None:
        have: set[str] = {"text", "metadata"}
        for st in stages:
            missing = [r for r in st.requires if r not in have]
            if missing:
                raise PipelineOrderError(f"stage {st.name} needs {missing}, which no earlier stage assigns")
            have.update(st.assigns)
        self.stages = stages
        self.seconds: Counter[str] = Counter()
        self.counts: Counter[str] = Counter()

    @property
    def version(self) -> str:
        """Changes whenever a stage or the knowledge data changes, so stored analyses re-run."""
        from marsad import __version__

        names = "|".join([__version__, *(s.name for s in self.stages), data_fingerprint()])
        return hashlib.blake2b(names.encode(), digest_size=6).hexdigest()

    def process(self, article: Article) -> Article:
        clock = time.perf_counter
        for st in self.stages:
            t0 = clock()
            article = st(article)
            self.seconds[st.name] += clock() - t0
        self.counts["articles"] += 1
        self.counts["events"] += len(article.events)
        self.counts["quotes"] += len(article.quotes)
        self.counts["mentions"] += len(article.mentions)
        return article

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        for a in articles:
            yield self.process(a)


def default_pipeline() -> Pipeline:
    """The standard analysis: match keys, segmentation, times (publication date first: roles resolve by date),
    entities, the zones of clock times from the places named, events, quotes."""
    from marsad.extract.entities import EntityStage
    from marsad.extract.events import EventStage
    from marsad.extract.quotes import QuoteStage
    from marsad.extract.segmenter import NormalizeStage, SegmentStage
    from marsad.extract.times import ClockZoneStage, TimeStage

    return Pipeline([NormalizeStage(), SegmentStage(), TimeStage(), EntityStage(), ClockZoneStage(), EventStage(),
                     QuoteStage()])
