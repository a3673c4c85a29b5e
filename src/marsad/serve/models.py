"""Response models of the JSON API: they document the OpenAPI schema and are checked against it in tests."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

SpanList = list[list[int]]


class Problem(BaseModel):
    """An error: ``detail`` says what was wrong and how to fix it."""

    detail: str | list[dict[str, Any]]
    message: str | None = None


class ActorOut(BaseModel):
    name: str
    country: str | None = None
    kind: str = "person"
    actor_id: str | None = None


class EventMention(BaseModel):
    """One article's report of a canonical event."""

    article_id: str
    headline: str
    published: str | None
    outlet: str | None
    url: str | None
    story: str | None
    local_id: str | None
    type: str
    status: str
    date: str | None
    time: str | None
    location: str | None
    initiator: str | None
    trigger: str
    gloss: str
    evidence: SpanList = Field(description="[start, end) offsets into the article's text")
    evidence_text: str = Field(description="the text of the first evidence span (at most 600 characters)")


class CanonicalEventOut(BaseModel):
    """One contact, folded over every article that reports it."""

    event_id: str
    type: str
    type_ar: str
    status: str
    date: str | None
    time: str | None
    location: str | None
    initiator: str | None
    cameo: str | None
    plover: str | None
    participants: list[ActorOut]
    source: list[ActorOut]
    target: list[ActorOut]
    gloss: str
    n_articles: int
    n_sources: int = Field(description="independent sources: distinct outlets")
    outlets: list[str]
    first_published: str | None
    conflicts: dict[str, list[str]] = Field(description="attribute → the differing values sources give")
    mentions: list[EventMention] = Field(
        description="the reports, first published first (in lists at most 10; the counts cover them all)"
    )


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    filters: dict[str, str]
    items: list[CanonicalEventOut]


class Snippet(BaseModel):
    start: int
    end: int
    text: str
    hits: SpanList


class ArticleItem(BaseModel):
    id: str
    headline: str
    published: str | None
    outlet: str | None
    agency: str | None
    url: str | None
    story: str | None
    duplicate_of: str | None
    n_events: int
    n_quotes: int
    snippets: list[Snippet] | None = None


class QueryInfo(BaseModel):
    text: str
    words: list[str]
    actors: list[str] = Field(description="known actors whose every Arabic name was searched")
    fts: str = Field(description="the FTS5 expression run")


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    filters: dict[str, str]
    items: list[ArticleItem]
    query: QueryInfo | None = None


class Highlight(BaseModel):
    start: int
    end: int
    kind: str = Field(description="event | trigger | quote | cue | mention | time")
    ref: int
    label: str


class ArticleEvent(BaseModel):
    type: str
    participants: list[dict[str, Any]] | None = None
    source: list[dict[str, Any]] | None = None
    target: list[dict[str, Any]] | None = None
    date: str | None
    time: str | None
    location: str | None
    initiator: str | None
    status: str
    event_id: str | None
    local_id: str | None
    cameo: str | None
    plover: str | None
    gloss: str
    trigger: str
    evidence: SpanList
    evidence_text: list[str]


class ArticleQuote(BaseModel):
    speaker: str | None
    text: str
    start: int
    end: int
    cue: str
    cue_start: int | None
    cue_end: int | None


class ArticleTime(BaseModel):
    text: str
    value: str | None
    kind: str
    start: int
    end: int


class ArticleMention(BaseModel):
    start: int
    end: int
    actor_id: str
    form: str
    name: str | None
    text: str


class ArticleOut(BaseModel):
    """An article with its full analysis. ``text`` is the original document (untrusted: escape it)."""

    id: str
    published: str | None
    outlet: str | None
    agency: str | None
    url: str | None
    story: str | None
    duplicate_of: str | None
    headline: str
    persons: list[str]
    places: list[str]
    orgs: list[str]
    events: list[ArticleEvent]
    quotes: list[ArticleQuote]
    times: list[ArticleTime]
    text: str
    headline_span: list[int]
    body_span: list[int]
    removed: SpanList
    mentions: list[ArticleMention]
    highlights: list[Highlight]


class StoryItem(BaseModel):
    id: str
    title: str
    first: str | None
    last: str | None
    n_articles: int
    n_outlets: int
    n_events: int


class StoryPage(BaseModel):
    total: int
    limit: int
    offset: int
    filters: dict[str, str]
    items: list[StoryItem]


class Conflict(BaseModel):
    event_id: str
    gloss: str
    attribute: str
    values: list[str]


class StoryOut(BaseModel):
    id: str
    requested_id: str
    alias_of: str | None = Field(description="set when the requested id was merged into this story")
    title: str
    first: str | None
    last: str | None
    n_articles: int
    outlets: list[str]
    article_ids: list[str]
    articles: list[ArticleOut]
    events: list[CanonicalEventOut]
    conflicts: list[Conflict]


class ActorItem(BaseModel):
    name: str
    kind: str | None
    country: str | None
    actor_id: str | None
    n_events: int
    n_articles: int


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ActorItem]


class MonthCount(BaseModel):
    month: str
    n_events: int
    types: dict[str, int]


class Counterpart(BaseModel):
    name: str
    kind: str | None
    country: str | None
    n_events: int
    n_articles: int
    n_sources: int


class QuoteItem(BaseModel):
    article_id: str
    ord: int
    speaker: str | None
    text: str
    start: int
    end: int
    cue: str
    headline: str
    published: str | None
    outlet: str | None
    story: str | None


class QuotePage(BaseModel):
    total: int
    limit: int
    offset: int
    filters: dict[str, str]
    items: list[QuoteItem]


class ActorOutFull(BaseModel):
    name: str
    kind: str | None
    country: str | None
    actor_id: str | None
    arabic: list[str]
    n_events: int
    n_articles_mentioning: int
    n_quotes: int
    contacts_by_month: list[MonthCount]
    counterparts: list[Counterpart]
    events: list[CanonicalEventOut]
    quotes: list[QuoteItem]


class Node(BaseModel):
    name: str
    kind: str | None
    country: str | None
    weight: int


class Edge(BaseModel):
    source: str
    target: str
    n_events: int
    n_articles: int
    n_sources: int
    weight: int = Field(description="independent sources (distinct outlets) reporting contacts of the pair")
    types: dict[str, int]


class Network(BaseModel):
    filters: dict[str, str]
    total_edges: int
    nodes: list[Node]
    edges: list[Edge]


class IngestResult(BaseModel):
    articles: int
    statuses: dict[str, int]
    errors: list[str]
    events_by_type: dict[str, int]
    quotes: int
    stories: int


class Stats(BaseModel):
    articles: int
    events: int
    events_by_type: dict[str, int]
    linked_events: int
    quotes: int
    mentions: int
    times: int
    stories: int
    duplicate_groups: int
    duplicates: int
    marked_duplicates: int
    revisions: int
    pipeline_versions: dict[str, int]
    schema_version: int
    outlets: list[str]
