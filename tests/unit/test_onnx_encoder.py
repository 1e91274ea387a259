"""The ONNX encoder gives the same vectors as sentence-transformers for the model `make`
tuned and exported, so switching backends never changes an answer (and the embedding cache
can be shared between them)."""

import numpy as np
import pytest

from bot.core.settings import Settings
from bot.retrieval.embedder import SentenceTransformerEmbedder
from bot.retrieval.onnx_encoder import OnnxEmbedder, has_onnx
from bot.retrieval.service import default_embedder

TEXTS = [
    "how long does it take to make the cells?",
    "CRS",
    "my son is 19, can he still get kymriah after his second relapse",
    "¿cuánto tiempo hay que quedarse cerca del hospital?",
    "",
    " ".join(["leukapheresis"] * 400),  # longer than the model reads: truncated the same way
]


@pytest.fixture(scope="module")
def model() -> str:
    model = Settings().embedding_model
    assert has_onnx(model), "run `make tune`: it exports the tuned model to ONNX"
    return model


def test_onnx_and_torch_vectors_agree(model: str) -> None:
    onnx = OnnxEmbedder(model)
    torch = SentenceTransformerEmbedder(model)
    a, b = onnx.encode(TEXTS), torch.encode(TEXTS)
    assert a.shape == b.shape == (len(TEXTS), 384)
    assert np.allclose(a, b, atol=1e-4)
    assert onnx.name == torch.name  # one embedding cache for both


def test_the_app_encodes_with_onnx_unless_told_otherwise(model: str) -> None:
    assert isinstance(default_embedder(Settings()), OnnxEmbedder)
    assert isinstance(
        default_embedder(Settings(embedding_backend="torch")), SentenceTransformerEmbedder
    )
