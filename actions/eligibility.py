"""The eligibility walk-through: validate answers, then explain them. Never decide."""

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import answer_payload, send_answer
from bot.api import deps
from bot.chat import eligibility

ELIGIBILITY_ITEM = "eligibility-who-can-get"


class ValidateEligibilityForm(FormValidationAction):
    def name(self) -> str:
        return "validate_eligibility_form"

    def validate_elig_age(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        age = eligibility.parse_age(str(value or ""))
        if age is None:
            dispatcher.utter_message(response="utter_invalid_age")
            return {"elig_age": None}
        return {"elig_age": f"{age:g}"}

    def validate_elig_diagnosis(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        return {"elig_diagnosis": eligibility.diagnosis_kind(str(value or ""))}

    def validate_elig_status(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        return {"elig_status": eligibility.status_kind(str(value or ""))}


class ActionEligibilitySummary(Action):
    def name(self) -> str:
        return "action_eligibility_summary"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        age = tracker.get_slot("elig_age")
        names = eligibility.explanation_responses(
            float(age) if age else None,
            tracker.get_slot("elig_diagnosis") or "unsure",
            tracker.get_slot("elig_status") or "unsure",
        )
        for name in names[:-1]:
            dispatcher.utter_message(response=name)
        index = deps.current().index_for(tracker)
        lead = index.lead(ELIGIBILITY_ITEM) if index else None
        if lead is not None:
            send_answer(dispatcher, tracker, answer_payload(index.answer(lead)))
        dispatcher.utter_message(response=names[-1])
        # Health details are not kept once explained.
        return [
            SlotSet("elig_age", None),
            SlotSet("elig_diagnosis", None),
            SlotSet("elig_status", None),
        ]
