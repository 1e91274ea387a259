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

# Apostrophes typed on phones ("don’t") are folded to "'" before matching.
_NOT = r"(?<!n't )(?<!not )(?<!never )(?<!dont )(?<!nt )"
_SELF = r"(?:my|him|her|them|your|our)\s?(?:self|selves)"

CRISIS_PATTERNS: dict[str, list[str]] = {
    "wish to die": [
        r"\b(?:easier|better)\s+for\s+(?:everyone|everybody|all of you)\s+if\s+(?:i|he|she)\s+"
        r"(?:was|were|wasn'?t|weren'?t)\s+(?:gone|here|around|alive)",
        r"\bwho\s+gets\s+(?:his|her|my)\s+(?:stuff|things|games|switch)\b",
        r"\btell\s+(?:mom|mum|dad|everyone|them|my \w+)\s+(?:i'?m\s+sorry|i\s+love)",
        r"\bhow\s+(?:tall|high)\s+(?:the|a|that)\s+(?:parking\s+garage|garage|building|bridge|roof|"
        r"tower)\b",
        _NOT + r"\b(?:want|wants|wanted|wanna|wish|wishes|wished|ready|plan|planning|tried)\s+"
        r"(?:to\s+)?(?:just\s+)?(?:die|be dead|d1e|not be alive)\b",
        r"\b(?:hope|hoping|wish|wishing|pray|praying)\w*\b.{0,60}\b(?:don'?t|dont|never|not)\s+"
        r"wake\s+up\b",
        r"\b(?:(?:i|he|she)\s+)?(?:don'?t|dont|doesn'?t)\s+(?:wanna|want to)\s+wake\s+up\b",
        r"\bwhy\s+am\s+i\s+(?:still\s+)?(?:alive|here|living)\b",
        r"\b(?:wake|woke|waking)\s+up\b.{0,25}\b(?:disappointed|wish i (?:hadn'?t|didn'?t))",
        r"\b(?:no ?one|nobody|noone)\s+would\s+(?:even\s+)?(?:notice|care|miss me)\b.{0,25}\bif\s+"
        r"(?:i|he|she)\s+(?:disappeared|died|was gone|were gone|wasn'?t here)",
        r"\bbetter\s+off\b.{0,60}\bthan\s+(?:with\s+)?(?:me|having me)\b",
        r"\bthink(?:s|ing)?\s+(?:a lot\s+|all the time\s+)?about\s+(?:dying|being dead|death|"
        r"killing (?:my|him|her)self|ending (?:it|my life)|not being here)\b",
        r"\b(?:walk|step|run|jump|drive)\w*\s+(?:out\s+)?(?:into|in front of)\s+(?:the\s+|a\s+)?"
        r"(?:traffic|a car|a bus|a train|the road|the highway)\b",
        r"\b(?:die|dead|get me|kill\w*)\b.{0,60}\b(?:i'?ll|ill|i will|gonna)\s+do\s+it\s+myself\b",
        _NOT + r"\b(?:want|wants|wanna|wish)\w*\s+(?:i|he|she|they)\s+(?:was|were)\s+(?:dead|gone|"
        r"never born)\b",
        r"\b(?:don'?t|do not|doesn'?t|does not|no longer|dont)\s+(?:want|wanna)\s+(?:to\s+)?"
        r"(?:live|be alive|exist|be here|wake up|go on|keep going|keep living|be around)\b"
        r"(?!\s+(?:in|at)\s+(?:the|this)\s+(?:hospital|clinic|hotel|house|room|waiting))",
        r"\b(?:go to sleep|fall asleep|sleep)\s+and\s+(?:never|not)\s+wake\s+up\b",
        r"\bwish\s+(?:i|he|she)\s+(?:could\s+)?(?:just\s+)?(?:disappear|vanish|not exist)",
        r"\b(?:want|wanna)\s+(?:to\s+)?(?:just\s+)?disappear\b(?!\s+(?:for|to|into|from))",
        r"\bbetter off\s+(?:dead|without\s+(?:me|him|her)|if\s+(?:i|he|she)\s+(?:just\s+)?"
        r"(?:was|were|wasn'?t|weren'?t|died|was gone))",
        r"\b(?:sleep|be asleep)\s+forever\b",
        r"\bmy\s+(?:own\s+)?funeral\b",
        r"\b(?:make|making)\s+(?:it|this|everything)\s+(?:all\s+)?stop\s+for\s+good\b",
        r"\b(?:end|stop|leave)\s+(?:it|everything|this|things)\s+for\s+good\b",
        r"\blast\s+(?:thing|message|time)\s+(?:i|you'?ll|you will)\s+(?:ever\s+)?(?:type|write|say|"
        r"hear|send)",
        r"\btake\s+care\s+of\s+(?:mom|dad|my \w+|mum|everyone)\s+for\s+me\b",
        r"\bsorry\s+for\s+everything\b",
        r"\b(?:edge|ledge|roof|top of the (?:parking )?garage|bridge|"
        r"balcony)\b.{0,80}\b(?:step|jump|"
        r"fall)\w*\s+off\b",
        r"\bhow\s+easy\s+it\s+would\s+be\s+to\s+(?:just\s+)?(?:end|step|jump|die|go|disappear)",
        r"\bhow\s+many\s+(?:of\s+)?(?:[\w']+\s+){0,2}(?:pills|meds|tablets|ativan|tylenol|oxy\w*|"
        r"sleeping pills)\s+(?:it\s+)?(?:would|does it|to)\s+(?:take|kill)",
        r"\bpills\s+(?:all\s+)?lined\s+up\b",
        r"\bstop(?:ped)?\s+existing\b",
        r"\b(?:working out|figuring out|figured out)\s+how\b(?=.{0,10}$)",
        r"\b(?:no ?one|nobody|noone)\s+(?:will|would|is going to|gonna)\s+(?:even\s+)?miss\s+"
        r"(?:me|her|him)\b",
        r"\b(?:know|figured out|planned|planning|thought about|decided)\s+(?:exactly\s+)?how\s+"
        r"(?:i'?m|im|i am|i'?d|i would|to|i'?ll)\s+(?:going to\s+|gonna\s+)?(?:do it|"
        r"end it|make it "
        r"stop|kill)",
        r"\b(?:wish|wishes|wished|hope|hopes|hoping|want|wants)\b.{0,50}\b(?:would|will|to)\s+"
        r"(?:just\s+)?(?:hurry up and\s+)?(?:kill|take)\s+(?:me|her|him)\b",
        r"\b(?:can'?t|cant|cannot)\s+(?:keep going|go on|do this anymore)\b.{0,80}\b(?:pills|die|"
        r"dead|end|gone|gun|rope)",
        r"\b(?:no|what'?s the|whats the|no real)\s+(?:reason|point)\s+(?:to|in|of)\s+"
        r"(?:live|living|being alive|going on|any of (?:this|it)|life|trying anymore)\b",
        r"\b(?:can'?t|cannot|cant)\s+(?:go on|keep going|keep living)\s*(?:living|anymore|like "
        r"this)?\b(?=.*\b(?:die|dead|end|life|living|anymore|gone)\b)",
        r"\b(?:i'?m|im|i am)\s+(?:done|finished)\s+with\s+(?:life|living|everything|it all)\b",
        r"\bnot\s+(?:be|being)\s+(?:here|around)\s+(?:much\s+)?(?:longer|anymore)\b",
    ],
    "suicide": [
        r"\bsuicid\w*",
        r"\bs[\W_]*u[\W_]*i[\W_]*c[\W_]*i[\W_]*d[\W_]*e\b",
        r"\bsewer\s?slide\b",
        r"\bun-?aliv\w*",
        r"\bkms\b",
        r"\bk\.m\.s\b",
        r"\b(?:kill|killing|killed|end|ending|ended|off|offing|hang|hanging|shoot|"
        r"shooting|drown|drowning)\s+" + _SELF + r"\b",
        r"\b(?:end|ending|ended|take|taking|took)\s+(?:my|his|her|their)\s+(?:own\s+)?life\b",
        r"\bend(?:ing)?\s+(?:it|it all|everything|things)\b(?!\s+(?:with|early|now\b))",
        r"\b(?:overdose|overdosing|od'?ing|od on)\b",
        r"\b(?:saving|saved|stockpil\w+|hoard\w*|hiding|hid|stash\w*|counting)\s+(?:up\s+)?"
        r"(?:my|his|her|all|the)\s+(?:[\w']+\s+){0,2}(?:pills|meds|tablets|medicines?|medication|"
        r"oxy\w*|painkillers|pain pills|tylenol|ativan|lorazepam|xanax|morphine)\b",
        r"\b(?:keep|kept)\s+counting\s+(?:them|the pills|my pills)\b",
        r"\b(?:took|taken|take|taking|swallow(?:ed|ing)?)\s+"
        r"(?:like\s+)?(?:a\s+(?:whole\s+)?(?:bunch|lot|handful|bottle)\s+of|all\s+"
        r"(?:of\s+)?(?:my|his|her|the|their|mom'?s|dad'?s)?|too many|lots of)\s*"
        r"(?:[\w']+\s+){0,2}(?:pills|meds|tablets|medicines?|medication|sleeping pills)\b"
        r"(?!\s+(?:with|at (?!once)|for|on time|today|this morning|yet|correctly|right))",
        r"\b(?:take|taking|swallow\w*)\s+(?:all|the whole)\s+(?:of\s+)?(?:it|them|bottle|"
        r"the bottle)\b",
        r"\bjust\s+(?:being|be)\s+done\b",
        r"\btoo\s+(?:much|many)\b.{0,60}\bon purpose\b|"
        r"\bon purpose\b.{0,40}\btoo\s+(?:much|many)\b",
        r"\b(?:gave|giving|give)\s+(?:away\s+)?(?:all\s+)?(?:my|his|her)\s+(?:stuff|things|"
        r"\w+\s+and\s+all\s+(?:my|his|her)\s+\w+)\b.{0,80}\b(?:letters?|goodbye|ready|won'?t need)",
        r"\bwrote\s+(?:goodbye\s+)?letters\s+(?:for|to)\s+(?:everyone|everybody|my family|all)\b",
        r"\bi'?ve\s+(?:decided|made up my mind)\b.{0,40}\b(?:tonight|tomorrow|today)\b",
        r"\bwon'?t\s+need\s+(?:this|these|them|it)\s+(?:anymore|any more)\b",
        r"\b(?:jump|jumping)\s+(?:off|from|in front of)\s+(?:a|the|that)\s+"
        r"(?:bridge|roof|building|train|car|balcony)",
        r"\b(?:drive|driving|drove)\s+(?:my car\s+|the car\s+)?(?:off|into)\s+(?:the|a)\s+"
        r"(?:road|bridge|wall|tree|river|cliff|traffic)",
        r"\bnoose\b",
        r"\b(?:look(?:ed|ing)?|search(?:ed|ing)?|googl(?:ed|ing))\s+up\s+(?:how|ways?)\s+to\s+"
        r"(?:do it|die|end it|kill)",
        r"\b(?:how to do it|a way to do it|ways? to die)\s+(?:without|that (?:doesn'?t|won'?t))\s+"
        r"(?:it\s+)?hurt",
        r"\bpainless\s+(?:way|ways|death)\b",
        r"\bgoodbye\s+(?:letter|note)s?\b",
        r"\b(?:say|said|saying)\s+(?:my\s+)?goodbyes?\b(?=.*\b(?:forever|for good|last)\b)",
        r"\bthoughts?\s+(?:of|about)\s+(?:dying|death|being dead|not being here|"
        r"ending (?:it|my life)|killing)",
        r"\b(?:dark|bad|scary)\s+thoughts\b(?=.*\b(?:die|dying|dead|end|hurt|kill|harm)\w*)",
    ],
    "self-harm": [
        r"\bself[- ]?harm\w*",
        r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|scratch|scratching|"
        r"punish|punishing|hit|hitting|starve|starving)\s+" + _SELF + r"\b",
        r"\b(?:been|started|start|keep|keeps|kept|is|was|am|i'?m|im|she'?s|he'?s)\s+"
        r"(?:cutting|burning)\b(?!\s+(?:the|a|his|her|my|our|up|out|back|down|off|in|it|"
        r"class|school|hair|paper|food|meat|carbs|sugar|tape|line))",
        r"\bcutting\s+(?:again|myself|herself|himself|her arms?|his arms?|my arms?|"
        r"(?:her|his|my) (?:wrists?|legs?|thighs?|skin))\b",
        r"\b(?:cuts|scars|burns|marks|scratches)\s+(?:on|all over)\s+(?:her|his|my|their)\s+"
        r"(?:arms?|wrists?|legs?|thighs?|stomach)\b(?!.*\b(?:from (?:the|her|his) (?:line|port|"
        r"catheter|iv|surgery|biopsy|fall|cat|dog)))",
        r"\b(?:razor|blade)s?\b(?=.*\b(?:myself|herself|himself|arm|wrist|skin|cut|hurt)\b)",
        r"\brazor\s*blades?\b(?!.*\bshav)",
        r"\bon purpose\b(?=.*\b(?:hurt|cut|burn|bleed|pills)\w*)",
        r"\b(?:bang|banging|hit|hitting|smash\w*)\s+(?:my|his|her)\s+head\s+(?:on|against|into)\b",
        r"\bpunch\w*\s+(?:the\s+)?walls?\b.{0,40}\b(?:bleed|till|until|hate)",
        r"\b(?:burn|burning|burned|burnt|cut|cutting|scratch\w*|hit|hitting|pick\w*|bit|biting)\s+"
        r"(?:my|his|her|their)\s+(?:legs?|arms?|wrists?|skin|thighs?|stomach|hands?|face)\s+"
        r"(?:with\s+(?:a\s+)?(?:lighter|knife|blade|razor|scissors|pen|lid|match)|on purpose|"
        r"(?:until|till|til)\s+(?:it|they)\s+bleed)",
        r"\b(?:relapsed|relapse)\s+on\s+(?:sh|self[- ]?harm|cutting)\b",
        r"\b(?:cuts|scars|burns|scratches|marks)\s+(?:on|all over)\s+(?:[\w']+\s+){1,2}(?:arms?|"
        r"wrists?|legs?|thighs?|stomach|forearms?)\b(?!.*\b(?:from (?:the|her|his) (?:line|port|"
        r"catheter|iv|surgery|biopsy|fall)))",
        r"\b(?:my|her|his)\s+(?:arm|wrist|skin|legs?|thighs?|forearm)\s+(?:till|until|til)\s+"
        r"(?:it|they)\s+bleeds?\b",
        r"\b(?:sh|self[- ]?harm)\b.{0,40}\b(?:again|clean|relapse|urges?)\b",
        r"\blocked\s+(?:him|her|my|them)sel(?:f|ves)\s+in\b.{0,60}\b(?:won'?t|not)\s+(?:answer|open|"
        r"respond)",
        r"\b(?:hurt|hurts|hurting|cut|cuts|cutting)\s+(?:herself|himself|themselves)\b",
    ],
}

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
    r"\bsuicide\s+(?:gene|genes|switch|switches|mechanism|system)\b",
    re.I,
)
# A film, a book or the news: the story is not about the family.
FICTION = re.compile(
    r"\b(?:movie|film|show|series|episode|book|novel|song|news|article|documentary|"
    r"character|story on|podcast|video game)\b",
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
    r"not that (?:i|he|she))\s+$"
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
    r"\b(?:what if|if\b.{0,40}\bever|in case|how (?:would|will|do) (?:i|we) know if)\b"
)


def _why_not_current(plain: str) -> str | None:
    crisis_sentences = [s for s in re.split(r"(?<=[.!?])\s+", plain) if _ANY.search(s)]
    if crisis_sentences and all(FICTION.search(s) for s in crisis_sentences):
        return "a story, film or the news"
    if LONG_AGO.search(plain) and not STILL_NOW.search(plain):
        return "in the past and over"
    if WHAT_IF.search(plain) and not STILL_NOW.search(plain):
        return "a 'what if'"
    return None
