"""action_answer_question: answer from approved content, or say we are not sure.

The action never writes wording of its own: it sends the approved passage with its
sources, or names a domain response, and sets `retrieval_confident` so a rule (not Python)
routes "not sure" to the fallback.
"""

import asyncio
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import deps
from bot.retrieval.index import Candidate
from bot.retrieval.other_topics import other_cancer, other_product


def answer_payload(candidate: Candidate) -> dict[str, Any]:
    """The custom JSON message the gateway turns into an answer with source links."""
    item = candidate.item
    return {
        "text": candidate.passage.text,
        "content_id": item.id,
        "sources": [
            {"id": item.id, "title": source.title, "url": str(source.url)}
            for source in item.sources
        ],
    }


def choice_button(candidate: Candidate) -> dict[str, str]:
    """A 'Did you mean' button that asks for exactly that item."""
    return {
        "title": candidate.item.title,
        "payload": f'/ask_question{{"content_id": "{candidate.item.id}"}}',
    }


async def answer_from_content(
    dispatcher: CollectingDispatcher,
    text: str,
    chosen_id: str | None = None,
    tracker: Tracker | None = None,
) -> bool:
    """Send the best approved passage (or a 'Did you mean' choice); False if none fits.
    The tracker tells whether this is a reviewer's preview with drafts. A question about
    another CAR-T product or another cancer gets an honest "I only cover Kymriah" (first, for
    a product; instead of "not sure", for a cancer), which counts as an answer."""
    product = None if chosen_id else other_product(text)
    if product:
        dispatcher.utter_message(response="utter_only_kymriah", other=product)
    answered = await _answer_from_library(dispatcher, text, chosen_id, tracker)
    cancer = None if (chosen_id or answered or product) else other_cancer(text)
    if cancer:
        dispatcher.utter_message(response="utter_only_kymriah", other=cancer)
    return answered or bool(product or cancer)


async def _answer_from_library(
    dispatcher: CollectingDispatcher, text: str, chosen_id: str | None, tracker: Tracker | None
) -> bool:
    index = deps.current().index_for(tracker)
    if index is None:
        return False
    picked = index.lead(chosen_id) if chosen_id else None
    if picked is not None:
        dispatcher.utter_message(json_message=answer_payload(picked))
        return True
    result = await asyncio.to_thread(index.search, text)
    if not result.confident or result.best is None:
        return False
    if result.ambiguous:
        close = [c for c in result.candidates if c.dense >= index.config.threshold][:3]
        dispatcher.utter_message(
            response="utter_did_you_mean", buttons=[choice_button(c) for c in close]
        )
    else:
        dispatcher.utter_message(json_message=answer_payload(result.best))
    return True


class ActionAnswerQuestion(Action):
    def name(self) -> str:
        return "action_answer_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        chosen = next(tracker.get_latest_entity_values("content_id"), None)
        text = tracker.latest_message.get("text") or ""
        confident = await answer_from_content(dispatcher, text, chosen, tracker)
        return [SlotSet("retrieval_confident", confident)]
