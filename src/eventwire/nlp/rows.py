"""Answers per distinct row of token attributes, shared by the pipeline's rewritten components.

A token's attribute rules (``nlp/attributes.py``) and its rule lemma (``nlp/lemmas.py``) depend
only on a few of its attributes, so each is worked out once per distinct row of
``Doc.to_array(columns)`` and kept between documents, up to a bound.
"""

from __future__ import annotations

from typing import Any

import numpy as np

ROWS_KEPT = 200_000  # distinct rows kept between documents before the cache starts again


class RowCache(dict):
    """A dict from a row's bytes to its answer, emptied when it grows past ``limit`` rows."""

    def __init__(self, limit: int = ROWS_KEPT) -> None:
        super().__init__()
        self.limit = limit

    def row_keys(self, rows: Any) -> list[bytes]:
        """One key per row of a ``Doc.to_array`` result (a 2-d integer array)."""
        if len(self) > self.limit:
            self.clear()
        rows = np.ascontiguousarray(rows)
        width = rows.shape[1] * rows.itemsize
        raw = rows.tobytes()
        return [raw[i * width:(i + 1) * width] for i in range(len(rows))]


__all__ = ["ROWS_KEPT", "RowCache"]
