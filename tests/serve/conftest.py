"""Fixtures of the service tests: the hand-written store of the examples, and an in-process client."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from serve_builders import build_store

from marsad.serve import create_app

try:  # keep Hypothesis' example cache (schema-driven tests) out of the working tree
    from hypothesis.configuration import set_hypothesis_home_dir

    set_hypothesis_home_dir(tempfile.mkdtemp(prefix="marsad-hypothesis-"))
except ImportError:  # pragma: no cover - schemathesis (and Hypothesis) absent: those tests skip
    pass


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("serve")
    return build_store(tmp / "marsad.db", tmp / "seeds")


@pytest.fixture(scope="session")
def client(store_path: Path) -> Iterator:
    from fastapi.testclient import TestClient

    with TestClient(create_app(store_path, ingest_token="")) as c:
        yield c


@pytest.fixture()
def store_copy(store_path: Path, tmp_path: Path) -> Path:
    """A private copy of the store, for tests that write."""
    dst = tmp_path / "copy.db"
    shutil.copy(store_path, dst)
    for suffix in ("-wal", "-shm"):
        src = Path(str(store_path) + suffix)
        if src.exists():
            shutil.copy(src, Path(str(dst) + suffix))
    return dst


# --- a live `marsad serve` on the analyzed examples (browser and real-HTTP tests) ------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip


def _marsad(*args: str) -> list[str]:
    import sys

    return [sys.executable, "-c", "from marsad.cli import app; app()", *args]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples (plus an article carrying markup) analyzed by `marsad analyze`, as a user would.

    MARSAD_UI_STORE=handwritten serves the hand-written analysis instead (to test the UI alone)."""
    import os
    import subprocess

    from serve_builders import seed_files

    tmp = tmp_path_factory.mktemp("live")
    db = tmp / "seeds.db"
    if os.environ.get("MARSAD_UI_STORE") == "handwritten":
        return build_store(db, tmp / "seeds")
    seeds = seed_files(tmp / "seeds")
    r = subprocess.run(_marsad("analyze", str(seeds), "--db", str(db), "--quiet"), capture_output=True,
                       text=True, timeout=300)  # fmt: skip
    if r.returncode != 0:
        pytest.fail(f"marsad analyze of the examples failed ({r.returncode}):\n{r.stderr[-3000:]}")
    return db


@pytest.fixture(scope="session")
def live_server(live_db: Path) -> Iterator[str]:
    """`marsad serve` in a subprocess; yields its base URL."""
    import subprocess
    import time
    import urllib.request

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(_marsad("serve", "--db", str(live_db), "--port", str(port)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/api/stats", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read() if proc.poll() is not None else "timeout"
                pytest.fail(f"marsad serve did not start: {err[-2000:]}")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent (scripts/ci_browser.sh installs it with apt)")
    from playwright.sync_api import sync_playwright
    from serve_builders import SCREENSHOTS

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, live_server: str) -> Iterator:
    ctx = browser.new_context(base_url=live_server, viewport={"width": 1400, "height": 1000}, locale="ar")
    pg = ctx.new_page()
    pg.set_default_timeout(15_000)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    ctx.close()
    assert not errors, f"JavaScript errors: {errors}"
