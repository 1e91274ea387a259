"""Property-based API testing with schemathesis against the running app's OpenAPI schema:
no 5xx, and responses match the schema (a bounded number of examples per operation).

Driven through hypothesis directly (schemathesis's pytest plugin does not run on pytest 9)."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

pytestmark = pytest.mark.integration
EXAMPLES = 12


def test_every_operation_conforms_and_never_fails(stack) -> None:
    schema = schemathesis.openapi.from_url(f"{stack.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    cases = 0
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case) -> None:
            nonlocal cases
            cases += 1
            case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])

        check()
    print(f"schemathesis: {len(operations)} operations, {cases} cases, no failures")
