"""Property-based API tests: schemathesis generates requests from the OpenAPI document the app
publishes at /openapi.json — valid ones and deliberately invalid ones — and sends them to the
shared live server. No request may cause a server error, and every response must match what the
document says (status codes, content types, JSON schemas).

(The operations are walked inside one test rather than through ``schemathesis.pytest``, whose
fixture loader does not run on pytest 9.)"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from .conftest import Site

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 25


def run_operation(op: schemathesis.APIOperation, mode: GenerationMode, base: str) -> None:
    @given(case=op.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate(base_url=base, checks=CHECKS)

    check()


def test_api_has_no_server_errors(site: Site) -> None:
    schema = schemathesis.openapi.from_url(f"{site.base}/openapi.json")
    operations = [r.ok() for r in schema.get_all_operations()]
    assert len(operations) >= 15
    failed = []
    for op in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                run_operation(op, mode, site.base)
            except Unsatisfiable:  # no parameters to make invalid
                assert mode is GenerationMode.NEGATIVE, op.label
            except (Exception, BaseExceptionGroup) as e:  # noqa: BLE001 - collected, reported together below
                failed.append(f"{op.label} [{mode.value}]: {type(e).__name__}: {str(e)[:1500]}")
    assert not failed, f"{len(failed)} операций с ошибками:\n\n" + "\n\n".join(failed)
