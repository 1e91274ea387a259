"""Is a mentioned symptom happening now, to the patient? Negation, past, "what if",
general questions, other people and figures of speech each say "not now"."""

import re

from spacy.tokens import Span, Token

from bot.safety.lexicon import (
    CARETAKERS,
    FAMILY_POSS,
    FAMILY_REPORTERS,
    FILLERS,
    GENERIC_DETS,
    LAUGHTER,
    NOT_THE_PATIENT,
    OTHER_MARKERS,
    PARTNERS,
    PERSONAL,
    QUESTION_START,
    SAYING_VERBS,
)
from bot.safety.time_cues import (
    DISTANT_PAST,
    FINE_NOW,
    HYPOTHETICAL,
    ONGOING,
    ONSET_NEXT,
    OVER_NEXT,
    PRESENT,
    RESOLVED,
    SAYS_FINE,
    STORY_START,
    TREATMENT_TIME,
)
from bot.safety.timeline import days_ago

BOUNDARIES = {"but", "however", "although", "though", ";", "now", "otherwise"}
DASHES = {"-", "–", "—"}  # a dash between spaces: "question about Tylenol - he's warm tonight"
RELATIVES_IN_CARE = {"niece", "nephew", "grandson", "granddaughter", "grandchild", "grandkid"}
DAY_COUNT = re.compile(r"\bD\s?\+\s?\d+\b|\bday\s+\+?\d+\b", re.I)
TREATMENT_WORDS = re.compile(r"\b(car-?t|kymriah|cells|infusion|leukemia|relapse)\b", re.I)
# "I (dad) nearly fainted", "I'm his mom": the writer's own signs are not the patient's.
WRITER_CARES = re.compile(
    r"\bI\s*\((?:mom|mum|dad|mother|father|parent|grandma|grandpa|caregiver)\)|"
    r"\bI'?m\s+(?:his|her|their)\s+(?:mom|mum|dad|mother|father|parent|grandma|grandpa|"
    r"caregiver|carer|stepmom|stepdad)\b|\bas\s+(?:his|her)\s+(?:mom|mum|dad|caregiver),\s*I\b",
    re.I,
)


def window(span: Span, dashes: bool = False) -> Span:
    """The clause around `span`: its sentence, cut at words like "but" and ", now"; with
    `dashes`, also at a dash between spaces (a "whether" before it asks about something
    else, but "in the first week — low blood pressure" still dates what follows)."""
    sent = span.sent
    start, end = sent.start, sent.end
    for tok in sent:
        if (
            tok.lower_ in BOUNDARIES
            or (tok.text == "," and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "now")
            or (dashes and tok.text in DASHES and tok.i > 0 and tok.nbor(-1).whitespace_)
        ):
            if tok.i < span.start:
                start = max(start, tok.i + 1)
            elif tok.i >= span.end:
                end = min(end, tok.i)
    return span.doc[start:end]


def is_hypothetical(span: Span) -> bool:
    clause = window(span, dashes=True)
    before = span.doc[clause.start : span.start].text
    if HYPOTHETICAL.search(before):
        return True
    first = span.sent[0].lower_
    return first == "when" and span.sent.text.rstrip().endswith("?")


# "what counts as 'not peeing enough'": a word quoted from a leaflet, not an event.
OPEN_QUOTE = re.compile(r"(?:^|\s)['\"‘“][^'\"’”]*$")
CLOSE_QUOTE = re.compile(r"^[^'\"’”]*['\"’”](?:\s|[?.!,;]|$)")
# "there's something about platelets and bleeding": the sign is a topic.
TOPIC_OF = re.compile(
    r"\b(something|anything|a thing|stuff|read|heard|info|information|warnings?|the sheet|"
    r"the leaflet|the handout)\s+(about|on)\b(?:\s+\w+){0,3}\s*$",
    re.I,
)


# "I read a blog where a man couldn't name a toaster": someone else's story.
READ_ABOUT = re.compile(
    r"\b(read|saw|seen|watched|found)\s+(a|an|this|the|some)\s+(\w+\s+)?(blog|article|post|story|"
    r"thread|video|show|movie|book|drama|documentary|tiktok|reel|clip)|"
    r"\bon\s+(reddit|facebook|tiktok|instagram|youtube|a forum|the forum)\b|"
    r"\bin\s+(that|the|an|this|a)\s+(\S+\s+)?(episode|show|movie|film|series|book|novel)\b",
    re.I,
)


def read_about(span: Span) -> bool:
    return bool(READ_ABOUT.search(span.doc[span.sent.start : span.start].text))


def is_quoted(span: Span) -> bool:
    before = span.doc[span.sent.start : span.start].text_with_ws
    after = span.doc[span.end : span.sent.end].text
    return bool(OPEN_QUOTE.search(before) and CLOSE_QUOTE.search(after))


def is_topic(span: Span) -> bool:
    return bool(TOPIC_OF.search(span.doc[window(span).start : span.start].text))


def is_past_or_resolved(span: Span) -> bool:
    around = window(span)
    if days_ago(span.doc.text, span.start_char, (around.start_char, around.end_char)) is not None:
        return True  # "fever on day 4 ... today is day 20"
    clause = ONGOING.sub(" ", TREATMENT_TIME.sub(" ", window(span).text))
    after = span.doc[span.end : window(span).end].text
    resolved = RESOLVED.search(after)
    if resolved and SAYS_FINE.search(after[: resolved.start()]):
        resolved = None
    if resolved or re.search(r"\bno longer\b", clause, re.I):
        return True
    if OVER_NEXT.search(span.doc[window(span).end : span.sent.end].text):
        return True
    story = span.doc[: span.sent.end].text
    if (
        span.label_ not in EMERGENCY_SIGNS  # a faint or a fit that is over still needs a call
        and FINE_NOW.search(span.doc[span.sent.end :].text)
        and (DISTANT_PAST.search(story) or STORY_START.search(story))
        and _told_in_past(span)
    ):
        return True  # "Last week he shook all night. Now he's laughing again."
    if STORY_START.search(clause) and _told_in_past(span) and not PRESENT.search(clause):
        return True
    # ("when we were still inpatient": the "still" of the date is not the sign's)
    return bool(DISTANT_PAST.search(clause)) and not PRESENT.search(DISTANT_PAST.sub(" ", clause))


def _told_in_past(span: Span) -> bool:
    """The sign's clause is told in the past tense ("had", "was", "shook"), with no present
    verb: a story, unless a later sentence says otherwise."""
    clause = window(span)
    # ("the scariest thing I've ever seen": a relative clause's present is not the sign's)
    aside = {t.i for t in clause if t.dep_ == "relcl" and span.root not in t.subtree}
    aside = {w.i for i in aside for w in clause.doc[i].subtree}
    tags = {t.tag_ for t in clause if t.pos_ in {"VERB", "AUX"} and t.i not in aside}
    return "VBD" in tags and not tags & {"VBZ", "VBP"}


def is_general_question(span: Span) -> bool:
    """A question about symptoms in general ("are seizures common?"), not about someone."""
    sent = span.sent
    next_words = span.doc[sent.end :].text
    if ONSET_NEXT.search(next_words) or ONSET_NEXT.search(
        re.split(r"[,;]", next_words, maxsplit=1)[-1]
    ):
        return False
    words = [t.lower_ for t in sent if not t.is_punct]
    opening = next((w for w in words if w not in FILLERS), "")  # "like what counts as..."
    asks = sent.text.rstrip().endswith("?") or opening in QUESTION_START
    named = any(t.ent_type_ == "PERSON" and t.dep_ in {"nsubj", "poss"} for t in sent)
    personal = any(w in PERSONAL for w in words) or named
    # "Is a tremor a sign of ICANS, or his other meds?": a sign asked about, not reported.
    indefinite = span.start == sent.start + 2 and span.doc[span.start - 1].lower_ in {"a", "an"}
    if asks and indefinite and words and words[0] in {"is", "are", "can", "could", "does", "would"}:
        return True
    return bool(asks) and not personal


def _is_other_person(tok: Token, sibling_may_be_patient: bool = False) -> bool:
    lemma = tok.lemma_.lower()
    if sibling_may_be_patient and lemma in {"sister", "brother"}:
        # A brother or sister writes too: "my sister is having a seizure" may be the patient.
        marks = {c.lower_ for c in tok.children if c.dep_ in {"poss", "amod"}}
        if "my" in marks and not marks & OTHER_MARKERS:
            return False
    if any(c.dep_ == "poss" and c.lemma_.lower() in NOT_THE_PATIENT for c in tok.children):
        return True  # "my cousin's kid"
    if lemma in {"boy", "girl", "kid", "child", "one"} and any(
        c.lower_ in {"other", "healthy"} for c in tok.children if c.dep_ == "amod"
    ):
        return True  # "my other kid", "the healthy one"
    if lemma in {"boy", "girl", "kid", "child"}:
        # "a boy in our group", "the girl next door"; but a grandparent's "the boy" is the patient.
        det = next((c.lower_ for c in tok.children if c.dep_ == "det"), None)
        placed = any(c.dep_ in {"prep", "advmod", "acl", "relcl"} for c in tok.children)
        return det in GENERIC_DETS - {"the"} or (det == "the" and placed)
    if lemma in {"daughter", "son"}:
        return any(c.lower_ in OTHER_MARKERS for c in tok.children if c.dep_ == "amod")
    if lemma in PARTNERS:
        return not TREATMENT_WORDS.search(tok.doc.text)
    if tok.lower_ in {"i", "me"} and WRITER_CARES.search(tok.doc.text):
        return True
    if lemma in RELATIVES_IN_CARE and (
        TREATMENT_WORDS.search(tok.doc.text) or DAY_COUNT.search(tok.doc.text)
    ):
        return False  # "Pharmacist aunt here. Niece is D+9, T 38.1": the niece is the patient
    return lemma in NOT_THE_PATIENT


EMERGENCY_SIGNS = {"seizure", "trouble breathing", "dizziness or fainting", "unusual sleepiness"}


def _told_by_family(tok: Token) -> bool:
    """A clause reported by the writer's own family ("my wife says he is confused"),
    or by someone caring for the patient ("Grandpa says he's wheezy")."""
    if tok.dep_ != "ccomp":
        return False
    verb = tok.head  # "Grandpa is watching him and says ...": the subject of the first verb
    reporters = [c for c in verb.children if c.dep_ == "nsubj"]
    if not reporters and verb.dep_ == "conj":
        reporters = [c for c in verb.head.children if c.dep_ == "nsubj"]
    reported = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    their_own = any(
        p.dep_ == "poss" and p.lower_ in {"her", "his", "their"}
        for r in reported
        for p in r.children
    )
    for child in reporters:
        if child.lemma_.lower() in CARETAKERS and verb.lemma_.lower() in SAYING_VERBS:
            return True  # "Grandpa says he's wheezy", "his grandma texted that he's hot"
        marks = [c.lower_ for c in child.children if c.dep_ in {"poss", "det"}]
        if any(m in FAMILY_POSS for m in marks) or (
            not marks and child.lemma_.lower() in FAMILY_REPORTERS
        ):
            # "my friend says her son is confused": the friend's own child
            return not (their_own and child.lemma_.lower() not in FAMILY_REPORTERS | CARETAKERS)
    return False


def other_person_first(span: Span) -> bool:
    """A reading ("38.4") is someone else's only when another person is named before it in
    its clause ("his sister has 38.2"), not after ("38.4, her mother is at work")."""
    clause = window(span)
    before = span.doc[clause.start : span.start]
    # "his grandma texted that he's hot, she got 38.9": the reporter is not the one with it.
    said = [t.i for t in before if t.lemma_.lower() in SAYING_VERBS and t.pos_ == "VERB"]
    if said:
        before = span.doc[said[-1] + 1 : span.start]
    return any(tok.dep_ in {"nsubj", "nsubjpass"} and _is_other_person(tok) for tok in before)


def is_someone_else(span: Span) -> bool:
    """The one with the symptom (a subject up the parse) is not the patient. For a sign that
    needs 911 whoever has it, the writer's own brother or sister may be the patient."""
    sibling_may_be_patient = span.label_ in EMERGENCY_SIGNS
    tok: Token | None = span.root
    seen = 0
    while tok is not None and seen < 6:
        for child in tok.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and _is_other_person(
                child, sibling_may_be_patient
            ):
                return True
        if tok.head is tok or tok.dep_ == "parataxis" or _told_by_family(tok):
            break  # "my wife texted that our boy is acting off": the boy has the symptom
        tok, seen = tok.head, seen + 1
    return False


def is_joking(span: Span) -> bool:
    return any(t.lower_ in LAUGHTER for t in span.sent) or any(
        ch in span.sent.text for ch in ("😂", "🤣")
    )


def new_clause_after_comma(span: Span) -> bool:
    """ "he can't hold his spoon, his hand keeps shaking": a comma and a subject of its own
    start a new clause that the earlier "can't" does not reach (a list after "no fever,
    chills or rash" has no subject, so it stays negated)."""
    doc, sent = span.doc, span.sent
    comma = next((i for i in range(span.start - 1, sent.start - 1, -1) if doc[i].text == ","), None)
    if comma is None:
        return False
    chunk = doc[comma + 1 : span.end]
    # ("he cannot breathe": the sign's own "not" is the sign, not a negation of it)
    if any(
        t.lower_ in {"no", "not", "n't", "never", "without", "nor"}
        for t in doc[comma + 1 : span.start]
    ):
        return False
    return any(t.dep_ in {"nsubj", "nsubjpass"} for t in chunk)
