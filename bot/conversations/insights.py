"""Learning from families: unanswered questions grouped by meaning, and answer ratings."""

from collections import Counter
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import func, select

from bot.core.db import chat_messages, feedback, unanswered

if TYPE_CHECKING:
    from bot.api.deps import Runtime

SAME_QUESTION = 0.75  # cosine similarity above which two questions count as one group
NOT_ANSWERED = ("utter_not_sure", "utter_rephrase", "utter_offer_care_team", "utter_out_of_scope")


def unanswered_groups(runtime: "Runtime", limit: int = 500) -> list[dict]:
    """Greedy grouping on MiniLM vectors: biggest groups first, each with an example."""
    with runtime.engine.connect() as conn:
        rows = conn.execute(select(unanswered).order_by(unanswered.c.id.desc()).limit(limit)).all()
    if not rows:
        return []
    texts = [r.text for r in rows]
    vectors = runtime.retrieval.embedder.encode(texts)
    groups: list[dict] = []
    centres: list[np.ndarray] = []
    for text, vector, row in zip(texts, vectors, rows, strict=True):
        scores = [float(c @ vector) for c in centres]
        best = int(np.argmax(scores)) if scores else -1
        if best >= 0 and scores[best] >= SAME_QUESTION:
            groups[best]["count"] += 1
            groups[best]["examples"].append(text)
        else:
            centres.append(vector)
            groups.append(
                {"question": text, "count": 1, "examples": [text], "outcome": row.outcome}
            )
    for group in groups:
        group["examples"] = group["examples"][:5]
    return sorted(groups, key=lambda g: -g["count"])


def feedback_summary(runtime: "Runtime") -> dict:
    with runtime.engine.connect() as conn:
        per_item = conn.execute(
            select(feedback.c.content_id, feedback.c.helpful, func.count()).group_by(
                feedback.c.content_id, feedback.c.helpful
            )
        ).all()
        per_day = conn.execute(
            select(func.date(feedback.c.created_at), feedback.c.helpful, func.count()).group_by(
                func.date(feedback.c.created_at), feedback.c.helpful
            )
        ).all()
        bot_turns = (
            conn.execute(
                select(func.count())
                .select_from(chat_messages)
                .where(chat_messages.c.role == "user")
            ).scalar()
            or 0
        )
        misses = conn.execute(select(func.count()).select_from(unanswered)).scalar() or 0
        comments = conn.execute(
            select(feedback.c.content_id, feedback.c.comment)
            .where(feedback.c.comment.is_not(None))
            .order_by(feedback.c.id.desc())
            .limit(50)
        ).all()
    items: dict[str, Counter] = {}
    for content_id, helpful, count in per_item:
        items.setdefault(content_id or "(other)", Counter())["up" if helpful else "down"] += count
    days: dict[str, Counter] = {}
    for day, helpful, count in per_day:
        days.setdefault(str(day), Counter())["up" if helpful else "down"] += count
    return {
        "items": [
            {"content_id": k, "up": v["up"], "down": v["down"]}
            for k, v in sorted(items.items(), key=lambda kv: -sum(kv[1].values()))
        ],
        "days": [{"day": k, "up": v["up"], "down": v["down"]} for k, v in sorted(days.items())],
        "questions": bot_turns,
        "unanswered": misses,
        "fallback_rate": round(misses / bot_turns, 3) if bot_turns else 0.0,
        "comments": [{"content_id": c, "comment": t} for c, t in comments],
    }
