"""Numbers that decide urgency on their own: temperature, oxygen saturation, blood pressure.

A temperature of 38.0 °C / 100.4 °F or higher after CAR-T needs a call now; a reading below it
is reassurance, not a red flag, even when the word "fever" is there.
"""

import re
from dataclasses import dataclass

FEVER_C = 38.0
FEVER_F = 100.4
LOW_SPO2 = 92
LOW_SYSTOLIC = 90
# Breaths a minute: 40 is above the normal range from about age one (under one, up to 60).
FAST_BREATHING = 40

_NUMBER = re.compile(r"(?<![\d/.,])(\d{2,3})(?:\s*(?:[.,]|point)\s*(\d))?(?![\d/])")
_UNIT_AFTER = re.compile(r"^\s*(°\s*[cf]?|degrees?\s*[cf]?|deg\b|c\b|f\b|celsius|fahrenheit)", re.I)
_NOT_TEMPERATURE_AFTER = re.compile(
    r"^\s*(%|kg|kilo|lb|pound|year|yr|day|week|month|hour|hr|min|mg|ml|cm|times|x\b|bpm|"
    r"beats|mmhg|/|over\b|is the cutoff|is the limit|cutoff|threshold|"
    r"is (?:the|our|your) (?:magic )?(?:number|line|limit)|is when (?:we|you|i) call)",
    re.I,
)
_BODY_CUE = re.compile(
    r"\b(temp|temperature|fever|fevr|thermometer|running|reads?|reading|says|at|is|was|"
    r"she'?s|he'?s|i'?m|im|it'?s|now|still|climbing|of)\b\W*$",
    re.I,
)
_THING_CUE = re.compile(
    r"\b(out|outside|weather|car|fridge|oven|room|water|bath|pool|inside|forecast|degrees out)\b",
    re.I,
)
# The "%" may be left out ("her oxygen on the monitor says 89"), not a unit that says
# it is no saturation ("oxygen for 90 minutes").
_SPO2 = re.compile(
    r"\b(?:pulse ?ox|oxygen|o2|sats|sat(?=\s*(?:[:=]|is\b|was\b|of\b|at\b|\d))|spo2|"
    r"saturation)\D{0,35}?(\d{2,3})"
    # ("sats 89, breathing fast": a comma after the number ends it; "89.5" or "89,5" does not)
    r"(?:\s*%|(?!\d|[.,]\d|\s*(?:min|hour|hr|sec|day|week|month|year|mg|ml|liter|litre|l\b|"
    r"lpm|times|percent of|kg|lb|bpm|beats|over|/|-|or\s+(?:under|below|less|lower|above|"
    r"higher|more|over))))",
    re.I,
)
_BP = re.compile(
    r"\b(?:bp|blood pressure)\D{0,25}?(\d{2,3})\s*(?:/|over)\s*(\d{2,3})|"
    r"(?<!\d)(\d{2,3})\s*/\s*(\d{2,3})(?!\d)",
    re.I,
)


_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_UNITS = {word: value for value, word in enumerate(_DIGIT_WORDS)} | {"oh": 0}
_TENS = {"thirty": 30, "forty": 40, "ninety": 90}
_DIGIT = "(" + "|".join(_UNITS) + ")"
_SPELLED = re.compile(
    rf"\b(?:(?:a|one)\s+hundred(?:\s+and)?(?:\s+{_DIGIT})?|(thirty|forty|ninety)[\s-]+{_DIGIT})"
    rf"(?:\s+point\s+{_DIGIT})?\b",
    re.I,
)


def spelled_as_digits(text: str) -> str:
    """ "a hundred and one point two" -> "101.2" padded with spaces to the same length, so
    voice-to-text readings are read like typed ones and every offset still fits the text."""

    def digits(m: re.Match) -> str:
        ones, tens, tens_ones, decimal = (g and g.lower() for g in m.groups())
        value = 100 + _UNITS.get(ones or "zero", 0) if tens is None else _TENS[tens]
        value += _UNITS[tens_ones] if tens_ones else 0
        written = f"{value}.{_UNITS[decimal]}" if decimal else str(value)
        return written.ljust(len(m.group(0)))

    return _SPELLED.sub(digits, text)


@dataclass(frozen=True)
class Reading:
    kind: str  # "temperature", "oxygen", "blood pressure", "breathing rate"
    value: float
    unit: str
    urgent: bool
    start: int  # character offset in the message

    def describe(self) -> str:
        return f"{self.kind} {self.value:g}{self.unit}"


def temperatures(text: str) -> list[Reading]:
    """Body temperatures in the text, in °C or °F, and whether each one is a fever."""
    readings = []
    text = spelled_as_digits(text)
    for m in _NUMBER.finditer(text):
        value = float(m.group(1) + ("." + m.group(2) if m.group(2) else ""))
        after, before = text[m.end() : m.end() + 25], text[max(0, m.start() - 30) : m.start()]
        if _NOT_TEMPERATURE_AFTER.match(after):
            continue
        unit_match = _UNIT_AFTER.match(after)
        unit = unit_match.group(1).lower().replace(" ", "") if unit_match else ""
        near = (before + " " + after[:12]).lower()
        if _THING_CUE.search(near) and not re.search(r"temp|fever|thermometer", near):
            continue
        has_cue = bool(unit) or bool(_BODY_CUE.search(before))
        is_f = "f" in unit or (not unit.endswith("c") and 95 <= value <= 108)
        is_c = unit.endswith("c") or (not is_f and 34 <= value <= 43)
        if is_c and 34 <= value <= 43 and (has_cue or m.group(2)):
            readings.append(Reading("temperature", value, "°C", value >= FEVER_C, m.start()))
        elif is_f and 95 <= value <= 108 and (has_cue or m.group(2)):
            readings.append(Reading("temperature", value, "°F", value >= FEVER_F, m.start()))
    return readings


# "RR 48", "breaths 48/min", "48 breaths a minute": a breathing rate needs its cue or a
# per-minute unit ("breathing 10 minutes" is no rate).
_PER_MINUTE = (
    r"(?:/\s*min|per\s+min|an?\s+min|times\s+(?:a|per)\s+min|x\s*/?\s*min|"
    r"veces\s+(?:por|al|x)\s+min)"
)
_BREATHING_RATE = re.compile(
    rf"\b(?:rr|resp(?:iratory)?\s*rate|breathing\s+rate)\D{{0,12}}?(\d{{2,3}})(?!\d|[.,]\d)|"
    rf"\b(?:breaths?|breathing|resps?|respiraciones|respira)\D{{0,20}}?(\d{{2,3}})\s*"
    rf"(?:times\s+)?{_PER_MINUTE}|"
    rf"(?<![\d.])(\d{{2,3}})\s*(?:breaths?|resps?|respiraciones)\s*{_PER_MINUTE}",
    re.I,
)


def other_vitals(text: str) -> list[Reading]:
    """Oxygen saturation and blood pressure readings that are dangerously low, and a
    breathing rate that is too fast."""
    found = []
    for m in _BREATHING_RATE.finditer(text):
        value = float(next(g for g in m.groups() if g))
        if 8 <= value <= 120:
            found.append(
                Reading("breathing rate", value, "/min", value >= FAST_BREATHING, m.start())
            )
    for m in _SPO2.finditer(text):
        value = float(m.group(1))
        if 50 <= value <= 100:
            found.append(Reading("oxygen", value, "%", value < LOW_SPO2, m.start()))
    for m in _BP.finditer(text):
        systolic = m.group(1) or m.group(3)
        if systolic is None:
            continue
        value = float(systolic)
        if 40 <= value <= 250:
            found.append(
                Reading("blood pressure", value, " systolic", value < LOW_SYSTOLIC, m.start())
            )
    return found
