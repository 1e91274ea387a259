"""Embeddings cached on disk, keyed by model name and text hash, so restarts and
re-indexing only embed what changed."""

import hashlib
import sqlite3
from pathlib import Path

import numpy as np

from bot.retrieval.embedder import Embedder


def text_key(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\x00{text}".encode()).hexdigest()


class EmbeddingCache:
    """A tiny SQLite table of vectors; safe to share between processes."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS embeddings (key TEXT PRIMARY KEY, vector BLOB NOT NULL)"
        )
        self._db.commit()

    def close(self) -> None:
        self._db.close()

    def encode(self, embedder: Embedder, texts: list[str]) -> tuple[np.ndarray, int]:
        """Vectors for `texts` (cached or freshly embedded) and how many were new."""
        keys = [text_key(embedder.name, t) for t in texts]
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, vector FROM embeddings WHERE key IN ({marks})", chunk
            )
            found.update({k: np.frombuffer(v, dtype=np.float32) for k, v in rows})
        # Each distinct missing text is embedded once, however often it repeats.
        missing = list({k: i for i, k in enumerate(keys) if k not in found}.values())
        if missing:
            fresh = embedder.encode([texts[i] for i in missing])
            for i, vector in zip(missing, fresh, strict=True):
                found[keys[i]] = vector
            self._db.executemany(
                "INSERT OR REPLACE INTO embeddings VALUES (?, ?)",
                [(keys[i], found[keys[i]].astype(np.float32).tobytes()) for i in missing],
            )
            self._db.commit()
        if not texts:
            return np.zeros((0, 0), dtype=np.float32), 0
        return np.vstack([found[k] for k in keys]), len(missing)
