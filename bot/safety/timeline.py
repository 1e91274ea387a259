"""Day counts after the infusion date a story, in English and Spanish.

Families count the days: "Mia spiked fevers on day 4 ... today is day 20", "Day 3 - fever
39.4. Day 8 - back to herself. Day 12 (today) - bored", "estuvo confundida los días 6 y 7;
ahora, día 20, está normal". When a message says which day it is now, a sign told under
an earlier day is over. A sign with "now" or "tonight" of its own stays current, whatever
day came before it ("fever AGAIN tonight 38.3, he had one on day 2 ... now it's day 11").
"""

import re

# "today is day 20", "now day 18", "we're day 30 now", "Day 12 (today)", "ahora, día 20",
# "estamos en el día 15", "hoy es el día 9". Spanish is matched on folded text (no accents).
_TODAY_BEFORE = (
    r"(?:today\s+is|today'?s|it'?s\s+now|now\s+(?:is|it'?s|its|we['’]re|we\s+are)?\s*(?:on\s+|at\s+)?|"
    r"(?:we['’]re|we\s+are)\s+(?:now\s+)?(?:on\s+|at\s+)?|"
    r"hoy\s+(?:es|estamos\s+en)?\s*(?:el\s+)?|ahora,?\s+(?:en\s+el\s+)?|"
    r"(?:ya\s+)?(?:estamos|vamos|andamos|van)\s+(?:en|por)\s+(?:el\s+)?|now,)\s*"
)
_DAY = r"(?:day|dia)\s*\+?(\d{1,3})"
TODAY = re.compile(
    rf"\b{_TODAY_BEFORE}{_DAY}\b|\b{_DAY}\s*(?:\(\s*today\s*\)|\(\s*hoy\s*\)|now\b|today\b|hoy\b|"
    r"ahora\b|,?\s*(?:and\s+)?(?:today|now)\b)",
    re.I,
)
# "on day 4", "day 2 until day 5", "los días 6 y 7", "Day 3 -": every day a sign may be
# told under (the highest of a range counts).
# ("since day 18" is not a day the sign was told under: it is still going on.)
DAY_MENTION = re.compile(
    r"(?<!since )(?<!desde )(?<!desde el )\b(?:days?|dias?)\s*\+?(\d{1,3})"
    r"(?:\s*(?:-|to|until|and|y|al|a)\s*(\d{1,3}))?",
    re.I,
)
# The sign's own words say it is happening now.
NOW_WORDS = re.compile(
    r"\b(?:now|right now|tonight|today|again|still|this (?:morning|afternoon|evening)|"
    r"ahora|ahorita|hoy|esta noche|otra vez|de nuevo|todavia|sigue)\b",
    re.I,
)


# "on day 9 ... today is day 10" may be a sign nobody has called about yet.
MIN_GAP = 2


def today(text: str) -> int | None:
    """The day after the infusion the message says it is now, if it says so."""
    days = [int(m.group(1) or m.group(2)) for m in TODAY.finditer(text)]
    return max(days) if days else None


def days_ago(text: str, start: int, clause: tuple[int, int]) -> int | None:
    """How many days before today the sign at `start` in `text` was told under (its own
    clause spans `clause`, character offsets), or None: no day today, no day for the sign, or
    a "now" of its own. The "now" is looked for after the day that dates the sign ("Journal
    for today: Day 3 - fever 39.4" dates the fever on day 3), or in the whole clause when the
    day comes after the sign ("fever AGAIN tonight, he had one on day 2")."""
    now = today(text)
    if now is None:
        return None
    begin, end = clause
    inside = list(DAY_MENTION.finditer(text, begin, end))
    before = list(DAY_MENTION.finditer(text, 0, start))
    mention = (inside or before or [None])[-1]
    if mention is None:
        return None
    own = text[mention.start() : end] if begin <= mention.start() < start else text[begin:end]
    if NOW_WORDS.search(_without_today(own)):
        return None
    day = int(mention.group(2) or mention.group(1))
    return now - day if now - day >= MIN_GAP else None


def _without_today(clause: str) -> str:
    """A clause's words with its "today is day N" removed: that "today" dates the message."""
    return TODAY.sub(" ", clause)
