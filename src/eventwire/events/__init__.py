"""Event finding and coding: PLOVER + CAMEO types, attributes, evidence (DESIGN.md §3).

The stage is `events` in `eventwire.events.code`; it codes the candidate predicates of
`candidates.py`, typed by the trigger lexicon of `lexicon.py`."""
