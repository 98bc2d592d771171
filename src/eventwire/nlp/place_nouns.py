"""Common nouns of places, one vocabulary for the actor and event rules that ask whether a
phrase names a place ("the town of Samarra", "in the capital", "secured the airport").

Geography words name an area (a town, land held or crossed, a quarter, a vague area); sites name
a built place (an airport, a base); seats are places whose name also stands for the body in
them (parliament). Each rule takes the groups its question needs.
"""

from __future__ import annotations

# Settlements and divisions of a country: what "the X of <name>" names ("the town of Samarra").
TOWNS = frozenset({
    "town", "city", "village", "capital", "port", "province", "region", "district", "enclave",
    "municipality", "governorate", "prefecture",
})  # fmt: skip
# Land held, crossed or fought over.
LAND = frozenset({"territory", "border", "frontier", "island", "coast", "countryside", "outskirts"})
# Parts of a town.
QUARTERS = frozenset({"neighbourhood", "neighborhood", "suburb", "street", "square", "camp", "sector", "quarter"})
# Areas named vaguely or by their place in a country ("in the north", "in the state").
AREAS = frozenset({"area", "zone", "county", "state", "north", "south", "east", "west", "centre", "center"})
GEOGRAPHY = TOWNS | LAND | QUARTERS | AREAS
# Built places: installations and buildings forces hold, guard or fight in.
SITES = frozenset({
    "headquarters", "building", "compound", "prison", "airport", "airfield", "base", "harbour",
    "harbor", "road", "highway", "bridge", "crossing", "perimeter",
})  # fmt: skip
# Seats of bodies: places, though the name also stands for the body ("seats in parliament").
SEATS = frozenset({"palace", "parliament", "embassy"})
PLACES = GEOGRAPHY | SITES | SEATS
