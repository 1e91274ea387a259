"""Content files: good ones parse, bad ones fail with the file and the field named."""

from pathlib import Path

import pytest

from bot.content import ContentError, load_library, parse_item
from bot.core.settings import PROJECT_ROOT

GOOD = """---
id: sample-item
title: What is a sample?
topic: about
audience: parent
questions:
  - what is a sample
sources:
  - title: Example source
    url: https://www.cancer.gov/example/page
status: published
reviewed_by: Content team
reviewed_on: 2026-11-27
version: 1
---
A sample is a small piece of something.
"""


def test_a_good_item_parses() -> None:
    item = parse_item(GOOD)
    assert item.id == "sample-item"
    assert item.is_live
    assert str(item.sources[0].url) == "https://www.cancer.gov/example/page"
    assert item.body == "A sample is a small piece of something."


@pytest.mark.parametrize(
    ("broken", "field"),
    [
        (GOOD.replace("status: published", "status: live"), "status"),
        (GOOD.replace("audience: parent", "audience: doctors"), "audience"),
        (
            GOOD.replace("    url: https://www.cancer.gov/example/page", "    url: not a url"),
            "sources.0.url",
        ),
        (GOOD.replace("version: 1\n", "version: 1\nreview_due: soon\n"), "review_due"),
        (
            GOOD.replace(
                "sources:\n  - title: Example source\n    url: https://www.cancer.gov/example/page\n",
                "sources: []\n",
            ),
            "sources",
        ),
    ],
)
def test_a_bad_field_is_named_with_the_file(broken: str, field: str, tmp_path: Path) -> None:
    path = tmp_path / "sample-item.md"
    path.write_text(broken)
    with pytest.raises(ContentError) as caught:
        load_library(tmp_path)
    assert caught.value.field == field
    assert str(path) in str(caught.value)


def test_broken_yaml_is_reported(tmp_path: Path) -> None:
    (tmp_path / "sample-item.md").write_text(GOOD.replace("topic: about", "topic: [about"))
    with pytest.raises(ContentError, match="front matter"):
        load_library(tmp_path)


def test_the_id_must_match_the_file_name(tmp_path: Path) -> None:
    (tmp_path / "other-name.md").write_text(GOOD)
    with pytest.raises(ContentError, match="must match the file name"):
        load_library(tmp_path)


def test_the_real_library_loads_with_85_or_more_live_items() -> None:
    items = load_library(PROJECT_ROOT / "content")
    assert len([item for item in items if item.is_live]) >= 85


def test_every_english_item_has_a_spanish_version_of_its_current_version() -> None:
    """Issue 17: each Spanish version names the English item and version it translates, and
    keeps its topic, audience and sources (Spanish sources may be added)."""
    items = {item.id: item for item in load_library(PROJECT_ROOT / "content")}
    english = [i for i in items.values() if i.lang == "en" and i.is_live]
    spanish = {i.translation_of: i for i in items.values() if i.lang == "es"}
    assert sorted(spanish) == sorted(i.id for i in english)
    for item in english:
        version = spanish[item.id]
        assert version.id == f"{item.id}-es" and version.is_live
        assert version.translation_of_version == item.version, f"{version.id} is out of date"
        assert (version.topic, version.audience) == (item.topic, item.audience)
        urls = [str(s.url) for s in version.sources]
        assert urls[: len(item.sources)] == [str(s.url) for s in item.sources], version.id
