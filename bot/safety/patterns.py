"""Red-flag symptom patterns after CAR-T, as spaCy Matcher token patterns.

Sources for the list: the Kymriah Medication Guide and patient site warning signs (fever
38 °C / 100.4 °F or higher, chills or shaking, trouble breathing, fast heartbeat, dizziness or
fainting, confusion, trouble speaking or understanding, sleepiness, seizures, tremor, severe
headache, bleeding, low blood pressure, severe vomiting or diarrhoea, swelling of face or lips).
Patterns match lemmas, so "fainted", "faints" and "fainting" are one pattern. They err on the
side of matching: context rules (negation, past, hypothetical) decide what is current.
"""

from bot.safety.tokens import ADV, BE, INTENSE, NEG, PEE, Pattern, words

SYMPTOMS: dict[str, list[Pattern]] = {
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
    "confusion": [
        [
            {
                "LEMMA": {
                    "IN": [
                        "confuse",
                        "confused",
                        "confusion",
                        "disoriented",
                        "delirious",
                        "delirium",
                        "agitated",
                        "agitation",
                        "hallucinate",
                        "hallucinating",
                    ]
                }
            }
        ],
        [{"LOWER": "not"}, {"LOWER": "making"}, {"LOWER": "any", "OP": "?"}, {"LOWER": "sense"}],
        [*NEG, {"LEMMA": "make"}, {"LOWER": "any", "OP": "?"}, {"LOWER": "sense"}],
        [{"LOWER": "out"}, {"LOWER": "of"}, {"LOWER": "it"}],
        [{"LOWER": "not"}, {"LOWER": {"IN": ["herself", "himself", "myself", "themselves"]}}],
        [*NEG, ADV, {"LEMMA": {"IN": ["recognize", "recognise"]}}],
        # "doesn't know where she is / who I am", not "I don't know what to ask".
        [
            *NEG,
            ADV,
            {"LEMMA": {"IN": ["know", "remember"]}},
            {
                "LOWER": {
                    "IN": [
                        *["where", "who", "me", "us", "anyone", "anybody", "mom", "mommy"],
                        *["dad", "daddy", "mama", "papa"],
                    ]
                }
            },
        ],
        [
            *NEG,
            ADV,
            {"LEMMA": {"IN": ["know", "remember"]}},
            {"LOWER": {"IN": ["his", "her", "my", "what"]}},
            {"LOWER": {"IN": ["name", "own", "mom", "dad", "brother", "sister", "family", "day"]}},
        ],
        [
            {"LOWER": {"IN": ["staring", "stares", "stare", "stared"]}},
            {"LOWER": "into"},
            {"LOWER": "space"},
        ],
        [{"LEMMA": "brain"}, BE, {"LOWER": {"IN": ["foggy", "fog"]}}],
        [*NEG, ADV, {"LEMMA": "answer"}, {"LOWER": "simple"}],
        [{"LEMMA": "answer"}, {"LOWER": "simple"}],
        [{"LEMMA": "wobbly"}],
        [{"LEMMA": "fall"}, {"LOWER": "over"}],
        [*NEG, ADV, {"LEMMA": "walk"}, {"LOWER": "straight"}],
        [{"LEMMA": "walk"}, {"LOWER": "straight"}],
        [
            {"LOWER": {"IN": ["loss", "lost", "losing"]}},
            {"LOWER": "of", "OP": "?"},
            {"LOWER": {"IN": ["balance", "her", "his", "my"]}},
            {"LOWER": "balance", "OP": "?"},
        ],
    ],
    "trouble speaking or understanding": [
        [
            {
                "LEMMA": {
                    "IN": [
                        "slur",
                        "slurred",
                        "slurring",
                        "gibberish",
                        "mumble",
                        "jumbled",
                        "babble",
                    ]
                }
            }
        ],
        [
            {"LOWER": {"IN": ["trouble", "difficulty", "hard", "problem", "problems"]}},
            {"LOWER": {"IN": ["speaking", "talking", "understanding", "finding", "to"]}},
        ],
        [*NEG, ADV, {"LEMMA": {"IN": ["find", "say", "talk", "speak", "understand", "write"]}}],
        [{"LEMMA": "mix"}, {"LOWER": "up"}, {"LOWER": "words", "OP": "?"}],
        [{"LOWER": "mixing"}, {"LOWER": "up"}],
        [{"LEMMA": "word"}, {"LEMMA": "come"}, {"LOWER": "out"}],
        [{"LOWER": {"IN": ["strange", "weird", "wrong"]}}, {"LEMMA": "word"}],
        [{"LEMMA": "understand"}, {"LOWER": "less"}],
        [{"LOWER": "droopy"}],
        [{"LEMMA": "face"}, BE, INTENSE, {"LOWER": {"IN": ["droopy", "drooping"]}}],
    ],
    "unusual sleepiness": [
        [
            {"LOWER": {"IN": ["hard", "difficult", "impossible"]}},
            {"LOWER": "to", "OP": "?"},
            {"LOWER": {"IN": ["wake", "waking", "rouse"]}},
        ],
        [*NEG, ADV, {"LOWER": {"IN": ["wake", "rouse"]}}],
        [{"LOWER": {"IN": ["groggy", "drowsy", "lethargic", "unresponsive", "floppy", "limp"]}}],
        [
            {"LOWER": {"IN": ["very", "really", "super", "so", "unusually", "extremely"]}},
            {"LOWER": {"IN": ["sleepy", "drowsy"]}},
        ],
        [{"LOWER": "asleep"}, {"LOWER": "all"}],
        [*NEG, ADV, {"LEMMA": {"IN": ["respond", "answer", "responding"]}}],
    ],
    "seizure": [
        [
            {
                "LEMMA": {
                    "IN": [
                        "seizure",
                        "seize",
                        "seizing",
                        "convulsion",
                        "convulse",
                        "convulsing",
                        "fit",
                    ]
                }
            }
        ],
        [{"LEMMA": "jerk"}],
        [{"LEMMA": "eye"}, {"LEMMA": "roll"}],
        [{"LEMMA": "go"}, {"LOWER": {"IN": ["stiff", "rigid"]}}],
    ],
    "tremor": [
        [{"LEMMA": {"IN": ["tremor", "tremble", "trembling", "twitch", "twitching"]}}],
        [{"LEMMA": "hand"}, {"LEMMA": {"IN": ["shake", "tremble"]}}],
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
        [{"LEMMA": {"IN": ["vomit", "vomiting", "puke", "diarrhea", "diarrhoea"]}}],
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
