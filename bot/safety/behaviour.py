"""Signs in plain words: how families describe ICANS and CRS with no textbook term, above
all behaviour change ("he's just not himself", "staring past me", "his words come out
wrong", "her handwriting looks like scribbles", "so sleepy I can't get him up"), but also
a fever felt by hand, ribs or belly pulling in, cold clammy skin.

These are phrases, so they are regular expressions; each match becomes a symptom span
that goes through the same context rules (negation, past, "what if", someone else) as
the token patterns in bot.safety.patterns.
"""

import re

# ("off oxygen", "off the steroids": a treatment stopped, not a state)
_OFF = (
    r"off(?!\s+(?:oxygen|o2|the\b|his\b|her\b|my\b|steroids|meds|medicines?|antibiotics|"
    r"fluids|work|school))"
)
_STATE = (
    rf"(?:strange|weird|odd|{_OFF}|different|funny|wrong|not right|out of it|spacey|spacy|loopy)"
)
_NOW = r"(?:today|tonight|now|right now|this (?:morning|afternoon|evening)|since|all of a sudden)"

BEHAVIOUR: dict[str, list[str]] = {
    "trouble breathing": [
        r"\bwheez\w*",
        r"\b(?:stop|stops|stopping|pause|pauses)\s+(?:mid[- ]sentence|talking|every few words)\s+"
        r"to\s+(?:get|catch|take)\s+(?:air|a breath|(?:his|her|my)\s+breath)",
        r"\bcan'?t\s+catch\s+(?:his|her|my)\s+breath\b",
        r"\bbreath\w*\s+(?:so\s+|much\s+|a lot\s+|really\s+)?(?:harder|faster|heavier)\s+than\b",
        r"\bgrunt\w*\s+(?:a little\s+|a bit\s+)?(?:(?:noise|sound)s?\s+)?(?:with|on|every|each)\s+"
        r"(?:each\s+|every\s+)?breath",
        r"\b(?:can'?t|cannot|can not)\s+(?:lie|lay)\s+(?:down\s+)?flat\b",
        r"\bout\s+of\s+breath\b",
        # retractions: "his belly sucks in under his ribs with every breath"
        r"\b(?:belly|tummy|stomach|skin|neck|chest)\s+(?:sucks?|sucking|pulls?|pulling|caves?|"
        r"caving)\s+in\b",
        r"\b(?:can'?t|cant|cannot|couldn'?t)\s+finish\s+(?:a|her|his|my)\s+sentence\b",
        # nasal flaring: "nostrils flaring", "his nose flares with each breath"
        r"\b(?:nostrils?|nose)\s+(?:is\s+|are\s+|keeps?\s+)?flar(?:e|es|ing)\b",
        r"\bflar(?:e|es|ing)\s+(?:his|her|their|my)\s+nostrils\b",
    ],
    "fever": [
        # a fever felt by hand: "she feels like a furnace", "his forehead is so hot"
        r"\b(?:feels?|felt|is|'s)\s+like\s+(?:an?\s+)?(?:furnace|oven|space heater|heater|radiator|"
        r"fireball|hot coal)\b",
        r"\b(?:forehead|skin|body|head)\s+(?:is|feels?|felt)\s+(?:really\s+|so\s+|super\s+|very\s+)"
        r"?(?:hot|burning)\b",
    ],
    "seizure": [
        r"\btonic[- ]clonic\b",
        r"\bpost[- ]?ictal\b",
        r"\bseizing\b",
    ],
    "confusion": [
        r"\bsleep\w*\s+(?:about\s+|like\s+|almost\s+)?(?:1[6-9]|2[0-4])\s+hours\b",
        r"\bstar(?:e|es|ing)\s+at\s+the\s+(?:tv|screen|wall|phone)\s+without\b",
        r"\banswers?\s+['\"]?(?:yeah|yes|ok|okay)['\"]?\s+to\s+everything\b",
        r"\bnonsense\s+(?:words|sentences|writing|talk|letters)\b",
        r"\bnothing\s+like\s+(?:his|her|my)\s+(?:normal|usual|own)\s+(?:writing|handwriting)\b",
        r"\b(?:acting|acts|behaving|talking|(?:he|she|he'?s|she'?s|hes|shes|i|i'?m|im)\s+(?:seems?|"
        r"looks?|looking|being))\s+(?:really\s+|so\s+|"
        r"very\s+|kinda\s+|kind of\s+|a bit\s+|a little\s+|super\s+)?" + _STATE + r"\b",
        r"\b(?:is|was|'s|s)\s+(?:being\s+)?(?:really\s+|so\s+|very\s+|super\s+)?(?:strange|weird|odd)\s+"
        + _NOW,
        r"\bnot\s+(?:acting\s+|being\s+|behaving\s+)?like\s+(?:him|her|my|them)sel(?:f|ves)\b",
        r"\bnot\s+(?:like\s+this|(?:him|her)self)\s+at\s+all\b",
        r"\b(?:he|she|he'?s|she'?s|hes|shes|seems?|looks?)\s+(?:just\s+)?not\s+(?:right|with it|"
        r"all there)\b",
        r"\bstar(?:e|es|ing|ed)\s+(?:past|through|at nothing|off|blankly|into (?:nothing|space)|"
        r"at the (?:wall|ceiling)|straight ahead)",
        r"\b(?:blank|empty|vacant|glassy|glazed)\s+(?:look|stare|face|eyes|expression)\b",
        r"\b(?:face|eyes|look)\s+(?:looks?\s+|is\s+|are\s+)?(?:kinda\s+|kind of\s+|really\s+|so\s+|"
        r"all\s+)?(?:blank|empty|vacant|glassy|glazed)\b",
        r"\b(?:doesn'?t|does not|won'?t|didn'?t|isn'?t|not|barely)\s+(?:react|reacting|respond|"
        r"responding|answer|answering|blink|blinking)\b",
        r"\b(?:asks?|asked|asking|saying|says)\s+(?:me\s+)?the\s+same\s+(?:thing|question|stuff)\s+"
        r"(?:over|again|like|\d|a hundred|five|ten)",
        r"\b(?:repeating|repeats)\s+(?:him|her|my)self\b",
        r"\b(?:can'?t|cant|cannot|doesn'?t|does not|don'?t|didn'?t)\s+(?:remember|know|recall)\s+"
        r"(?:what day|what year|where (?:she|he|i|we) (?:is|am|are|was)|why (?:she|he|i)'?(?:s|m)?|"
        r"who (?:i|she|he|we) (?:am|is|are)|(?:his|her|my) (?:own )?name|asking)",
        r"\b(?:forgets?|forgot|forgetting)\s+what\s+(?:he|she|i)\s+(?:was|is|am)\s+(?:saying|doing)",
        r"\b(?:won'?t|can'?t|cant|couldn'?t|doesn'?t|does not)\s+(?:do|follow)\s+(?:simple|easy|"
        r"basic)\b",
        r"\b(?:called|calls|calling)\s+(?:me|him|her|us|(?:his|her|my|the)\s+\w+)\s+by\s+"
        r"(?:the|a|his|her|my)\s+\w+'?s?\s+name\b",
        r"\btalk\w*\s+(?:total\s+|complete\s+|pure\s+)?(?:nonsense|gibberish)\b",
        r"\b(?:suddenly|so|really|super|very)\s+clumsy\b",
        r"\b(?:can'?t|cant|couldn'?t|doesn'?t|didn'?t)\s+remember\s+(?:the|his|her|our|my)\s+\w+'?s\s+"
        r"name\b",
        r"\b(?:seems?|looks?|acting|acts)\s+(?:like\s+(?:he'?s|she'?s|he is|she is)\s+)?drunk\b",
        r"\bwent\s+(?:really\s+|very\s+)?quiet\s+all\s+of\s+a\s+sudden\b",
        r"\bnot\s+(?:making|talking)\s+(?:any\s+)?sense\b",
        r"\b(?:asked|asking|asks)\s+(?:me\s+)?(?:who|where)\s+(?:i|she|he|we)\s+(?:am|is|are)\b",
        r"\b(?:seeing|sees|saw|hearing|hears|talking to|talks to)\s+(?:things|people|someone|"
        r"somebody|voices|bugs)\b.{0,30}\b(?:aren'?t|isn'?t|are not|is not|weren'?t|"
        r"wasn'?t)\s+there",
        r"\bwhen\s+i\s+asked\s+(?:him|her)\s+(?:his|her)\s+(?:own\s+)?name\b",
        r"\b(?:i|he|she)\s+(?:feel|feels|felt)\s+(?:so\s+|really\s+|very\s+)?(?:weird|strange|off|"
        r"spacey|foggy|out of it)\b",
        r"\b(?:losing|lost|loses)\s+(?:track of\s+)?what\s+(?:i|he|she)\s+(?:was|is|am)\s+saying",
        r"\b(?:agitated|aggressive|combative|violent)\b",
        r"\b(?:he'?s|she'?s|has|have|hes|shes)\s+been\s+(?:kind of\s+|kinda\s+|really\s+|"
        r"so\s+|a bit\s+|"
        r"acting\s+)?(?:weird|strange|odd|" + _OFF + r"|confused|out of it|spacey|loopy)\b",
        r"\bkeeps?\s+asking\b.{0,60}\b(?:every|over and over|again and again|even after)",
        r"\blike\s+(?:she'?s|he'?s|she has|he has)\s+never\s+seen\s+(?:me|us|him|her)\b",
        r"\b(?:doesn'?t|does not|didn'?t)\s+know\s+what\s+(?:a|an|the)\s+\w+\s+is\b",
        r"\basked\s+(?:me\s+)?who\s+(?:that|this|the)\s+\w+\s+(?:is|was)\b",
        r"\basked\s+(?:me\s+)?what\s+(?:planet|year|day|city|place)\b",
        r"\b(?:bugs|spiders|ants|people|faces)\s+(?:on|in|crawling on)\s+the\s+(?:ceiling|walls?|"
        r"room|floor)\b",
        r"\b(?:ceiling|walls?|room|floor)\s+(?:is|are)\s+(?:moving|melting|breathing)\b",
        r"\bice\s+(?:score|check|test)\b.{0,40}\b(?:was|is|now|just now|:)?\s*[0-8]\b",
        r"\b(?:couldn'?t|can'?t|cant)\s+name\s+(?:the|a|simple)\b",
        r"\blook(?:s|ed|ing)?\s+(?:right\s+|straight\s+)?through\s+(?:me|us|him|her)\b",
        r"\b(?:his|her)\s+(?:phone|keys|remote|shoes?|toothbrush)\s+in\s+the\s+(?:fridge|freezer|"
        r"oven|microwave|toilet|trash)\b",
        r"\b(?:pictures|drawings?)\s+(?:that\s+)?(?:\w+\s+){0,2}look\s+like\s+(?:a\s+)?(?:(?:little|"
        r"small|much younger)\s+(?:kid|child)|toddler|preschooler)",
        r"\bnot\s+acting\s+(?:right|normal|like\s+(?:his|her|my)\s+(?:usual|normal)\s+self)\b",
        # "he's acting paranoid", not "am I just being paranoid?" or "paranoid about germs"
        r"\b(?:acting|seems?|(?:he|she)'?s|(?:he|she)\s+is|gotten|getting)\s+(?:really\s+|so\s+|"
        r"very\s+|super\s+|kinda\s+|a bit\s+)?paranoid\b(?!\s+about)",
        r"\b(?:thinks?|saying|says|convinced|insists?)\s+(?:that\s+)?(?:the\s+)?(?:nurses?|doctors?|"
        r"people|someone|we|i|everyone)\s+(?:is|are|was|were)\s+(?:trying\s+to\s+(?:hurt|kill|"
        r"poison)|poisoning|after)\b",
    ],
    "weakness": [
        r"\b(?:he|she|i|my \w+)\s+(?:suddenly\s+)?(?:can'?t|cant|cannot|couldn'?t|is unable to)\s+"
        r"(?:stand|walk|get up|sit up|hold (?:her|his|my) head up|move (?:her|his|my) \w+)",
        r"\b(?:arms?|legs?|side|hands?|face)\s+(?:is\s+|are\s+|feels?\s+|look\s+)?(?:really\s+|very\s+"
        r"|so\s+|super\s+)?(?:weak|numb|limp|droopy|drooping)\b",
    ],
    "trouble speaking or understanding": [
        r"\bstutter\w*",
        r"\b(?:keeps?|keeping)\s+losing\s+(?:his|her|my|the)\s+(?:words|track|train of thought)",
        r"\blooks?\s+like\s+a\s+\d+\s*(?:year|yr)s?[- ]old\s+wrote\s+it\b",
        r"\bskip(?:ped|ping|s)?\s+(?:half|most|a lot)\s+of\s+the\s+words\b",
        r"\bwords?\s+(?:are\s+|is\s+|keep\s+)?(?:com(?:ing|es?)|came)\s+out\s+(?:all\s+)?(?:wrong|weird|"
        r"funny|jumbled|mixed|slow|slurred)",
        r"\b(?:talks?|talking|speaks?|speaking|speech)\s+(?:is\s+)?(?:so\s+|very\s+|really\s+|super\s+)?"
        r"(?:slow|slowly|slurry|thick|weird|strange|funny|different)\b",
        r"\bstops?\s+in\s+the\s+middle\s+of\s+(?:a\s+|his\s+|her\s+)?(?:sentence|words?|talking)",
        r"\b(?:wrong|weird|made[- ]up|strange)\s+(?:words|names)\s+for\b",
        r"\b(?:handwriting|writing|signature|letters)\s+(?:looks?|is|are|has|got|became|went|seems?)\s+"
        r"(?:\w+\s+){0,3}?(?:strange|weird|messy|different|off|wrong|shaky|sloppy|scribbl\w*|"
        r"wobbly|worse|like a toddler'?s?|unreadable|illegible)",
        r"\bcan'?t\s+(?:write|spell)\s+(?:his|her|my)\s+(?:own\s+)?name\b",
        r"\bscribbles\b",
        r"\bwords?\s+(?:are\s+|is\s+|so\s+)?(?:hard|difficult)\b",
        r"\btyping\s+(?:so\s+|very\s+|really\s+)?slow",
        r"\b(?:he|she|my \w+)\s+(?:suddenly\s+)?(?:can'?t|cant|cannot|couldn'?t)\s+(?:read|"
        r"write|spell|"
        r"count|draw|hold a pen)\b",
        r"\b(?:can'?t|cant|cannot)\s+get\s+(?:him|her)\s+to\s+(?:say|talk|speak|answer|respond)",
        # Thinking that was there yesterday: sums, the "serial 7s", reading, following a show.
        r"\b(?:can'?t|cant|cannot|couldn'?t|unable to)\s+"
        r"(?:do|add|count|subtract|solve|figure out)\s+"
        r"(?:\w+\s+){0,2}?(?:\d+\s*(?:\+|plus)\s*\d+|(?:simple|easy|basic)\s+(?:math|sums)|the 7s|"
        r"sevens|backwards)(?!\s+yet)",
        r"\b(?:letters|words)\b.{0,30}\b(?:don'?t|doesn'?t)\s+(?:mean|make)\s+(?:anything|sense)",
        r"\b(?:can'?t|cant|couldn'?t)\s+follow\s+(?:it|the show|a show|(?:his|her)\s+\w+\s+show|"
        r"the (?:story|movie|conversation)|what)",
        r"\b(?:asked|asks|asking)\b.{0,60}\b(?:three|four|five|six|3|4|5|6|several)\s+times\s+in\s+"
        r"(?:the\s+(?:last|past)\s+)?(?:\w+\s+)?(?:minutes?|mins?|an hour|hour)\b",
        r"\b(?:talk|chat)\w*\s+(?:to|with)\b.{0,80}\b(?:died|passed away|is dead|who isn'?t there|"
        r"nobody (?:is )?there|no one (?:is )?there)\b",
    ],
    "low blood pressure": [
        r"\b(?:mottled|blotchy)\b.{0,30}\b(?:purple|blue|cold|grey|gray)\b",
        r"\bcold\s+and\s+clammy\b|\bclammy\s+and\s+cold\b",
        r"\b(?:white|pale)\s+as\s+(?:a\s+)?(?:sheet|ghost)\b",
        r"\b(?:hands|feet|fingers|toes)\s+(?:are\s+|feel\s+)?(?:ice\s+|icy\s+|so\s+|really\s+)?"
        r"cold\s+to\s+(?:the\s+)?touch\b",
    ],
    "bleeding or bruising": [
        r"\b(?:black|tarry|tar-like)\s+(?:and\s+tarry\s+)?(?:poo|poop|stools?|bm|diapers?)\b",
    ],
    # A central line that cracks, leaks or comes out: clamp it and call now.
    "central line damage": [
        r"\b(?:central line|port|picc(?: line)?|broviac|hickman|cvc|catheter|(?:his|her|my) line)\b"
        r"[^.?!]{0,40}?\b(?:crack(?:ed|ing|s)?|leak(?:ed|ing|s)?|broke(?:n)?|split|snapped|"
        r"came out|fell out|pulled out|came undone|is out)\b",
        r"\b(?:cracked|broken|leaking|split)\s+(?:central\s+)?(?:line|port|picc|catheter)\b",
    ],
    # A nurse's shorthand: "tachypneic 36/min"; an ICE score under 10 is ICANS.
    "fast breathing": [r"\btachypn\w*"],
    "ICE score under 10": [
        r"\bICE\s*(?:score\s*)?(?:of\s+|is\s+|now\s+|at\s+|down\s+to\s+)?[0-9]\s*/\s*10\b"
    ],
    "tremor": [
        r"\b(?:his|her)\s+hands?\s+(?:is\s+|are\s+|keeps?\s+)?(?:wobbl\w+|shak(?:y|ing|es))\b",
        r"\bhands?\s+wobbl\w+",
    ],
    "severe headache": [
        r"\b(?:holding|grabbing|clutching)\s+(?:his|her|my)\s+head\b",
        r"\bhead\s+hurts?\s+(?:so|really|very|too)\s+(?:bad|much)",
    ],
    "fast heartbeat": [
        r"\b(?:heart rate|pulse|hr|heartrate)\s+(?:is\s+|of\s+|at\s+|was\s+|esta\s+en\s+|en\s+)?"
        r"(?:1[4-9]\d|2\d\d)\b",
    ],
    "unusual sleepiness": [
        r"\b(?:very|so|too|really|super|extremely)\s+sleep\b",
        r"\b(?:so|very|really|super|too)\s+(?:sleepy|drowsy|out of it)\s+(?:that\s+)?(?:i|we)\s+"
        r"(?:can'?t|cant|couldn'?t)\b",
        r"\bopens?\s+(?:her|his|my)\s+eyes\s+(?:a\s+)?(?:little|a bit|for a second)\b",
        r"\b(?:falls?|fell|falling)\s+(?:right\s+)?(?:back\s+)?asleep\s+(?:again\s+)?(?:mid|in the "
        r"middle|while|during)",
        r"\b(?:can'?t|cant|couldn'?t|cannot)\s+(?:get|keep)\s+(?:him|her|me)\s+(?:up|awake)\b",
        r"\bwon'?t\s+(?:wake|stay awake|wake up)\b",
        r"\bfloppy\b",
        r"\b(?:can'?t|cant|cannot|couldn'?t)\s+get\s+(?:him|her)\s+(?:properly\s+|fully\s+)?awake\b",
        r"\b(?:then|and)\s+(?:she'?s|he'?s)\s+gone\s+again\b",
        r"\b(?:barely|can'?t|cant|hardly)\s+(?:get|keep)\s+(?:his|her|my)\s+eyes\s+open\b",
        r"\basleep\s+for\s+(?:like\s+|about\s+|over\s+)?\d+\s+hours\b",
    ],
}

COMPILED = {label: [re.compile(p, re.I) for p in ps] for label, ps in BEHAVIOUR.items()}


def behaviour_matches(text: str) -> list[tuple[str, int, int]]:
    """(screen label, start, end) of each plain-words behaviour change in `text`."""
    folded = re.sub(r"[’‘`´]", "'", text)
    return [
        (label, m.start(), m.end())
        for label, patterns in COMPILED.items()
        for pattern in patterns
        for m in pattern.finditer(folded)
    ]
