"""Small English cues the screen's context rules use: a form answered "no", an instruction's
threshold, "nearly fainted when...", a plain "no thoughts of harm" (English and Spanish),
a mild headache or a small bruise, shouted words, an allergy list."""

import re

SHOUTED = re.compile(r"\b[A-Z]{4,}\b")
ALLERGY_LIST = re.compile(r"allerg\w*\s*:|allergic to\b", re.I)
# "Fever: no", "fever, none", "'any seizures since discharge': no", "fever in the last 24
# hours: no": a form answered "no".
FORM_NO = re.compile(
    r"^(?:[^.:;]{0,40}['\"’]|\s*(?:or|and|/)\s*\w+(?:\s\w+)?|\s*(?:in|since|over|during|within)\s+"
    r"[^.:;?!]{1,30}?)?\s*(?:before|ever|now|today)?\s*(?:[:=-]\s*"
    r"(?:no|none|nope|negative|0)|,\s*(?:none|nope|negative|0))\b",
    re.I,
)
# "the sheet says call at 38.0 or above": the number is the rule, not a reading.
INSTRUCTION = re.compile(
    r"\b(?:call|ring|phone|contact|come in)\s+(?:us\s+|the\s+team\s+|them\s+|the\s+clinic\s+)?"
    r"(?:at|if\s+(?:it'?s|it\s+is|over|above)|when\s+(?:it'?s|over|above)|for)\s*(?:a\s+)?"
    r"(?:temp\w*\s+)?(?:of\s+)?(?:over|above|at)?\s*$|\b(?:threshold|cut-?off)\s+(?:is\s+|of\s+)?$",
    re.I,
)
# "the handout says 100.4": a leaflet's threshold, not a reading.
DOCUMENT_SAYS = re.compile(
    r"\b(?:handout|sheet|leaflet|card|booklet|binder|paper|guide|instructions|pamphlet|chart|"
    r"magnet)\s+(?:says|said|say)\s+(?:to\s+call\s+(?:at|if|over|above)\s+)?(?:it'?s\s+)?"
    r"(?:over|above|at)?\s*$",
    re.I,
)
# "what is 38 C in fahrenheit?": a conversion, not a reading.
CONVERSION = re.compile(
    r"^\s*(?:°|º|degrees?|grados)?\s*(?:c|f|celsius|fahrenheit|centigrade|centigrados)?\s*"
    r"(?:in|to|into|en|a)\s+(?:fahrenheit|celsius|centigrade|centigrados|f|c)\b",
    re.I,
)
NUMBER = re.compile(r"[\d.,]+")
# "should we call at 38 or 38.5?": thresholds offered as a choice, in a question.
_UNIT = r"(?:\s*(?:°|º|degrees?|grados)?\s*(?:c|f)?\b)?"
CHOICE_AFTER = re.compile(rf"^{_UNIT}\s*(?:or|o|u)\s+\d[\d.,]*{_UNIT}[^.!\n]*\?", re.I)
CHOICE_BEFORE = re.compile(rf"\d[\d.,]*{_UNIT}\s*(?:or|o|u)\s*$", re.I)


def offered_as_a_choice(before: str, after: str) -> bool:
    """A reading that is one of two thresholds asked about ("38 or 38.5?"), not a reading."""
    return bool(CHOICE_AFTER.match(after)) or (
        bool(CHOICE_BEFORE.search(before)) and "?" in after.split(".", 1)[0]
    )


# "I haven't talked to a grown-up all day": the writer's lonely day, not a speech problem.
WRITER_LAST = re.compile(r"\b(?:i|we)\s*$", re.I)
TO_SOMEONE = re.compile(r"\s*to\b", re.I)
# "I nearly fainted when the doctor said remission": joy or shock, not a faint.
NEARLY = re.compile(r"\b(?:nearly|almost)(?:\s+(?:had|have)\s+a)?\s*$", re.I)
REACTION = re.compile(
    r"^\s*\w*\s*(?:when|as soon as)\s+(?:i|we|the|they|he|she)\b.{0,30}\b(?:said|told|saw|"
    r"heard|read|got|opened|rang|saw)\b",
    re.I,
)
# "I'm not gonna do anything dumb, just sad": a clear "no" that keeps the backstop quiet.
CRISIS_DENIED = re.compile(
    r"\b(?:not\s+(?:gonna|going\s+to)\s+(?:do|hurt)\s+(?:anything|myself)|(?:don'?t|do\s+not)\s+"
    r"want\s+to\s+(?:hurt|harm)\s+myself|no\s+thoughts\s+of\s+(?:hurting|harming|suicide)|"
    r"not\s+suicidal|not\s+thinking\s+(?:of|about)\s+(?:hurting|harming|killing|ending)|"
    r"no\s+(?:quiero|voy\s+a)\s+hacer(?:me)?\s+(?:nada|dano)|no\s+es\s+que\s+"
    r"quiera\s+hacer(?:me)?\s+(?:nada|dano)|no\s+(?:tengo|he\s+tenido)\s+pensamientos\s+de|"
    r"no\s+pienso\s+hacerme\s+nada)",
    re.I,
)
# "confused about which pill is which": puzzled by something, not disoriented.
PUZZLED = re.compile(
    r"^\s*(?:about|by|over|with)\s+(?:which|how|whether|why|if|(?:all\s+)?(?:the|this|that|these|"
    r"those)\s+(?!time\b|day\b|date\b|year\b|place\b|room\b))",
    re.I,
)
# "can he take tylenol for a headache?": asking what a medicine may be used for.
MEDICINE_QUESTION = re.compile(
    r"\b(?:can|could|may|should)\s+(?:he|she|i|we|they|you|my\s+\w+)\s+(?:take|give|have|use)\b"
    r".{0,30}\bfor\s+(?:a|an)\s*$",
    re.I,
)
MILD = re.compile(r"\b(?:a\s+)?(?:little|mild|slight|small|tiny|bit of a)\s*$", re.I)
# "my car feels like an oven": the heat of a place or a thing, not a child's skin.
THING_HEAT = re.compile(
    r"\b(?:the|my|our|this|that|his|her)\s+(?:car|van|truck|bus|room|bedroom|kitchen|house|"
    r"apartment|hotel(?:\s+room)?|tent|place|waiting room)"
    r"(?:\s+(?!(?:he|she|i|we|they|you|his|her|my|baby|son|daughter)\b)\w+){0,2}\s*$",
    re.I,
)
