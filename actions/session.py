"""action_session_start: every conversation opens with the disclaimer, and the contact
details (from the app's settings) become slots so domain.yml responses can name them."""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.api import deps


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        contact = deps.current().settings.contact_slots
        dispatcher.utter_message(response="utter_disclaimer", **contact)
        return [
            SessionStarted(),
            *[SlotSet(name, value) for name, value in contact.items()],
            ActionExecuted("action_listen"),
        ]
