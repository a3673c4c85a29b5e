"""Schema-driven checks over real HTTP against a live `marsad serve` (the in-process run in test_schema.py
covers every operation with more examples; this one proves the served schema and the server agree on the
wire)."""

from __future__ import annotations

import re

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402

LISTS = re.compile(r"^/api/(events|articles|stories|search|network|quotes|actors)$")


def test_http_schema_over_the_wire(live_server: str) -> None:
    schema = schemathesis.openapi.from_url(live_server + "/openapi.json")
    ops = [r.ok() for r in schema.get_all_operations()]
    ops = [op for op in ops if LISTS.match(op.path)]
    assert len(ops) == 7
    for op in ops:

        @given(case=op.as_strategy())
        @settings(max_examples=8, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def check(case) -> None:
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        check()
