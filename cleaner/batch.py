"""Run one function over many items in worker processes: in order, in bounded memory, and
past a worker that dies.

Workers are started once per batch, after the caller has loaded its rules: on POSIX they
are forked, so each starts with the rules (and OpenCC, and every compiled pattern) the
parent already has, instead of loading them again. Items go to a worker in chunks, one
chunk at a time; the worker sends back one result per item, so when a worker dies the
parent knows exactly which item it was on. That item gets the caller's `died` result, the
rest of its chunk is fed to the other workers, a fresh worker takes the dead one's place,
and the batch goes on.

At most `window` items are read ahead of the first result not yet yielded, so an endless
input runs in flat memory, and results come out in the order the items went in.

    >>> list(imap(len, ["a", "bb", "ccc"], jobs=2))
    [1, 2, 3]
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from multiprocessing.connection import wait
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def _context():
    # fork: workers inherit the loaded rules; elsewhere (no fork) the function and its
    # state are pickled to each worker instead.
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else None)


def _serve(conn, fn: Callable[[Any], Any], init: Callable[[], None] | None) -> None:
    """A worker: for each chunk received, send (seq, fn(item)) per item; stop on None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what ^C means
    # ... and stops a worker mid-item with SIGTERM, which ends it as an exception would,
    # so what the item was writing is cleaned away (a half-written output folder)
    signal.signal(signal.SIGTERM, _exit_on_signal)
    if init is not None:
        init()
    while True:
        try:
            chunk = conn.recv()
        except EOFError:
            return
        if chunk is None:
            return
        for seq, item in chunk:
            try:
                result = fn(item)
            except Exception as exc:  # fn should not raise; if it does, that item fails
                result = _Raised(f"raised {type(exc).__name__}: {exc}")
            conn.send((seq, result))


def _exit_on_signal(signum: int, frame) -> None:
    raise SystemExit(128 + signum)


class _Raised:
    def __init__(self, how: str):
        self.how = how


class _Worker:
    def __init__(self, ctx, fn, init):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, fn, init), daemon=True)
        self.proc.start()
        child.close()
        self.todo: deque[tuple[int, Any]] = deque()  # sent, result not yet back

    def stop(self, wait: float = 5) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(timeout=wait)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def describe_death(exitcode: int | None) -> str:
    """How a worker ended, in words: 'killed by SIGKILL', 'exit status 1'."""
    if exitcode is None:
        return "ended for an unknown reason"
    if exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit status {exitcode}"


def imap(fn: Callable[[T], R], items: Iterable[T], *, jobs: int, chunk: int = 4,
         window: int | None = None, init: Callable[[], None] | None = None,
         died: Callable[[T, str], R] | None = None) -> Iterator[R]:
    """Yield fn(item) for each item, in order, computed in `jobs` worker processes.

    `fn` must not raise (turn errors into results). When a worker dies on an item, that
    item's result is `died(item, how)` (how: 'killed by SIGKILL', ...), or a
    RuntimeError is raised when `died` is None. `init` runs once in each worker.
    `window` bounds the items read ahead (default 4 chunks per worker).
    """
    if jobs <= 1:
        if init is not None:
            init()
        yield from map(fn, items)
        return
    window = window or 4 * chunk * jobs
    ctx = _context()
    source = iter(items)
    requeued: deque[tuple[int, Any]] = deque()  # items of a dead worker's chunk, in order
    results: dict[int, Any] = {}
    read = done = 0  # items read from the source; results yielded
    exhausted = False
    # What the parent has built so far (rules, compiled patterns) is shared with the
    # forked workers page by page; keep the collector from touching it, which would copy
    # those pages into every worker.
    gc.freeze()
    workers = [_Worker(ctx, fn, init) for _ in range(jobs)]
    try:
        while True:
            for i, w in enumerate(workers):
                if w.todo:
                    continue
                if not w.proc.is_alive():  # died idle: replace it
                    w.conn.close()
                    w = workers[i] = _Worker(ctx, fn, init)
                batch = [requeued.popleft() for _ in range(min(chunk, len(requeued)))]
                if not batch and not exhausted:
                    room = min(chunk, done + window - read)
                    batch = [(read + i, x) for i, x in enumerate(islice(source, max(room, 0)))]
                    read += len(batch)
                    exhausted = room > 0 and len(batch) < room
                if batch:
                    try:
                        w.conn.send(batch)
                    except OSError:  # it died just now, before taking any of it
                        requeued.extendleft(reversed(batch))
                        w.conn.close()
                        workers[i] = _Worker(ctx, fn, init)
                        continue
                    w.todo.extend(batch)
            busy = [w for w in workers if w.todo]
            if not busy:
                if exhausted and not requeued:
                    break
                if read - done >= window:  # cannot happen: every read item is in flight
                    raise RuntimeError("batch: window full with no work in flight")
                continue
            ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy]))
            for i, w in enumerate(workers):
                if w.conn in ready or w.proc.sentinel in ready:
                    if _collect(w, results, died):
                        continue
                    # The worker died: what it was on fails, the rest of its chunk goes on.
                    w.proc.join()
                    how = describe_death(w.proc.exitcode)
                    seq, item = w.todo.popleft()
                    if died is None:
                        raise RuntimeError(f"a worker died ({how})")
                    results[seq] = died(item, how)
                    requeued.extendleft(reversed(w.todo))
                    w.conn.close()
                    workers[i] = _Worker(ctx, fn, init)
            while done in results:
                yield results.pop(done)
                done += 1
    finally:
        for w in workers:
            if w.proc.is_alive() and w.todo:  # interrupted mid-batch: stop it now, letting
                w.proc.terminate()            # it undo what it was writing (a second at most)
                w.stop(wait=1)
            else:
                w.stop()
        gc.unfreeze()


def _collect(w: _Worker, results: dict[int, Any], died) -> bool:
    """Take every result the worker has sent; False when it has died."""
    try:
        while w.conn.poll():
            seq, result = w.conn.recv()
            _, item = w.todo.popleft()
            if isinstance(result, _Raised):
                if died is None:
                    raise RuntimeError(f"a worker's function {result.how}")
                result = died(item, result.how)
            results[seq] = result
    except (EOFError, OSError):
        return False
    return w.proc.is_alive() or not w.todo


def default_jobs() -> int:
    """The CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


ERRORS = ("raise", "flag")


def clean_many(pages: Iterable, *, jobs: int = 1, errors: str = "raise",
               rules=None, script: str = "auto", chunk: int = 4) -> Iterator:
    """Clean many pages, in `jobs` processes; yields a `Page` per input, in input order.

    Each input is the page's text (str or bytes), named "record N" (N counted from 0) in
    errors, or an (id, text) pair (a tuple), named "record ID". A page that cannot be
    cleaned (empty, binary, not text, a record of another shape) raises its InputError or
    TypeError when errors="raise"; with errors="flag" it comes back as an empty Page whose
    `error` says why (and `page.ok` is False), and the rest go on. Memory stays flat on
    any number of pages.

    >>> [p.ok for p in clean_many(["# 标题\\n\\n正文。", ""], errors="flag")]
    [True, False]
    """
    from .registry import default_rules

    if errors not in ERRORS:
        raise ValueError(f"errors={errors!r}: give 'raise' or 'flag'")
    rules = rules or default_rules()
    work = _PageCleaner(rules, script, strip=jobs > 1)
    items = (p if isinstance(p, tuple) and len(p) == 2 else (n, p)
             for n, p in enumerate(pages))
    for page in imap(work, items, jobs=jobs, chunk=chunk, died=_died):
        if isinstance(page, BaseException):
            if errors == "raise":
                raise page
            from .stream import error_page

            page = error_page(str(page), type(page).__name__)
        if page.error and errors == "raise":
            raise RuntimeError(page.error["message"])
        if page.rules is None and page.ok:
            page.rules = rules.for_page(page.source)
        yield page


class _PageCleaner:
    """clean() as a picklable function of one (id, text) item for workers."""

    def __init__(self, rules, script: str, strip: bool):
        self.rules, self.script, self.strip = rules, script, strip

    def __call__(self, item):
        from .errors import CleanerError
        from .pipeline import clean

        key, text = item
        name = f"record {key}"
        if isinstance(text, (tuple, list)):
            # (an (id, text, ...) tuple, or a pair as a list: the record is refused as
            # other bad records are, never with Python's unpacking error)
            return TypeError(f"{name}: a {type(text).__name__} of {len(text)}, where a page "
                             "is str or bytes and a page with its id an (id, text) tuple")
        try:
            page = clean(text, rules=self.rules, script=self.script, name=name)
        except (CleanerError, TypeError) as exc:  # raised in order by clean_many, or flagged
            return exc
        except Exception as exc:  # a bug: still this record's error, in one line
            return RuntimeError(f"{name}: internal error ({type(exc).__name__}: {exc}); "
                                "please report it with the record")
        if self.strip:  # the rules go back by name, not pickled with every page
            page.rules = None
        return page


def _died(item, how: str):
    from .stream import error_page

    name = f"record {item[0]}"
    return error_page(f"{name}: the worker cleaning it died ({how})", "WorkerDied", name=name)
