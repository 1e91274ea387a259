"""action_urgent_care: the urgent-care message, with the care team's real numbers.

Rasa's urgent_symptom intent is a bag-of-words guess; it cannot see "no fever" or "last
month". When the safety screen looked at the same words and found nothing current, the
message is answered as a question instead (the screen caught every urgent one already).
"""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import answer_from_content
from bot import deps


class ActionUrgentCare(Action):
    def name(self) -> str:
        return "action_urgent_care"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        runtime = deps.current()
        text = tracker.latest_message.get("text") or ""
        if not text.startswith("/") and runtime.safety.check(text).cleared:
            if not await answer_from_content(dispatcher, text, sender=tracker.sender_id):
                dispatcher.utter_message(response="utter_not_sure")
            return []
        dispatcher.utter_message(response="utter_urgent", **runtime.settings.contact_slots)
        return []
