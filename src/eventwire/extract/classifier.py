"""The block classifier: small gradient-boosted tree ensembles stored as plain JSON.

``bench/train_extract.py`` trains them (scikit-learn's HistGradientBoostingClassifier) and writes
its trees as arrays; here they are evaluated with numpy, all trees at once, one tree level
per step, so extraction needs neither scikit-learn nor pickle.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

MODEL_FILE = "blocks.json"


class TreeEnsemble:
    """Binary gradient boosting: sigmoid(init + rate * sum of the trees' leaf values)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.features: list[str] = spec["features"]
        self.init = float(spec["init"])
        self.rate = float(spec["learning_rate"])
        trees = spec["trees"]
        size = max(len(t["feature"]) for t in trees)
        # Pad every tree to the same node count; a leaf points to itself so extra steps stay put.
        n = len(trees)
        self.feature = np.zeros((n, size), dtype=np.int32)
        self.cut = np.zeros((n, size), dtype=np.float64)  # full precision: values sit close to the cuts
        self.left = np.tile(np.arange(size, dtype=np.int32), (n, 1))
        self.right = self.left.copy()
        self.value = np.zeros((n, size), dtype=np.float32)
        self.depth = int(spec.get("max_depth", 8))
        for i, t in enumerate(trees):
            k = len(t["feature"])
            feature = np.asarray(t["feature"], dtype=np.int32)
            leaf = feature < 0
            self.feature[i, :k] = np.where(leaf, 0, feature)
            self.cut[i, :k] = np.where(leaf, np.inf, np.asarray(t["threshold"], dtype=np.float64))
            self.left[i, :k] = np.where(leaf, np.arange(k), np.asarray(t["left"], dtype=np.int32))
            self.right[i, :k] = np.where(leaf, np.arange(k), np.asarray(t["right"], dtype=np.int32))
            self.value[i, :k] = np.asarray(t["value"], dtype=np.float32)

    def decision(self, x: np.ndarray) -> np.ndarray:
        """Raw scores (log-odds) for the rows of ``x`` (columns in ``self.features`` order)."""
        x = np.ascontiguousarray(x, dtype=np.float64)
        rows, cols = x.shape
        if rows == 0:
            return np.zeros(0, dtype=np.float32)
        n_trees, size = self.feature.shape
        # Flat indexing (tree offset + node) is several times faster than 2-D fancy indexing.
        feature, cut = self.feature.ravel(), self.cut.ravel()
        offsets = (np.arange(n_trees, dtype=np.int64) * size)[None, :]
        row_base = (np.arange(rows, dtype=np.int64) * cols)[:, None]
        flat_x = x.ravel()
        node = np.broadcast_to(offsets, (rows, n_trees)).copy()
        children = self._children()
        for _ in range(self.depth):
            go_left = flat_x.take(row_base + feature.take(node)) <= cut.take(node)
            # one look-up for the next node: children holds (right, left) of each node, offset included
            node = children.take(2 * node + go_left)
        return self.init + self.rate * self.value.ravel().take(node).sum(axis=1)

    def _children(self) -> np.ndarray:
        """Each node's right and left child as flat indices (tree offset added), interleaved."""
        if getattr(self, "_flat_children", None) is None:
            n_trees, size = self.feature.shape
            offsets = (np.arange(n_trees, dtype=np.int64) * size)[:, None]
            pairs = np.stack([self.right + offsets, self.left + offsets], axis=-1)  # (trees, nodes, 2)
            self._flat_children = pairs.reshape(-1).astype(np.int64)
        return self._flat_children

    def probability(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.decision(x)))


def to_spec(model: Any, features: list[str]) -> dict[str, Any]:
    """A fitted sklearn HistGradientBoostingClassifier (binary, numeric features) as a JSON-able dict."""
    trees = []
    for (predictor,) in model._predictors:  # one predictor per iteration for a binary problem
        nodes = predictor.nodes
        leaf = nodes["is_leaf"].astype(bool)
        trees.append({
            "feature": np.where(leaf, -1, nodes["feature_idx"]).tolist(),
            "threshold": [float(v) for v in np.where(leaf, 0.0, nodes["num_threshold"])],
            "left": nodes["left"].astype(int).tolist(),
            "right": nodes["right"].astype(int).tolist(),
            "value": [round(float(v), 6) for v in nodes["value"]],
        })
    depth = max(int(p[0].nodes["depth"].max()) for p in model._predictors)
    return {
        "features": features,
        "init": float(np.ravel(model._baseline_prediction)[0]),
        "learning_rate": 1.0,  # HistGradientBoosting folds the rate into the leaf values
        "max_depth": depth,
        "trees": trees,
    }


class BlockModel:
    """One or more stages of tree ensembles. Stage 1 reads the block features (and the
    trafilatura context when ``uses_trafilatura``); each later stage also reads the context
    of the previous stage's probabilities."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.uses_trafilatura: bool = bool(spec["uses_trafilatura"])
        self.threshold = float(spec["threshold"])
        self.stages = [TreeEnsemble(s) for s in spec["stages"]]


@lru_cache(maxsize=2)
def load_model(path: str | None = None) -> BlockModel:
    """The packaged block model (or the one at ``path``)."""
    if path is not None:
        spec = json.loads(Path(path).read_text("utf-8"))
    else:
        spec = json.loads(resources.files("eventwire").joinpath(f"data/extract/{MODEL_FILE}").read_text("utf-8"))
    return BlockModel(spec)
