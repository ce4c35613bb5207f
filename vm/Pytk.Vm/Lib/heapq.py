"""Heap queue (pytk's own implementation; same heap layout as CPython's for every operation)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_toward_root(heap, start, pos):
    # The item at pos moves up while it is smaller than its parent (parents never go below start).
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    # Bottom-up variant: push the hole at pos down to a leaf along smaller children, then settle the item.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    top = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


def _sift_toward_root_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_to_leaf_max(heap, pos):
    # the max-heap mirror of _sift_to_leaf: the hole goes down along larger children
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_to_leaf_max(heap, 0)
        return top
    return last


def _heapreplace_max(heap, item):
    top = heap[0]
    heap[0] = item
    _sift_to_leaf_max(heap, 0)
    return top


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf_max(x, i)


def merge(*iterables, key=None, reverse=False):
    # Documented as equal to sorted(chain(*iterables)) for sorted inputs; sorted is stable, as merge is.
    items = []
    for it in iterables:
        items.extend(it)
    yield from sorted(items, key=key, reverse=reverse)


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


# The compiled core replaces the Python definitions above when it is there (test.support blocks it to test them).
try:
    from _heapq import *
except ImportError:
    pass
try:
    from _heapq import _heappop_max, _heapreplace_max, _heapify_max
except ImportError:
    pass
