"""Where: places named in event sentences, resolved against a GeoNames gazetteer."""

from eventwire.geo.gazetteer import get_gazetteer
from eventwire.geo.locate import find_location, find_location_in_text, resolve_dateline
from eventwire.geo.resolve import resolve_place

__all__ = ["find_location", "find_location_in_text", "get_gazetteer", "resolve_dateline", "resolve_place"]
