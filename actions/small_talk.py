"""action_small_talk: a greeting, thanks, goodbye or feedback reply, unless it was a question.

Rasa's intent model reads short questions poorly: "how long does it take?" came out as a
greeting (0.87), and a family got "Hello!" for an answer. So a message Rasa calls small talk
that is shaped as a question, and that the approved library answers with confidence, gets
the answer; a question the library cannot answer is not thanked for as feedback, but gets
the honest "not sure"; anything else gets the small-talk reply Rasa chose. The library
decides, as it does for out-of-scope guesses.
"""

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer import answer_from_content
from bot.retrieval.followups import asks_something

REPLY_TO = {
    "greet": "utter_greet",
    "goodbye": "utter_goodbye",
    "thank": "utter_you_are_welcome",
    "feedback": "utter_feedback_thanks",
}


class ActionSmallTalk(Action):
    def name(self) -> str:
        return "action_small_talk"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        asks = asks_something(text) and not text.startswith("/")
        if asks:
            answered, item_id = await answer_from_content(dispatcher, text, tracker=tracker)
            if answered:
                return [SlotSet("last_item", item_id)] if item_id else []
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent == "feedback" and asks:
            # "Is any special preparation needed?" once got "Thank you for telling me".
            dispatcher.utter_message(response="utter_not_sure")
            return []
        dispatcher.utter_message(response=REPLY_TO.get(intent, "utter_anything_else"))
        return []
