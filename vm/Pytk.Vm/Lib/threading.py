"""threading (pytk's own implementation) for pytk's single interpreter thread: the synchronization objects
(Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier, local) behave as for single-threaded
code, and Thread.start() raises RuntimeError("can't start new thread") because pytk cannot run a second
Python thread (see _thread)."""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError',
           'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'get_native_id', 'getprofile', 'gettrace']

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
RLock = _thread.RLock
_RLock = _thread.RLock
local = _thread._local
stack_size = _thread.stack_size

_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


class Condition:
    """A condition variable: with one thread nobody else can notify, so wait() returns after its timeout."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def wait(self, timeout=None):
        if timeout is None:
            raise RuntimeError('Condition.wait: would wait forever (pytk runs one thread, nothing can notify it)')
        import time
        time.sleep(max(timeout, 0))
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result or timeout is None:
            if not result:
                raise RuntimeError('Condition.wait_for: would wait forever (pytk runs one thread)')
            return result
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def __repr__(self):
        return f'<{self.__class__.__module__}.{self.__class__.__qualname__} at {id(self):#x}: value={self._value}>'

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        return _thread._wait_or_fail(blocking, timeout, 'Semaphore.acquire')

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def __repr__(self):
        return f'<{self.__class__.__module__}.{self.__class__.__qualname__} at {id(self):#x}: {"set" if self._flag else "unset"}>'

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            raise RuntimeError('Event.wait: would wait forever (pytk runs one thread, nothing can set it)')
        import time
        time.sleep(max(timeout, 0))
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be >= 1')
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties == 1:
            if self._action:
                self._action()
            return 0
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: 0)
    broken = property(lambda self: self._broken)


class Thread:
    """A thread of control; pytk cannot start one (start() raises RuntimeError)."""

    _counter = 0

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if name is None:
            Thread._counter += 1
            name = f'Thread-{Thread._counter}'
            if target is not None:
                tname = getattr(target, '__name__', None)
                if tname:
                    name += f' ({tname})'
        self._target = target
        self._name = str(name)
        self._args = args
        self._kwargs = kwargs or {}
        self._daemonic = bool(daemon) if daemon is not None else current_thread().daemon if _main is not None else False
        self._started = False
        self._ident = None

    def __repr__(self):
        status = 'started' if self._started else 'initial'
        if self._daemonic:
            status += ' daemon'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        raise RuntimeError("can't start new thread")

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')

    name = property(lambda self: self._name, lambda self, v: setattr(self, '_name', str(v)))
    ident = property(lambda self: self._ident)
    native_id = property(lambda self: self._ident)

    def is_alive(self):
        return self._started and self is _main

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name


_main = None


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident = _thread.get_ident()


_main = _MainThread()


def current_thread():
    return _main


currentThread = current_thread


def main_thread():
    return _main


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_main]


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()


ExceptHookArgs = _thread._ExceptHookArgs


def excepthook(args, /):
    import traceback
    print(f'Exception in thread {args.thread.name if args.thread else "?"}:', file=_sys.stderr)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=_sys.stderr)


__excepthook__ = excepthook


def _register_atexit(func, *arg, **kwargs):
    import atexit
    atexit.register(func, *arg, **kwargs)
