"""Neurological red flags after CAR-T (ICANS), as spaCy Matcher token patterns: confusion,
trouble speaking or understanding, unusual sleepiness, seizure and tremor. Kept apart from
bot.safety.patterns so each list stays short; plain-words behaviour change is in
bot.safety.behaviour."""

from bot.safety.tokens import ADV, BE, INTENSE, NEG, Pattern

NEUROLOGICAL: dict[str, list[Pattern]] = {
    "confusion": [
        [
            {
                "LEMMA": {
                    "IN": [
                        "confuse",
                        "confused",
                        "confusion",
                        "disoriented",
                        "disorient",
                        "disorientated",
                        "encephalopathic",
                        "encephalopathy",
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
            {"LOWER": {"IN": ["of", "her", "his", "my"]}, "OP": "?"},
            {"LOWER": "balance"},
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
                    ]
                }
            }
        ],
        [
            {"LOWER": {"IN": ["trouble", "difficulty", "hard", "problem", "problems"]}},
            {"LOWER": {"IN": ["speaking", "talking", "understanding", "finding", "to"]}},
        ],
        [*NEG, ADV, {"LEMMA": {"IN": ["find", "say", "talk", "speak", "understand", "write"]}}],
        # Word-finding: "couldn't tell me what a fork is called", "can't name simple things".
        [
            *NEG,
            ADV,
            {"LEMMA": {"IN": ["tell", "say"]}},
            {"LOWER": {"IN": ["me", "us", "mommy", "daddy", "mom", "dad", "mum"]}},
            {"LOWER": "what"},
            {"OP": "?"},
            {"OP": "?"},
            {"LEMMA": "be"},
            {"LOWER": "called"},
        ],
        [
            *NEG,
            ADV,
            {"LEMMA": "name"},
            {"LOWER": {"IN": ["things", "objects", "simple", "everyday", "her", "his", "colors"]}},
        ],
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
}
