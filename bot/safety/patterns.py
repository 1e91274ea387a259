"""Red-flag symptom patterns after CAR-T, as spaCy Matcher token patterns.

Sources for the list: the Kymriah Medication Guide and patient site warning signs (fever
38 °C / 100.4 °F or higher, chills or shaking, trouble breathing, fast heartbeat, dizziness or
fainting, confusion, trouble speaking or understanding, sleepiness, seizures, tremor, severe
headache, bleeding, low blood pressure, severe vomiting or diarrhoea, swelling of face or lips).
Patterns match lemmas, so "fainted", "faints" and "fainting" are one pattern. They err on the
side of matching: context rules (negation, past, hypothetical) decide what is current.
"""

from bot.safety.patterns_neuro import NEUROLOGICAL
from bot.safety.tokens import ADV, BE, INTENSE, NEG, PEE, Pattern, words

_OTHER: dict[str, list[Pattern]] = {
    "fever": [
        [{"LEMMA": {"IN": ["fever", "fevr", "feaver", "feverish", "febrile"]}}],
        [
            {"LEMMA": {"IN": ["have", "run", "get", "got"]}},
            {"LOWER": {"IN": ["a", "high"]}},
            {"LOWER": "high", "OP": "?"},
            {"LOWER": {"IN": ["temperature", "temp"]}},
        ],
        [{"LOWER": "high"}, {"LOWER": {"IN": ["temperature", "temp"]}}],
        words("burning", "up"),
        [{"LOWER": {"IN": ["roasting", "boiling"]}}, {"LOWER": "hot", "OP": "?"}],
        [{"LOWER": "hot"}, {"LOWER": "to"}, {"LOWER": "the"}, {"LOWER": "touch"}],
        [{"LOWER": {"IN": ["sweating", "sweaty"]}}, {"LOWER": "and"}, {"LOWER": "freezing"}],
    ],
    "chills or shaking": [
        [
            {
                "LEMMA": {
                    "IN": ["chill", "chills", "rigor", "rigors", "shiver", "shivering", "shivery"]
                }
            }
        ],
        [{"LEMMA": {"IN": ["shake", "shaky", "shaking"]}}],
        [{"LEMMA": "tooth"}, {"LEMMA": "chatter"}],
        [{"LOWER": {"IN": ["teeth"]}}, {"LOWER": {"REGEX": "^chatter"}}],
    ],
    "trouble breathing": [
        [
            {
                "LOWER": {
                    "IN": ["trouble", "difficulty", "hard", "struggling", "problems", "problem"]
                }
            },
            {"LOWER": {"IN": ["breathing", "to", "with"]}},
            {"LOWER": {"IN": ["breathe", "breathing"]}, "OP": "?"},
        ],
        [*NEG, ADV, {"LOWER": {"IN": ["breathe", "breath"]}}],
        [
            *NEG,
            ADV,
            {"LEMMA": {"IN": ["catch", "get", "take"]}},
            {"POS": "DET", "OP": "?"},
            {"POS": "PRON", "OP": "?"},
            {"LOWER": {"IN": ["full", "deep", "good"]}, "OP": "?"},
            {"LOWER": "breath"},
        ],
        [{"LOWER": "hard"}, {"LOWER": "time"}, {"LOWER": "breathing"}],
        [{"LOWER": {"IN": ["short", "shortness"]}}, {"LOWER": "of"}, {"LOWER": "breath"}],
        [
            {"LEMMA": "breathe"},
            INTENSE,
            {
                "LOWER": {
                    "IN": [
                        "fast",
                        "hard",
                        "weird",
                        "heavy",
                        "heavily",
                        "faster",
                        "funny",
                        "strange",
                        "quickly",
                        "quick",
                        "rapidly",
                    ]
                }
            },
        ],
        [{"LEMMA": {"IN": ["wheeze", "wheezing", "gasp", "pant", "puff"]}}],
        [{"LEMMA": "rib"}, {"LOWER": {"IN": ["sucking", "suck", "pulling"]}}],
        [{"LEMMA": "lip"}, BE, INTENSE, {"LOWER": {"IN": ["blue", "bluish", "purple", "grey"]}}],
        [{"LOWER": {"IN": ["blue", "bluish"]}}, {"LEMMA": "lip"}],
        [{"LOWER": "chest"}, BE, INTENSE, {"LOWER": {"IN": ["tight", "heavy", "pain", "hurts"]}}],
    ],
    "fast heartbeat": [
        [
            {"LEMMA": "heart"},
            {"LOWER": {"IN": ["rate", "beat"]}, "OP": "?"},
            BE,
            INTENSE,
            {
                "LOWER": {
                    "IN": [
                        "racing",
                        "pounding",
                        "fast",
                        "beating",
                        "going",
                        "crazy",
                        "fluttering",
                        "high",
                        "thumping",
                        "hammering",
                        "skipping",
                    ]
                }
            },
        ],
        [
            {"LOWER": {"IN": ["racing", "pounding", "fast", "rapid"]}},
            {"LOWER": {"IN": ["heart", "heartbeat", "pulse"]}},
        ],
        [{"LOWER": "heartbeat"}],
        [{"LEMMA": "palpitation"}],
    ],
    "dizziness or fainting": [
        [
            {
                "LEMMA": {
                    "IN": [
                        "dizzy",
                        "dizziness",
                        "lightheaded",
                        "light-headed",
                        "faint",
                        "fainting",
                        "woozy",
                    ]
                }
            }
        ],
        words("light", "headed"),
        [{"LEMMA": "pass"}, {"LOWER": "out"}],
        [{"LEMMA": "black"}, {"LOWER": "out"}],
        [{"LOWER": "blacked"}, {"LOWER": "out"}],
        [{"LOWER": "room"}, BE, {"LOWER": "spinning"}],
        [{"LEMMA": "collapse"}],
    ],
    "low blood pressure": [
        [
            {"LOWER": {"IN": ["low", "dropping", "dropped"]}},
            {"LOWER": "blood"},
            {"LOWER": "pressure"},
        ],
        [
            {"LOWER": "blood"},
            {"LOWER": "pressure"},
            BE,
            INTENSE,
            {"LOWER": {"IN": ["low", "dropping", "dropped"]}},
        ],
    ],
    "severe headache": [
        [{"LEMMA": {"IN": ["headache", "migraine", "headach"]}}],
        [
            {"LEMMA": "head"},
            BE,
            {
                "LOWER": {
                    "IN": ["killing", "pounding", "exploding", "splitting", "hurting", "throbbing"]
                }
            },
        ],
    ],
    "stiff neck": [
        [{"LOWER": "stiff"}, {"LEMMA": "neck"}],
        [
            {"LEMMA": "neck"},
            BE,
            {"LOWER": {"IN": ["very", "really", "so", "super", "all"]}, "OP": "?"},
            {"LOWER": {"IN": ["stiff", "rigid"]}},
        ],
        [
            *NEG,
            ADV,
            {"LEMMA": {"IN": ["put", "touch", "bend", "bring"]}},
            {"LOWER": {"IN": ["his", "her", "my"]}, "OP": "?"},
            {"LEMMA": "chin"},
        ],
    ],
    "bleeding or bruising": [
        [{"LEMMA": {"IN": ["bleed", "bleeding", "nosebleed", "hemorrhage"]}}],
        [{"LEMMA": "blood"}, {"LOWER": {"IN": ["in", "from"]}}],
        [{"LEMMA": "cough"}, {"LOWER": "up"}, {"LOWER": "blood"}],
        [{"LEMMA": "throw"}, {"LOWER": "up"}, {"LOWER": "blood"}],
        [{"LEMMA": {"IN": ["bruise", "bruising", "petechia", "petechiae"]}}],
        [{"LOWER": "purple"}, {"LOWER": {"IN": ["spots", "dots", "marks"]}}],
    ],
    "not passing urine": [
        [*NEG, ADV, PEE],
        [{"LOWER": {"IN": ["no", "not"]}}, PEE],
        [
            *NEG,
            {"LOWER": "had"},
            {"LOWER": "a", "OP": "?"},
            {"LOWER": "wet"},
            {"LEMMA": {"IN": ["diaper", "nappy"]}},
        ],
        [{"LOWER": "no"}, {"LOWER": "wet"}, {"LEMMA": {"IN": ["diaper", "nappy"]}}],
        [{"LOWER": "not"}, {"LOWER": "passing"}, {"LOWER": {"IN": ["urine", "water"]}}],
    ],
    "severe vomiting or diarrhoea": [
        [{"LEMMA": {"IN": ["vomit", "vomiting", "puke", "diarrhea", "diarrhoea", "emesis"]}}],
        [{"LEMMA": "throw"}, {"LOWER": "up"}],
        [{"LOWER": {"IN": ["thrown", "threw", "throwing"]}}, {"LOWER": "up"}],
        [
            *NEG,
            ADV,
            {"LOWER": "keep"},
            {"LOWER": {"IN": ["anything", "water", "food", "it", "fluids", "drinks"]}},
        ],
    ],
    "swelling of face or lips": [
        [
            {"LEMMA": {"IN": ["face", "lip", "tongue", "eye", "throat"]}},
            BE,
            INTENSE,
            {"LOWER": {"IN": ["swelling", "swollen", "puffy", "thick", "swell"]}},
        ],
        [
            {"LOWER": {"IN": ["swollen", "puffy"]}},
            {"LEMMA": {"IN": ["face", "lip", "tongue", "eye", "throat"]}},
        ],
        [{"LEMMA": "hive"}],
        [{"LOWER": "hives"}],
    ],
}

# The same order as before the split: the Matcher adds labels in this order.
_ORDER = [
    *["fever", "chills or shaking", "trouble breathing", "fast heartbeat"],
    *["dizziness or fainting", "low blood pressure", "confusion"],
    *["trouble speaking or understanding", "unusual sleepiness", "seizure", "tremor"],
    *["severe headache", "bleeding or bruising", "not passing urine"],
    *["severe vomiting or diarrhoea", "swelling of face or lips", "stiff neck"],
]
SYMPTOMS: dict[str, list[Pattern]] = {
    label: ({**_OTHER, **NEUROLOGICAL})[label] for label in _ORDER
}
