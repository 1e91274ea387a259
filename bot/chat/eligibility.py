"""Reading a family's answers in the eligibility walk-through, and which explanations fit.

Nothing here decides eligibility: it only picks which approved explanations to show. The
wording is in domain.yml (utter_elig_*), and the walk-through always ends with the care team.
"""

import re

LABEL_MAX_AGE = 25  # US label: patients up to 25 years old with B-cell ALL

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}


def parse_age(text: str) -> float | None:
    """Years from "12", "she's 9", "17 years old", "18 months", "18 meses", "three"; None
    if unclear."""
    lowered = text.lower()
    match = re.search(
        r"(\d{1,3}(?:\.\d)?)\s*(months?|mos?|mes(?:es)?|years?|yrs?|y/?o|años)?", lowered
    )
    if match:
        value = float(match.group(1))
        if match.group(2) and match.group(2).startswith(("mo", "mes")):
            value = round(value / 12, 1)
    else:
        word = next((w for w in re.findall(r"[a-z]+", lowered) if w in _NUMBER_WORDS), None)
        if word is None:
            return None
        value = float(_NUMBER_WORDS[word])
    return value if 0 <= value <= 120 else None


def diagnosis_kind(text: str) -> str:
    """b_all, other or unsure."""
    lowered = text.lower()
    if re.search(r"not sure|don'?t know|unsure|no idea|no s[eé]\b|no estoy segur|\?", lowered):
        return "unsure"
    if re.search(
        r"\bb[- ]?cell\b|\bb[- ]?all\b|\bpre[- ]?b\b|\ball\b|lymphoblastic|\blla\b|"
        r"linfobl[aá]stica|c[eé]lulas b",
        lowered,
    ):
        return "b_all" if not re.search(r"\bt[- ]?cell\b|myeloid|aml|cml|cll", lowered) else "other"
    return "other"


def status_kind(text: str) -> str:
    """refractory, relapse_2plus, relapse_1 or unsure."""
    lowered = text.lower()
    if re.search(
        r"not go away|didn'?t go away|did not respond|didn'?t respond|refractory|"
        r"never went into remission|no remission|not working|"
        r"no (se )?(desapareci[oó]|fue|quit[oó]|respondi[oó])|refractari",
        lowered,
    ):
        return "refractory"
    if re.search(
        r"(2|two|3|three|second|third|twice|more) (or more )?(times|relapse)|twice|"
        r"second relapse|more than once|again and again|"
        r"(2|dos|3|tres|m[aá]s) (o m[aá]s )?veces|segunda reca[ií]da|m[aá]s de una vez",
        lowered,
    ):
        return "relapse_2plus"
    if re.search(
        r"\bonce\b|first relapse|one time|1 time|came back|"
        r"una vez|primera reca[ií]da|volvi[oó]|regres[oó]",
        lowered,
    ):
        return "relapse_1"
    return "unsure"


def explanation_responses(age: float | None, diagnosis: str, status: str) -> list[str]:
    """Names of the domain responses that explain the answers, in order."""
    responses = []
    if age is not None:
        responses.append(
            "utter_elig_age_in_label" if age <= LABEL_MAX_AGE else "utter_elig_age_over"
        )
    responses.append(f"utter_elig_dx_{diagnosis}")
    responses.append(f"utter_elig_status_{status}")
    responses.append("utter_elig_team_decides")
    return responses
