"""How `make eval`'s report reads: Markdown tables, and the safety section with every miss
and false alarm listed."""


def table(rows: list[dict], columns: list[str]) -> str:
    out = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = [f"{row[c]:.3f}" if isinstance(row[c], float) else str(row[c]) for c in columns]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def safety_section(report: dict) -> list[str]:
    """Recall and false alarms per part, per kind and language, and every miss and alarm."""
    parts = [p for p in ("tuning", "locked", "whole") if p in report["screen"]]
    screen = report["screen"]
    md = [
        "## Safety screen (urgent symptoms and crisis, English and Spanish)",
        "The locked part is never tuned on. A crisis counts as caught only with the crisis reply.",
        "",
        table(
            [
                {
                    "part": p,
                    **{k: screen[p][k] for k in ("urgent", "near_miss", "recall")},
                    "false_alarm_rate": screen[p]["false_alarm_rate"],
                }
                for p in parts
            ],
            ["part", "urgent", "near_miss", "recall", "false_alarm_rate"],
        ),
        "",
        "### Recall per language and kind",
        table(
            [
                {"kind": k, **{p: screen[p]["recall_by_kind"].get(k, "-") for p in parts}}
                for k in screen["whole"]["recall_by_kind"]
            ],
            ["kind", *parts],
        ),
    ]
    md += [
        "",
        '### The second look: a calm "is this happening now?" check instead of an alarm',
        table(
            [
                {"part": p, "urgent": "-", "near_miss": "-", **screen[p].get("asked_now_first", {})}
                for p in parts
            ],
            ["part", "urgent", "near_miss"],
        ),
    ]
    for p in ("tuning", "locked"):
        if p in screen:
            md += ["", f"### {p}: missed ({len(screen[p]['missed'])})"]
            md += [f"- {t}" for t in screen[p]["missed"]] or ["- none"]
            md += ["", f"### {p}: false alarms ({len(screen[p]['false_alarms'])})"]
            md += [f"- {t}" for t in screen[p]["false_alarms"]] or ["- none"]
    intent = report.get("intent", {})
    if "intent_alone" in intent:
        before = intent["screen_or_intent_alarm (before)"]
        md += [
            "",
            "### Rasa's urgent_symptom intent (whole set)",
            f"- alone: recall {intent['intent_alone']['recall']}, false alarms "
            f"{intent['intent_alone']['false_alarm_rate']}",
            f"- if it could raise the alarm (before): recall {before['recall']}, false alarms "
            f"{before['false_alarm_rate']}",
            f'- now it only asks "is this happening now?": {intent["calm_checks_on_near_misses"]} '
            "near-misses get that calm check (no alarm); "
            f"{intent['calm_checks_on_urgent_the_screen_missed']} urgent messages the screen "
            "missed get it",
        ]
    return md
