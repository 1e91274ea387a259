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

from bot.api import deps
from bot.retrieval.answers import Answer
from bot.retrieval.followups import search_in_context
from bot.retrieval.other_topics import other_cancer, other_product
from bot.retrieval.ranking import Candidate


def answer_payload(answer: Answer, related: list[Candidate] = ()) -> dict[str, Any]:
    """The custom JSON message the gateway turns into an answer with source links, the
    review date, the whole item behind "Read the whole answer", and related questions."""
    item = answer.item
    return {
        "text": answer.text,
        "lang": item.lang,  # an English item in a Spanish conversation gets a note first
        "full_text": answer.full_text,
        "reviewed_on": item.reviewed_on.isoformat() if item.reviewed_on else None,
        "content_id": item.id,
        "sources": [
            {"id": item.id, "title": source.title, "url": str(source.url)}
            for source in item.sources
        ],
        "buttons": [choice_button(c) for c in related],
    }


def choice_button(candidate: Candidate) -> dict[str, str]:
    """A 'Did you mean' button that asks for exactly that item."""
    return {
        "title": candidate.item.title,
        "payload": f'/ask_question{{"content_id": "{candidate.item.id}"}}',
    }


# A runner-up this close to the answer (on a fused score of about 0..1.8) is worth offering.
RELATED_SCORE_GAP = 0.2


def is_related(answer: Candidate, other: Candidate) -> bool:
    """Offered after the answer: an item on the same topic, or one that matched nearly as well."""
    return other.item.topic == answer.item.topic or answer.score - other.score <= RELATED_SCORE_GAP


async def answer_from_content(
    dispatcher: CollectingDispatcher,
    text: str,
    chosen_id: str | None = None,
    tracker: Tracker | None = None,
) -> tuple[bool, str | None]:
    """Send the best approved answer (or a 'Did you mean' choice). Returns whether anything
    fitted, and the item answered (None for a choice or nothing).

    The tracker tells whether this is a reviewer's preview with drafts, and which item was
    answered last (a short follow-up is read in its light). A question about another CAR-T
    product or another cancer first gets an honest "I only cover Kymriah", which counts as an
    answer; what the library has that fits comes after it. (A cancer used to get it only
    instead of "not sure", so "is there CAR-T for neuroblastoma?" got an item on late
    effects with nothing to say it was not about neuroblastoma.)"""
    other = None if chosen_id else other_product(text) or other_cancer(text)
    if other:
        dispatcher.utter_message(response="utter_only_kymriah", other=other)
    last = tracker.get_slot("last_item") if tracker and not other else None
    answered, item_id = await _answer_from_library(dispatcher, text, chosen_id, tracker, last)
    return answered or bool(other), item_id


async def _answer_from_library(
    dispatcher: CollectingDispatcher,
    text: str,
    chosen_id: str | None,
    tracker: Tracker | None,
    last_item: str | None,
) -> tuple[bool, str | None]:
    index = deps.current().index_for(tracker)
    if index is None:
        return False, None
    picked = index.lead(chosen_id) if chosen_id else None
    if picked is not None:
        send_answer(dispatcher, tracker, answer_payload(index.answer(picked)))
        return True, picked.item.id
    ahead = index.search_in_progress(text)
    if ahead is not None:  # the gateway is searching this text already: wait, holding no thread
        await asyncio.wrap_future(ahead)
    result = await asyncio.to_thread(search_in_context, index, text, last_item)
    if not result.confident or result.best is None:
        return False, None
    close = [c for c in result.candidates if c.dense >= index.config.threshold]
    if result.ambiguous:
        dispatcher.utter_message(
            response="utter_did_you_mean", buttons=[choice_button(c) for c in close[:3]]
        )
        return True, None
    related = [c for c in close[1:] if is_related(result.best, c)][:3]
    send_answer(dispatcher, tracker, answer_payload(index.answer(result.best), related))
    return True, result.best.item.id


def send_answer(
    dispatcher: CollectingDispatcher, tracker: Tracker | None, payload: dict[str, Any]
) -> None:
    """The answer, after a short note when it is not in the conversation's language."""
    if tracker is not None and tracker.get_slot("language") not in (None, payload["lang"]):
        dispatcher.utter_message(response="utter_answer_in_english")
    dispatcher.utter_message(json_message=payload)


class ActionAnswerQuestion(Action):
    def name(self) -> str:
        return "action_answer_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        chosen = next(tracker.get_latest_entity_values("content_id"), None)
        text = tracker.latest_message.get("text") or ""
        confident, item_id = await answer_from_content(dispatcher, text, chosen, tracker)
        events = [SlotSet("retrieval_confident", confident)]
        if item_id:
            events.append(SlotSet("last_item", item_id))
        return events
