"""Coercive takeovers: power seized, an officeholder dismissed, another party disarmed.

CAMEO 2.0 files these verbs in blocks written for other senses: "seize power" takes the
seizure block's 180 (unconventional violence, PLOVER ASSAULT), "dismissed the prime minister"
the rejection block's 120 (REJECT, written for "dismissed the proposal"), "disarm the police"
the supplement's 087 (RETREAT, written for a party laying down its own arms). PLOVER reads a
coup as COERCE ("coercive uses of power falling short of violence"; violence done in it is
coded from its own verbs), an officeholder removed as no rejection of anything (by a junta
or the military, part of the coup), and a party disarmed by another as a seizure of its
weapons (COERCE seize, CAMEO 1711 "confiscate property"); RETREAT's disarm is "disarm
militarily or give up weapons", one's own.
"""

from __future__ import annotations

from typing import Any

from eventwire.events.find import clause_with_subject
from eventwire.events.forces import COUP_MAKERS

# Verbs of seizing: with "power" as object, a coup (CAMEO 170, PLOVER COERCE).
SEIZE_VERBS = frozenset({"seize", "grab", "snatch", "usurp", "wrest", "take", "assume"})
# "Took power" or "assumed power" after an election is a transfer of office, no act on anyone:
# only force or a coup named with them makes it a seizure.
NEUTRAL_SEIZE_VERBS = frozenset({"take", "assume"})
POWER_NOUNS = frozenset({"power", "powers"})
FORCE_WORDS = frozenset({"coup", "putsch", "force", "takeover", "gunpoint", "mutiny", "uprising", "revolt", "junta"})
COUP = "170"
# Verbs of removing someone from office: the removal rejects nothing (CAMEO 120 is for
# "dismissed the proposal / the claims", which keep their patterns), and "fired the minister"
# is no fighting (190). "Oust", "depose" and "remove" keep CAMEO's code (174): "the army removed
# the president" is a forcible removal.
DISMISS_VERBS = frozenset({"dismiss", "sack", "fire"})
OFFICE_WORDS = frozenset({
    "minister", "president", "premier", "chancellor", "prime", "government", "cabinet", "governor",
    "mayor", "chief", "commander", "general", "head", "director", "judge", "ambassador", "envoy",
    "official", "officer", "secretary", "deputy", "adviser", "advisor", "aide", "spokesman",
    "spokeswoman", "king", "emir", "leader",
})  # fmt: skip
DISARM_VERBS = frozenset({"disarm"})
# "disarm its own fighters", "disarm their militias": a party's own forces, its own retreat
_OWN = frozenset({"its", "their", "his", "her", "our", "own"})
CONFISCATION = "1711"
NO_ACT = ""
# Who does a removal: the active subject or the passive's agent ("was dismissed by the junta").
DOER_DEPS = frozenset({"nsubj", "agent"})


def takeover_code(verb: Any, lemma: str) -> str | None:
    """The CAMEO code of a takeover sense (module doc), ``NO_ACT`` for a removal from office or
    an electoral taking of power, or None when the verb is used in no such sense."""
    if lemma in SEIZE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in POWER_NOUNS for c in verb.children):
        if lemma not in NEUTRAL_SEIZE_VERBS or _forcible(verb):
            return COUP
        return NO_ACT
    if lemma in DISMISS_VERBS and not any(c.dep_ == "prt" for c in verb.children):  # "fired off a letter"
        removed = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if removed and all(_officeholder(c) for c in removed):
            return COUP if _doers(verb) & COUP_MAKERS else NO_ACT  # removed by force: a coup's act
    if lemma in DISARM_VERBS:
        disarmed = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if disarmed and not any(g.lower_ in _OWN for c in disarmed for g in c.children if g.dep_ in {"poss", "amod"}):
            return CONFISCATION
    return None


def _doers(verb: Any) -> set[str]:
    """The words of the verb's subject, or of the verb it hangs on ("seized power, dismissing
    the prime minister")."""
    verb = clause_with_subject(verb, DOER_DEPS)
    return {t.lemma_.lower() for c in verb.children if c.dep_ in DOER_DEPS for t in c.subtree}


def _forcible(verb: Any) -> bool:
    """Force or a coup named in the verb's phrase ("took power in a coup", "by force")."""
    return any(t.lemma_.lower() in FORCE_WORDS for c in verb.children if c.dep_ in {"prep", "advcl", "advmod"} for t in c.subtree)


def _officeholder(token: Any) -> bool:
    """A person named by title or office ("Prime Minister Laisenia Qarase", "the army chief",
    "the government"): words of the noun's phrase before it, or the noun itself."""
    words = {token.lemma_.lower()} | {c.lemma_.lower() for c in token.children if c.dep_ in {"compound", "amod", "nmod"}}
    return bool(words & OFFICE_WORDS)
