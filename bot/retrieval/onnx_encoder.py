"""MiniLM through ONNX Runtime: the same vectors as sentence-transformers, about three times
faster per question on this machine's CPU, and the app never imports torch.

`make tune` exports the tuned model once (torch is needed then, at build time only) to
`model.onnx` beside its weights. At run time a question is tokenized by the model's own
fast tokenizer, run through the graph, mean-pooled over its tokens and normalised, which
is what sentence-transformers does for this model (`modules.json`: Transformer, Pooling
with mean tokens, Normalize).
"""

import json
from pathlib import Path

import numpy as np

from bot.retrieval.embedder import model_name, resolve_model_path

ONNX_FILE = "model.onnx"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
THREADS = 2  # this product runs on small machines; more threads only contend


def export(model_dir: Path) -> Path:
    """Write `model_dir/model.onnx` from the sentence-transformers model saved there."""
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir), device="cpu")
    transformer = model[0].auto_model.eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.transformer(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return out.last_hidden_state

    example = model.tokenizer(["an example question"], return_tensors="pt")
    out = model_dir / ONNX_FILE
    torch.onnx.export(
        LastHiddenState().eval(),
        tuple(example[name] for name in INPUTS),
        str(out),
        input_names=list(INPUTS),
        output_names=["last_hidden_state"],
        dynamic_axes={name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "last_hidden_state")},
        opset_version=17,
        dynamo=False,
    )
    return out


def has_onnx(model: str) -> bool:
    try:
        return (Path(resolve_model_path(model)) / ONNX_FILE).is_file()
    except (FileNotFoundError, ImportError):
        return False


class OnnxEmbedder:
    """Loads on warm_up; `name` is the sentence-transformers embedder's, so the embedding
    cache is shared (the vectors agree to about 1e-7)."""

    def __init__(self, model: str) -> None:
        self.name = model_name(model)
        self._path = Path(resolve_model_path(model))
        self._session = None
        self._tokenizer = None

    def warm_up(self) -> None:
        if self._session is not None:
            return
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = THREADS
        options.inter_op_num_threads = 1
        options.enable_cpu_mem_arena = False
        self._session = onnxruntime.InferenceSession(
            str(self._path / ONNX_FILE), options, providers=["CPUExecutionProvider"]
        )
        tokenizer = Tokenizer.from_file(str(self._path / "tokenizer.json"))
        config = json.loads((self._path / "sentence_bert_config.json").read_text())
        tokenizer.enable_truncation(int(config.get("max_seq_length", 256)))
        tokenizer.enable_padding()
        self._tokenizer = tokenizer

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        self.warm_up()
        assert self._session is not None and self._tokenizer is not None
        parts = [self._encode(texts[i : i + batch_size]) for i in range(0, len(texts), batch_size)]
        return np.concatenate(parts) if parts else np.zeros((0, 384), dtype=np.float32)

    def _encode(self, texts: list[str]) -> np.ndarray:
        encoded = self._tokenizer.encode_batch(texts)
        feed = {
            "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
        }
        hidden = self._session.run(None, feed)[0]
        mask = feed["attention_mask"][..., None].astype(np.float32)
        pooled = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
        norms = np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return (pooled / norms).astype(np.float32)
