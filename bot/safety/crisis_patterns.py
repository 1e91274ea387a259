"""Crisis wording in English (thoughts of suicide or self-harm, plain, indirect and teen
wording) as regular expressions; bot.safety.crisis decides what is happening now."""

# Apostrophes typed on phones ("don’t") are folded to "'" before matching.
_NOT = r"(?<!n't )(?<!not )(?<!never )(?<!dont )(?<!nt )"
_SELF = r"(?:my|him|her|them|your|our)\s?(?:self|selves)"
# "cut himself shaving", "hurt herself on the slide": an accident, not self-harm (but "cut
# myself on my arm" is where, not how).
_ACCIDENT = (
    r"(?!\s+(?:\w+\s+)?(?:shaving|cooking|chopping|slicing|playing|by accident|accidentally|"
    r"on (?:a|the|some) (?:\w+\s+)?(?:slide|glass|knife|can|nail|edge|door|fence|rock|table|"
    r"stairs?|steps?|corner|trampoline|bike|scooter|ice)\b|"
    r"at (?:work|practice|school|the (?:park|playground|gym))))"
)

CRISIS_PATTERNS: dict[str, list[str]] = {
    "wish to die": [
        r"\b(?:easier|better)\s+for\s+(?:everyone|everybody|all of you)\s+if\s+(?:i|he|she)\s+"
        r"(?:was|were|wasn'?t|weren'?t)\s+(?:gone|here|around|alive)",
        r"\bwho\s+gets\s+(?:his|her|my)\s+(?:stuff|things|games|switch)\b",
        r"\btired\s+of\s+(?:existing|being alive|living)\b",
        r"\b(?:won'?t|not gonna|not going to|will not)\s+be\s+(?:a\s+)?(?:problem|burden|bother|"
        r"around|here)\s+(?:for\s+)?(?:much|very)\s+(?:longer|long)\b",
        r"\b(?:think|thinking|thought)\s+about\s+(?:just\s+)?(?:not stopping|swerving|"
        r"letting go of the wheel|driving into)\b",
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
        _NOT
        + r"\b(?:wish|wishes|wished)\s+(?:that\s+)?(?:i|he|she|they)(?:'d|\s+had|\s+would\s+have)"
        r"\s+(?:just\s+)?(?:died|not (?:made it|survived|woken up|lived)|"
        r"never (?:woken up|been born|made it))",
        r"\b(?:wish|wishes|wished)\s+(?:that\s+)?(?:i|he|she)\s+(?:hadn'?t|didn'?t)\s+(?:survive|"
        r"survived|make it|made it|wake up|woken up)\b",
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
        # "they'd all be better off", "better off with the life insurance" (but "better off
        # at grandma's this week" is a plan)
        r"\b(?:everyone|everybody|they|y'?all|you all|my (?:family|kids|husband|wife))\s*"
        r"(?:'?d|would)\s+(?:all\s+)?be\s+better\s+off\s*(?:[.!,;]|$|without\s+(?:me|us)\b|if\s+i\b)",
        r"\bbetter\s+off\s+with\s+(?:the|my)\s+(?:life\s+)?insurance\b",
        # "whats the point. im done. bye": hopelessness that closes the conversation
        r"\b(?:what'?s|whats|what is)\s+the\s+point\s*[.!?]+\s*(?:i'?m|im|i am)\s+(?:done|"
        r"finished|out)\b",
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
        # "i have pills saved up just in case" (the verb first is matched above).
        r"\b(?:pills|tablets|meds)\s+(?:saved|stashed|hidden)\s+(?:up|away)\b(?=.{0,40}\b(?:just "
        r"in case|enough|for when|secretly|in secret|so no one)\b)",
        r"\b(?:look(?:ed|ing)?|search(?:ed|ing)?|googl(?:ed|ing))\s+up\s+(?:how|ways?)\s+to\s+"
        r"(?:do it|die|end it|kill)",
        r"\b(?:how to do it|a way to do it|ways? to die)\s+(?:without|that (?:doesn'?t|won'?t))\s+"
        r"(?:it\s+)?hurt",
        r"\bpainless\s+(?:way|ways|death)\b",
        r"\bmake\s+it\s+look\s+like\s+an?\s+accident\b",
        r"\bgoodbye\s+(?:letter|note)s?\b",
        # a thank-you that ends treatment and says goodbye: "won't need the follow up appts. bye"
        r"\b(?:won'?t|wont|will not|don'?t|dont)\s+(?:need|be needing|be coming to)\s+"
        r"(?:the\s+|my\s+|any\s+(?:more\s+)?)?(?:follow[- ]?ups?|appointments?|appts?|meds|"
        r"medicines?|treatment|checkups?)\b.{0,60}\b(?:bye|goodbye|farewell)\b",
        r"\bpost(?:ing|ed|s)?\s+goodbye\s+(?:message|post|video)s?\b",
        r"\b(?:i'?m|im|i\s+am)\s+(?:standing|sitting)\s+on\s+(?:the|a|top of the)\s+"
        r"(?:bridge|ledge|roof|edge|train\s+tracks|tracks)\b(?=.*\b(?:now|tonight|again)\b)",
        r"\b(?:say|said|saying)\s+(?:my\s+)?goodbyes?\b(?=.*\b(?:forever|for good|last)\b)",
        r"\bthoughts?\s+(?:of|about)\s+(?:dying|death|being dead|not being here|"
        r"ending (?:it|my life)|killing)",
        r"\b(?:dark|bad|scary)\s+thoughts\b(?=.*\b(?:die|dying|dead|end|hurt|kill|harm)\w*)",
    ],
    "self-harm": [
        r"\bself[- ]?harm\w*",
        r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|scratch|scratching|"
        r"punish|punishing|hit|hitting|starve|starving)\s+" + _SELF + r"\b" + _ACCIDENT,
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
        r"\b(?:hurt|hurts|hurting|cut|cuts|cutting)\s+(?:herself|himself|themselves)\b" + _ACCIDENT,
    ],
}
