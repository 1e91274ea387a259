"""The security tests share the integration tests' real stack (`chat`) and the staff API
tests' app with signed-in clients on SQLite and PostgreSQL (`app`, `clients`)."""

from tests.integration.conftest import chat  # noqa: F401
from tests.unit.test_staff_api import app, clients, database_url  # noqa: F401
