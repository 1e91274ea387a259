"""Which language a turn is answered in: the family's choice, unless they clearly write in
the other language. Families switch with the widget's English/Español button, but many just
start typing in Spanish; a reply in the language they wrote in is what they expect."""

from bot.nlp.language import clearly_written_in


def turn_language(conversation_lang: str, chosen: str | None, message: str, typed: bool) -> str:
    """The language of this turn's reply, and the conversation's from now on.

    `chosen` is the widget's switch (None from clients without one); `typed` is False for a
    button press, whose words are ours, not the family's.
    """
    lang = chosen or conversation_lang
    if typed and not message.startswith("/"):
        lang = clearly_written_in(message) or lang
    return lang
