"""The secrets between the parts: shared by every process in development, required in
production."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.auth.service_tokens import action_token, rasa_token
from bot.core.settings import Settings


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


def test_a_token_that_starts_with_a_dash_reaches_rasa_whole(tmp_path) -> None:
    """Seen once: a random token began with "-" and `rasa run` took it for a flag. The argv
    is parsed here by Rasa's own command-line parser."""
    import json
    import subprocess

    from bot.ops.rasa_process import RASA_BIN, rasa_command

    token = "-" + "x" * 42
    argv, _ = rasa_command(Settings(data_dir=tmp_path, rasa_token=token), tmp_path / "m.tar.gz")
    parse = (
        "import json, sys; from rasa.__main__ import create_argument_parser; "
        "print(create_argument_parser().parse_args(json.loads(sys.argv[1])).auth_token)"
    )
    python = RASA_BIN.parent / "python"
    out = subprocess.run(
        [str(python), "-c", parse, json.dumps(argv[1:])], capture_output=True, text=True
    )
    assert out.stdout.strip().splitlines()[-1] == token, out.stderr[-500:]
