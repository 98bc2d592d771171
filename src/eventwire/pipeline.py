"""Wires the stages; the only module that knows their order.

Per-article stages (extract → where/when) run in worker processes, their models loaded
once per run and shared by the workers (``preload.py``). Corpus stages (dedup, stories,
merge) and every write run here, in the one writer.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import multiprocessing
import os
import signal
import sqlite3
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from eventwire import LOG_FORMAT
from eventwire.errors import Errors, EventwireError, InputError
from eventwire.records import Document
from eventwire.settings import Settings
from eventwire.stages import REGISTRY, WORK_FIELDS, ArticleWork, Stage

log = logging.getLogger(__name__)

COMMIT_EVERY = 25
# SQLite errors that are the database's, not an article's: every later write would fail too.
# A busy or locked database (another run writing to it) is not one: the next write may pass.
_WRITE_FAILURES = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_CORRUPT",
                   "SQLITE_NOTADB", "SQLITE_PERM")

# Modules whose import registers stages. Importing them must stay cheap: models load lazily.
STAGE_MODULES = (
    "eventwire.extract",
    "eventwire.extract.language",
    "eventwire.nlp",
    "eventwire.actors",
    "eventwire.events.code",
    "eventwire.geo.where_when",
    "eventwire.stories.dedup",
)


def _import_stage_modules() -> None:
    for name in STAGE_MODULES:
        importlib.import_module(name)


def resolve_stages(names: Iterable[str], *, kind: str, available: Iterable[str] = ()) -> list[Stage]:
    """The registered stages ``names`` in order, checking each read has an earlier writer."""
    _import_stage_modules()
    written = {"document", *available}
    stages = []
    for name in names:
        if name not in REGISTRY:
            raise EventwireError(Errors.E015.format(stage=name, known=", ".join(sorted(REGISTRY))))
        found = REGISTRY[name]
        if found.kind != kind:
            raise EventwireError(Errors.E015.format(stage=name, known=f"{kind} stages only"))
        for read in found.reads:
            if read not in written:
                raise EventwireError(Errors.E014.format(stage=name, field=read))
        written.update(found.writes)
        stages.append(found)
    return stages


def _run_one(found: Stage, work: ArticleWork, settings: Settings) -> None:
    """One stage on one article. Never raises: a failure sets ``work.error``."""
    try:
        found.func([work] if found.batch else work, settings)
    except InputError as e:
        work.error = str(e)
    except Exception as e:  # one bad page must not stop a batch
        # The user sees one E018 line; the traceback is for -vv (debug) only.
        document = work.document
        log.debug("stage %s failed on %s", found.name, document.input, exc_info=True)
        work.error = Errors.E018.format(input=document.input or document.doc_id, detail=f"{found.name}: {e}")


def process_batch(documents: list[Document], stages: list[Stage], settings: Settings,
                  stored: Callable[[str, str], bool] | None = None) -> list[ArticleWork]:
    """Run the per-article stages on several documents. Never raises: a failure sets ``error``.

    A batch stage gets every article still going at once; should it fail, it runs again on each
    article alone, so one bad page costs only itself. ``stored(text_hash, doc_id)`` says an
    article is in the database already: its later stages are skipped (the writer skips it).
    """
    works = [ArticleWork(document=document) for document in documents]
    skipped: set[int] = set()
    for found in stages:
        going = [work for work in works if not work.error and id(work) not in skipped]
        done = False
        if found.batch and len(going) > 1:
            try:
                found.func(going, settings)
                done = True
            except Exception:
                log.debug("batch stage %s failed; running it per article", found.name, exc_info=True)
        if not done:
            for work in going:
                _run_one(found, work, settings)
        if stored is not None and "article" in found.writes:
            skipped.update(id(w) for w in going if w.article is not None and not w.error
                           and stored(w.article.id, w.article.doc_id))
    for work, document in zip(works, documents, strict=True):
        # Only records leave the worker: no spaCy Doc, no raw bytes.
        work.parsed = None
        work.document = Document(raw=b"", doc_id=document.doc_id, url=document.url, input=document.input)
    return works


def process_document(document: Document, stages: list[Stage], settings: Settings) -> ArticleWork:
    """Run the per-article stages on one document. Never raises: a failure sets ``error``."""
    return process_batch([document], stages, settings)[0]


# Worker-process state: stages and settings are set once by the pool initializer.
_WORKER: dict[str, object] = {}


def _init_worker(settings: Settings, log_level: int = logging.WARNING) -> None:
    # Ctrl-C reaches every process of the terminal's group: the writer alone handles it and
    # stops the pool; a worker dying mid-task would print a traceback and lose its task.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A spawned worker starts with logging unconfigured: -v/-vv (a failed stage's traceback at
    # debug) would reach the main process only.
    if log_level < logging.WARNING:
        logging.basicConfig(level=log_level, format=LOG_FORMAT)
    _WORKER["settings"] = settings
    _WORKER["stages"] = resolve_stages(settings.article_stages, kind="article")
    from eventwire.store.sqlite import StoredArticles

    _WORKER["stored"] = StoredArticles(settings.db)


def _work(documents: list[Document]) -> list[ArticleWork]:
    return process_batch(documents, _WORKER["stages"], _WORKER["settings"],  # type: ignore[arg-type]
                         _WORKER["stored"])  # type: ignore[arg-type]


def batched(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def dealt(documents: Iterable[Document], size: int, workers: int) -> Iterator[list[Document]]:
    """``documents`` in batches of ``size`` for ``workers`` workers, smaller at the end of the input.

    A pool's last batches decide when the run ends: with full batches to the end, one worker
    takes the last and the other core idles for as long (200 pages, batches of 8 on 2 workers:
    about a second). So the last ``size * workers`` documents, read ahead to know they are the
    last, go out in batches of half a worker's share of what is left (guided self-scheduling;
    16 left, 2 workers: 4, 3, 2, then seven of 1), and the workers finish within about one
    article of each other. Order is kept; the input need not be sized (the look-ahead tells).
    """
    ahead: deque[Document] = deque()
    for document in documents:
        ahead.append(document)
        if len(ahead) >= size * (workers + 1):
            yield [ahead.popleft() for _ in range(size)]
    while ahead:
        take = max(1, min(size, len(ahead) // (2 * workers)))
        yield [ahead.popleft() for _ in range(take)]


def process_documents(documents: Iterable[Document], settings: Settings) -> Iterator[ArticleWork]:
    """Per-article stages over ``documents``, in batches, on a process pool when ``n_workers`` > 1
    (where the last batches are smaller: ``dealt``).

    With ``settings.dask`` set, on the Dask scheduler it names instead (``scale/dask.py``).
    """
    if settings.dask:
        from eventwire.scale.dask import process_documents_dask

        yield from process_documents_dask(documents, settings, settings.dask)
        return
    stages = resolve_stages(settings.article_stages, kind="article")
    size = max(1, settings.batch_size)
    if settings.n_workers <= 1:
        from eventwire.store.sqlite import StoredArticles

        stored = StoredArticles(settings.db)  # each pool worker makes its own (_init_worker)
        for batch in batched(documents, size):
            yield from process_batch(batch, stages, settings, stored)
        return
    # Pool.imap reads its input ahead without bound; the semaphore keeps at most ``window``
    # documents in flight, so a huge directory or JSONL never sits in memory whole. It counts
    # documents, not batches: imap returns in order, and while one worker ends a full batch the
    # other must be free to take several of the small ones at the end (``dealt``).
    window = threading.Semaphore(settings.n_workers * 3 * size)
    stopping = threading.Event()

    def feed() -> Iterator[list[Document]]:
        for batch in dealt(documents, size, settings.n_workers):
            # The pool's feeder thread runs this: it must give up when the run stops (Ctrl-C, an
            # error), or the pool's shutdown waits for it forever.
            for _ in batch:
                while not window.acquire(timeout=0.2):
                    if stopping.is_set():
                        return
            if stopping.is_set():
                return
            yield batch

    ctx = _worker_context(settings)
    level = logging.getLogger().getEffectiveLevel()
    try:
        with ctx.Pool(settings.n_workers, initializer=_init_worker, initargs=(settings, level)) as pool:
            try:
                for works in pool.imap(_work, feed(), chunksize=1):
                    window.release(len(works))
                    yield from works
            finally:
                stopping.set()  # before the pool's exit, which waits for the feeder thread
    finally:
        if ctx.get_start_method() == "forkserver":
            _stop_fork_server()


def _worker_context(settings: Settings) -> Any:
    """The multiprocessing context the worker pool starts from.

    On Linux (``worker_start = "forkserver"``, the default), workers are forked from
    multiprocessing's fork server, which first runs ``preload.py``: the imports and models every
    worker needs are loaded once there (about 5 CPU-seconds) and shared copy-on-write, instead of
    once in each spawned worker. The load then runs on one core instead of side by side, so the
    clock gains nothing on 2 cores (bench/pipeline.py, session 15: 7.82-7.85 articles/s with
    start-up either way); CPU and memory do. The server is a fresh interpreter, not a fork of
    this process: a worker inherits no open database, thread or progress bar from the writer.
    ``worker_start = "spawn"``, and any other system, spawn: macOS libraries are not safe to use
    after a fork, and Windows has no fork.
    """
    if (settings.worker_start != "forkserver" or sys.platform != "linux"
            or "forkserver" not in multiprocessing.get_all_start_methods()):
        return multiprocessing.get_context("spawn")
    from multiprocessing import forkserver

    from eventwire import preload

    ctx = multiprocessing.get_context("forkserver")
    # "__main__" first, as multiprocessing's default has it: stages a script registers reach
    # the workers, as they did when each worker imported the script itself.
    ctx.set_forkserver_preload(["__main__", "eventwire.preload"])
    # The server inherits this process's environment when it starts: the run's settings reach
    # it there (it is started here, not by the pool, for that reason).
    previous = os.environ.get(preload.ENV)
    os.environ[preload.ENV] = preload.environment(settings)
    try:
        forkserver.ensure_running()
    finally:
        if previous is None:
            del os.environ[preload.ENV]
        else:
            os.environ[preload.ENV] = previous
    return ctx


def _stop_fork_server() -> None:
    """Stop the fork server after the run: it holds every model (hundreds of MB), and a later run
    in this process (a library caller, the benchmark) starts a fresh one with its own settings
    and its own start-up cost, as a run with spawned workers had."""
    from multiprocessing import forkserver

    server = forkserver._forkserver  # no public way to stop it; these are there in 3.8-3.13
    stop, pid = getattr(server, "_stop", None), getattr(server, "_forkserver_pid", None)
    if stop is None:
        return
    if pid is not None:
        # Its workers are gone (the pool terminated them): left to exit by itself, it tears
        # down torch and spaCy first, 1-2 CPU-seconds and as long on the clock for nothing.
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    try:
        stop()
    except OSError:
        log.debug("stopping the fork server failed", exc_info=True)


@dataclass
class RunSummary:
    inputs: int = 0
    articles: int = 0
    new_articles: int = 0
    already_stored: int = 0
    duplicates: int = 0  # duplicates, stories and events: totals in the database after the run
    stories: int = 0
    events: int = 0
    new_duplicates: int = 0  # ... and how many of them this run added
    new_stories: int = 0
    new_events: int = 0
    failed: list[str] = field(default_factory=list)
    top_dyads: list[tuple[str, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "inputs": self.inputs,
            "articles": self.articles,
            "new_articles": self.new_articles,
            "already_stored": self.already_stored,
            "duplicates": self.duplicates,
            "stories": self.stories,
            "events": self.events,
            "new_duplicates": self.new_duplicates,
            "new_stories": self.new_stories,
            "new_events": self.new_events,
            "failed": self.failed,
            "top_dyads": [{"dyad": d, "events": n} for d, n in self.top_dyads],
        }


def run(
    inputs: list[str],
    settings: Settings,
    *,
    on_progress: Callable[[str], None] | None = None,
) -> RunSummary:
    """Read ``inputs``, process every article and store the results in ``settings.db``."""
    from eventwire.store import open_store

    summary = RunSummary()
    # The fork server loads the workers' models (about 4 CPU-seconds, on one core): started
    # first, it loads them while this process checks the settings, opens the store and warms
    # the corpus stages on the other core. A bad setting stops it again below.
    early = _start_fork_server_early(settings)
    try:
        corpus = resolve_stages(settings.corpus_stages, kind="corpus", available=WORK_FIELDS)
        resolve_stages(settings.article_stages, kind="article")  # fail early on a bad config
        _warm(corpus, settings)
        _run_stored(inputs, settings, corpus, open_store(settings.db), summary, on_progress)
    finally:
        if early:
            _stop_fork_server()
    return summary


def _start_fork_server_early(settings: Settings) -> bool:
    """Start the workers' fork server now, if the run will have one (``_worker_context``)."""
    if settings.dask or settings.n_workers <= 1:
        return False
    return bool(_worker_context(settings).get_start_method() == "forkserver")


def _warm(stages: list[Stage], settings: Settings) -> None:
    for found in stages:
        if found.warm is not None:
            try:
                found.warm(settings)
            except Exception:  # the stage loads what it needs on first use, and fails there if it must
                log.debug("warming stage %s failed", found.name, exc_info=True)


def _run_stored(inputs: list[str], settings: Settings, corpus: list[Stage], store: Any, summary: RunSummary,
                on_progress: Callable[[str], None] | None) -> None:
    """``run`` once the store is open: store everything, then count what the store holds."""
    try:
        before = store.counts()
        try:
            _store_all(inputs, settings, corpus, store, summary, on_progress)
        except sqlite3.Error as e:
            # A full disk, an I/O error, a file made read-only: every later write would fail too.
            error = EventwireError(Errors.E026.format(path=settings.db, detail=e, stored=_keep(store, before)))
            error.failed = summary.failed  # type: ignore[attr-defined]  (printed before the E026 line)
            raise error from e
        totals = store.counts()
        summary.duplicates = totals["duplicates"]
        summary.stories = totals["stories"]
        summary.events = totals["events"]
        summary.new_duplicates = totals["duplicates"] - before["duplicates"]
        summary.new_stories = totals["stories"] - before["stories"]
        summary.new_events = totals["events"] - before["events"]
        summary.top_dyads = store.top_dyads(5)
    finally:
        store.close()


def _store_all(inputs: list[str], settings: Settings, corpus: list[Stage], store: Any, summary: RunSummary,
               on_progress: Callable[[str], None] | None) -> None:
    """Every input through the per-article stages, then the corpus stages and the write."""
    from eventwire.sources import iter_documents

    documents = _collect_errors(iter_documents(inputs, settings), summary)
    for work in process_documents(documents, settings):
        summary.inputs += 1
        if on_progress:
            on_progress(work.document.input or work.document.doc_id)
        if work.error or work.article is None:
            summary.failed.append(work.error or Errors.E005.format(input=work.document.input))
            continue
        summary.articles += 1
        if store.has_article(work.article.id, work.article.doc_id) or _entry_stored(work, store):
            summary.already_stored += 1
            continue
        if not _store_article(work, corpus, store, settings, summary):
            continue
        summary.new_articles += 1
        if summary.new_articles % COMMIT_EVERY == 0:
            store.commit()  # an interrupted run keeps what it finished, and resumes after it
    store.commit()


def _entry_stored(work: Any, store: Any) -> bool:
    """A feed entry read from its teaser is stored once: re-polled, its page may be unreachable
    and its teaser read instead, or its teaser edited, and the same story would be stored and
    counted again. An entry whose page was read again is left to dedup: an edited page (a new
    toll) is stored as a revision of the first version, as a page read from a URL is."""
    article = work.article
    if article.origin != "feed" or not store.has_feed_entry(article.url, article.doc_id):
        return False
    return bool(work.extras.get("entry_text", True))


def _keep(store: Any, before: dict[str, int]) -> int:
    """After a failed write: commit the articles whose writes went through (SQLite may have
    rolled the whole transaction back itself), and count what this run stored."""
    try:
        if store.conn.in_transaction:
            store.commit()
    except sqlite3.Error:
        log.debug("commit after a failed write failed too", exc_info=True)
        store.conn.rollback()
    try:
        return int(store.counts()["articles"] - before["articles"])
    except sqlite3.Error:
        return 0


def _store_article(work: ArticleWork, corpus: list[Stage], store: Any, settings: Settings,
                   summary: RunSummary) -> bool:
    """Corpus stages and the write for one article, all or nothing (a savepoint)."""
    store.conn.execute("SAVEPOINT article")
    try:
        for found in corpus:
            found.func(work, store, settings)
        store.add_article(work.article, work.events)
    except Exception as e:  # a bug on one article must not lose the run or what it stored
        log.debug("storing %s failed", work.document.input, exc_info=True)
        try:  # first undo the article's half-done write: what went before may be committed
            store.conn.execute("ROLLBACK TO article")
            store.conn.execute("RELEASE article")
        except sqlite3.Error:
            raise e from None  # SQLite rolled the whole transaction back: the database failed
        if isinstance(e, sqlite3.Error) and str(getattr(e, "sqlite_errorname", "")).startswith(_WRITE_FAILURES):
            raise  # not this article's fault: the run stops (E026)
        summary.failed.append(Errors.E018.format(input=work.document.input or work.document.doc_id, detail=e))
        return False
    store.conn.execute("RELEASE article")
    return True


def _collect_errors(items: Iterable[Document | InputError], summary: RunSummary) -> Iterator[Document]:
    """Pass documents through; count and record the inputs that failed before extraction."""
    for item in items:
        if isinstance(item, InputError):
            summary.inputs += 1
            summary.failed.append(str(item))
        else:
            yield item


__all__ = ["batched", "dealt", "run", "process_batch", "process_document", "process_documents", "resolve_stages", "RunSummary"]
