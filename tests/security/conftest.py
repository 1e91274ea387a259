"""The security tests share the integration tests' fixtures (one real stack per session)."""

from tests.integration.conftest import chat  # noqa: F401
