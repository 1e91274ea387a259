"""When a sign happened, in English: "if" and "what if", the distant past, "it's gone now",
the time that dates the treatment rather than the sign, "right now", a later sentence that
closes or opens a story. Used by bot.safety.context."""

import re

HYPOTHETICAL = re.compile(
    r"\b(if|in case|suppose|supposing|what if|whether|ever|next week|next time|tomorrow|"
    r"should (she|he|i|they) (get|have|start)|plan for|prepare for|before it happens|"
    r"^\W*say (i|he|she|we|they|my|our|the|his|her)|"
    r"would (a|an) (temp|temperature|reading|fever)|"
    r"(scared|afraid|worried|terrified|nervous|fear) (that )?(he|she|they|i|we)('ll| will| might| "
    r"may| could| is going to| are going to))\b",
    re.I,
)
DISTANT_PAST = re.compile(
    r"\b(last (week|weekend|month|year|spring|summer|winter|fall|night)|day \d+ was|"
    r"(weeks|months|years) ago|(a|one|two|three|few|several) (weeks?|months?|years?) ago|"
    r"back in (the day|high school|middle school|(19|20)\d\d|(the )?(spring|summer|fall|autumn|"
    r"winter))|during (induction|consolidation|maintenance|(his|her|my) (last|previous) \w+)|"
    r"(his|her|my) (last|previous) (transfusion|round|admission|relapse|hospital stay)|"
    r"in (19|20)\d\d|looking back|when (he|she|i|we|they) first|"
    r"in the (spring|summer|fall|autumn|winter)|on (january|february|march|april|may|june|july|"
    r"august|september|october|november|december) \d+(st|nd|rd|th)?|"
    r"(during|in) (her|his|my|the) first (round|week|admission|stay|month)|"
    r"last (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"the (week|day|days|weeks|month) after (my|his|her|the) (infusion|cells|car-?t\w*)|"
    r"when (she|he|i) was|as a (toddler|baby|child|kid)|history of|"
    r"(he|she|i|we|they|my \w+|our \w+) once (had|got|broke|was|went|needed)|"
    r"since (age|she was|he was|i was|middle school|little|birth|childhood|\d)|always had|"
    r"for years|during (chemo|apheresis|the collection|collection|the infusion|the hospital|"
    r"his hospital|her hospital|the icu|treatment)|week one|first week|(?<!since )yesterday(?!'s)|"
    r"earlier this (week|month)|before (his|her|the) diagnosis|outgrew|in the hospital|"
    r"(in|back in|during|since) (january|february|march|april|june|july|august|september|"
    r"october|november|december)|(was|had)\b.{0,30}\b(around|on) day \d+|in hospital|"
    r"was in the (picu|icu|er|emergency room|hospital)|"
    r"(one|two|three|four|few|several|\d+) (days?|weeks?|months?) before (my|his|her|the|we|i)|"
    r"when (we|he|she|i|they) (was|were) (still )?(inpatient|admitted|on the unit|on the ward|"
    r"on the floor|in the picu|in the icu|in (the )?hospital)|"
    r"before (christmas|thanksgiving|easter|new year'?s|halloween|the holidays))\b",
    re.I,
)
# Times that start a story only when it is told in the past: "right after the cells she had
# chills" is over, but "right after the infusion she started shaking and her temp is 39" is
# not, nor "the first night home he has 38.9".
STORY_START = re.compile(
    r"\b(right after (the|my|his|her) (cells|infusion|car-?t\w*)|"
    r"the first (weekend|night|few days)|on (infusion|cell) (night|day)|"
    r"(on|from) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"when (he|she|i|we) came (out of|home from) the (picu|icu|hospital))\b",
    re.I,
)
RESOLVED = re.compile(
    r"\b(gone|went away|passed(?! away)|cleared up|cleared|resolved|better now|fine now|"
    r"back to normal|"
    r"been fine|doing great|doing fine|totally normal|all normal|were normal|totally fine|"
    r"nothing since|(it|that|this) (is|was|'s) (over|finished|finish|done)|is good now|"
    r"(it|that) stopped (after|when|once|on its own|by itself)|"
    r"(it|that|the fever|(his|her|the) temp\w*) settled|"
    r"(i|he|she|we) (was|were) fine after(wards)?|"
    r"(it'?s|it has|that'?s|that has) been gone|"
    r"(they|the team|the nurses?|the doctors?) (treated|handled|sorted|fixed) (it|that)|"
    r"it was (treated|handled)|got treated)\b",
    re.I,
)
# "he got his cells last week": a time that dates the treatment, not the symptom.
TREATMENT_TIME = re.compile(
    r"\b(got|had|received|gave \w+|infused|did)\s+(\w+\s+){0,4}?(kymriah|cells|infusion|"
    r"car[- ]?t\w*)(\s+\w+){0,3}?\s+(ago|last week|last month|on \w+day)\b",
    re.I,
)
PRESENT = re.compile(
    r"\b(right now|just now|still|currently|tonight|at the moment|rn|"
    r"in the (last|past) (few |\w+ )?"
    r"(minutes?|hours?)|in (ten|five|twenty|\d+) minutes|"
    r"(keeps|keep) (asking|saying|forgetting))\b",
    re.I,
)
ONGOING = re.compile(r"\bsince (last \w+|yesterday( \w+)?|this \w+|\w+ ago)", re.I)
# "fevers for 4 days, but that's over": the next clause closes the one with the sign.
OVER_NEXT = re.compile(
    r"^\W*(but|and)\s+(that|it|those|they)\s*('s|'re| is| are| was| were)\s+(over|gone|done|"
    r"finished|behind us)\b|"
    r"^\W*but\s+(s?he|she|he)\s*('s|s| is| has| has been|s been|'s been)\s+(been\s+)?"
    r"(totally\s+|completely\s+|all\s+|fully\s+)?"
    r"(back to normal|back to (him|her)self|fine|normal)\b",
    re.I,
)
# A later sentence that says the patient is well now closes a story told in the past.
FINE_NOW = re.compile(
    r"\b(?:(?:now|today|since then|these days)\b.{0,40}\b(?:fine|normal|(?:him|her)self|great|"
    r"good|better|laughing|playing|back)\b|(?:fine|normal|good|better|great|ok|okay)\s+now\b|"
    r"back to (?:normal|(?:him|her)self)|(?:completely|totally)\s+(?:fine|normal|(?:him|her)self)|"
    # the story closed: "that was 9 days ago and zero since", "nothing like that since"
    r"\b(?:zero|none|nothing(?: like (?:that|it))?|not (?:one|once|a single \w+)|no more \w+)"
    r"\s+since\b|"
    r"\b(?:that|it|this)\s+was\s+(?:\w+\s+){1,2}(?:days|weeks|months)\s+ago\b|"
    r"\b(?:that|it|this)\s+was\s+(?:back\s+)?in\s+(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december|the spring|the summer|the fall)\b|"
    r"\b(?:all\s+(?:of\s+)?)?(?:that|it|this)\s+(?:is|'s|was)\s+(?:long\s+|all\s+)?behind\s+us\b|"
    r"\b(?:it|that|this|they)\s+(?:all\s+)?(?:went away|passed|resolved|stopped)\b|"
    r"\bit\s+was\s+(?:treated|handled)\b|\bbounced\s+back\b|"
    r"\b(?:been|is|was)\s+(?:totally\s+|completely\s+)?(?:normal|fine|great|perfect)\s+since\b|"
    r"\bnow\s+(?:he|she|they)\s+(?:runs|plays|is running|is playing|eats|walks)\b|"
    r"\b(?:hasn'?t|has not|haven'?t|have not)\s+(?:happened|come back|had (?:one|another|any))"
    r"(?:\s+\w+)?\s+since\b)",
    re.I,
)
# "keeps saying he's fine": the patient's own "I'm fine" is not a resolution.
SAYS_FINE = re.compile(
    r"\b(says?|saying|insists?|insisting|claims?|thinks?)\s+(he|she|i)'?s?\b", re.I
)
# "is it normal to get out of breath? started this morning, getting worse": an event.
ONSET_NEXT = re.compile(
    r"^\W*(?:(?:it|this|that|she|he|they)\s+)?(?:just\s+)?(?:started|began)\s+(?:\w+\s+){0,2}?"
    r"(?:this (?:morning|afternoon|evening)|today|tonight|last night|an hour|\d+ (?:min|hour))|"
    r"^\W*(?:and\s+)?(?:it'?s\s+|she'?s\s+|he'?s\s+)?(?:getting|gets)\s+worse\b",
    re.I,
)
