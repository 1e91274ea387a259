"""The eval report's Markdown: tables, and every safety miss and false alarm listed."""

from bot.evaluation.markdown import safety_section, table


def test_a_table_shows_three_decimals_and_every_column() -> None:
    assert table([{"a": 0.12345, "b": "x"}], ["a", "b"]).splitlines() == [
        "| a | b |",
        "|---|---|",
        "| 0.123 | x |",
    ]


def test_the_safety_section_lists_each_miss_and_false_alarm() -> None:
    part = {
        "urgent": 2,
        "near_miss": 3,
        "recall": 0.5,
        "false_alarm_rate": 0.333,
        "recall_by_kind": {"en/fever": 0.5},
        "missed": ["[en/fever] she is burning up"],
        "false_alarms": ["[en/past] he had a fever last year"],
    }
    md = "\n".join(safety_section({"screen": {"tuning": part, "whole": part}}))
    assert "[en/fever] she is burning up" in md
    assert "[en/past] he had a fever last year" in md
    assert "| en/fever | 0.500 | 0.500 |" in md
