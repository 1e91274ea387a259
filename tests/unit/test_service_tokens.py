"""The secrets between the parts: shared by every process in development, required in
production."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.auth.service_tokens import action_token, rasa_token
from bot.settings import Settings


def test_processes_starting_together_share_one_private_secret(tmp_path) -> None:
    settings = Settings(data_dir=tmp_path)
    with ThreadPoolExecutor(8) as pool:
        tokens = set(pool.map(lambda _: action_token(settings), range(16)))
    assert len(tokens) == 1 and len(tokens.pop()) >= 40
    assert (tmp_path / "action_token.secret").stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["action_token.secret"]
    assert rasa_token(settings) != action_token(settings)


def test_production_refuses_to_make_up_secrets(tmp_path) -> None:
    settings = Settings(data_dir=tmp_path, environment="production")
    with pytest.raises(RuntimeError, match="ACTION_TOKEN"):
        action_token(settings)
    assert any("RASA_TOKEN" in p for p in settings.placeholder_problems)
    given = Settings(data_dir=tmp_path, environment="production", action_token="x" * 40)
    assert action_token(given) == "x" * 40
