"""Property-based API testing with schemathesis against the running app's OpenAPI schema:
no 5xx, and responses match the schema (a bounded number of examples per operation), as an
anonymous caller and signed in as each staff role.

Driven through hypothesis directly (schemathesis's pytest plugin does not run on pytest 9)."""

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tests.conftest import STAFF_PASSWORD

pytestmark = pytest.mark.integration
EXAMPLES = {"anonymous": 12, "signed in": 5}


def signed_in_headers(stack, username: str) -> dict[str, str]:
    """The cookie and CSRF header a signed-in browser would send."""
    response = httpx.post(
        f"{stack.url}/api/auth/login", json={"username": username, "password": STAFF_PASSWORD}
    )
    assert response.status_code == 200, response.text
    cookies = "; ".join(f"{k}={v}" for k, v in response.cookies.items())
    return {"Cookie": cookies, "X-CSRF-Token": response.cookies["cartfg_csrf"]}


def test_every_operation_conforms_and_never_fails(stack, staff_users) -> None:
    schema = schemathesis.openapi.from_url(f"{stack.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    # Sign in first: the login operation's own examples use up the sign-in rate limit.
    callers = {"anonymous": {}} | {
        role: signed_in_headers(stack, name)
        for role, name in staff_users.items()
        if role != "reviewer2"
    }
    cases = []
    for caller, headers in callers.items():
        examples = EXAMPLES["anonymous" if caller == "anonymous" else "signed in"]
        for operation in operations:
            if headers and operation.path == "/api/auth/logout":
                continue  # it would end the session the other cases use
            exercise(operation, headers, examples, cases)
    print(f"schemathesis: {len(operations)} operations, {len(callers)} callers, {len(cases)} cases")


def exercise(operation, headers: dict[str, str], examples: int, cases: list) -> None:
    """Up to `examples` generated requests to one operation, as one caller."""

    @given(case=operation.as_strategy())
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case) -> None:
        cases.append(case)
        case.call_and_validate(
            headers=headers, checks=[not_a_server_error, response_schema_conformance]
        )

    check()
