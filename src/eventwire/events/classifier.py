"""Learned PLOVER event typing over MiniLM sentence embeddings.

Two multinomial logistic regressions over the 384-d embedding, shipped as plain numpy arrays in
``data/events/classifier.npz`` (no pickle): one over the 16 PLOVER types, one over the
(type, mode) pairs of the codebook. The mode is chosen among the modes of the predicted type only,
so a prediction never pairs a type with another type's mode. Trained by
``bench/train_classifier.py``; its measured accuracy is in ``bench/results/classifier.json``.

The model has no "no event" class: the PLOVER gold has no sentence without an event, so there
is nothing to learn one from. Callers decide "no event" from the candidate filter (trigger
lexicon, actors) and from the returned probability.
"""

from __future__ import annotations

import logging
from contextlib import nullcontext
from functools import lru_cache
from importlib import resources

import numpy as np

logger = logging.getLogger(__name__)

MODEL_RESOURCE = "data/events/classifier.npz"
NO_MODE = ""  # the mode label of "this type, no particular mode"

# The 16 PLOVER types (PLOVER manual, NGEC codebook).
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

# Older PLOVER type names (the PLOVER gold standard records use them) -> (type, forced mode).
OLD_TYPES: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}

# Mode spellings in older records and the synthetic NGEC data -> the codebook's spelling.
MODE_ALIASES = {
    "sieze": "seize",
    "primative": "primitive",
    "martial-law": "curfew",  # codebook: COERCE curfew = "impose state of emergency or martial law"
    "strike-hun": "hunger",
    "demo-org": "demo",
    "demo-spon": "demo",
    "riot-spon": "riot",
    "host": "visit",  # CONSULT visit: "a political actor visiting another actor, who is hosting"
    "detain": "arrest",
}


def normalise_label(event_type: str, mode: str | None) -> tuple[str, str | None]:
    """Today's PLOVER (type, mode) for a possibly old-style label; mode lower-case, ``None`` if none.

    Old type names are mapped (DEMAND -> REQUEST, DISAPPROVE -> ACCUSE/disapprove,
    INVESTIGATE -> ACCUSE/investigate, FIGHT -> ASSAULT); old mode spellings go through
    ``MODE_ALIASES``. Whether the mode belongs to the type's codebook modes is not checked here.
    """
    event_type = event_type.strip().upper()
    forced = None
    if event_type in OLD_TYPES:
        event_type, forced = OLD_TYPES[event_type]
    mode = forced or (mode or "").strip().lower() or None
    if mode is not None:
        mode = MODE_ALIASES.get(mode, mode)
    return event_type, mode


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    np.exp(shifted, out=shifted)
    shifted /= shifted.sum(axis=1, keepdims=True)
    return shifted


class EventClassifier:
    """PLOVER type and mode for sentences or their embeddings."""

    def __init__(
        self,
        type_labels: list[str],
        type_weights: np.ndarray,
        type_bias: np.ndarray,
        mode_labels: list[str],
        mode_weights: np.ndarray,
        mode_bias: np.ndarray,
    ) -> None:
        self.labels = list(type_labels)
        self.type_weights = np.asarray(type_weights, dtype=np.float32)
        self.type_bias = np.asarray(type_bias, dtype=np.float32)
        # mode labels are "TYPE/mode" ("TYPE/" for no particular mode)
        self.mode_labels = list(mode_labels)
        self.mode_weights = np.asarray(mode_weights, dtype=np.float32)
        self.mode_bias = np.asarray(mode_bias, dtype=np.float32)
        if self.type_weights.shape[0] != len(self.labels) or self.type_bias.shape != (len(self.labels),):
            raise ValueError("type weights do not match the type labels")
        if self.mode_weights.shape[0] != len(self.mode_labels) or self.mode_bias.shape != (
            len(self.mode_labels),
        ):
            raise ValueError("mode weights do not match the mode labels")
        if self.mode_weights.shape[1] != self.type_weights.shape[1]:
            raise ValueError("type and mode weights have different input sizes")
        self._modes_of: dict[int, tuple[np.ndarray, list[str | None]]] = {}
        for t, name in enumerate(self.labels):
            rows = [i for i, label in enumerate(self.mode_labels) if label.split("/", 1)[0] == name]
            modes = [self.mode_labels[i].split("/", 1)[1] or None for i in rows]
            self._modes_of[t] = (np.array(rows, dtype=np.intp), modes)

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> EventClassifier:
        return cls(
            [str(x) for x in arrays["type_labels"]],
            arrays["type_weights"],
            arrays["type_bias"],
            [str(x) for x in arrays["mode_labels"]],
            arrays["mode_weights"],
            arrays["mode_bias"],
        )

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The arrays ``from_arrays`` takes (what the training script saves)."""
        return {
            "type_labels": np.array(self.labels),
            "type_weights": self.type_weights,
            "type_bias": self.type_bias,
            "mode_labels": np.array(self.mode_labels),
            "mode_weights": self.mode_weights,
            "mode_bias": self.mode_bias,
        }

    def predict_proba(self, embeddings: np.ndarray) -> np.ndarray:
        """Type probabilities, shape ``(n, len(self.labels))``, columns in ``self.labels`` order."""
        embeddings = np.atleast_2d(np.asarray(embeddings, dtype=np.float32))
        return _softmax(embeddings @ self.type_weights.T + self.type_bias)

    def predict_embeddings(
        self, embeddings: np.ndarray, among: list[tuple[str, ...] | None] | None = None
    ) -> list[tuple[str, str | None, float]]:
        """(type, mode or None, type probability) per embedding row.

        ``among`` (one entry per row, or None) restricts a row's answer to the given types: the
        choice between the types a trigger's lexicon patterns tie on. The probability is then
        the type's share of the given types' probability.
        """
        embeddings = np.atleast_2d(np.asarray(embeddings, dtype=np.float32))
        if embeddings.shape[0] == 0:
            return []
        proba = self.predict_proba(embeddings)
        mode_logits = embeddings @ self.mode_weights.T + self.mode_bias
        results: list[tuple[str, str | None, float]] = []
        for i in range(proba.shape[0]):
            allowed = among[i] if among is not None and i < len(among) else None
            cols = [self.labels.index(t) for t in allowed or () if t in self.labels]
            if cols:
                t = cols[int(proba[i, cols].argmax())]
                p = float(proba[i, t] / max(float(proba[i, cols].sum()), 1e-9))
            else:
                t = int(proba[i].argmax())
                p = float(proba[i, t])
            rows, modes = self._modes_of[t]
            mode = modes[int(mode_logits[i, rows].argmax())] if len(rows) else None
            results.append((self.labels[t], mode, p))
        return results

    def predict(
        self, sentences: list[str], batch_size: int = 64, among: list[tuple[str, ...] | None] | None = None
    ) -> list[tuple[str, str | None, float]]:
        """(PLOVER type, mode or None, probability) for each sentence, embedded in batches;
        ``among`` as in ``predict_embeddings``."""
        if not sentences:
            return []
        from eventwire.embed import encode

        return self.predict_embeddings(encode(list(sentences), batch_size=batch_size), among)


def load_classifier(path: str | None = None) -> EventClassifier:
    """The classifier from ``path``, or from the copy shipped in the package."""
    if path is None:
        opener = resources.as_file(resources.files("eventwire").joinpath(MODEL_RESOURCE))
    else:
        opener = nullcontext(path)
    with opener as file, np.load(file, allow_pickle=False) as arrays:
        return EventClassifier.from_arrays({k: arrays[k] for k in arrays.files})


@lru_cache(maxsize=1)
def get_classifier() -> EventClassifier:
    """The shipped classifier, loaded once per process."""
    return load_classifier()


__all__ = [
    "EventClassifier",
    "PLOVER_TYPES",
    "get_classifier",
    "load_classifier",
    "normalise_label",
]
