"""The ONNX encoder gives the same vectors as sentence-transformers for the model `make`
tuned and exported, so the answers are those of the tuned model; and the app itself runs
without torch (only the build environment, .venv-build, has it)."""

import importlib.util
import json
import subprocess
import sys

import numpy as np
import pytest

from bot.core.settings import PROJECT_ROOT, Settings
from bot.retrieval.onnx_encoder import OnnxEmbedder, has_onnx
from bot.retrieval.service import default_embedder

BUILD_PYTHON = PROJECT_ROOT / ".venv-build" / "bin" / "python"
TEXTS = [
    "how long does it take to make the cells?",
    "CRS",
    "my son is 19, can he still get kymriah after his second relapse",
    "¿cuánto tiempo hay que quedarse cerca del hospital?",
    "",
    " ".join(["leukapheresis"] * 400),  # longer than the model reads: truncated the same way
]
# Run in the build environment: sentence-transformers' own vectors for the same texts.
WITH_TORCH = """
import json, sys
import numpy as np
from bot.retrieval.embedder import SentenceTransformerEmbedder
embedder = SentenceTransformerEmbedder(sys.argv[1])
np.save(sys.argv[2], embedder.encode(json.loads(sys.stdin.read())))
print(embedder.name)
"""


@pytest.fixture(scope="module")
def model() -> str:
    model = Settings().embedding_model
    assert has_onnx(model), "run `make tune`: it exports the tuned model to ONNX"
    return model


def test_onnx_and_torch_vectors_agree(model: str, tmp_path) -> None:
    out = tmp_path / "torch.npy"
    done = subprocess.run(
        [str(BUILD_PYTHON), "-c", WITH_TORCH, model, str(out)],
        input=json.dumps(TEXTS),
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    onnx = OnnxEmbedder(model)
    a, b = onnx.encode(TEXTS), np.load(out)
    assert a.shape == b.shape == (len(TEXTS), 384)
    assert np.allclose(a, b, atol=1e-4)
    assert onnx.name == done.stdout.strip().splitlines()[-1]  # one embedding cache for both


def test_the_app_encodes_with_onnx_and_has_no_torch(model: str) -> None:
    embedder = default_embedder(Settings())
    assert isinstance(embedder, OnnxEmbedder)
    embedder.encode(["does the app load torch?"])
    import spacy  # thinc imports torch wherever torch is installed

    spacy.blank("en")
    assert importlib.util.find_spec("torch") is None
    assert "torch" not in sys.modules


def test_a_model_without_its_export_stops_with_what_to_run(tmp_path) -> None:
    with pytest.raises(RuntimeError, match="make tune"):
        default_embedder(Settings(embedding_model=str(tmp_path)))
