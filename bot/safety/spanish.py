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
from bot.safety.spanish_vitals import oxygen as _oxygen
from bot.safety.spanish_vitals import temperatures as _temperatures
from bot.safety.timeline import days_ago

_COMPILED = {label: [re.compile(p) for p in ps] for label, ps in SYMPTOMS_ES.items()}
_CRISIS = {label: [re.compile(p) for p in ps] for label, ps in CRISIS_ES.items()}
_FIGURES = re.compile(FIGURES_ES)

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
_RESOLVED = re.compile(
    r"\b(?:ya\s+(?:se\s+le\s+)?(?:quito|paso|bajo(?!\s+(?:un\s+poco|poquito|algo|tantito))|"
    r"se le fue|esta bien|esta mejor|no tiene)|"
    r"se\s+(?:le|me)\s+(?:quito|quitaron|bajo|paso|pasaron)|se\s+(?:quito|fue(?!\s+de\s+lado)|paso)|ya\s+paso|ya\s+se\s+fue|"
    r"ya\s+esta\s+(?:bien|normal|mejor|despiert[oa]|platicando|hablando|jugando|comiendo)|"
    r"volvio a la normalidad|(?:esta|quedo|amanecio)\s+como\s+nuev[oa]|"
    r"paro\s+(?:sol[oa]|solit[oa]|enseguida|rapido)|hoy\s+(?:ya\s+)?nada|"
    r"hoy\s+(?:en\s+)?(?:todo\s+el\s+dia|toda\s+la\s+manana|en\s+el\s+dia)\s+nada|"
    r"(?:la|el)\s+(?:doctora?|enfermer[oa]|medic[oa])\s+(?:ya\s+)?(?:lo|la)\s+(?:vio|reviso|checo|"
    r"examino)\b.{0,60}\b(?:bien|normal)|ya\s+(?:lo|la)\s+(?:reviso|checo)\s+(?:la|el)\s+"
    r"(?:doctora?|enfermer[oa]|medic[oa])|"
    r"ya\s+(?:se\s+)?(?:pasaron|quitaron|fueron)|ya\s+(?:habla|anda|come|camina)\s+(?:normal|bien)|"
    r"desde\s+entonces\s+(?:nada|bien|ya no)|eso\s+fue\s+(?:en|hace|el|ayer|anoche|antier)|"
    r"desde\s+(?:el\s+|la\s+|ayer\s+|anoche\s+)?\w*\s*ya\s+no|"
    # "desde el martes nada, todo tranquilo", "desde marzo no ha vuelto a pasar nada"
    # ("desde anoche nada" after "no ha hecho pipí" is the sign itself: a day needs "el")
    r"desde\s+(?:el|la)\s+\w+\s*,?\s+nada\b|"
    r"desde\s+(?:el\s+|la\s+)?\w+\s*,?\s+(?:todo\s+(?:bien|tranquilo|normal)|"
    r"no\s+(?:le\s+|se\s+|me\s+)?ha\s+vuelto\s+a)|"
    r"(?:me|se|le|nos)\s+(?:lo|la|los|las)\s+(?:controlaron|quitaron|trataron|bajaron)|"
    r"no\s+(?:le\s+|se\s+|me\s+|nos\s+)?ha\s+vuelto\s+a\s+(?:pasar|dar|repetir)|"
    r"ya\s+estamos\s+en\s+(?:la\s+)?casa|ha\s+estado\s+(?:perfect[oa]|muy\s+bien|normal)|"
    r"ya\s+(?:van|llevamos|lleva|llevo)\s+\w+\s+(?:dias|semanas|meses)\s+(?:con\s+\w+\s+normal|sin))\b"
)
_PAST = re.compile(
    r"\b(?:la\s+semana\s+pasada|el\s+(?:mes|ano)\s+pasado|hace\s+(?:\w+\s+){0,2}(?:dias|semanas|"
    r"meses|anos|ano|mes|semana)(?!\s+que)|antes\s+del?\s+(?:diagnostico|tratamiento|"
    r"car-?t|la infusion)|"
    r"durante\s+(?:la\s+)?(?:quimio|aferesis|el tratamiento)|cuando\s+(?:era|estaba)\s+"
    r"(?:bebe|chiquit\w+|pequen\w+)|de\s+(?:bebe|chiquit\w+)|la\s+otra\s+vez|en\s+(?:19|20)\d\d|"
    r"cuando\s+estuvo|la\s+primera\s+(?:noche|semana|vez)|"
    r"cuando\s+(?:estabamos|estuvimos|estaba|estuvo|estaban|estuvieron)\s+(?:internad\w+|admitted|"
    r"hospitalizad\w+|en\s+el\s+(?:hospital|piso)|en\s+la\s+uci|en\s+terapia)|"
    r"antes\s+de\s+que\s+(?:nos|le|lo|la|me)\s+(?:dieran|den)\s+de\s+alta|"
    r"(?:en|desde|durante)\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre)|el\s+otro\s+dia|al\s+principio|"
    r"estuv(?:e|o|imos|ieron)\s+(?:\w+\s+){0,3}(?:en\s+terapia|internad\w+|hospitalizad\w+)|"
    r"en\s+el\s+dia\s+\+?\d+\s+estuv\w+|"
    r"en\s+la\s+(?:primera|otra|ultima|segunda)\s+reca\w+|estuvo\s+internad\w+|"
    r"eso\s+fue\s+(?:en|hace)|cuando\s+le\s+hicieron|"
    r"no\s+(?:le\s+|se\s+)?ha\s+vuelto\s+a\s+(?:pasar|dar|repetir|tener)|estuvo\s+(?:muy|bien|super)\s+\w+\s+el\s+"
    r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana))\b"
)
_PRESENT = re.compile(
    r"\b(?:ahorita|ahora|ahora mismo|todavia|aun|sigue|siguen|en este momento|esta|estan|"
    r"tiene|tengo|hoy|esta noche)\b"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:si\s+(?:no\s+)?(?:le|se|tiene|tuviera|me|mi|el|ella|llega|empieza|presenta|da|a|"
    r"puede|quiere)\b|"
    r"si\s+(?:lo|la)\s+(?:siento|veo|noto|toco)\b|"
    r"si\s+(?:alguien|uno|una\s+persona|un\s+paciente|un\s+nino|una\s+nina)\b|"
    r"si\s+(?:le\s+|se\s+)?(?:llegara|llegase|llegaran|llegasen)\s+a\b|"
    r"si\s+(?:en\s+algun\s+momento|algun\s+dia|alguna\s+vez|de\s+repente|por\s+alguna\s+razon)|"
    r"si\s+(?:\w+\s+){0,3}(?:empieza|le\s+da|le\s+sube|se\s+pone|presenta)|"
    r"(?:le\s+)?va\s+a\s+(?:dar|volver|tener)\b(?=.*\?)|"
    r"(?:(?:me\s+dan?|tengo)\s+miedo\s+(?:de\s+)?|me\s+preocupa\s+|temo\s+)que\s+(?:le\s+|se\s+|"
    r"me\s+)?(?:de|vaya|vayan|pueda|empiece|suba|pase|regrese|vuelva)\b|"
    r"supongamos|suponiendo|digamos\s+que|imagin(?:a|emos|ate)\s+que|"
    r"que\s+(?:hago|hacemos|debo|debemos|hay que hacer)\s+(?:si|cuando|en caso)|en\s+caso\s+de|"
    r"por\s+si|en\s+el\s+caso\s+de|cuando\s+(?:le\s+)?(?:tenga|de|empiece|presente|llegue)|puede\s+(?:darle|dar|"
    r"causar|provocar|tener)|podria|es\s+posible\s+que|(?:que|como)\s+(?:pasa|pasaria)\s+si)\b"
)
# "sabe quién soy, contesta bien, no le veo nada raro": a check that found nothing wrong.
_ALL_WELL = re.compile(
    r"\bno\s+(?:le\s+|les\s+)?(?:veo|vemos|noto|notamos|note|vimos)\s+nada\s+(?:raro|malo|"
    r"extrano|diferente|fuera\s+de\s+lo\s+normal)\b"
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
    r"la|ta|anda|sigue|mija|mijo|le|pudo|pedi|dijo|hizo|empezo|veces|hoy)\b"
)
# ("este" is left out: it is also the filler "este...")
_SUBJUNCTIVE_GENERAL = re.compile(r"\b(?:tenga|tengan|esten|le de|les de|se ponga|presente)\b")
_TREATMENT_TIME = re.compile(
    r"\b(?:le\s+(?:pusieron|hicieron|dieron|infundieron)|recibio|me\s+(?:pusieron|hicieron|"
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
    if _RESOLVED.search(after) or _RESOLVED.search(before) or _RESOLVED.search(rest[:80]):
        return "in the past or resolved"
    asked_end = "?" if asked else ""  # "¿ya no le va a dar fiebre?": the question mark is cut
    if _HYPOTHETICAL.search(before + asked_end) or _HYPOTHETICAL.search(clause[:end]):
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
    if _PAST.search(dated) and not now:
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
    if _PAST.search(clause) and not re.search(
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
    if _ALL_WELL.search(masked):
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
                        why = why if _PAST.search(masked) else None
                    if why:
                        ruled_out.append(f"{label} ('{said}'): {why}")
                    else:
                        symptoms.append(f"{label}: {said}")
    if not looks_spanish(text):  # English words that Spanish rules share ("suicidal")
        symptoms = [s for s in symptoms if not _COGNATES.match(s.split(": ", 1)[1])]
        crisis = [c for c in crisis if not _COGNATES.match(c.split(": ", 1)[1])]
    return SpanishVerdict(symptoms, crisis, ruled_out, mentions)
