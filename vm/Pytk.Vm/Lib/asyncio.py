"""asyncio, a small one (pytk's own): a single-threaded event loop that runs coroutines as tasks.

What is here: run, the event loop (call_soon, call_later, call_at, run_until_complete, run_forever, stop, close,
create_task, create_future, time), Future and Task, sleep, gather, wait_for, Lock, Event, Queue,
get_running_loop/get_event_loop/new_event_loop/set_event_loop and the event loop policy. There is no I/O
(no sockets, subprocesses or signals): the loop runs callbacks and timers only, and sleeps until the next timer."""

import collections as _collections
import heapq as _heapq
import inspect as _inspect
import time as _time

__all__ = ['run', 'sleep', 'gather', 'wait_for', 'create_task', 'ensure_future', 'Future', 'Task',
           'Lock', 'Event', 'Queue', 'QueueEmpty', 'QueueFull', 'CancelledError', 'TimeoutError',
           'InvalidStateError', 'get_event_loop', 'get_running_loop', 'new_event_loop', 'set_event_loop',
           'get_event_loop_policy', 'set_event_loop_policy', 'AbstractEventLoop', 'AbstractEventLoopPolicy',
           'DefaultEventLoopPolicy', 'iscoroutine', 'iscoroutinefunction', 'current_task', 'all_tasks']


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


TimeoutError = TimeoutError


def iscoroutine(obj):
    return _inspect.iscoroutine(obj)


def iscoroutinefunction(func):
    return _inspect.iscoroutinefunction(func)


_PENDING, _CANCELLED, _FINISHED = 'PENDING', 'CANCELLED', 'FINISHED'


class Future:
    """A result that is not there yet; awaiting it suspends the awaiting task until it is set."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._exception = CancelledError() if msg is None else CancelledError(msg)
        self._schedule_callbacks()
        return True

    def result(self):
        if self._state == _PENDING:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _PENDING:
            raise InvalidStateError('Exception is not set.')
        if self._state == _CANCELLED:
            raise self._exception
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return n - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError('await wasn\'t used with future')
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        return f'<{type(self).__name__} {self._state.lower()}>'


class Task(Future):
    """Runs a coroutine on the loop: each step sends into it until it awaits a pending future."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro) and not _inspect.isgenerator(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._coro = coro
        self._name = name if name is not None else f'Task-{id(self)}'
        self._must_cancel = False
        self._waiting_on = None
        self._loop._tasks.add(self)
        self._loop.call_soon(self._step)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._waiting_on is not None and self._waiting_on.cancel(msg):
            return True
        self._must_cancel = True
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            exc = CancelledError()
            self._must_cancel = False
        loop = self._loop
        prev, loop._current = loop._current, self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            self._loop._tasks.discard(self)
            super().set_result(e.value)
        except CancelledError as e:
            self._loop._tasks.discard(self)
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as e:
            self._loop._tasks.discard(self)
            super().set_exception(e)
            raise
        except BaseException as e:
            self._loop._tasks.discard(self)
            super().set_exception(e)
        else:
            if isinstance(result, Future) and getattr(result, '_asyncio_future_blocking', False):
                result._asyncio_future_blocking = False
                self._waiting_on = result
                result.add_done_callback(self._wakeup)
            elif result is None:
                loop.call_soon(self._step)
            else:
                loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {result!r}'))
        finally:
            loop._current = prev

    def _wakeup(self, future):
        self._waiting_on = None
        if future.cancelled():
            self._step(CancelledError())
            return
        exc = future._exception
        self._step(exc) if exc is not None else self._step()


class _Handle:
    def __init__(self, when, fn, args):
        self.when = when
        self._fn = fn
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def __lt__(self, other):
        return self.when < other.when


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = _collections.deque()
        self._timers = []
        self._closed = False
        self._running = False
        self._stopping = False
        self._current = None
        self._tasks = set()
        self._debug = False

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = _Handle(None, callback, args)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        h = _Handle(when, callback, args)
        _heapq.heappush(self._timers, h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _run_once(self):
        if not self._ready and self._timers:
            wait = self._timers[0].when - self.time()
            if wait > 0:
                _time.sleep(wait)
        now = self.time()
        while self._timers and self._timers[0].when <= now:
            self._ready.append(_heapq.heappop(self._timers))
        for _ in range(len(self._ready)):
            h = self._ready.popleft()
            if not h._cancelled:
                h._fn(*h._args)

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        global _running_loop
        prev = _running_loop
        self._running = True
        _running_loop = self
        try:
            while not self._stopping:
                if not self._ready and not self._timers:
                    break
                self._run_once()
        finally:
            self._stopping = False
            self._running = False
            _running_loop = prev

    def run_until_complete(self, future):
        self._check_closed()
        future = ensure_future(future, loop=self)
        future.add_done_callback(lambda f: self.stop())
        self.run_forever()
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self, timeout=None):
        pass


class SelectorEventLoop(BaseEventLoop):
    pass


EventLoop = SelectorEventLoop
_running_loop = None


class AbstractEventLoopPolicy:
    pass


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    def __init__(self):
        self._loop = None

    def get_event_loop(self):
        if self._loop is None:
            self._loop = self.new_event_loop()
        return self._loop

    def set_event_loop(self, loop):
        self._loop = loop

    def new_event_loop(self):
        return SelectorEventLoop()


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    _policy = policy


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    if _running_loop is not None:
        return _running_loop
    return get_event_loop_policy().get_event_loop()


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def current_task(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return loop._current


def all_tasks(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    loop = loop if loop is not None else get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, '__await__'):
        async def _wrap():
            return await obj
        return loop.create_task(_wrap())
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def run(main, *, debug=None, loop_factory=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = loop_factory() if loop_factory is not None else new_event_loop()
    if debug is not None:
        loop.set_debug(debug)
    try:
        return loop.run_until_complete(main)
    finally:
        for t in list(loop._tasks):
            t.cancel()
        loop.close()


class _Yield:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, lambda: future.done() or future.set_result(result))
    try:
        return await future
    finally:
        h.cancel()


async def gather(*aws, return_exceptions=False):
    loop = get_running_loop()
    futures = [ensure_future(a, loop=loop) for a in aws]
    results = []
    for f in futures:
        try:
            results.append(await f)
        except CancelledError:
            raise
        except Exception as e:
            if not return_exceptions:
                for g in futures:
                    if not g.done():
                        g.cancel()
                raise
            results.append(e)
    return results


async def wait_for(aw, timeout):
    loop = get_running_loop()
    fut = ensure_future(aw, loop=loop)
    if timeout is None:
        return await fut
    done = loop.create_future()
    fut.add_done_callback(lambda f: done.done() or done.set_result(None))
    h = loop.call_later(timeout, lambda: done.done() or done.set_result(None))
    await done
    h.cancel()
    if not fut.done():
        fut.cancel()
        raise TimeoutError()
    return fut.result()


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = _collections.deque()

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Event:
    def __init__(self):
        self._set = False
        self._waiters = []

    def is_set(self):
        return self._set

    def set(self):
        if not self._set:
            self._set = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._set = False

    async def wait(self):
        if self._set:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = _collections.deque()
        self._getters = _collections.deque()
        self._putters = _collections.deque()

    def qsize(self):
        return len(self._items)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    @staticmethod
    def _wake(waiters):
        while waiters:
            fut = waiters.popleft()
            if not fut.done():
                fut.set_result(None)
                break

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._wake(self._getters)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = self._items.popleft()
        self._wake(self._putters)
        return item

    async def put(self, item):
        while self.full():
            fut = get_running_loop().create_future()
            self._putters.append(fut)
            await fut
        self.put_nowait(item)

    async def get(self):
        while not self._items:
            fut = get_running_loop().create_future()
            self._getters.append(fut)
            await fut
        return self.get_nowait()
