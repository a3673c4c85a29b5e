"""Schema-driven API tests: schemathesis generates requests from the OpenAPI schema (valid and invalid ones)
and checks every answer: no server error, a documented status, the documented content type, and a body that
matches the response schema."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import warnings
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", category=DeprecationWarning)
schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402
from serve_builders import build_store  # noqa: E402

from marsad.serve import create_app  # noqa: E402

_TMP = Path(tempfile.mkdtemp(prefix="marsad-schema-"))  # built at collection: the schema parametrizes the test
atexit.register(shutil.rmtree, _TMP, True)
APP = create_app(build_store(_TMP / "marsad.db", _TMP / "seeds"), ingest_token="")
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=15, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])  # fmt: skip
def test_schema_every_endpoint(case) -> None:
    # Schema-valid but unusable values (2021-02-30, date_from after date_to, a query without a word) are
    # rejected with a 422 by design, so "positive data acceptance" is the one check left out.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
