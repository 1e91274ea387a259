"""action_flow_or_answer: start the call-back or eligibility walk-through only when asked for.

Rasa's intent model sent questions into these forms: "will my friends want to hang out with
me?" got "What first name should the nurse ask for?", and "can I be a blood donor if I've
had cancer?" started the eligibility questions. A form starts when the message names what
the form is for (a call, a nurse, a person; qualifying, being a candidate, whether a child
can get the therapy); any other message is a question, answered from the library or met
with the honest "not sure". The slot `start_flow` lets the rules (not Python) start the form.
"""

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import answer_from_content

# What a request for each flow names, in English or Spanish.
ASKS_FOR = {
    "request_callback": re.compile(
        r"\b(call|calls|calling|phone|ring|callback|call-back|talk|speak|nurse|person|human"
        r"|someone|somebody|contact|llam\w*|habl\w*|enfermer[oa]s?|persona|alguien"
        r"|tel[eé]fono|contact\w*)\b",
        re.IGNORECASE,
    ),
    "check_eligibility": re.compile(
        r"\b(eligib\w*|qualif\w*|candidat\w*|criteria|elegib\w*|califica\w*|requisitos)\b"
        r"|\b(can|could|would|will|is|are|may|puede|pueden|podr[ií]a)\b.{0,40}"
        r"\b(get|have|receive|be treated|be given|recibir\w*|hacer\w*|dar\w*|poner\w*)\b",
        re.IGNORECASE,
    ),
}


def asks_for_flow(intent: str | None, text: str) -> bool:
    """The message names what the form of `intent` is for (a button's payload always does)."""
    words = ASKS_FOR.get(intent or "")
    return words is None or text.startswith("/") or bool(words.search(text))


class ActionFlowOrAnswer(Action):
    def name(self) -> str:
        return "action_flow_or_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if asks_for_flow(intent, text):
            return [SlotSet("start_flow", True)]
        answered, item_id = await answer_from_content(dispatcher, text, tracker=tracker)
        if not answered:
            dispatcher.utter_message(response="utter_not_sure")
        events = [SlotSet("start_flow", False)]
        return events + ([SlotSet("last_item", item_id)] if item_id else [])
