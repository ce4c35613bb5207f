"""sched for pytk, written for pytk: a general event scheduler. Events are kept in a heap ordered by
(time, priority, sequence), sequence being the order of scheduling, so equal times and priorities run
first-in first-out. The time and delay functions are the caller's (time.monotonic and time.sleep by default),
so a scheduler can run on simulated time as well as real time.
"""

import heapq
import itertools
import threading
import time
from collections import namedtuple

__all__ = ['scheduler']


class Event(namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')):
    __slots__ = []


Event.time.__doc__ = 'Numeric type compatible with the return value of the timefunc function passed to the constructor.'
Event.priority.__doc__ = 'Events scheduled for the same time will be executed in the order of their priority.'
Event.sequence.__doc__ = 'A continually increasing sequence number that separates events if time and priority are equal.'
Event.action.__doc__ = 'Executing the event means executing action(*argument, **kwargs)'
Event.argument.__doc__ = 'argument is a sequence holding the positional arguments for the action.'
Event.kwargs.__doc__ = 'kwargs is a dictionary holding the keyword arguments for the action.'

_NO_KWARGS = object()


class scheduler:
    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """A scheduler on the given clock: timefunc() tells the time, delayfunc(n) waits n of its units."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at the given time; returns the event (for cancel())."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event; ValueError if it is not in the queue."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """True when no event is scheduled."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events in order, waiting with delayfunc until each is due. With blocking false, run the
        events already due and return the delay until the next one (None when none is left)."""
        lock = self._lock
        queue = self._queue
        timefunc = self.timefunc
        delayfunc = self.delayfunc
        while True:
            with lock:
                if not queue:
                    break
                due, _priority, _sequence, action, argument, kwargs = queue[0]
                now = timefunc()
                wait = due > now
                if not wait:
                    heapq.heappop(queue)
            if wait:
                if not blocking:
                    return due - now
                delayfunc(due - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)   # let other threads run

    @property
    def queue(self):
        """The scheduled events, in the order they will run."""
        with self._lock:
            return sorted(self._queue)
