"""action_urgent_care: the urgent-care message, or a calm check when only Rasa thought so.

The gateway's safety screen is the one authority for "urgent": when it flags a message,
Rasa gets `/urgent_symptom` (never the words), and so does the family's "Yes, now". When
Rasa's own intent guesses urgent from free text, the screen has already looked and found
nothing happening now, so the family gets a short "is this happening now?" check with
buttons, then the answer, instead of a red alarm on a question about a protein.
"""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import answer_from_content
from bot.api import deps


def flagged_by_screen(tracker: Tracker) -> bool:
    """The gateway's verdict, sent in the message metadata (or the intent it sent)."""
    message = tracker.latest_message or {}
    safety = (message.get("metadata") or {}).get("safety") or {}
    return bool(safety.get("urgent")) or (message.get("text") or "").startswith("/")


class ActionUrgentCare(Action):
    def name(self) -> str:
        return "action_urgent_care"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        runtime = deps.current()
        if flagged_by_screen(tracker):
            dispatcher.utter_message(response="utter_urgent", **runtime.settings.contact_slots)
            return []
        dispatcher.utter_message(response="utter_check_now")
        if tracker.active_loop.get("name"):
            return []  # a form's question comes next; the answer was not a question
        text = tracker.latest_message.get("text") or ""
        answered, item_id = await answer_from_content(dispatcher, text, tracker=tracker)
        if not answered:
            dispatcher.utter_message(response="utter_not_sure")
        return [SlotSet("last_item", item_id)] if item_id else []
