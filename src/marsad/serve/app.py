"""The FastAPI application: the JSON API, the pages, static assets, and errors that say what was wrong.

Errors: a bad parameter is a 422 (a 404 for a missing item) whose ``detail`` names the parameter and the
problem; pages answer the same status with a readable HTML page. Responses carry a strict Content Security
Policy (scripts only from ``/static``), a second line of defence behind escaping untrusted article text.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad import __version__
from marsad.serve import queries as qy
from marsad.serve.html import bi, esc, page

log = logging.getLogger("marsad.serve")
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api") or path.startswith("/openapi") or path.startswith("/static"))


def _message(errors: list[Any]) -> str:
    """One line naming each bad parameter: ``limit (query): Input should be less than or equal to 500``."""
    parts = []
    for e in errors:
        loc = [str(x) for x in e.get("loc", ())]
        where = f"{loc[-1]} ({loc[0]})" if len(loc) >= 2 else ".".join(loc) or "request"
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _error(request: Request, status: int, detail: Any, message: str) -> Response:
    if _wants_html(request):
        body = f'<h1>{status}</h1><p class="error">{esc(message)}</p><p><a href="/">{bi("العودة", "back")}</a></p>'
        return HTMLResponse(page(f"{status}", body, "/api/stats"), status_code=status)
    return JSONResponse({"detail": detail, "message": message}, status_code=status)


def _clean(errors: list[Any]) -> list[dict[str, Any]]:
    """Validation errors as plain JSON (pydantic may put exception objects in ``ctx``)."""
    out = []
    for e in errors:
        d = {k: v for k, v in e.items() if k in ("type", "loc", "msg")}
        d["loc"] = [str(x) for x in d.get("loc", ())]
        out.append(d)
    return out


def create_app(
    db_path: str | Path, ingest_token: str | None = None, pipeline: Callable[[], Any] | None = None
) -> FastAPI:
    """The application over the store at ``db_path`` (created/migrated if needed).

    ``ingest_token``: enables ``POST /api/ingest`` for requests carrying it (default:
    ``$MARSAD_INGEST_TOKEN``; unset or empty keeps ingest off). ``pipeline``: a factory of the
    :class:`~marsad.pipeline.Pipeline` ingest runs (default: the standard analysis).
    """
    db = qy.Db(db_path)
    token = ingest_token if ingest_token is not None else os.environ.get("MARSAD_INGEST_TOKEN")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        import anyio.to_thread

        # sync endpoints run in a thread pool: bound it, since each thread keeps a read connection
        anyio.to_thread.current_default_thread_limiter().total_tokens = qy.READER_THREADS
        qy._kb()  # load the knowledge base now rather than in the first request
        yield
        db.close()

    app = FastAPI(
        title="marsad",
        version=__version__,
        summary="Who contacted whom in Arabic news — events, actors, stories, quotes, with evidence.",
        lifespan=lifespan,
        docs_url=None,  # the stock docs page loads its assets from a CDN: /docs is ours (see pages.py)
        redoc_url=None,
    )
    app.state.db = db
    app.state.ingest_token = token or None
    app.state.pipeline = pipeline

    from marsad.serve.api import router as api_router
    from marsad.serve.pages import router as page_router

    app.include_router(api_router)
    app.include_router(page_router)
    static = Path(str(resources.files("marsad.serve").joinpath("static")))
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return RedirectResponse("/static/favicon.svg")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> Response:
        errors = _clean(list(exc.errors()))
        return _error(request, 422, errors, _message(errors))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        resp = _error(request, exc.status_code, detail, detail)
        if exc.headers:
            resp.headers.update(exc.headers)
        return resp

    @app.exception_handler(qy.NotFound)
    async def on_not_found(request: Request, exc: qy.NotFound) -> Response:
        return _error(request, 404, str(exc), str(exc))

    @app.exception_handler(qy.BadRequest)
    async def on_bad(request: Request, exc: qy.BadRequest) -> Response:
        return _error(request, 422, str(exc), str(exc))

    return app
