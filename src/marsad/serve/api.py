"""The JSON API (``/api/…``): lists with filters and pagination, single items, search, exports and ingest."""

from __future__ import annotations

import hmac
import os
import re
import shutil
import tempfile
import threading
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Header, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse
from starlette.background import BackgroundTask

from marsad.export.formats import FORMATS, write_export
from marsad.model import ACTOR_KINDS, EVENT_TYPES, STATUSES
from marsad.serve import models as m
from marsad.serve import queries as qy

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Status = Literal[STATUSES]  # type: ignore[valid-type]
Kind = Literal[ACTOR_KINDS]  # type: ignore[valid-type]
Format = Literal[tuple(FORMATS)]  # type: ignore[valid-type]
Order = Literal["desc", "asc"]
_DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
MAX_UPLOAD = 50_000_000
TEXT = Annotated[str | None, Query(max_length=300)]

router = APIRouter(prefix="/api")
ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": m.Problem, "description": "a parameter is missing, malformed or out of range"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {**ERRORS, 404: {"model": m.Problem, "description": "not found"}}


def _json(data: dict[str, Any]) -> JSONResponse:
    """The answer as JSON, skipping FastAPI's re-validation against the response model: the models document
    the schema (and the schema-driven tests check answers against it) while large lists are served ~2x faster."""
    return JSONResponse(data)


def _check_date(name: str, value: str | None) -> str | None:
    """A date parameter: YYYY, YYYY-MM or YYYY-MM-DD, and a real one."""
    if value is None or value == "":
        return None
    if not re.match(_DATE, value):
        raise HTTPException(422, f"{name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as e:
        raise HTTPException(422, f"{name}: {value!r} is not a calendar date ({e})") from None
    return value


def filters(
    q: Annotated[str | None, Query(max_length=500, description="Arabic full-text search (normalized, clitic-aware)")] = None,  # noqa: E501
    actor: Annotated[str | None, Query(max_length=300, description="actor: canonical English name, id or Arabic name")] = None,  # noqa: E501
    country: Annotated[str | None, Query(max_length=100, description="an actor's country: name, ISO code or Arabic")] = None,  # noqa: E501
    type: Annotated[EventType | None, Query(description="event type")] = None,
    status: Annotated[Status | None, Query(description="event status")] = None,
    date_from: Annotated[str | None, Query(pattern=_DATE, description="YYYY[-MM[-DD]], inclusive")] = None,
    date_to: Annotated[str | None, Query(pattern=_DATE, description="YYYY[-MM[-DD]], inclusive")] = None,
    outlet: TEXT = None,
    story: Annotated[str | None, Query(max_length=200, description="story id (merged ids resolve)")] = None,
) -> qy.Filters:
    d0, d1 = _check_date("date_from", date_from), _check_date("date_to", date_to)
    if d0 and d1 and d0 > d1 + "~":
        raise HTTPException(422, f"date_from ({d0}) is after date_to ({d1})")
    return qy.Filters(
        actor=actor or None, country=country or None, type=type, status=status, date_from=d0, date_to=d1,
        outlet=outlet or None, story=story or None, q=q if q and q.strip() else None,
    )  # fmt: skip


def form_filters(
    q: TEXT = None,
    actor: TEXT = None,
    country: TEXT = None,
    type: TEXT = None,
    status: TEXT = None,
    date_from: TEXT = None,
    date_to: TEXT = None,
    outlet: TEXT = None,
    story: TEXT = None,
) -> qy.Filters:
    """The filters as the pages' forms send them: an empty field means "any" (the API's own parameters are
    strict, with enums and patterns in the schema); a bad value is still a 422 that names it."""

    def given(v: str | None) -> str | None:
        return v.strip() if v and v.strip() else None

    typ, st = given(type), given(status)
    if typ is not None and typ not in EVENT_TYPES:
        raise HTTPException(422, f"type: expected one of {', '.join(EVENT_TYPES)}, got {typ!r}")
    if st is not None and st not in STATUSES:
        raise HTTPException(422, f"status: expected one of {', '.join(STATUSES)}, got {st!r}")
    return filters(
        q=given(q), actor=given(actor), country=given(country), type=typ, status=st,
        date_from=given(date_from), date_to=given(date_to), outlet=given(outlet), story=given(story),
    )  # fmt: skip


Limit = Annotated[int, Query(ge=1, le=500, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]
F = Annotated[qy.Filters, Depends(filters)]
FormF = Annotated[qy.Filters, Depends(form_filters)]


def db_of(request: Request) -> qy.Db:
    return request.app.state.db


DB = Annotated[qy.Db, Depends(db_of)]


@router.get("/events", response_model=m.EventPage, responses=ERRORS, summary="Canonical events (timeline)")
def api_events(db: DB, f: F, limit: Limit = 50, offset: Offset = 0, order: Order = "desc") -> JSONResponse:
    """One item per contact (articles reporting the same contact folded), newest first."""
    return _json(qy.list_events(db, f, limit, offset, order))


@router.get("/events/{event_id:path}", response_model=m.CanonicalEventOut, responses=NOT_FOUND, summary="One event")
def api_event(db: DB, event_id: str) -> JSONResponse:
    return _json(qy.get_event(db, event_id))


@router.get("/articles", response_model=m.ArticlePage, responses=ERRORS, summary="Articles")
def api_articles(db: DB, f: F, limit: Limit = 50, offset: Offset = 0, order: Order = "desc") -> JSONResponse:
    """Articles matching the filters (``q``: full-text search, with snippets), newest first."""
    return _json(qy.list_articles(db, f, limit, offset, order))


@router.get("/articles/{article_id:path}", response_model=m.ArticleOut, responses=NOT_FOUND, summary="One article")
def api_article(db: DB, article_id: str) -> JSONResponse:
    """An article with its analysis and the spans to highlight (``text`` is untrusted: escape it)."""
    return _json(qy.get_article(db, article_id))


@router.get("/search", response_model=m.ArticlePage, responses=ERRORS, summary="Full-text search")
def api_search(
    db: DB, f: F, limit: Limit = 20, offset: Offset = 0, order: Order = "desc"
) -> JSONResponse:
    """Arabic full-text search: hamza/alef/ya/ta-marbuta folded, clitics stripped, a known actor's name
    searched in all its spellings. Without ``q``: every article."""
    return _json(qy.list_articles(db, f, limit, offset, order))


@router.get("/stories", response_model=m.StoryPage, responses=ERRORS, summary="Stories")
def api_stories(db: DB, f: F, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    return _json(qy.list_stories(db, f, limit, offset))


@router.get("/stories/{story_id:path}", response_model=m.StoryOut, responses=NOT_FOUND, summary="One story")
def api_story(db: DB, story_id: str) -> JSONResponse:
    """A story with its articles, events and conflicts; a merged story's old id answers with the story it
    was merged into (``alias_of``)."""
    return _json(qy.get_story(db, story_id))


@router.get("/actors", response_model=m.ActorPage, responses=ERRORS, summary="Actors")
def api_actors(
    db: DB,
    q: Annotated[str | None, Query(max_length=300, description="part of a name, or an Arabic name")] = None,
    kind: Kind | None = None,
    country: Annotated[str | None, Query(max_length=100)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    """Actors of events, most active first."""
    return _json(qy.list_actors(db, q or None, kind, country or None, limit, offset))


@router.get("/actors/{name:path}", response_model=m.ActorOutFull, responses=NOT_FOUND, summary="One actor")
def api_actor(db: DB, name: str, f: F, limit: Limit = 50) -> JSONResponse:
    """An actor's contacts over time, counterparts, events and quotes (filters narrow the events)."""
    return _json(qy.get_actor(db, name, f, limit))


@router.get("/network", response_model=m.Network, responses=ERRORS, summary="Actor network")
def api_network(
    db: DB,
    f: F,
    min_weight: Annotated[int, Query(ge=1, le=10_000, description="least independent sources per edge")] = 1,
    limit: Annotated[int, Query(ge=1, le=2000, description="most edges (heaviest first)")] = 150,
) -> JSONResponse:
    """Who contacts whom, edges weighted by independent sources (distinct outlets)."""
    return _json(qy.network(db, f, min_weight, limit))


@router.get("/quotes", response_model=m.QuotePage, responses=ERRORS, summary="Quotes")
def api_quotes(
    db: DB,
    f: F,
    speaker: Annotated[str | None, Query(max_length=300, description="canonical name of the speaker")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    return _json(qy.list_quotes(db, f, speaker or None, limit, offset))


@router.get("/stats", response_model=m.Stats, summary="Store summary")
def api_stats(db: DB) -> JSONResponse:
    return _json(qy.stats(db))


@router.get(
    "/export/{fmt}",
    responses={**ERRORS, 200: {"description": "the export file", "content": {
        "application/x-ndjson": {}, "text/csv": {}, "application/vnd.apache.parquet": {},
        "text/tab-separated-values": {}, "application/json": {}}}},
    response_class=FileResponse,
    summary="Download an export",
)  # fmt: skip
def api_export(db: DB, fmt: Format, f: F) -> FileResponse:
    """The analyses of the articles the filters select: ``jsonl`` (evaluation format), ``csv`` / ``parquet``
    (one row per event per article), ``gdelt`` (TSV, one row per canonical event), ``plover`` (JSON)."""
    ids = qy.article_ids(db, f)
    media, suffix = FORMATS[fmt]
    fd, tmp = tempfile.mkstemp(prefix="marsad-export-", suffix=suffix)
    os.close(fd)
    try:
        if fmt == "parquet":
            with open(tmp, "wb") as fh:
                write_export(fmt, qy.iter_articles(db, ids), fh)
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                write_export(fmt, qy.iter_articles(db, ids), fh)
    except BaseException:
        os.unlink(tmp)
        raise
    return FileResponse(tmp, media_type=media, filename=f"marsad-{fmt}{suffix}",
                        background=BackgroundTask(os.unlink, tmp))  # fmt: skip


# --- ingest --------------------------------------------------------------------------------------------

_ingest_lock = threading.Lock()
_SAFE = re.compile(r"[^\w.\-]+")


def _safe_name(name: str | None, i: int) -> str:
    base = _SAFE.sub("_", Path(name or "").name).strip("._") or f"upload-{i}.txt"
    return base[:150]


@router.post(
    "/ingest",
    response_model=m.IngestResult,
    responses={**ERRORS, 400: {"model": m.Problem, "description": "malformed multipart body"},
               403: {"model": m.Problem, "description": "missing or wrong token"},
               404: {"model": m.Problem, "description": "ingest is disabled"},
               413: {"model": m.Problem, "description": "upload too large"}},
    summary="Upload articles (token required)",
)  # fmt: skip
def api_ingest(
    request: Request,
    files: Annotated[list[UploadFile], File(description=".txt, .html, .jsonl or .jsonl.gz files")],
    authorization: Annotated[str | None, Header(description="Bearer <MARSAD_INGEST_TOKEN>")] = None,
    x_marsad_token: Annotated[str | None, Header(description="the ingest token (alternative header)")] = None,
) -> JSONResponse:
    """Analyze uploaded files into the store (as ``marsad analyze`` does). Off unless the server was started
    with ``MARSAD_INGEST_TOKEN`` set; the token goes in ``Authorization: Bearer …`` or ``X-Marsad-Token``."""
    token: str | None = request.app.state.ingest_token
    if not token:
        raise HTTPException(404, "ingest is disabled: start the server with MARSAD_INGEST_TOKEN set to enable it")
    given = x_marsad_token or ""
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not given or not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(403, "ingest: missing or wrong token (send Authorization: Bearer <token>)")
    if not files:
        raise HTTPException(422, "files: upload at least one file")
    from marsad.analyze import analyze_paths
    from marsad.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="marsad-ingest-"))
    try:
        total = 0
        seen: set[str] = set()
        for i, up in enumerate(files):
            name = _safe_name(up.filename, i)
            while name in seen:
                name = f"{i}-{name}"
            seen.add(name)
            with (tmp / name).open("wb") as out:
                while chunk := up.file.read(1 << 20):
                    total += len(chunk)
                    if total > MAX_UPLOAD:
                        raise HTTPException(413, f"upload larger than {MAX_UPLOAD} bytes")
                    out.write(chunk)
        db: qy.Db = request.app.state.db
        factory = request.app.state.pipeline
        with _ingest_lock, Store(db.path) as store:
            summary = analyze_paths([str(tmp)], store, pipeline=factory() if factory else None)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return _json({
        "articles": summary.articles,
        "statuses": dict(summary.statuses),
        "errors": [str(e).replace(str(tmp) + os.sep, "") for e in summary.errors],
        "events_by_type": dict(summary.events_by_type),
        "quotes": summary.quotes,
        "stories": summary.stories,
    })
