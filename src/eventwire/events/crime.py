"""Common crime is no political event: PLOVER files murder, robbery, theft and burglary by
criminals under CRIME ("non-political actions which are considered crimes in the jurisdiction
where they occur ... resolved ... by the classification of the actor"), a type outside the
sixteen this coder types. So an attack or a seizure whose doer is named only as a robber, a
thief or a gang ("Two armed robbers shot dead a security guard") makes no ASSAULT or COERCE
event. Kidnappers, pirates, smugglers and militants are left to the other rules: whether
they act politically the sentence often says ("Islamist kidnappers")."""

from __future__ import annotations

from typing import Any

# Doers whose very name is a common crime (general English).
CRIMINALS = frozenset({
    "robber", "thief", "burglar", "mugger", "carjacker", "pickpocket", "shoplifter", "gangster",
    "fraudster", "swindler", "poacher",
})  # fmt: skip
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})


def common_crime(plover: str | None, doer: Any) -> bool:
    """Whether ``doer`` (the source's head token) is a common criminal doing violence."""
    return plover in VIOLENT_TYPES and doer.lemma_.lower() in CRIMINALS
