"""Drift tests: the README tells the truth about commands and settings."""

import re

from bot.core.settings import PROJECT_ROOT, Settings

README = (PROJECT_ROOT / "README.md").read_text()
MAKEFILE = (PROJECT_ROOT / "Makefile").read_text()


def test_readme_shows_exactly_two_setup_commands_and_both_exist() -> None:
    setup = README.split("## Set up and run", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", setup, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make run", "make test"]
    for target in ("run", "test"):
        assert re.search(rf"^{target}:", MAKEFILE, re.M), f"Makefile has no '{target}' target"


def test_every_setting_is_documented_in_the_readme() -> None:
    for name in Settings.model_fields:
        assert f"`{name.upper()}`" in README, f"README does not document {name.upper()}"


def test_ci_runs_make_test() -> None:
    assert "make test" in (PROJECT_ROOT / ".ci" / "run").read_text()
