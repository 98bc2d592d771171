"""What every pool worker would load at start-up, loaded once for all of them.

``pipeline.py`` starts its workers from multiprocessing's fork server, which imports this
module before it forks any worker. Importing it runs the run's article stages once on a short
sample page (written for eventwire, see ``SAMPLE``), so the imports (torch, spaCy) and every
model the stages load lazily (spaCy, MiniLM, the actor knowledge base, the gazetteer, the
event lexicon and classifier, the language identifier, the block model) are in memory once, and
each worker forked after it starts with them, shared copy-on-write. With spawned workers each
one paid that start-up itself: about 5 CPU-seconds a worker on the 2-core dev machine.

Loading stays lazy and cached as before: a stage whose model was not loaded here (a failure, a
setting the sample did not reach) loads it in the worker on first use, exactly as a spawned
worker did. The sample's results are thrown away; only the caches stay. Those caches are
memos of pure functions (the same answer whatever ran before), so a worker's output is the
same as a spawned worker's (tests/test_preload.py checks it).
"""

from __future__ import annotations

import gc
import json
import logging
import os
from dataclasses import asdict

from eventwire.records import Document
from eventwire.settings import Settings

log = logging.getLogger(__name__)

# The run's settings as JSON: set by pipeline.py while it starts the fork server (the server's
# only inputs are its environment and the names of the modules it imports).
ENV = "EVENTWIRE_PRELOAD_SETTINGS"

# An invented report in the shape of a news page: enough text for extraction to keep, with a
# dateline, countries, an organisation, a city, a date and event verbs, so that every stage
# reaches its models (the actor resolver, the gazetteer, the lexicon, the classifier).
SAMPLE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Ministers meet in Vienna as border talks resume | Sample Wire</title>
<meta property="og:site_name" content="Sample Wire">
<meta property="article:published_time" content="2025-03-04T09:30:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet in Vienna as border talks resume</h1>
<p class="byline">By Sample Reporter</p>
<p>VIENNA — Austria urged Hungary on Tuesday to reopen two border crossings closed since
January, as the foreign ministers of both countries met in Vienna to discuss trade and
transport.</p>
<p>Hungary rejected claims that the closures had been planned, and said it would consider the
request. The European Union welcomed the talks and offered to send observers.</p>
<p>Officials said the ministers agreed to meet again in Budapest next month. Police arrested
two men near the border crossing at Nickelsdorf on Monday, the Austrian interior ministry
said.</p>
<p>Trucks queued for hours on the motorway, drivers said, and local businesses complained
about lost trade during the winter.</p></article>
<footer>&copy; 2025 Sample Wire</footer></body></html>"""


def warm(settings: Settings) -> None:
    """Run the article stages of ``settings`` once on ``SAMPLE``: each loads what it needs."""
    from eventwire.pipeline import process_batch, resolve_stages

    stages = resolve_stages(settings.article_stages, kind="article")
    document = Document(raw=SAMPLE.encode("utf-8"), doc_id="eventwire-preload", content_type="html",
                        input="eventwire-preload")
    (work,) = process_batch([document], stages, settings)
    if work.error:
        log.debug("preload sample failed: %s", work.error)


def environment(settings: Settings) -> str:
    """The value of ``ENV`` that makes the fork server warm up for ``settings``."""
    return json.dumps(asdict(settings))


def _from_environment() -> None:
    value = os.environ.get(ENV)
    if not value:
        return
    # The loading makes some 600,000 objects that all live on, and no cycles to collect: the
    # collections it set off cost 0.2-0.5 of its 4 CPU-seconds, for nothing.
    gc.disable()
    try:
        warm(Settings(**json.loads(value)))
    except Exception:  # a worker then loads what it needs itself, as a spawned one did
        log.debug("preload failed", exc_info=True)
    finally:
        # What is loaded now lives as long as the workers: out of the collector's sight, a
        # worker's full collection neither walks it nor writes to its pages (which would copy them).
        gc.freeze()
        gc.enable()


_from_environment()

__all__ = ["ENV", "SAMPLE", "environment", "warm"]
