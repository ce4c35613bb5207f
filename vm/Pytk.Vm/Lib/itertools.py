"""itertools for pytk, written for pytk.

Shipped as Python: these are small state machines whose behaviour (laziness, when arguments are checked,
what is consumed) is simplest to keep identical to CPython's as generators. Functions that CPython checks at
call time (iter() of the arguments, numeric limits) check eagerly here too, then hand over to a generator.
"""

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations',
           'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']

from operator import index as _index

_NONE = object()


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not hasattr(v, '__add__') or isinstance(v, (str, bytes, list, tuple)):
                raise TypeError('a number is required')
        self._cur = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        v = self._cur
        self._cur = v + self._step
        return v

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'{type(self).__name__}({self._cur!r})'
        return f'{type(self).__name__}({self._cur!r}, {self._step!r})'


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._i < 0:
            for v in self._it:
                self._saved.append(v)
                return v
            if not self._saved:
                raise StopIteration
            self._i = 0
        v = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return v


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = None
        else:
            self._left = max(0, _index(times))

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._left})'


def _accumulate(it, func, initial):
    total = initial
    if total is _NONE:
        for total in it:
            break
        else:
            return
    yield total
    for v in it:
        total = total + v if func is None else func(total, v)
        yield total


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, _NONE if initial is None else initial)


def _batched(it, n, strict):
    while True:
        batch = []
        for v in it:
            batch.append(v)
            if len(batch) == n:
                break
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError('batched(): incomplete batch')
        yield tuple(batch)


def batched(iterable, n, *, strict=False):
    n = _index(n)
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n, strict)


class chain:
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._cur = None

    @classmethod
    def from_iterable(cls, iterable):
        c = cls()
        c._sources = iter(iterable)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._cur is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    self._cur = iter(next(self._sources))
                except StopIteration:
                    self._sources = None
                    raise
            for v in self._cur:
                return v
            self._cur = None


def _pool(iterable):
    return iterable if type(iterable) is tuple else tuple(iterable)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    yield tuple([pool[i] for i in idx])
    while True:
        i = r - 1
        while i >= 0 and idx[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        yield tuple([pool[i] for i in idx])


def _check_r(r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def combinations(iterable, r):
    return _combinations(_pool(iterable), _check_r(r))


def _combinations_wr(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    idx = [0] * r
    yield tuple([pool[i] for i in idx])
    while True:
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = idx[i] + 1
        for j in range(i, r):
            idx[j] = v
        yield tuple([pool[i] for i in idx])


def combinations_with_replacement(iterable, r):
    return _combinations_wr(_pool(iterable), _check_r(r))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    used = [False] * n
    cur = []

    def place():
        if len(cur) == r:
            yield tuple(cur)
            return
        for i in range(n):
            if not used[i]:
                used[i] = True
                cur.append(pool[i])
                yield from place()
                cur.pop()
                used[i] = False

    yield from place()


def permutations(iterable, r=None):
    pool = _pool(iterable)
    return _permutations(pool, len(pool) if r is None else _check_r(r))


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    yield from result


def product(*iterables, repeat=1):
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    return _product([_pool(it) for it in iterables] * repeat)


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _dropwhile(pred, it):
    for v in it:
        if not pred(v):
            yield v
            break
    yield from it


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _takewhile(pred, it):
    for v in it:
        if not pred(v):
            return
        yield v


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _filterfalse(pred, it):
    for v in it:
        if not (bool(v) if pred is None else pred(v)):
            yield v


def filterfalse(function, iterable):
    return _filterfalse(function, iter(iterable))


class groupby:
    """Groups consecutive items with equal keys; a group is invalid once the outer iterator moves on."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._have = False
        self._tgt = _NONE
        self._token = None

    def _advance(self):
        v = next(self._it)
        self._cur = v if self._keyfunc is None else self._keyfunc(v)
        self._val = v
        self._have = True

    def __iter__(self):
        return self

    def __next__(self):
        self._token = token = object()
        if not self._have:
            self._advance()
        while self._tgt is not _NONE and self._tgt == self._cur:
            self._advance()
        self._tgt = self._cur
        return self._cur, self._group(self._cur, token)

    def _group(self, key, token):
        while self._token is token and self._have and key == self._cur:
            yield self._val
            try:
                self._advance()
            except StopIteration:
                self._have = False
                return


def _islice(it, start, stop, step):
    # Consumes exactly what CPython's islice consumes (it reads up to the next wanted index before stopping).
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            for _ in it:
                break
            else:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        for v in it:
            break
        else:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield v


_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDEX_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_STEP_MSG = 'Step for islice() must be a positive integer or None.'


def _slice_arg(v, message, default):
    if v is None:
        return default
    try:
        v = _index(v)
    except TypeError:
        v = -1
    if v < 0:
        raise ValueError(message)
    return v


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    if len(args) == 1:
        start, stop, step = 0, _slice_arg(args[0], _STOP_MSG, None), 1
    else:
        start = _slice_arg(args[0], _INDEX_MSG, 0)
        stop = _slice_arg(args[1], _INDEX_MSG, None)
        step = 1
        if len(args) == 3 and args[2] is not None:
            step = _slice_arg(args[2], _STEP_MSG, 1)
            if step == 0:
                raise ValueError(_STEP_MSG)
    it = iter(iterable)
    if stop is not None and start >= stop:
        return _islice(it, 0, 0, 1)
    return _islice(it, start, stop, step)


def _pairwise(it):
    for prev in it:
        for v in it:
            yield prev, v
            prev = v
        return


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _starmap(func, it):
    for args in it:
        yield func(*args)


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


class _TeeLink:
    __slots__ = ('value', 'next')


class _tee:
    # the tees of one tee() call share the source and a one-item "running" flag: a tee that asks the source for
    # its next value while another (in this thread or another) is doing so is refused, as in CPython
    def __init__(self, it, link, running):
        self._it = it
        self._link = link
        self._running = running

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            running = self._running
            if running[0]:
                raise RuntimeError('cannot re-enter the tee iterator')
            running[0] = True
            try:
                v = next(self._it)
            finally:
                running[0] = False
            if link.next is None:
                link.value = v
                link.next = _TeeLink()
                link.next.next = None
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link, self._running)


def tee(iterable, n=2):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    start = _TeeLink()
    start.next = None
    running = [False]
    return tuple(_tee(it, start, running) for _ in range(n))


def _zip_longest(its, fill):
    active = len(its)
    if not active:
        return
    while True:
        row = []
        for i, it in enumerate(its):
            if it is None:
                row.append(fill)
                continue
            for v in it:
                row.append(v)
                break
            else:
                active -= 1
                if not active:
                    return
                its[i] = None
                row.append(fill)
        yield tuple(row)


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)
