"""Building blocks for the symptom patterns: spellings of "can't", filler words, and
small constructors, kept apart so the pattern list reads as a list."""

Pattern = list[dict]

BE = {
    "LEMMA": {"IN": ["be", "feel", "seem", "look", "get", "keep", "go", "start", "begin"]},
    "OP": "*",
}
INTENSE = {
    "LOWER": {
        "IN": [
            "very",
            "really",
            "super",
            "so",
            "too",
            "extremely",
            "kinda",
            "kind",
            "a",
            "little",
            "bit",
            "pretty",
            "real",
            "of",
        ]
    },
    "OP": "*",
}


# "can't", "cant", "cannot", "won't", "doesn't", "hasn't": spaCy splits them into a modal and a
# token whose lemma is "not", so one pattern covers every spelling.
NEG = [{"LEMMA": {"IN": ["can", "will", "do", "have", "be", "could", "would"]}}, {"LEMMA": "not"}]
ADV = {"LOWER": {"IN": ["really", "even", "just", "quite", "properly", "fully"]}, "OP": "?"}
PEE = {"LOWER": {"IN": ["pee", "peed", "peeing", "urinate", "urinated", "wee", "weed", "weed"]}}


def words(*words: str) -> Pattern:
    return [{"LOWER": w} for w in words]


def lemmas(*lemmas: str) -> Pattern:
    return [{"LEMMA": lemma} for lemma in lemmas]
