"""The nurse call-back form. Rasa sees only "provided"/"invalid"; the gateway keeps the
details, encrypted (bot.conversations.callbacks)."""

import asyncio
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.api import deps


class ValidateCallbackForm(FormValidationAction):
    def name(self) -> str:
        return "validate_callback_form"

    def validate_callback_name(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        return {"callback_name": "provided" if value == "provided" else None}

    def validate_callback_phone(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        if value != "provided":
            dispatcher.utter_message(response="utter_invalid_phone")
            return {"callback_phone": None}
        return {"callback_phone": "provided"}

    def validate_callback_time(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        return {"callback_time": "provided" if value == "provided" else None}


class ActionSubmitCallback(Action):
    def name(self) -> str:
        return "action_submit_callback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        runtime = deps.current()
        request_id = await asyncio.to_thread(runtime.callbacks.submit, tracker.sender_id)
        contact = runtime.settings.contact_slots
        response = "utter_callback_done" if request_id else "utter_callback_failed"
        dispatcher.utter_message(response=response, **contact)
        return [
            SlotSet("callback_name", None),
            SlotSet("callback_phone", None),
            SlotSet("callback_time", None),
        ]
