"""Retrieval ranking, confidence and caching, with a fake embedder and a blank spaCy."""

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from bot.content.model import ContentItem, Source, Status
from bot.retrieval.cache import EmbeddingCache
from bot.retrieval.chunking import MAX_PASSAGE_WORDS, chunk_item
from bot.retrieval.followups import refers_back
from bot.retrieval.index import HybridIndex
from bot.retrieval.ranking import Candidate, RetrievalConfig, matches_one_item
from bot.retrieval.spanish import short_therapy_name


def make_item(
    item_id: str, title: str, body: str, questions: list[str] | None = None, topic: str = "about"
):
    return ContentItem(
        id=item_id,
        title=title,
        topic=topic,
        audience="parent",
        questions=questions or [],
        sources=[Source(title="Example", url="https://www.cancer.gov/example/" + item_id)],
        status=Status.published,
        reviewed_by="Content team",
        reviewed_on=date(2026, 11, 27),
        version=1,
        body=body,
    )


ITEMS = [
    make_item(
        "collection",
        "How are cells collected?",
        "Cell collection is called leukapheresis. A machine takes white blood cells out.",
        ["how do they collect the cells", "what is leukapheresis"],
    ),
    make_item(
        "driving",
        "When can a teen drive again?",
        "Do not drive for at least 2 weeks after the infusion.",
        ["when can i drive", "can my teen drive a car"],
    ),
    make_item(
        "fever",
        "What fever counts after CAR-T?",
        "A fever of 38 C or higher means you call the care team now.",
        ["what temperature is a fever"],
    ),
]


@pytest.fixture
def cache(tmp_path: Path) -> EmbeddingCache:
    return EmbeddingCache(tmp_path / "emb.sqlite")


def build(items, fake_embedder, blank_nlp, cache, **config) -> HybridIndex:
    cfg = RetrievalConfig(threshold=0.3, **config)
    return HybridIndex(items, fake_embedder, blank_nlp, cache, cfg)


def test_the_matching_item_ranks_first(fake_embedder, blank_nlp, cache) -> None:
    index = build(ITEMS, fake_embedder, blank_nlp, cache)
    result = index.search("when can my teen drive again")
    assert result.best.item.id == "driving"
    assert result.confident
    assert result.best.passage.text.startswith("Do not drive")


def test_an_exact_medical_word_is_found_by_bm25(fake_embedder, blank_nlp, cache) -> None:
    index = build(ITEMS, fake_embedder, blank_nlp, cache)
    result = index.search("leukapheresis", fusion="bm25")
    assert result.best.item.id == "collection"
    assert result.best.lexical > 0
    assert index.search("leukapheresis", fusion="rrf").best.item.id == "collection"


def test_an_unrelated_question_is_not_confident(fake_embedder, blank_nlp, cache) -> None:
    index = build(ITEMS, fake_embedder, blank_nlp, cache)
    result = index.search("banana walnut bread recipe")
    assert not result.confident
    assert not result.ambiguous


def twins(topic_a: str, topic_b: str) -> list[ContentItem]:
    return [
        make_item("a", "Driving rules", "Do not drive for 2 weeks.", ["when can i drive"], topic_a),
        make_item("b", "Driving rules", "Do not drive for 2 weeks.", ["when can i drive"], topic_b),
    ]


def test_two_topics_that_tie_are_offered_as_a_choice(fake_embedder, blank_nlp, cache) -> None:
    index = build(twins("driving", "travel"), fake_embedder, blank_nlp, cache, tie_margin=0.05)
    result = index.search("when can i drive")
    assert result.confident and result.ambiguous
    assert {c.item.id for c in result.candidates} == {"a", "b"}


def test_a_tie_within_one_topic_is_answered(fake_embedder, blank_nlp, cache) -> None:
    """Two items on the same topic: the first is answered, the other offered after it."""
    index = build(twins("driving", "driving"), fake_embedder, blank_nlp, cache, tie_margin=0.05)
    result = index.search("when can i drive")
    assert result.confident and not result.ambiguous


def test_unchanged_content_is_not_embedded_again(fake_embedder, blank_nlp, cache) -> None:
    first = build(ITEMS, fake_embedder, blank_nlp, cache)
    assert first.stats.newly_embedded == first.stats.vectors
    again = build(ITEMS, fake_embedder, blank_nlp, cache)
    assert again.stats.newly_embedded == 0
    changed = [
        *ITEMS[:2],
        make_item("fever", ITEMS[2].title, "New text about fever.", ITEMS[2].questions),
    ]
    third = build(changed, fake_embedder, blank_nlp, cache)
    assert third.stats.newly_embedded == 1  # only the changed passage


def test_items_are_split_into_sections_and_long_sections_by_sentence(blank_nlp) -> None:
    long_section = " ".join(f"Sentence number {i} is here." for i in range(60))
    item = make_item(
        "long", "Long", f"Lead answer.\n\n## First\nShort part.\n\n## Second\n{long_section}"
    )
    passages = chunk_item(item, blank_nlp)
    assert passages[0].text == "Lead answer." and passages[0].heading is None
    assert passages[1].heading == "First"
    second = [p for p in passages if p.heading == "Second"]
    assert len(second) > 1
    assert all(len(p.text.split()) <= MAX_PASSAGE_WORDS for p in second)
    assert " ".join(p.text for p in second) == long_section


def test_lead_returns_the_items_first_passage(fake_embedder, blank_nlp, cache) -> None:
    index = build(ITEMS, fake_embedder, blank_nlp, cache)
    assert index.lead("fever").passage.text.startswith("A fever of 38")
    assert index.lead("missing") is None


def test_an_older_library_snapshot_never_replaces_a_newer_index(
    settings, fake_embedder, blank_nlp
) -> None:
    """Two rebuilds (the publish call's and the poller's) may finish in either order: the
    index must end up with the newer library."""
    from bot.retrieval.service import RetrievalService

    service = RetrievalService(settings, embedder=fake_embedder, nlp=blank_nlp)
    service.start(ITEMS[:1])
    swim = make_item("swimming", "Can my child swim?", "Ask your care team before swimming.")
    service.rebuild([*ITEMS[:1], swim], revision=7)
    stale = service.rebuild(ITEMS[:1], revision=6)
    assert "swimming" in stale.items and "swimming" in service.index.items
    service.rebuild(ITEMS[:1], revision=8)  # a later retire does take effect
    assert "swimming" not in service.index.items


def test_a_long_item_is_answered_with_its_lead_and_the_section_that_answers(
    fake_embedder, blank_nlp, cache
) -> None:
    """The chemo item's first paragraph does not name the medicines; the answer to "which
    medicines" must carry the section that does, with the whole item one tap away."""
    filler = " ".join(["The care team explains each step and answers your questions."] * 5)
    body = (
        f"Before Kymriah your child gets a short course of chemo. {filler}\n\n"
        f"## Why it is given\nThe chemo makes room for the new cells. {filler}\n\n"
        "## The medicines\nFludarabine and cyclophosphamide are the usual medicines.\n\n"
        f"## If you read other numbers\nPlans differ between centres. {filler}"
    )
    item = make_item("chemo", "Why is chemo given first?", body, ["why chemo before car-t"])
    index = build([item, *ITEMS], fake_embedder, blank_nlp, cache)
    result = index.search("which medicines are in the chemo")
    answer = index.answer(result.best)
    assert answer.text.startswith("Before Kymriah your child gets a short course of chemo.")
    assert "## The medicines\nFludarabine and cyclophosphamide" in answer.text
    assert "Plans differ" not in answer.text
    assert answer.full_text == body
    assert answer.parts == ("lead", "The medicines")  # what the nurse preview lists


def test_two_sections_that_match_alike_are_both_sent_in_reading_order(
    fake_embedder, blank_nlp, cache
) -> None:
    """When the runner-up section matched nearly as well as the best, the choice is a coin
    toss: the family gets both, not a reply that may leave out what they asked."""
    filler = " ".join(["The care team explains each step and answers your questions."] * 5)
    body = (
        f"Vaccines wait after Kymriah. {filler}\n\n"
        "## Flu shots\nVaccine shots for flu come after about 6 months.\n\n"
        f"## Before treatment\nShots are paused before chemo. {filler}\n\n"
        "## Measles shots\nVaccine shots for measles come after at least 1 year."
    )
    item = make_item("vaccines", "Vaccines after Kymriah", body, ["when are vaccines given"])
    index = build([item, *ITEMS], fake_embedder, blank_nlp, cache)
    answer = index.answer(index.search("vaccine shots").best)
    assert answer.parts == ("lead", "Flu shots", "Measles shots")
    assert "Shots are paused" not in answer.text


def test_a_long_answer_always_carries_its_what_to_do_now_section(
    fake_embedder, blank_nlp, cache
) -> None:
    """Clinical review (PEMAT actionability): whichever section answers, the family also
    gets the item's action line, and nothing else of the item."""
    filler = " ".join(["The care team explains each step and answers your questions."] * 5)
    body = (
        f"A fever after Kymriah can be a sign of CRS. {filler}\n\n"
        f"## How to take a temperature\nUse a digital thermometer under the arm. {filler}\n\n"
        f"## Other things to know\nKeep a log of the readings. {filler}\n\n"
        "## What to do now\nCall the 24-hour number right away for 100.4°F (38.0°C) or more."
    )
    item = make_item("thermometer", "Taking a temperature", body, ["how to use a thermometer"])
    index = build([item, *ITEMS], fake_embedder, blank_nlp, cache)
    answer = index.answer(index.search("digital thermometer under the arm").best)
    assert "## How to take a temperature" in answer.text
    assert answer.text.endswith(
        "## What to do now\nCall the 24-hour number right away for 100.4°F (38.0°C) or more."
    )
    assert "Keep a log" not in answer.text
    assert answer.parts == ("lead", "How to take a temperature", "What to do now")


def test_a_short_item_is_answered_whole(fake_embedder, blank_nlp, cache) -> None:
    index = build(ITEMS, fake_embedder, blank_nlp, cache)
    answer = index.answer(index.search("when can my teen drive again").best)
    assert answer.text == ITEMS[1].body and answer.full_text is None


def test_the_scope_gate_gives_scikit_learns_probability() -> None:
    """The gate scores a question with a dot product: the same number as predict_proba."""
    from sklearn.linear_model import LogisticRegression

    from bot.retrieval.scope import GATE_C, ScopeGate

    rng = np.random.default_rng(0)
    inside, outside = rng.normal(0.2, 1, (40, 8)), rng.normal(-0.2, 1, (30, 8))
    gate = ScopeGate(inside.astype(np.float32), outside.astype(np.float32))
    reference = LogisticRegression(C=GATE_C, class_weight="balanced", max_iter=3000).fit(
        np.vstack([inside, outside]).astype(np.float32), np.r_[np.ones(40), np.zeros(30)]
    )
    for vector in rng.normal(0, 1, (20, 8)).astype(np.float32):
        expected = reference.predict_proba(vector.reshape(1, -1))[0, 1]
        assert abs(gate.probability(vector) - expected) < 1e-6


def test_spanish_questions_find_the_spanish_version_and_untranslated_items_fall_back(
    settings, fake_embedder, blank_nlp
) -> None:
    """The Spanish index holds the Spanish versions and the English items not translated yet;
    an English id (a greeting's button, the last answered item) opens its translation; BM25
    matches words with or without their accents."""
    from bot.retrieval.service import RetrievalService
    from bot.retrieval.spanish import fold

    recogida = ITEMS[0].model_copy(
        update={
            "id": "collection-es",
            "lang": "es",
            "translation_of": "collection",
            "translation_of_version": 1,
            "title": "¿Cómo se recogen las células?",
            "questions": ["¿qué es la leucaféresis?"],
            "body": "La recogida de células se llama leucaféresis. Una máquina saca glóbulos.",
        }
    )
    service = RetrievalService(settings, embedder=fake_embedder, nlp=blank_nlp)
    service.start([*ITEMS, recogida])
    spanish = service.index_in("es")
    assert "collection" not in spanish.items and "collection" in service.index.items
    assert {i.id for i in ITEMS[1:]} <= set(spanish.items)  # not translated: English stays
    assert "collection-es" not in service.index.items
    assert spanish.lead("collection").item.id == "collection-es"
    assert fold("Leucaféresis, ¿SÍ?") == "leucaferesis, ¿si?"
    result = spanish.search("que es la leucaferesis")
    assert result.best.item.id == "collection-es"


@pytest.mark.parametrize(
    ("message", "leans_back"),
    [
        ("how long does that last?", True),
        ("¿y cuánto dura eso?", True),
        ("y mientras tanto le dan algo?", True),
        ("entonces cuanto dura?", True),
        ("¿qué es el síndrome de liberación de citocinas?", False),
        ("¿cuánto tiempo dura la infusión de kymriah?", False),
        ("mi hija está cansada", False),  # "está" without its accent is not "esta"
    ],
)
def test_a_short_message_that_points_back_is_a_follow_up_in_both_languages(
    message: str, leans_back: bool
) -> None:
    assert refers_back(message) is leans_back


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        (
            "¿Qué pasa en la primera consulta con el equipo de terapia de células T con CAR?",
            "¿Qué pasa en la primera consulta con el equipo de CAR-T?",
        ),
        ("¿el tratamiento con células CAR-T duele?", "¿CAR-T duele?"),
        ("que es la terapia car t", "que es CAR-T"),
        ("¿cuánto dura la infusión?", "¿cuánto dura la infusión?"),
    ],
)
def test_spanish_reads_the_therapys_long_name_as_car_t(question: str, read_as: str) -> None:
    assert short_therapy_name(question) == read_as


def test_a_question_that_matches_one_topic_clearly_is_covered(blank_nlp) -> None:
    """Two items on one topic matching alike make that topic clearer: the question is
    covered whatever the scope gate thinks; an item on another topic as close is not."""

    def candidate(item_id: str, topic: str, dense: float) -> Candidate:
        item = make_item(item_id, item_id, "Text.", topic=topic)
        passage = chunk_item(item, blank_nlp)[0]
        return Candidate(item=item, passage=passage, dense=dense, lexical=0.0, score=dense)

    cfg = RetrievalConfig(distinct_match=0.65, distinct_margin=0.15, sure_match=0.85)
    stay, rule = (
        candidate("stay", "after-infusion", 0.70),
        candidate("rule", "after-infusion", 0.64),
    )
    assert matches_one_item([stay, rule, candidate("where", "referral", 0.53)], cfg)
    assert not matches_one_item([stay, candidate("where", "referral", 0.64), rule], cfg)
