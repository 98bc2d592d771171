"""Per-article stages on a Dask cluster, for corpora one machine cannot keep up with.

The same function as the local pool (``pipeline.process_batch``) runs on Dask workers, one
task a batch of ``settings.batch_size`` documents (the batch stages' gain: one parser and one
encoder call a batch); the stages are resolved once per worker process and models load once per
worker through their cached loaders. Only records travel: documents out, stripped
``ArticleWork`` back. The caller (``pipeline.run``) still runs the corpus stages and every write
in its one writer process.

Results come back in input order, so story clustering sees the same order as with the pool.
A batch whose worker died is sent again one document a task, so the page that kills a worker
costs only itself; a task that fails on the cluster (a worker that died, an error outside the
stages) becomes that input's ``E018`` line; the run goes on.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import islice
from typing import Any

from eventwire.errors import Errors, EventwireError
from eventwire.records import Document
from eventwire.settings import Settings
from eventwire.stages import ArticleWork, Stage

log = logging.getLogger(__name__)

LOCAL = "local"
PER_WORKER = 8  # documents in flight per worker thread, as the pool's window
CONNECT_TIMEOUT_S = 30
WORKERS_TIMEOUT_S = 60
# A LocalCluster gives a page that kills its worker one retry, not Dask's default three: each
# death costs a worker restart and a reload of every model.
LOCAL_ALLOWED_FAILURES = 1

# Worker-process state: the resolved stages, keyed on the stage names they came from.
_STAGES: dict[tuple[str, ...], list[Stage]] = {}


def _worker_stages(settings: Settings) -> list[Stage]:
    key = tuple(settings.article_stages)
    if key not in _STAGES:
        from eventwire.pipeline import resolve_stages

        _STAGES[key] = resolve_stages(settings.article_stages, kind="article")
    return _STAGES[key]


def process_on_worker(documents: list[Document], settings: Settings) -> list[ArticleWork]:
    """The task each Dask worker runs: the per-article stages on a batch of documents."""
    from eventwire.pipeline import process_batch

    return process_batch(documents, _worker_stages(settings), settings)


class InOrder:
    """Results that finish in any order, given back in the order they were submitted."""

    def __init__(self) -> None:
        self.next = 0
        self.waiting: dict[int, Any] = {}

    def put(self, index: int, item: Any) -> None:
        self.waiting[index] = item

    def ready(self) -> Iterator[Any]:
        while self.next in self.waiting:
            yield self.waiting.pop(self.next)
            self.next += 1


def process_documents_dask(documents: Iterable[Document], settings: Settings, address: str) -> Iterator[ArticleWork]:
    """Per-article stages over ``documents`` on the Dask scheduler at ``address``, in input order.

    ``address`` is a scheduler address (``tcp://host:8786``) or ``"local"`` for a LocalCluster
    of ``settings.n_workers`` processes with one thread each. At most ``PER_WORKER`` documents
    per worker thread are submitted and not yet given back, so a huge input never sits in
    memory whole.
    """
    from distributed import as_completed

    from eventwire.pipeline import batched

    size = max(1, settings.batch_size)
    with ExitStack() as stack:
        client = _connect(address, settings, stack)
        threads = sum(client.nthreads().values()) or settings.n_workers
        # Two batches a thread: one running, one waiting, so no worker idles on a round trip.
        window = max(PER_WORKER, 2 * size) * max(threads, 1)
        log.info("dask: %s, %d worker threads, %d documents in flight", address, threads, window)

        inputs = iter(documents)
        # future key -> (positions, light documents, the documents themselves while a retry may need them)
        stubs: dict[str, tuple[list[int], list[Document], list[Document]]] = {}
        order = InOrder()
        finished = as_completed(loop=client.loop)
        submitted = in_flight = 0

        def send(batches: list[list[Document]], positions: list[list[int]]) -> None:
            nonlocal in_flight
            # One call for them all: the first fill reaches the scheduler as one group larger than
            # the cluster, which it queues and hands out one task per free thread.
            futures = client.map(process_on_worker, batches, settings=settings, pure=False)
            for batch, places, future in zip(batches, positions, futures, strict=True):
                kept = batch if len(batch) > 1 else []
                stubs[future.key] = (places, [_light(d) for d in batch], kept)
                finished.add(future)
                in_flight += len(batch)

        def submit_more() -> None:
            nonlocal submitted
            batches = list(batched(islice(inputs, max(window - in_flight, 0)), size))
            positions = []
            for batch in batches:
                positions.append(list(range(submitted, submitted + len(batch))))
                submitted += len(batch)
            if batches:
                send(batches, positions)

        submit_more()
        for future in finished:
            places, light, kept = stubs.pop(future.key)
            works, failure = _outcome(future)
            future.release()  # the results live here now; let the cluster forget them
            if failure is not None and kept:
                # The cluster lost this batch (a worker died on it...): each document again alone,
                # so only the one that caused it fails.
                log.info("a batch of %d failed on Dask (%s); sending them one by one", len(kept), failure)
                in_flight -= len(kept)
                send([[d] for d in kept], [[p] for p in places])
                continue
            in_flight -= len(light)
            for place, work in zip(places, works if failure is None else _failed(light, failure), strict=True):
                order.put(place, work)
            yield from order.ready()
            submit_more()


def _connect(address: str, settings: Settings, stack: ExitStack) -> Any:
    """A Client on ``address`` (or on a new LocalCluster), closed when ``stack`` closes."""
    import dask
    from distributed import Client, LocalCluster

    _follow_our_log_level(stack)
    try:
        if address == LOCAL:
            # One task per worker thread at a time (queued tasks wait on the scheduler), so a
            # worker that dies takes only the document it was running, not its neighbours.
            stack.enter_context(dask.config.set({
                "distributed.scheduler.allowed-failures": LOCAL_ALLOWED_FAILURES,
                "distributed.scheduler.worker-saturation": 1.0,
            }))
            with warnings.catch_warnings():
                # Without a dashboard the scheduler still serves its HTTP routes, on port 8787 if
                # free, else on another: a second cluster on the machine is no matter to warn of.
                warnings.filterwarnings("ignore", message="Port .* is already in use", category=UserWarning)
                cluster = stack.enter_context(LocalCluster(
                    n_workers=settings.n_workers, threads_per_worker=1, processes=True, dashboard_address=None,
                ))
            client = stack.enter_context(Client(cluster, set_as_default=False))
        else:
            client = stack.enter_context(Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False))
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT_S)
    except (OSError, TimeoutError, ValueError) as e:  # unreachable, no workers, bad address
        raise EventwireError(Errors.E022.format(address=address, detail=str(e) or type(e).__name__)) from e
    return client


def _follow_our_log_level(stack: ExitStack) -> None:
    """Dask logs to stderr at INFO through its own handler (a LocalCluster: some 35 lines a
    run), warns of its event loop being slow while a worker loads models on a busy machine, and
    of workers that take over 4 s to stop (then killed: the shutdown wanted anyway):
    by default only its errors show (eventwire reports each input the cluster lost as E018
    itself); with -v (INFO) or -vv (DEBUG) Dask logs at that level. Until ``stack`` closes."""
    logger = logging.getLogger("distributed")
    before = logger.level
    ours = logging.getLogger(__name__).getEffectiveLevel()
    logger.setLevel(ours if ours <= logging.INFO else logging.ERROR)
    stack.callback(logger.setLevel, before)


def _light(document: Document) -> Document:
    """What the writer keeps of a document while it is on the cluster: who it is, not its bytes."""
    return Document(raw=b"", doc_id=document.doc_id, url=document.url, input=document.input)


def _outcome(future: Any) -> tuple[list[ArticleWork], None] | tuple[None, str]:
    """The task's ArticleWorks, or why the cluster could not produce them.

    Stage errors never get here: ``process_batch`` turns them into the article's own error.
    """
    from distributed import KilledWorker

    try:
        return future.result(), None
    except KilledWorker:
        return None, "a Dask worker died running it (out of memory or crashed; see the worker's log)"
    except Exception as e:  # an error outside the stages (unpicklable record, cancelled task)
        return None, f"on Dask: {type(e).__name__}: {e}"


def _failed(stubs: list[Document], detail: str) -> list[ArticleWork]:
    works = []
    for stub in stubs:
        log.warning("%s: %s", stub.input or stub.doc_id, detail)
        works.append(ArticleWork(document=stub, error=Errors.E018.format(input=stub.input or stub.doc_id, detail=detail)))
    return works


__all__ = ["process_documents_dask", "process_on_worker", "InOrder"]
