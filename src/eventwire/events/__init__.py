"""Event finding and coding: PLOVER + CAMEO types, attributes, evidence (DESIGN.md §3).

The stage is `events` in `eventwire.events.code`; the trigger lexicon is in `lexicon.py`."""
