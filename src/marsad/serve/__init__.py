"""The service people use: a JSON API with an OpenAPI schema and right-to-left Arabic web pages over the store.

``marsad serve --db FILE`` runs :func:`create_app` under uvicorn; tests use the app in process too.
"""

from marsad.serve.app import create_app

__all__ = ["create_app", "run"]


def run(db: str, host: str = "127.0.0.1", port: int = 8000, ingest_token: str | None = None) -> None:
    """Serve the store at ``db`` until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db, ingest_token), host=host, port=port, log_level="info", access_log=False)
