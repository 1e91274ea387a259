"""Questions about other CAR-T products or other cancers: the library covers only Kymriah for
B-cell ALL, so the honest answer is "I only cover Kymriah; your care team can tell you about
that", not "I'm not sure" (issue 13, failure kind 4)."""

import re

# Another product a family may name, and how to name it back to them.
OTHER_PRODUCTS = {
    "breyanzi": "Breyanzi", "liso-cel": "Breyanzi", "lisocabtagene": "Breyanzi",
    "yescarta": "Yescarta", "axi-cel": "Yescarta", "axicabtagene": "Yescarta",
    "tecartus": "Tecartus", "brexu-cel": "Tecartus", "brexucabtagene": "Tecartus",
    "abecma": "Abecma", "ide-cel": "Abecma", "carvykti": "Carvykti", "cilta-cel": "Carvykti",
    "aucatzyl": "Aucatzyl", "obe-cel": "Aucatzyl", "obecabtagene": "Aucatzyl",
}  # fmt: skip
_PRODUCT = re.compile(r"\b(" + "|".join(map(re.escape, OTHER_PRODUCTS)) + r")\b", re.I)
_CANCER = re.compile(
    r"\b(?:(?:non-?hodgkin'?s?\s+|hodgkin'?s?\s+|b-cell\s+|large\s+b-cell\s+)?lymphoma|"
    r"(?:multiple\s+)?myeloma|aml|acute\s+myeloid\s+leuk[ae]mia|cll|chronic\s+lymphocytic\s+"
    r"leuk[ae]mia|cml|t-all|t-cell\s+(?:all|leuk[ae]mia)|solid\s+tumou?rs?|brain\s+tumou?rs?|"
    r"neuroblastoma|sarcoma|breast\s+cancer|lung\s+cancer|melanoma|"
    # The same in Spanish ("¿sirve para el mieloma?"), with or without accents.
    r"linfoma(?:\s+(?:no\s+)?hodgkin|\s+de\s+(?:c[eé]lulas\s+b|hodgkin))?|mieloma(?:\s+m[uú]ltiple)?|"
    r"leucemia\s+mieloide(?:\s+aguda|\s+cr[oó]nica)?|leucemia\s+linf[aá]tica\s+cr[oó]nica|"
    r"lla[\s-]t|leucemia\s+de\s+c[eé]lulas\s+t|tumor(?:es)?\s+s[oó]lidos?|"
    r"tumor(?:es)?\s+cerebral(?:es)?|c[aá]ncer\s+de\s+(?:mama|seno|pulm[oó]n))\b",
    re.I,
)


def other_product(text: str) -> str | None:
    """The other CAR-T product a question names ("is Breyanzi the same?"), if any."""
    match = _PRODUCT.search(text)
    return OTHER_PRODUCTS[match.group(1).lower()] if match else None


def other_cancer(text: str) -> str | None:
    """The other cancer a question names ("does it work for lymphoma?"), if any."""
    match = _CANCER.search(text)
    return match.group(0) if match else None
