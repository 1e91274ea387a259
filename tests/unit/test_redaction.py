"""Redaction takes out personal details and leaves the field's own words in: a question
about "KYMRIAH®" or "the ELIANA study" must reach Rasa and retrieval with its topic."""

import pytest

from bot.content import load_library
from bot.core.settings import Settings
from bot.nlp.parser import Parser
from bot.privacy.domain_words import DomainWords
from bot.privacy.redactor import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    settings = Settings()
    domain = DomainWords.build(
        load_library(settings.content_dir), ["Riverside Children's Hospital"]
    )
    return Redactor(Parser.load(settings.spacy_model), domain)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("What is KYMRIAH® (tisagenlecleucel) used for?", "KYMRIAH"),
        ("What happened in the ELIANA study", "ELIANA"),
        ("Is Breyanzi the same thing?", "Breyanzi"),
        ("Yescarta vs Kymriah", "Yescarta"),
        ("Novartis said the cells failed", "Novartis"),
        ("will they give Fludarabine and Cyclophosphamide?", "Cyclophosphamide"),
        ("Is Tocilizumab safe for kids?", "Tocilizumab"),
        ("Does Riverside Children's Hospital do CAR-T?", "Riverside Children's Hospital"),
        ("CD19 negative relapse after Kymriah", "CD19"),
    ],
)
def test_domain_words_pass_through(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text)


@pytest.mark.parametrize(
    ("text", "planted"),
    [
        ("my son Liam started Kymriah last week", "Liam"),
        ("Hi, I'm Maria Lopez, is KYMRIAH covered by insurance?", "Maria Lopez"),
        ("my daughter June had the ELIANA consent form", "June"),
        ("call me at 555-201-3344 about Breyanzi", "555-201-3344"),
        ("Jude here, I go to Riverside Children's Hospital", "Jude"),
    ],
)
def test_personal_details_still_go(redactor: Redactor, text: str, planted: str) -> None:
    assert planted not in redactor.redact(text)


def test_library_terms_come_from_the_content_not_sentence_starts() -> None:
    domain = DomainWords.build(load_library(Settings().content_dir))
    assert {"kymriah", "eliana", "cd19", "novartis"} <= domain.words
    assert "june" not in domain.words  # a month in the library, and a child's name


@pytest.mark.parametrize(
    ("text", "planted"),
    [
        ("Hola, me llamo Marisol Quintanilla, ¿qué es el CRS?", "Quintanilla"),
        ("Soy Evaristo Chávez, papá de Tadeo", "Tadeo"),
        ("el expediente de mi hijo es 4471902", "4471902"),
        ("nació el 3 de mayo de 2015", "3 de mayo de 2015"),
        ("Vivimos en Calle Los Pinos 2314, Bayamón", "Los Pinos 2314"),
        ("Vivimos en Calle Los Pinos 2314, Bayamón", "Bayamón"),
        ("escríbame al +52 55 4821 9067", "4821 9067"),
        ("me llamo leonor, ¿me pueden llamar?", "leonor"),
        ("Graciela Montes-Olvera aquí, ¿puedo manejar?", "Graciela"),
    ],
)
def test_spanish_personal_details_go(redactor: Redactor, text: str, planted: str) -> None:
    assert planted not in redactor.redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "¿puede mi hija recibir kymriah si la leucemia volvió dos veces?",
        "todos los niños necesitan quimio mientras esperan las células?",
        "¿Qué es el síndrome de liberación de citocinas y cuánto dura?",
        "¿Cuánto tiempo hay que quedarse cerca del hospital después de Kymriah?",
    ],
)
def test_plain_spanish_questions_keep_every_word(redactor: Redactor, text: str) -> None:
    """The English model took ordinary Spanish words for names ("¿puede <PERSON>?")."""
    assert redactor.redact(text) == text
