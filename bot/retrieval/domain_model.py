"""The retrieval model, tuned on the approved library: MiniLM learns the field's words.

all-MiniLM-L6-v2 was trained on general web text; it does not know that "CRS" and "cytokine
storm" are one thing, or that "collection" means leukapheresis. One pass over the library's
own pairs (a title, question or heading -> the text that answers it) with
sentence-transformers' MultipleNegativesRankingLoss teaches it the field. Chosen on the
independent tuning set (never the locked one): a second pass scored no better.

The tuned model is built once by `make tune` (minutes on a CPU, seeded) at EMBEDDING_MODEL;
it is rebuilt only when the shipped library or this file changes.
Items published later are indexed with it like any other.
"""

import hashlib
import random
import time
from pathlib import Path

from bot.content.model import ContentItem
from bot.retrieval.chunking import sections
from bot.retrieval.embedder import FINGERPRINT

BATCH = 32
LEARNING_RATE = 2e-5
SEED = 42


def training_pairs(items: list[ContentItem]) -> dict[str, list[tuple[str, str]]]:
    """Per item: (a way of asking, the text that answers it). The title and every question
    lead to the lead paragraph; each section heading leads to its section."""
    pairs: dict[str, list[tuple[str, str]]] = {}
    for item in items:
        parts = sections(item.body)
        lead = f"{item.title}. {parts[0][1]}"
        found = [(question, lead) for question in [item.title, *item.questions]]
        for heading, text in parts[1:]:
            found.append((f"{item.title} {heading}", f"{item.title}. {heading}. {text}"))
        pairs[item.id] = found
    return pairs


def _batches(pairs: dict[str, list[tuple[str, str]]], rng: random.Random) -> list[list]:
    """Batches with at most one pair per item: the other items' texts are the negatives, so
    two questions of the same item in one batch would count each other as wrong."""
    pools = {k: rng.sample(v, len(v)) for k, v in pairs.items()}
    batches = []
    while any(pools.values()):
        keys = [k for k, pool in pools.items() if pool]
        rng.shuffle(keys)
        for start in range(0, len(keys), BATCH):
            batches.append([pools[k].pop() for k in keys[start : start + BATCH]])
    return batches


def fingerprint(items: list[ContentItem], base: str, epochs: int) -> str:
    """Names one tuning run: the same library, base model and passes give the same model."""
    digest = hashlib.sha256(f"{base}|{epochs}|{SEED}".encode())
    for item in sorted(items, key=lambda i: i.id):
        digest.update(f"{item.id}|{item.title}|{item.questions}|{item.body}".encode())
    return digest.hexdigest()[:16]


def tune(items: list[ContentItem], base_path: str, out: Path, epochs: int) -> Path:
    """Fine-tune the base model on `items` and save it to `out` (with its fingerprint)."""
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.losses import (
        MultipleNegativesRankingLoss,
    )

    rng = random.Random(SEED)
    torch.manual_seed(SEED)
    model = SentenceTransformer(base_path, device="cpu")
    loss = MultipleNegativesRankingLoss(model)
    optimizer = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE)
    pairs = training_pairs(items)
    model.train()
    started = time.perf_counter()
    for epoch in range(1, epochs + 1):
        batches = _batches(pairs, rng)
        total = 0.0
        for number, batch in enumerate(batches, start=1):
            anchors = model.preprocess([a for a, _ in batch])
            answers = model.preprocess([b for _, b in batch])
            value = loss([anchors, answers], None)
            value.backward()
            optimizer.step()
            optimizer.zero_grad()
            total += value.item()
            print(
                f"\r  pass {epoch}/{epochs}: batch {number}/{len(batches)}, "
                f"loss {total / number:.3f}, {time.perf_counter() - started:.0f}s",
                end="",
                flush=True,
            )
        print(flush=True)
    model.eval()
    out.mkdir(parents=True, exist_ok=True)
    model.save(str(out))
    # The run's inputs and its weights: a rerun that is not bit-identical gets a new name.
    weights = hashlib.sha256((out / "model.safetensors").read_bytes()).hexdigest()[:12]
    (out / FINGERPRINT).write_text(f"{fingerprint(items, base_path, epochs)}-{weights}\n")
    return out
