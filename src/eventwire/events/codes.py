"""CAMEO codes: labels, Goldstein scores, QuadClass, and their PLOVER type, mode and context.

The table ``data/events/cameo.tsv`` is built by ``build_lexicon.py`` from the CAMEO codebook,
the CAMEO Goldstein weights and the 2021 CAMEO→PLOVER table (see NOTICE). Codes the PLOVER table
leaves out are mapped as the build script documents (02x appeals → REQUEST like 10x demands;
016 "deny responsibility" → REJECT, since PLOVER's REJECT covers all rejections); other 01x
statements have no PLOVER type and are not events.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
    "ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
    "COERCE", "ASSAULT",
)  # fmt: skip

# Old PLOVER type names (as in the PLOVER gold standard records) -> (type, mode).
OLD_TYPES = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    goldstein: float | None
    quad_class: int
    plover: str | None
    mode: str | None
    context: tuple[str, ...]


def quad_class(code: str) -> int:
    """CAMEO QuadClass of a code from its root: 1 verbal / 2 material cooperation, 3 verbal /
    4 material conflict (the GDELT convention)."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def root(code: str) -> str:
    return code[:2]


@lru_cache(maxsize=1)
def _table() -> dict[str, CameoCode]:
    text = resources.files("eventwire").joinpath("data/events/cameo.tsv").read_text("utf-8")
    table: dict[str, CameoCode] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, label, gold, plover, mode, context = (line.split("\t") + [""] * 6)[:6]
        table[code] = CameoCode(
            code=code,
            label=label,
            goldstein=float(gold) if gold else None,
            quad_class=quad_class(code),
            plover=plover or None,
            mode=mode or None,
            context=tuple(c for c in context.split(";") if c),
        )
    return table


def lookup(code: str) -> CameoCode | None:
    """The entry of ``code``, or of its nearest listed parent (``0234`` -> ``023`` -> ``02``)."""
    table = _table()
    while code:
        if code in table:
            return table[code]
        code = code[:-1] if len(code) > 2 else ""
    return None


def to_plover(code: str) -> tuple[str, str | None, tuple[str, ...]] | None:
    """(PLOVER type, mode, context) of a CAMEO code, or None when it is no PLOVER event."""
    entry = lookup(code)
    if entry is None or entry.plover is None:
        return None
    return entry.plover, entry.mode, entry.context


@lru_cache(maxsize=1)
def _default_codes() -> dict[tuple[str, str | None], str]:
    """The most general CAMEO code per (PLOVER type, mode), for types the classifier gives."""
    found: dict[tuple[str, str | None], str] = {}
    # Demands (10x) before appeals (02x), general codes before specific ones.
    for code in sorted(_table(), key=lambda c: (c[:2] in {"01", "02"}, len(c), c)):
        entry = _table()[code]
        if entry.plover:
            found.setdefault((entry.plover, entry.mode), code)
            found.setdefault((entry.plover, None), code)
    return found


def cameo_for(plover: str, mode: str | None = None) -> str | None:
    """A CAMEO code for a PLOVER type (and mode, when one matches)."""
    defaults = _default_codes()
    return defaults.get((plover, mode)) or defaults.get((plover, None))


def normalise_type(name: str) -> tuple[str, str | None]:
    """Today's (type, mode) for a PLOVER type name, mapping the gold records' old names."""
    name = name.strip().upper()
    return OLD_TYPES.get(name, (name, None))


# PLOVER and CAMEO code a stated intention as its own event type: intended or conditional
# cooperation is AGREE (CAMEO 03, "express intent to cooperate"), an intended or conditional
# conflictual action THREATEN (CAMEO 13). The coder stores events this way (intentions.coded_as),
# with ``modality`` saying it was intended; scorers read events through the same view.
# CAMEO's own intent codes for mediating (039) and negotiating (036) before the root's default.
_INTENT_SPECIFIC = {"045": "039", "046": "036"}
_INTENT_COOP = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_INTENT_CONFLICT = {"14": "133", "15": "138", "16": "131", "17": "132", "18": "137", "19": "138", "20": "138"}
# Not MOBILIZE: "would send 600 soldiers" to an ally or a mission is no threat, and the type
# does not say which; an announced deployment stays MOBILIZE, intended.
_CONFLICT_MATERIAL = frozenset({"PROTEST", "SANCTION", "COERCE", "ASSAULT"})


def threat_code(cameo: str | None) -> str:
    """The CAMEO 13x code of a threatened act, whatever the act ("threatened to expel" 131,
    "warned it would withdraw as mediator" 130)."""
    return _INTENT_CONFLICT.get((cameo or "")[:2], "130")


def intent_view(plover: str, cameo: str | None, modality: str | None, negated: bool) -> tuple[str, str | None]:
    """(PLOVER type, CAMEO code) of an event as PLOVER/CAMEO code intentions."""
    if negated or modality not in {"intended", "hypothetical"}:
        return plover, cameo
    if plover in COOPERATIVE and plover != "AGREE":
        specific = _INTENT_SPECIFIC.get((cameo or "")[:3])
        return "AGREE", specific or _INTENT_COOP.get((cameo or "")[:2], "030")
    if plover in _CONFLICT_MATERIAL:
        return "THREATEN", _INTENT_CONFLICT.get((cameo or "")[:2], "130")
    return plover, cameo
