"""Body temperatures in Spanish messages ("38.5", "38 y pico", "101 F", "tiene 39 de
fiebre"), in °C, with whether each one is a fever; counts and platelets are not readings."""

import re

_TEMP = re.compile(
    r"(?<![\d/.,])(\d{2,3})(?:\s*(?:[.,]|punto)\s*(\d))?(?![\d/])\s*(°\s*[cf]?|grados|de fiebre|"
    r"de temperatura|centigrados|fahrenheit|f\b|c\b)?"
)
_TEMP_CUE = re.compile(
    r"\b(?:fiebre|temperatura|temp|termometro|marca|marco|tiene|tenia|tengo|esta en|anda en|"
    r"llego a|subio a|de|con|en|dice|sale|salio|da|dio)\s*$"
)
# "la hoja dice 100.4": a leaflet's threshold, not a reading.
DOCUMENT_SAYS = re.compile(
    r"\b(?:hoja|folleto|papel|papelito|guia|instrucciones|tarjeta|manual|indicaciones|"
    r"hoja de alta)\s+(?:dice|dicen|pone|ponen|marca)\s+(?:que\s+)?(?:(?:a\s+partir\s+)?de\s+)?$"
)
_NOT_TEMP_AFTER = re.compile(
    r"^\s*(?:anos|ano|meses|mes|dias|dia|semanas|semana|horas|hora|minutos|kilos|kg|libras|lb|"
    r"%|mg|ml|veces|cm|latidos|lpm|mil\b|plaquetas|/)"
)


_UNITS = {"cero": 0, "uno": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6}
_UNITS |= {"siete": 7, "ocho": 8, "nueve": 9}
_TENS = {"treinta": 30, "cuarenta": 40, "noventa": 90}
_UNIT = "(" + "|".join(_UNITS) + ")"
_SPELLED = re.compile(
    rf"\b(?:(cien|ciento)(?:\s+{_UNIT})?|(treinta|cuarenta|noventa)(?:\s+y\s+{_UNIT})?)"
    rf"(?:\s+(?:punto|coma|con)\s+{_UNIT}|\s+y\s+(medio|media))?\b"
)


def spelled_as_digits(clause: str) -> str:
    """ "treinta y ocho y medio" -> "38.5", "ciento uno punto dos" -> "101.2", padded with
    spaces to the same length: transcribed voice notes write readings out in words."""

    def digits(m: re.Match) -> str:
        hundred, hundred_ones, tens, tens_ones, decimal, half = m.groups()
        value = 100 + _UNITS.get(hundred_ones or "cero", 0) if hundred else _TENS[tens]
        value += _UNITS[tens_ones] if tens_ones else 0
        tenths = _UNITS[decimal] if decimal else (5 if half else None)
        written = f"{value}.{tenths}" if tenths is not None else str(value)
        return written.ljust(len(m.group(0)))

    return _SPELLED.sub(digits, clause)


# "cien punto dos le salió en el termómetro": the thermometer named after the number.
_THERMOMETER_AFTER = re.compile(r"^\s*(?:\w+\s+){0,4}?(?:en\s+el\s+)?termometro\b")


def temperatures(clause: str) -> list[tuple[int, int, float, bool]]:
    """(start, end, value in °C, urgent) for body temperatures in one clause."""
    found = []
    clause = spelled_as_digits(clause)
    for m in _TEMP.finditer(clause):
        value = float(m.group(1) + ("." + m.group(2) if m.group(2) else ""))
        unit = (m.group(3) or "").replace(" ", "")
        if _NOT_TEMP_AFTER.match(clause[m.end() :]):
            continue
        cue = bool(unit) or bool(_TEMP_CUE.search(clause[: m.start()]))
        cue = cue or bool(_THERMOMETER_AFTER.match(clause[m.end() :]))
        if not cue:
            continue
        if 34 <= value <= 43 and not unit.endswith("f"):
            found.append((m.start(), m.end(), value, value >= 38.0))
        elif 95 <= value <= 108 and not unit.endswith("c"):
            found.append((m.start(), m.end(), (value - 32) / 1.8, value >= 100.4))
    return found


# Oxygen from a home pulse oximeter: "el oxímetro marca 89", "satura 88%", "la saturación
# está en 90". Under 92% is urgent, as in English (bot.safety.vitals).
LOW_SPO2 = 92
_SPO2 = re.compile(
    r"\b(?:oximetro|pulsioximetro|saturacion|satura\w*|oxigenacion|oxigeno|spo2|sats?)\b"
    r"\D{0,35}?(?<![\d.,])(\d{2,3})(?!\d|[.,]\d|\s*(?:min|hora|seg|dia|semana|mes|ano|mg|ml|litro|"
    r"l\b|lpm|vez|veces|kg|kilo|libra|lb|/|-))"
)
# "tiene que estar arriba de 94", "si baja de 90": a limit someone gave, not a reading.
_LIMIT_BEFORE = re.compile(
    r"\b(?:baja|bajar|bajo|menos|debajo|arriba|encima|mayor|menor|mas|sobre)\s+(?:de|del|que|a)?"
    r"\s*$"
)


def oxygen(clause: str) -> list[tuple[int, int, float, bool]]:
    """(start, end, percent, urgent) for oxygen saturation readings in one folded clause."""
    found = []
    for m in _SPO2.finditer(clause):
        value = float(m.group(1))
        if 50 <= value <= 100 and not _LIMIT_BEFORE.search(clause[: m.start(1)]):
            found.append((m.start(1), m.end(1), value, value < LOW_SPO2))
    return found
