"""What the safety screen's verdict means for a turn: what Rasa is told, and which urgent
replies must come first. Shared by the family chat and the nurses' preview, so both
treat an urgent message the same way.

The screen is the one authority for "urgent". Rasa only hears its verdict as an intent
(`/crisis` or `/urgent_symptom`, with the language of the reply), never the words of an
urgent message, so those words are never stored.
"""

import json
from typing import Any

from bot.chat.messages import from_domain
from bot.chat.schemas import ChatMessage
from bot.safety.screen import ScreenResult

# The "Yes, now" button of the calm "is this happening now?" check sends this payload.
CONFIRMED_URGENT = "/urgent_symptom"


def screen_or_confirmed(screen: ScreenResult, message: str, lang: str = "en") -> ScreenResult:
    """The screen's verdict, or "urgent" when the family pressed "Yes, now" (or "Sí,
    ahora": the urgent reply is then in the conversation's language, `lang`)."""
    if message.strip() != CONFIRMED_URGENT:
        return screen
    return ScreenResult(urgent=True, reasons=["the family says it is happening now"], lang=lang)


def rasa_intent(screen: ScreenResult) -> str:
    """The message Rasa gets instead of the words of an urgent message."""
    intent = "/crisis" if screen.crisis else "/urgent_symptom"
    return intent + json.dumps({"language": screen.lang})


def rasa_metadata(screen: ScreenResult) -> dict[str, Any]:
    """The screen's verdict, for the actions (they never screen a message again)."""
    return {"safety": {"urgent": screen.urgent, "crisis": screen.crisis, "lang": screen.lang}}


def required_replies(screen: ScreenResult, contact: dict[str, str]) -> list[ChatMessage]:
    """The urgent replies this message must get, most urgent first: the crisis reply for
    thoughts of suicide or self-harm, the urgent-care reply for a red-flag symptom."""
    replies = []
    if screen.crisis:
        replies.append(from_domain("utter_crisis", contact, screen.lang))
    if screen.symptom or (screen.urgent and not screen.crisis):
        replies.append(from_domain("utter_urgent", contact, screen.lang))
    return replies


def urgent_first(
    messages: list[ChatMessage], screen: ScreenResult, contact: dict[str, str]
) -> list[ChatMessage]:
    """Rasa's reply with every required urgent reply present and in front, the rest in
    their order. A reply Rasa already gave is not repeated."""
    texts = {m.text for m in messages}
    missing = [r for r in required_replies(screen, contact) if r.text not in texts]
    ordered = missing + messages
    for message in ordered:
        if message.urgent and screen.urgent:
            message.lang = screen.lang
    return sorted(ordered, key=lambda m: not m.urgent)


def check_first(
    messages: list[ChatMessage], screen: ScreenResult, contact: dict[str, str], lang: str
) -> list[ChatMessage]:
    """Rasa's reply behind the calm "is this happening now?" check when the screen saw a
    sign it doubts is current (`ask_first`); one check only, if Rasa already asked."""
    if not screen.ask_first or screen.urgent:
        return messages
    check = from_domain("utter_check_now", contact, lang)
    return messages if check.text in {m.text for m in messages} else [check, *messages]
