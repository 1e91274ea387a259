"""Personal details as Spanish-speaking families write them (issue 17).

The small English spaCy model reads Spanish poorly: it misses "Soy Evaristo Chávez" and the
record number after "expediente", and it takes ordinary Spanish words for names (148 of the
239 Spanish tuning questions lost words that way: "¿puede <PERSON>?"). So in a Spanish
message its guesses are set aside (see `Redactor.redact`), and these recognizers find what
families write: a name after "me llamo", "soy" or "mi hija" (or any capitalised word inside a
Spanish sentence: Spanish capitalises little else); a record number after "expediente" or
"historia clínica"; a date with a Spanish month; a street address that starts with "Calle"
or "Avenida"; a phone number with a country code. The patterns run on every message: a
Spanish phrase in an English message ("mi hija Xiomara") is caught too.
"""

import re

from bot.privacy.domain_words import DomainWords

# A capitalised word, with Spanish letters: "María", "Núñez", "Vasquez-Ruiz".
_WORD = r"[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+"
NAME = rf"(?P<name>{_WORD}(?:[ -](?:de(?:l| la)? )?{_WORD}){{0,3}})"
NAME_CONTEXTS = re.compile(
    r"\b(?i:me llamo|mi nombre es|soy|le (?:habla|escribe)|habla|paciente:?|nombre:?|"
    r"mi (?:hij[oa]|niñ[oa]|nin[oa]|nieto|nieta|beb[ée]|chamac[oa]|chiquit[oa])"
    r"(?: se llama)?|(?:la |el )?(?:mam[áa]|pap[áa]|madre|padre|abuel[oa]|t[íi][oa]) de)\s+" + NAME
)
# Names typed in lower case, after words that can only introduce a name.
LOWER_NAME = re.compile(r"\b(?i:me llamo|mi nombre es|se llama)\s+(?P<name>[a-záéíóúñü]{2,})")
# Two or more capitalised words opening a sentence ("Marisol Quintanilla tiene..."), or one
# before "aquí" ("Graciela aquí"): a name.
OPENING_NAME = re.compile(
    rf"(?:^|(?<=[.!?¡¿]\s)|(?<=[¡¿]))(?P<name>{_WORD}(?:(?:[ -]{_WORD})+|(?=\s+aqu[íi]\b)))"
)
# A capitalised word that does not start a sentence: a name or a place, in Spanish.
INNER_CAPITAL = re.compile(rf"(?<![.!?¿¡:\n]\s)(?<![.!?¿¡:\n])(?<=\s){_WORD}(?:[ -]{_WORD})*")
MONTHS = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|"
    r"diciembre"
)
SPANISH_DATE = rf"\b\d{{1,2}}\s+de\s+(?i:{MONTHS})(?:\s+(?:de|del)\s+\d{{4}})?\b"
NUMERIC_DATE = r"(?<!\d)\d{1,2}[/-]\d{1,2}[/-](?:19|20)?\d{2}(?!\d)"
RECORD = (
    r"\b(?i:expediente|historia cl[íi]nica|n[úu]mero de (?:paciente|registro|expediente)|"
    r"registro m[ée]dico)(?:\s+(?:de\s+mi\s+\w+|es|n[úu]mero|no\.?))*[:#\s]*\d{5,10}\b"
)
STREET = (
    r"\b(?i:calle|avenida|av\.|avda\.|camino|carretera|paseo|callej[óo]n|urbanizaci[óo]n|"
    r"urb\.|colonia|col\.)\s+(?:[\wáéíóúñ]+\s+){0,4}?#?\d{1,5}\b"
)
INTERNATIONAL_PHONE = r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\d{1,4}){2,5}(?!\d)"


def recognizers(domain: DomainWords, spanish_text: bool) -> list:
    """Presidio recognizers for the Spanish ways of writing personal details; with
    `spanish_text` (the analyzer for Spanish messages), any capitalised word inside a
    sentence is a name too."""
    from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

    class SpanishNames(EntityRecognizer):
        def load(self) -> None:
            return None

        def analyze(self, text, entities, nlp_artifacts=None):
            spans = [(m.start("name"), m.end("name")) for m in NAME_CONTEXTS.finditer(text)]
            spans += [(m.start("name"), m.end("name")) for m in LOWER_NAME.finditer(text)]
            if spanish_text:
                spans += [(m.start(), m.end()) for m in INNER_CAPITAL.finditer(text)]
                spans += [(m.start("name"), m.end("name")) for m in OPENING_NAME.finditer(text)]
            return [
                RecognizerResult("PERSON", start, end, 0.85)
                for start, end in spans
                if not domain.covers(text[start:end])
            ]

    def pattern(entity: str, name: str, regex: str, score: float) -> PatternRecognizer:
        return PatternRecognizer(supported_entity=entity, patterns=[Pattern(name, regex, score)])

    return [
        SpanishNames(supported_entities=["PERSON"], name="SpanishNames"),
        pattern("MRN", "expediente", RECORD, 0.9),
        pattern("DATE_TIME", "fecha", SPANISH_DATE, 0.8),
        pattern("DATE_TIME", "numeric date", NUMERIC_DATE, 0.8),
        pattern("STREET_ADDRESS", "calle", STREET, 0.8),
        pattern("PHONE_NUMBER", "international phone", INTERNATIONAL_PHONE, 0.7),
    ]
