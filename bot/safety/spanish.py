"""The safety screen for Spanish messages: red flags, temperatures and crisis wording,
with negation ("no tiene fiebre"), the past ("la semana pasada"), "what if" ("¿qué
hacemos si le da...?"), general questions, other people and figures of speech.

No Spanish parser ships with its weights for our spaCy version, so the rules work on
clauses of folded text; they are few, and they err towards the urgent reply.
"""

import re
import unicodedata
from dataclasses import dataclass

from bot.nlp.language import language_of
from bot.safety.cues import CONVERSION, offered_as_a_choice
from bot.safety.spanish_context import FICTION, about_someone_else
from bot.safety.spanish_crisis_patterns import (
    CRISIS_DENIED,
    CRISIS_ES,
    CRISIS_LONG_AGO,
    CRISIS_OVER,
    CRISIS_WHAT_IF,
    FIGURES_ES,
    SAID_NO,
)
from bot.safety.spanish_patterns import SYMPTOMS_ES
from bot.safety.spanish_questions import HOW_TO_TELL, MEDICINE_FOR, SIGNS_OF, THRESHOLD_QUESTION
from bot.safety.spanish_time_cues import ALL_WELL, HYPOTHETICAL, PAST, RESOLVED
from bot.safety.spanish_vitals import DOCUMENT_SAYS
from bot.safety.spanish_vitals import oxygen as _oxygen
from bot.safety.spanish_vitals import temperatures as _temperatures
from bot.safety.timeline import days_ago

_COMPILED = {label: [re.compile(p) for p in ps] for label, ps in SYMPTOMS_ES.items()}
_CRISIS = {label: [re.compile(p) for p in ps] for label, ps in CRISIS_ES.items()}
_FIGURES = re.compile(FIGURES_ES)

# A form's question answered "no": "¿Pensamientos de hacerse daño? No, ninguno."
_FORM_NO = re.compile(r"[^.!\n]{0,3}\?\s*:?\s*(?:no|ninguno|ninguna|nada|nunca)\b")
# Clause boundaries: a new clause may change the time or the person ("tuvo fiebre pero ahora...").
_CLAUSE = re.compile(
    r"[;!?\n]+|\.(?!\d)|,\s*(?=pero|aunque|ahora|y ahora|hoy|sin embargo)|\b(?=pero\b)"
)
# "no" reaches at most three words, and never past "y" or "pero": "mamá no está y tengo 39";
# "no para de vomitar" is the opposite of a negation.
_NEGATION = re.compile(
    r"\b(?:no(?!\s+(?:para|paraba|paro|deja|dejaba|dejo)\s+de\b)|ni|sin|nunca|tampoco|"
    r"ningun\w*|nada de|cero)\b(?:\s+(?!y\b|pero\b)\w+){0,3}\s*$"
)
_QUESTION_START = re.compile(
    r"^\s*(?:que|cual|cuales|cuanto|cuantos|cuanta|donde|por que|es normal|is it normal|"
    r"es comun|se puede|debo|debemos|tengo que|hay que)\b"
)
# "vomitó una vez ... luego comió bien": not the severe kind.
_MILD_GI = re.compile(
    r"\b(?:una\s+vez|dos\s+veces|blandit\w*|leve\w*|toma\s+bien|comio\s+bien|se\s+tomo\s+su|"
    r"hace\s+pipi\s+normal)\b"
)
_QUOTE_OPEN = re.compile(r"['\"«]\s*$")
_QUOTED = re.compile(r"^\s*['\"»]")
# ("tiene que", "has to", is a rule, not the child having something)
_PERSONAL = re.compile(
    r"\b(?:mi|mis|tiene(?!\s+que\b)|tengo|esta|estoy|le esta|le dio|se le|me|ahorita|ahora|lo|"
    r"la|ta|anda|sigue|siga|sigan|logro|logramos|consigo|mija|mijo|le|pudo|pedi|dijo|hizo|empezo|"
    r"veces|hoy)\b"
)
# ("este" is left out: it is also the filler "este...")
_SUBJUNCTIVE_GENERAL = re.compile(r"\b(?:tenga|tengan|esten|le de|les de|se ponga|presente)\b")
_TREATMENT_TIME = re.compile(
    r"\b(?:le\s+(?:pusieron|hicieron|dieron|infundieron)|recibi\w*|me\s+(?:pusieron|hicieron|"
    r"infundieron|dieron))\s+"
    r"(?:[\w-]+\s+){0,4}?(?:hace\s+\w+\s+\w+|el\s+(?:lunes|martes|miercoles|jueves|viernes|"
    r"sabado|domingo|\d+|dia\s+\w+|mes\s+pasado)|la\s+semana\s+pasada)"
)
_TREATMENT_TIME_FIRST = re.compile(
    r"\bhace\s+(?:\w+\s+){1,2}(?:que\s+)?(?:le|me)\s+(?:pusieron|hicieron|dieron|infundieron)\b"
)
# Words Spanish rules share with English ("suicidal", "fever" in Spanglish): in an English
# message the English rules, which know English context, decide about them.
_COGNATES = re.compile(
    r"^(?:suicid|confusion|convulsi|epilep|migran|hemorragia|taquicardia|alucin|agitad|"
    r"palpitaciones|diarrea|urticaria|fever|heart rate|pulso|weird|pee|vomit|seizure)"
)


@dataclass(frozen=True)
class SpanishVerdict:
    symptoms: list[str]
    crisis: list[str]
    ruled_out: list[str]
    mentions: int


def fold(text: str) -> str:
    """Lower case without accents or ¿¡, so "Convulsión" and "convulsion" are one word."""
    plain = unicodedata.normalize("NFKD", text.lower().replace("ñ", "n"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return re.sub(r"[¿¡’‘`´]", lambda m: "'" if m.group(0) in "’‘`´" else " ", plain)


def looks_spanish(text: str) -> bool:
    """Written in Spanish (a language detector: see bot.nlp.language)."""
    return language_of(text) == "es"


def _clauses(folded: str) -> list[tuple[int, str]]:
    starts = [0] + [m.end() for m in _CLAUSE.finditer(folded)]
    ends = [m.start() for m in _CLAUSE.finditer(folded)] + [len(folded)]
    return [(s, folded[s:e]) for s, e in zip(starts, ends, strict=False) if folded[s:e].strip()]


def _why_not_now(
    clause: str, start: int, end: int, whole: str, rest: str = "", asked: bool = False
) -> str | None:
    """Why a sign is not happening now; `rest` is the message after the clause, `asked`
    says the clause ends with a question mark."""
    before, after = clause[:start], clause[end:]
    if _QUOTED.match(after) and _QUOTE_OPEN.search(before):
        return "a word quoted from a leaflet"
    if _NEGATION.search(before) and not clause[start:end].startswith(("no ", "nunca ")):
        return "negated"
    if re.match(
        r"\s*(?:antes)?\s*(?:[:=-]\s*(?:no|ninguno|ninguna|nada|negativo|0|cero)|,\s*(?:ninguno|"
        r"ninguna|nada|0|cero))\b",
        after,
    ):
        return "negated (a form answer)"
    if _MILD_GI.search(clause) and re.fullmatch(r"(?:vomit|diarrea)\w*", clause[start:end]):
        return "mild, and keeps fluids down"
    if MEDICINE_FOR.search(before):
        return "a medicine's name"
    if SIGNS_OF.search(before) or HOW_TO_TELL.search(before) or THRESHOLD_QUESTION.search(clause):
        return "a general question"
    if RESOLVED.search(after) or RESOLVED.search(before) or RESOLVED.search(rest[:80]):
        return "in the past or resolved"
    asked_end = "?" if asked else ""  # "¿ya no le va a dar fiebre?": the question mark is cut
    if HYPOTHETICAL.search(before + asked_end) or HYPOTHETICAL.search(clause[:end]):
        return "a 'what if'"
    offset = len(whole) - len(rest) - len(clause)
    if days_ago(whole, offset + start, (offset, offset + len(clause))) is not None:
        return "in the past (an earlier day of the count)"
    dated = _TREATMENT_TIME.sub(" ", _TREATMENT_TIME_FIRST.sub(" ", clause))
    # Only the sign's own part of the clause says "now": in "el año pasado tuvo una
    # convulsión, ¿es más riesgo ahora?" the "ahora" belongs to the question.
    left, right = clause.rfind(",", 0, start) + 1, clause.find(",", end)
    own = clause[left : right if right >= 0 else len(clause)]
    now = re.search(r"\b(?:ahorita|ahora|todavia|sigue|aun|hoy)\b", own)
    if PAST.search(dated) and not now:
        return "in the past or resolved"
    if about_someone_else(before, clause, whole):
        return "about someone else"
    asks = asked or whole.rstrip().endswith("?") or _QUESTION_START.search(clause)
    if asks and (_SUBJUNCTIVE_GENERAL.search(clause) or not _PERSONAL.search(clause)):
        return "a general question"
    return None


def _crisis_not_now(clause: str, start: int, end: int, whole: str) -> str | None:
    """Crisis words as a topic ("¿cuáles son las señales de suicidio?"), in the past, or
    about a story; never "what if": "si mi hijo no sale de esta, yo me mato" is a crisis."""
    said = clause[start:end]
    if SIGNS_OF.search(clause[:start]):
        return "a general question"
    if CRISIS_WHAT_IF.search(whole):
        return "a 'what if'"
    if SAID_NO.search(whole[whole.find(said) :]):
        return "negated"
    if PAST.search(clause) and not re.search(
        r"\b(?:ahorita|ahora|todavia|sigue|aun|otra vez)\b", clause
    ):
        return "in the past"
    asks = whole.rstrip().endswith("?") or _QUESTION_START.search(clause)
    topic = said.startswith(("suicid", "autolesi"))
    if (
        asks
        and topic
        and not re.search(r"\b(?:estoy|tengo|me siento|esta|dice|dijo|anda)\b", clause)
    ):
        return "a general question"
    return None


def check_spanish(text: str) -> SpanishVerdict:
    folded = fold(text)
    masked = _FIGURES.sub(lambda m: "_" * len(m.group(0)), folded)
    symptoms: list[str] = []
    crisis: list[str] = []
    ruled_out: list[str] = []
    mentions = 0
    # A masked figure of speech counts as looked at, so the learned backstop stays quiet.
    ruled_out += [f"figure of speech ('{m.group(0)}')" for m in _FIGURES.finditer(folded)]
    if ALL_WELL.search(masked):
        ruled_out.append("negated: the writer sees nothing wrong")
    readings = [urgent for *_, urgent in _temperatures(masked)]
    for offset, clause in _clauses(masked):
        rest = masked[offset + len(clause) :]
        asked = "?" in rest[:3]
        for label, patterns in _CRISIS.items():
            for pattern in patterns:
                for m in pattern.finditer(clause):
                    mentions += 1
                    said = folded[offset + m.start() : offset + m.end()]
                    if FICTION.search(clause):
                        ruled_out.append(f"{label} ('{said}'): a story, film or the news")
                    elif not said.startswith("no ") and CRISIS_DENIED.search(clause[: m.start()]):
                        ruled_out.append(f"{label} ('{said}'): negated")
                    elif _FORM_NO.match(masked[offset + m.end() :]):
                        ruled_out.append(f"{label} ('{said}'): negated (a form answer)")
                    elif CRISIS_LONG_AGO.search(masked) and CRISIS_OVER.search(masked):
                        ruled_out.append(f"{label} ('{said}'): in the past and over")
                    elif why := _crisis_not_now(clause, m.start(), m.end(), masked):
                        ruled_out.append(f"{label} ('{said}'): {why}")
                    else:
                        crisis.append(f"{label}: {said}")
        for start, end, celsius, urgent in _temperatures(clause):
            mentions += 1
            said = folded[offset + start : offset + end].strip()
            why = None if urgent else "below 38 °C / 100.4 °F"
            why = why or _why_not_now(clause, start, end, masked, rest, asked)
            if why == "a general question" and urgent:
                why = None  # a number is evidence even inside a question ("¿39 es fiebre?")
            if CONVERSION.match(clause[end:]):
                why = "a unit conversion"  # "¿38 C en fahrenheit?"
            elif DOCUMENT_SAYS.search(clause[:start]):
                why = "the threshold of a leaflet"  # "la hoja dice 100.4"
            elif offered_as_a_choice(clause[:start], clause[end:] + ("?" if asked else "")):
                why = "a threshold asked about"  # "¿a qué temperatura llamamos? ¿38 o 38.5?"
            (ruled_out if why else symptoms).append(
                f"fever ('{said}'): {why}" if why else f"fever: temperature {celsius:.1f}°C"
            )
        for start, end, percent, urgent in _oxygen(clause):
            mentions += 1
            why = None if urgent else "at or above 92%"
            why = why or _why_not_now(clause, start, end, masked, rest, asked)
            if why == "a general question":
                why = None  # a reading is evidence even inside a question ("¿89 es normal?")
            (ruled_out if why else symptoms).append(
                f"trouble breathing ('{percent:.0f}%'): {why}"
                if why
                else f"trouble breathing: oxygen {percent:.0f}%"
            )
        for label, patterns in _COMPILED.items():
            for pattern in patterns:
                for m in pattern.finditer(clause):
                    mentions += 1
                    said = folded[offset + m.start() : offset + m.end()]
                    why = _why_not_now(clause, m.start(), m.end(), masked, rest, asked)
                    if label == "fever" and readings and not any(readings):
                        why = why or "the thermometer reading is below 38 °C / 100.4 °F"
                    if label == "seizure" and why == "in the past or resolved":
                        # A seizure after CAR-T needs care now even when it has stopped,
                        # unless it is dated in the past ("hace un año").
                        why = why if PAST.search(masked) else None
                    if why:
                        ruled_out.append(f"{label} ('{said}'): {why}")
                    else:
                        symptoms.append(f"{label}: {said}")
    if not looks_spanish(text):  # English words that Spanish rules share ("suicidal")
        symptoms = [s for s in symptoms if not _COGNATES.match(s.split(": ", 1)[1])]
        crisis = [c for c in crisis if not _COGNATES.match(c.split(": ", 1)[1])]
    return SpanishVerdict(symptoms, crisis, ruled_out, mentions)
