"""Builders for the linking tests: articles with a headline, a body and events, and corpus records.

(A uniquely named module rather than conftest.py, so the import cannot collide with other test folders.)
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from marsad.ingest import content_hash
from marsad.model import ActorRef, Article, Event, Span

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
SEEDS = REPO / "examples" / "seeds"

PUTIN = ActorRef("Vladimir Putin", "Russia", "person")
BIDEN = ActorRef("Joe Biden", "United States", "person")
ERDOGAN = ActorRef("Recep Tayyip Erdoğan", "Turkey", "person")
SALMAN = ActorRef("Salman of Saudi Arabia", "Saudi Arabia", "person")
TRUMP = ActorRef("Donald Trump", "United States", "person")
RUSSIA = ActorRef("Russia", "Russia", "country")
USA = ActorRef("United States", "United States", "country")


def make_article(aid: str, headline: str, body: str, published: str | None = "2021-12-30",
                 outlet: str | None = None, agency: str | None = None, events: list[Event] | None = None,
                 meta: str | None = None) -> Article:
    """An article as ingest and analysis would leave it (spans, hash), with the given events; an event
    without evidence is given the headline as evidence."""
    original = headline + "\n\n" + body
    a = Article(aid, original, headline=Span(0, len(headline)), body=Span(len(headline) + 2, len(original)),
                outlet=outlet, agency=agency, published=published, published_meta=meta or published,
                content_hash=content_hash(original))  # fmt: skip
    for n, ev in enumerate(events or [], 1):
        if not ev.evidence:
            ev.evidence = [Span(0, len(headline))]
        ev.local_id = f"{aid}#e{n}"
        a.events.append(ev)
    return a


def call(a: ActorRef, b: ActorRef, day: str | None, status: str = "occurred", initiator: str | None = None,
         in_body: bool = False) -> Event:
    ev = Event("phone_call", participants=[a, b], date=day, status=status, initiator=initiator)
    if in_body:
        ev.evidence = [Span(10_000, 10_010)]  # far from the headline and lead
    return ev


def corpus_records(name: str, ids: list[str]) -> list[dict]:
    """The records of ``ids`` from a corpus file in ../shared/corpus (empty if the file is absent)."""
    path = SHARED / "corpus" / name
    if not path.exists():
        return []
    want = {f'"id": "{i}"' for i in ids}
    found: dict[str, dict] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if any(w in line[:80] for w in want):
                rec = json.loads(line)
                found[rec["id"]] = rec
                if len(found) == len(ids):
                    break
    return [found[i] for i in ids if i in found]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path
