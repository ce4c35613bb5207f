"""_thread (pytk): pytk's interpreter runs on one thread, so no new thread can start
(start_new_thread raises RuntimeError "can't start new thread", as CPython does when the system refuses one).
Locks work as they do for single-threaded code: acquiring a held lock without a timeout would wait forever,
so it raises RuntimeError instead of hanging; with a timeout it waits that long and returns False."""

import time as _time

TIMEOUT_MAX = 9223372036.0
error = RuntimeError
_MAIN_IDENT = 1


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    import os
    return os.getpid()


def _count():
    return 0


def stack_size(size=0):
    return 0


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def _wait_or_fail(blocking, timeout, what):
    if not blocking:
        return False
    if timeout is None or timeout < 0:
        raise RuntimeError(f'{what}: would wait forever (pytk runs one thread, nothing can release it)')
    _time.sleep(timeout)
    return False


class LockType:
    """A lock: acquire/release, usable as a context manager."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError('timeout value must be a non-negative number')
        if not self._locked:
            self._locked = True
            return True
        return _wait_or_fail(blocking, None if timeout == -1 else timeout, 'deadlock acquiring a held lock')

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s %s object at %#x>' % ('locked' if self._locked else 'unlocked', '_thread.lock', id(self))


lock = LockType


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    """A reentrant lock: the owning thread may acquire it again; release as often as acquired."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def _recursion_count(self):
        return self._count

    def locked(self):
        return self._count > 0

    def _release_save(self):
        count, self._count = self._count, 0
        return (count, _MAIN_IDENT)

    def _acquire_restore(self, state):
        self._count = state[0]

    def _at_fork_reinit(self):
        self._count = 0

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s %s.%s object owner=%r count=%d at %#x>' % (
            'locked' if self._count else 'unlocked', '_thread', 'RLock', _MAIN_IDENT if self._count else 0,
            self._count, id(self))


class _local:
    """Thread-local data: with one thread, a plain attribute namespace."""


class _ExceptHookArgs(tuple):
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])
