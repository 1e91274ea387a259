"""Words of the field that are never personal: product and trial names, medicines, glossary
terms and the hospital's own names. The small NER model takes "KYMRIAH" or "ELIANA" for a
person or a place; redacting them would take the topic out of the question before Rasa and
retrieval see it (issue 13).

The list is built from the approved library (so a new glossary term in an item is known at
once) plus a short list of the field's names the library may not mention.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.content.model import ContentItem

# Other CAR-T products, trials and medicines families name in questions.
FIELD_TERMS = {
    "kymriah", "tisagenlecleucel", "tisa-cel", "breyanzi", "lisocabtagene", "liso-cel",
    "yescarta", "axicabtagene", "axi-cel", "tecartus", "brexucabtagene", "abecma", "ide-cel",
    "carvykti", "cilta-cel", "aucatzyl", "obecabtagene", "obe-cel", "blincyto", "blinatumomab",
    "besponsa", "inotuzumab", "eliana", "ensign", "juliet", "zuma", "novartis", "kite",
    "gilead", "fludarabine", "cyclophosphamide", "cytoxan", "tocilizumab", "actemra",
    "dexamethasone", "decadron", "anakinra", "siltuximab", "levetiracetam", "keppra",
    "tylenol", "acetaminophen", "paracetamol", "benadryl", "diphenhydramine", "ibuprofen",
    "advil", "motrin", "ivig", "car-t", "cart", "car", "crs", "icans", "hlh", "b-all", "all",
    "cd19", "cd22", "leukapheresis", "apheresis", "neupogen", "filgrastim", "bactrim",
    "acyclovir", "fluconazole", "rems", "fda", "cibmtr", "lls", "988",
}  # fmt: skip
# Capitalised in the library, but also given names: never treated as field words.
NAMES_TOO = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "patient", "i",
}  # fmt: skip
_TERM = re.compile(r"\b(?:[A-Za-z]+[0-9][A-Za-z0-9]*|[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)")
_WORD = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:#*\n-])\s*$")


def library_terms(items: Iterable[ContentItem]) -> set[str]:
    """Names, acronyms and codes the library uses mid-sentence (Kymriah, ELIANA, CD19):
    a capital at the start of a sentence says nothing, so those are left out."""
    terms: set[str] = set()
    for item in items:
        for text in (item.title, item.body, *item.questions):
            for match in _TERM.finditer(text):
                if not _SENTENCE_START.search(text[: match.start()]):
                    terms.add(match.group(0).lower())
    return terms - NAMES_TOO


@dataclass(frozen=True)
class DomainWords:
    """What redaction leaves alone: field words in any case, and the hospital's own names
    as whole phrases (its "Jude" must not free a child called Jude)."""

    words: frozenset[str] = frozenset(FIELD_TERMS)
    phrases: tuple[str, ...] = ()

    @classmethod
    def build(
        cls, items: Iterable[ContentItem], hospital_names: Iterable[str] = ()
    ) -> "DomainWords":
        words = (FIELD_TERMS | library_terms(items)) - NAMES_TOO
        phrases = tuple(n.lower() for n in hospital_names if n.strip())
        return cls(frozenset(words), phrases)

    def covers(self, span: str) -> bool:
        """ "KYMRIAH®", "the ELIANA", "Kymriah (tisagenlecleucel)" or the hospital's name:
        nothing personal in it."""
        tokens = [t.lower() for t in _WORD.findall(span)]
        joined = " ".join(tokens)
        if len(tokens) >= 2 and any(joined in " ".join(_WORD.findall(p)) for p in self.phrases):
            return True
        return bool(tokens) and all(t in self.words or t in _GLUE for t in tokens)


_GLUE = {"the", "and", "or", "of", "vs", "versus", "with"}
