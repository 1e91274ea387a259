"""Thoughts of suicide or self-harm, in English: plain, indirect and teen wording.

A crisis is about a person, not a body sign, so it is matched as phrases ("better off
without me", "kms", "been cutting") rather than symptom words. The context rules are
few on purpose: a figure of speech ("the waiting is killing me"), fear of dying ("I don't
want to die"), a story that is clearly not about the family (a film, the news), and a
crisis long past that the writer says is over. Everything else errs towards the crisis
reply: its cost is a kind message with a phone number; a miss can cost a life.
"""

import re
from dataclasses import dataclass

from bot.safety.crisis_patterns import CRISIS_PATTERNS

# Figures of speech that use crisis words: masked before matching.
CRISIS_FIGURES = re.compile(
    r"\b(?:dying|dyin|die)\s+(?:to|for)\s+(?:know|see|hear|get|go|try|meet|find|eat|have)\b|"
    r"\b(?:is|are|was|it'?s|its|keeps?)\s+(?:literally\s+)?killing\s+(?:me|us|him|her)\b|"
    r"\bkill(?:ing)?\s+(?:me|us)\s+(?:with|lol)|\bcould\s+kill\s+for\b|"
    r"\b(?:kill|killing|kills|killed)\s+(?:the|those|these|all the|off the|cancer|leukemia|"
    r"cells|bad cells|germs|bacteria|time)\b|"
    r"\b(?:scared|bored|worried|sick|frightened|terrified|tired)\s+to\s+death\b|"
    r"\bdead\s+(?:tired|serious|on|beat|set|end)\b|\b(?:died|dying|die)\s+(?:of|from|with)\s+"
    r"(?:laughter|laughing|embarrassment|boredom|cuteness|shame)\b|\b(?:died|dying)\s+laughing\b|"
    r"\bdeath\s+of\s+me\b|\bi'?m\s+dead\s*(?:💀|😂|🤣|lol|lmao)|\bend\s+it\s+(?:with|early)\b|"
    r"\bmakes?\s+me\s+want\s+to\s+die\b(?=.*(?:😂|🤣|\blol\b|\blmao\b|\bhaha))|"
    r"\bsuicide\s+(?:gene|genes|switch|switches|mechanism|system)\b|"
    r"\b(?:been\s+)?burn(?:ing|ed|t|s)?\s+through\b",
    re.I,
)
# Keeping the means of harm away is a safety step, not a crisis ("we keep the pills locked
# away just in case"): looked at, so the learned backstop needs to be very sure.
SAFETY_STEP = re.compile(
    r"\b(?:pills|meds|medicines?|medications?|knives|guns?|firearms?)\b.{0,20}?\block(?:ed)?\s+"
    r"(?:away|up)\b|\block(?:ed)?\s+(?:away|up)\s+(?:the\s+|all\s+(?:the\s+)?|his\s+|her\s+|"
    r"our\s+|my\s+)?(?:pills|meds|medicines?|medications?|knives|guns?|firearms?)\b|\block\s?box\b",
    re.I,
)
# A film, a book or the news: the story is not about the family.
FICTION = re.compile(
    r"\b(?:movie|film|show|series|episode|book|novel|song|article|documentary|"
    r"character|story on|podcast|video game|tiktok|reel|vlog|youtube|influencer)\b|"
    r"\b(?:the|on|in)\s+news\b|\bnews\s+(?:story|report)",
    re.I,
)
# A crisis the writer says is long over ("years ago ... therapy helped, I'm fine now").
LONG_AGO = re.compile(
    r"\b(?:years ago|in (?:high school|college|middle school)|when (?:i|he|she) was (?:a teen|"
    r"younger|\d+)|back in (?:19|20)\d\d|as a teenager|long time ago|a long time ago|"
    r"at (?:age )?1?\d\b|used to|"
    r"last (?:year|summer|spring|winter|fall)|(?:months|years) ago|in (?:19|20)\d\d|"
    r"in (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth) grade|"
    r"(?:hasn'?t|haven'?t) in years)\b",
    re.I,
)
OVER_NOW = re.compile(
    r"\b(?:fine now|better now|doing well now|doing great|helped (?:a lot|me)|got help|"
    r"haven'?t (?:had|felt)|no longer|in the past|not anymore|years clean|recovered|"
    r"(?:been )?clean for|(?:a )?(?:really )?good place|been fine|used to)\b",
    re.I,
)
STILL_NOW = re.compile(r"\b(?:again|still|lately|these days|right now|tonight|today)\b", re.I)


# "no suicidal thoughts", "I've never been suicidal": only nouns and adjectives are denied
# this way; "I don't want to live" is itself the crisis.
DENIED = re.compile(
    r"\b(?:no|not|never|without|denies|deny|don'?t have|doesn'?t have|haven'?t had|never had|"
    r"never been|not feeling|no longer)\b(?:\s+[\w']+){0,2}\s*$"
)
# "she didn't hurt herself", "I would never hurt myself", "not that I want to die".
VERB_DENIED = re.compile(
    r"\b(?:didn'?t|doesn'?t|did not|does not|would never|wouldn'?t|won'?t|never|"
    r"not that (?:i|he|she)|not (?:going to|gonna|planning (?:to|on)|thinking (?:of|about))|"
    r"(?:no|not having(?: any)?|(?:don'?t|do not|doesn'?t) have(?: any)?) (?:thoughts?|plans?|"
    r"intentions?) (?:of|to|about))\s+$"
)
DENIABLE_VERB = re.compile(r"(?:hurt|harm|cut|burn|kill|want|wanna|wish|end|take|self)")
NOMINAL = re.compile(r"(?:suicid|self[- ]?harm|thoughts?\b)")


@dataclass(frozen=True)
class CrisisFinding:
    label: str  # "wish to die", "suicide", "self-harm"
    text: str  # the words that matched


def normalise(text: str) -> str:
    return re.sub(r"[’‘`´]", "'", text).lower()


def _compiled() -> list[tuple[str, re.Pattern[str]]]:
    return [(label, re.compile(p, re.I)) for label, ps in CRISIS_PATTERNS.items() for p in ps]


_PATTERNS = _compiled()
_ANY = re.compile("|".join(f"(?:{p.pattern})" for _, p in _PATTERNS), re.I)


def find_crisis(text: str) -> tuple[list[CrisisFinding], list[str]]:
    """(current crisis findings, findings ruled out with why)."""
    plain = normalise(text)
    masked = CRISIS_FIGURES.sub(lambda m: "_" * len(m.group(0)), plain)
    found: list[CrisisFinding] = []
    # A masked figure of speech counts as looked at, so the learned backstop stays quiet.
    denied = [f"figure of speech ('{m.group(0)}')" for m in CRISIS_FIGURES.finditer(plain)]
    denied += [f"a safety step ('{m.group(0)}')" for m in SAFETY_STEP.finditer(plain)]
    for label, pattern in _PATTERNS:
        for match in pattern.finditer(masked):
            finding = CrisisFinding(label, plain[match.start() : match.end()].strip())
            before = masked[: match.start()]
            nominal_denied = DENIED.search(before) and NOMINAL.match(finding.text)
            verb_denied = VERB_DENIED.search(before) and DENIABLE_VERB.match(finding.text)
            if nominal_denied or verb_denied:
                denied.append(f"{label} ('{finding.text}'): negated")
            else:
                found.append(finding)
    if not found:
        return [], denied
    if all(NOMINAL.match(f.text) for f in found) and _general_question(plain):
        return [], [f"{f.label} ('{f.text}'): a general question" for f in found]
    why_not = _why_not_current(plain)
    if why_not:
        return [], [f"{f.label} ('{f.text}'): {why_not}" for f in found]
    return found, []


QUESTION = re.compile(
    r"\?\s*$|^\s*(?:what|how|is|are|can|could|does|do|should|will|would|which|when|why|where|any)\b"
)
# "I've been suicidal", "she keeps saying she's suicidal": a person now, not a topic.
SOMEONE_NOW = re.compile(
    r"\b(?:i'?m|im|i am|i feel|i'?ve been|i have been|i keep|i think i|(?:he|she|they)'?s|"
    r"(?:he|she|they) (?:is|has been|keeps|said|says|told|wrote)|my (?:son|daughter|kid|child|"
    r"teen|boy|girl) (?:is|has been|keeps|said|says|told|wrote))\b"
)


def _general_question(plain: str) -> bool:
    """ "What are the warning signs of suicide in teens?": suicide as a topic."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", plain) if NOMINAL.search(s)]
    return bool(sentences) and all(
        QUESTION.search(s) and not SOMEONE_NOW.search(s) for s in sentences
    )


# "if my teen ever told me...", "what if she says...": a worry about the future.
WHAT_IF = re.compile(
    r"\b(?:what if|if\b.{0,40}\bever|(?<!just )in case|how (?:would|will|do) (?:i|we) know if|"
    r"what (?:should|do|would|can) (?:i|we) (?:do|say) if (?!.{0,60}\b(?:keeps?|kept|again)\b))"
)


def _why_not_current(plain: str) -> str | None:
    crisis_sentences = [s for s in re.split(r"(?<=[.!?])\s+", plain) if _ANY.search(s)]
    if crisis_sentences and all(FICTION.search(s) for s in crisis_sentences):
        return "a story, film or the news"
    # Over when the writer says so, or when every crisis sentence is dated long ago ("the
    # suicide clause ran out last year" does not date "they'd all be better off").
    if (
        LONG_AGO.search(plain)
        and not STILL_NOW.search(plain)
        and (OVER_NOW.search(plain) or all(LONG_AGO.search(s) for s in crisis_sentences))
    ):
        return "in the past and over"
    if WHAT_IF.search(plain) and not STILL_NOW.search(plain):
        return "a 'what if'"
    return None
