"""Stories: near-duplicates, online story clustering, cross-source event merge, comparison.

Importing the package registers its stages: ``embed`` (article stage: embedding, terms, names)
and the corpus stages ``dedup``, ``stories`` and ``merge``.
"""

from eventwire.stories import assign, dedup, features, merge  # noqa: F401  (stage registration)
