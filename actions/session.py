"""action_session_start: every conversation opens with the disclaimer, and the contact
details (from the app's settings) become slots so domain.yml responses can name them.

The gateway sends the conversation's language in every message's metadata; Rasa hands the
first message's metadata to this action (the `session_started_metadata` slot), so a new
conversation starts in the family's language."""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.api import deps
from bot.chat.wording import response_text


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        contact = deps.current().settings.contact_slots
        metadata = tracker.get_slot("session_started_metadata") or {}
        lang = metadata.get("lang") if metadata.get("lang") in ("en", "es") else "en"
        # Rendered here: Rasa would pick the variant before this action's slots are set.
        dispatcher.utter_message(text=response_text("utter_disclaimer", contact, lang))
        return [
            SessionStarted(),
            *[SlotSet(name, value) for name, value in contact.items()],
            SlotSet("language", lang),
            ActionExecuted("action_listen"),
        ]
