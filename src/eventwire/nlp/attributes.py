"""The model's attribute rules (tag -> POS, morphology and lemma exceptions), applied fast.

spaCy's ``attribute_ruler`` runs its 179 patterns through the Matcher, which cost 17-25 ms per
600-word article on the dev machine: more than tagging. Their conditions read only a token's
tag, lower form, dependency and whether it is a space, so the rules a token matches are worked
out once per distinct (tag, lower, dep, space) row and cached; a few two-token rules are checked
from the same cache. Rules apply in the ruler's own order (a later rule wins) and the writes go
in through one array, so the result is the ruler's exactly: ``tests/nlp/test_attributes.py``
compares the two token by token. Should a model bring a pattern this can't read, the ruler is
kept as it is.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from eventwire.nlp.rows import RowCache

log = logging.getLogger(__name__)
Check = Callable[[Any], bool]
_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}


def _value_check(value: Any) -> Callable[[Any], bool] | None:
    """A test for one attribute value: an exact value, ``{"IN": [...]}`` or ``{"REGEX": ...}``."""
    if isinstance(value, (str, bool)):
        return lambda v: v == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda v: v in allowed
        if op == "NOT_IN":
            barred = frozenset(arg)
            return lambda v: v not in barred
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda v: isinstance(v, str) and pattern.search(v) is not None
    return None


def _token_value(token: Any, key: str) -> Any:
    if key == "TAG":
        return token.tag_
    if key == "LOWER":
        return token.lower_
    if key == "DEP":
        return token.dep_
    return token.is_space


def _compile(spec: dict[str, Any]) -> Check | None:
    """A per-token test for one token of a pattern, or None when it uses what this can't read."""
    if not spec or set(spec) - _KEYS:
        return None
    checks: list[tuple[str, Callable[[Any], bool]]] = []
    for key, value in spec.items():
        check = _value_check(value)
        if check is None:
            return None
        checks.append((key, check))
    return lambda token: all(check(_token_value(token, key)) for key, check in checks)


def _index_keys(spec: dict[str, Any]) -> list[tuple[str, str]] | None:
    """Index keys for a pattern: every token that can match has one of them (None: check all)."""
    for key in ("TAG", "LOWER"):
        value = spec.get(key)
        if isinstance(value, str):
            return [(key, value)]
        if isinstance(value, dict) and "IN" in value:
            return [(key, v) for v in value["IN"]]
    return None


class _Effect(NamedTuple):
    """What the rules do to tokens with one (tag, lower, dep, is_space) row."""

    columns: list[tuple[int, int]]  # (column, value) writes of those rules, combined
    rest: dict[int, Any]  # attributes outside the written columns (a space token's DEP)
    steps: list[tuple[int, int]]  # (sequence rule, position) it can stand at


class FastAttributes:
    """A drop-in for a loaded ``attribute_ruler``: same rules, same order, indexed."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
        from spacy.tokens._retokenize import set_token_attrs

        self._set = set_token_attrs
        self._attrs = ruler.attrs  # normalised like the ruler's own
        self._key_columns = [TAG, LOWER, DEP, IS_SPACE]
        self._columns = [TAG, POS, MORPH, LEMMA]
        self._by_key: dict[tuple[str, str], list[tuple[int, Check]]] = {}
        self._always: list[tuple[int, Check]] = []
        self._sequences: list[tuple[int, list[Check], int]] = []  # (rule, token checks, index)
        self._cache = RowCache()  # row of (tag, lower, dep, is_space) -> _Effect
        for rule_id, rule in enumerate(ruler.patterns):
            for pattern in rule["patterns"]:
                compiled = [_compile(spec) for spec in pattern]
                checks = [check for check in compiled if check is not None]
                if len(checks) < len(compiled):
                    raise ValueError(f"attribute rule {rule_id} uses a pattern this reader does not know: {pattern}")
                if len(checks) > 1:
                    self._sequences.append((rule_id, checks, ruler.indices[rule_id]))
                    continue
                keys = _index_keys(pattern[0])
                if keys is None:
                    self._always.append((rule_id, checks[0]))
                for key in keys or ():
                    self._by_key.setdefault(key, []).append((rule_id, checks[0]))

    def _effect(self, token: Any, extra: Iterable[int] = ()) -> _Effect:
        found = {rule_id for rule_id, check in self._always if check(token)}
        for key in (("TAG", token.tag_), ("LOWER", token.lower_)):
            found.update(rule_id for rule_id, check in self._by_key.get(key, ()) if check(token))
        rule_ids = sorted(found.union(extra))
        # Rules set independent attributes and a later rule overrides an earlier one, so one
        # combined write equals applying them in turn.
        merged: dict[int, Any] = {}
        for rule_id in rule_ids:
            merged.update(self._attrs[rule_id])
        columns = [(self._columns.index(a), v) for a, v in merged.items() if a in self._columns]
        rest = {a: v for a, v in merged.items() if a not in self._columns}
        steps = [(n, k) for n, (_, checks, _) in enumerate(self._sequences)
                 for k, check in enumerate(checks) if check(token)]
        return _Effect(columns, rest, steps)

    def _sequence_hits(self, effects: list[_Effect]) -> dict[int, list[int]]:
        """Token index -> sequence rules that set it (a multi-token pattern matched there)."""
        hits: dict[int, list[int]] = {}
        for start, effect in enumerate(effects):
            for n, k in effect.steps:
                rule_id, checks, index = self._sequences[n]
                end = start + len(checks)
                if k or end > len(effects):
                    continue
                if all((n, j) in effects[start + j].steps for j in range(1, len(checks))):
                    target = (start if index >= 0 else end) + index
                    hits.setdefault(target, []).append(rule_id)
        return hits

    def __call__(self, doc: Any) -> Any:
        if not len(doc):
            return doc
        cache = self._cache
        # The rules a token matches depend only on these four values: worked out once per
        # distinct row, then all writes go in through one array.
        effects: list[_Effect] = []
        for i, key in enumerate(cache.row_keys(doc.to_array(self._key_columns))):
            effect = cache.get(key)
            if effect is None:
                effect = cache[key] = self._effect(doc[i])
            effects.append(effect)
        if self._sequences:
            for i, rule_ids in self._sequence_hits(effects).items():
                effects[i] = self._effect(doc[i], rule_ids)
        values = doc.to_array(self._columns)
        for i, effect in enumerate(effects):
            for column, value in effect.columns:
                values[i, column] = value
        doc.from_array(self._columns, values)
        for i, effect in enumerate(effects):
            if effect.rest:
                self._set(doc[i], effect.rest)
        return doc


def install(nlp: Any) -> None:
    """Replace the pipeline's ``attribute_ruler`` with :class:`FastAttributes` built from it."""
    from spacy.language import Language

    if "attribute_ruler" not in nlp.pipe_names:
        return
    try:
        fast = FastAttributes(nlp.get_pipe("attribute_ruler"))
    except ValueError as e:
        log.info("keeping spaCy's attribute_ruler: %s", e)
        return
    # A component factory returns this instance; registering again replaces the last one.
    Language.component("eventwire_attributes", func=fast)
    nlp.replace_pipe("attribute_ruler", "eventwire_attributes")

__all__ = ["FastAttributes", "install"]
