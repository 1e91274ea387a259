"""The Spanish side of `make eval` (issue 17): what Spanish-speaking families would receive
for the Spanish independent set (tuning and locked parts), beside the Spanish versions' own
questions, scored exactly as the English rows are."""

from bot.evaluation import retrieval
from bot.evaluation.devset import Asked, load_independent
from bot.retrieval.service import RetrievalService


def reply_rows(service: RetrievalService) -> dict[str, dict]:
    """One row per set, named for the report's table."""
    index = service.index_in("es")
    assert index is not None, "start the service first"
    own = [
        Asked(q, (item.id,), "", "single")
        for item in index.items.values()
        if item.lang == "es"
        for q in item.questions
    ]
    return {
        "es: content's own questions": retrieval.reply_check(index, own),
        "es: tuning": retrieval.reply_check(index, load_independent("tuning", "es")),
        "es: locked": retrieval.reply_check(index, load_independent("locked", "es")),
    }
