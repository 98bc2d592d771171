"""Nouns of armed forces: one vocabulary for the rules that ask whether a phrase names troops,
police or armed men (forces sent, owned, ordered in or landed; a siege; a defence; a coup).

The core is CAMEO's troop class ("send &TROOPS", 154; the supplement's &ARMED set: forces,
troops, military, army, navy, soldiers, units, militia); each rule takes the core and what its
act needs besides. Words are lemmas, with the plural where the small model may leave it whole.
"""

from __future__ import annotations

# A state's armed forces by personnel or formation (CAMEO's &TROOPS words). Peacekeepers are
# not among them: "sent peacekeepers" keeps its own pattern (074, PLOVER AID).
TROOPS = frozenset({
    "troop", "troops", "soldier", "soldiers", "force", "forces", "army", "battalion", "brigade",
    "marine", "paratrooper", "infantryman", "reinforcement", "contingent", "unit", "units",
})  # fmt: skip
# The armed services named as one body ("the military", "the navy": CAMEO's &ARMED).
SERVICES = frozenset({"military", "navy"})
# Machines that move as forces do ("ordered tanks into the town"): deployed, not handed over.
WAR_MACHINES = frozenset({"tank", "warship"})
# Military craft a state positions ("deployed warships and fighter jets"; CAMEO's military
# &AIRCRAFT words and the ships "send warships to" names).
CRAFT = frozenset({
    "warship", "ship", "vessel", "frigate", "destroyer", "cruiser", "corvette", "submarine",
    "carrier", "gunboat", "jet", "fighter", "bomber", "warplane", "aircraft", "plane",
    "helicopter", "gunship", "coastguard",
})  # fmt: skip
# Police: ordered or landed alone they are a police deployment (CAMEO 153, not 154).
POLICE = frozenset({"police", "policeman", "gendarme", "riot"})
# Armed men outside a state's forces: besieging, they are no crowd.
IRREGULARS = frozenset({
    "militia", "militiaman", "militiamen", "fighter", "fighters", "rebel", "guerrilla", "gunman",
    "militant", "insurgent",
})  # fmt: skip
# Guards and peacekeepers defend and protect as soldiers do, though nobody sends them to fight.
GUARDS = frozenset({"guard", "guards", "peacekeeper", "peacekeepers"})

# What a deployment moves (CAMEO 154 for "ordered army troops into Bombay", "tanks landed").
DEPLOYED = TROOPS | WAR_MACHINES
# What a state deploys of its own (CAMEO 154, ``events/deployments``): forces and craft.
DEPLOYABLE = TROOPS | SERVICES | WAR_MACHINES | CRAFT
# Anyone armed: a siege by them is no crowd's obstruction (191, not 144), a defence by them is
# military (074), not a defence of a policy (052).
ARMED = TROOPS | SERVICES | WAR_MACHINES | POLICE | IRREGULARS | GUARDS
# Who makes a coup: the armed forces and their officers ("the junta dismissed the premier").
COUP_MAKERS = TROOPS | SERVICES | frozenset({"junta", "putschist", "commander", "general", "colonel", "officer"})
# Actor sectors of forces sent: with no country of their own they are the sender's, not whom
# the deployment faces ("New Zealand sent 230 soldiers and police", "rushed paramilitary police").
FORCE_SECTORS = frozenset({"MIL", "COP", "PRM"})


def deployment_code(words: set[str]) -> str | None:
    """CAMEO 154 when the words moved name armed forces, 153 when they name police alone."""
    if words & DEPLOYED:
        return "154"
    return "153" if words & POLICE else None
