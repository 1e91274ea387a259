"""The embedder comparison's third candidate (issue 17): USE multilingual v3 runs offline from
its package and reads Spanish and English in one space."""

import numpy as np

from bot.retrieval.embedder import UniversalSentenceEncoder


def test_use_embeds_both_languages_offline_in_one_space() -> None:
    use = UniversalSentenceEncoder()
    vectors = use.encode(
        [
            "¿Cuánto dura la infusión?",
            "How long does the infusion take?",
            "¿Puede venir el perro al hospital?",
        ]
    )
    assert vectors.shape == (3, 512) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    same_question, other_question = vectors[0] @ vectors[1], vectors[0] @ vectors[2]
    assert same_question > other_question
