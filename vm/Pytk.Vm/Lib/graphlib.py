"""graphlib for pytk, written for pytk: TopologicalSorter orders the nodes of a graph so every node comes after
its predecessors, either all at once (static_order) or batch by batch as callers finish nodes (get_ready/done),
and CycleError reports a cycle that makes such an order impossible.
"""

__all__ = ['TopologicalSorter', 'CycleError']

# Marks on a node's record of how far it has gone through get_ready/done.
_PASSED_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        # predecessors not done yet, or _PASSED_OUT / _DONE once it has left the ready list
        self.npredecessors = 0
        # the nodes depending on this one (once per add() that named it)
        self.successors = []


class CycleError(ValueError):
    """The graph has a cycle. args[1] is one cycle as a list of nodes whose first and last are the same node,
    each node followed by one depending on it."""


class TopologicalSorter:
    """Topological order of a graph of hashable nodes, given as {node: predecessors} and/or add() calls."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _record(self, node):
        record = self._nodes.get(node)
        if record is None:
            record = self._nodes[node] = _Node(node)
        return record

    def add(self, node, *predecessors):
        """Add node, depending on every one of predecessors (each added too if new)."""
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        record = self._record(node)
        record.npredecessors += len(predecessors)
        for pred in predecessors:
            self._record(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and find the first ready nodes; CycleError if the graph has a cycle."""
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [r.node for r in self._nodes.values() if r.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done and that were not returned before."""
        self._check_prepared()
        batch = tuple(self._ready)
        for node in batch:
            self._nodes[node].npredecessors = _PASSED_OUT
        self._ready.clear()
        self._npassedout += len(batch)
        return batch

    def is_active(self):
        """True while some node is ready, or returned by get_ready() but not done yet."""
        self._check_prepared()
        return self._nfinished < self._npassedout or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes (returned by get_ready) as processed, making ready the successors that now can be."""
        self._check_prepared()
        for node in nodes:
            record = self._nodes.get(node)
            if record is None:
                raise ValueError(f'node {node!r} was not added using add()')
            state = record.npredecessors
            if state != _PASSED_OUT:
                if state >= 0:
                    raise ValueError(f'node {node!r} was not passed out (still not ready)')
                if state == _DONE:
                    raise ValueError(f'node {node!r} was already marked done')
                raise AssertionError(f'node {node!r}: unexpected state {state}')
            record.npredecessors = _DONE
            for succ in record.successors:
                succ_record = self._nodes[succ]
                succ_record.npredecessors -= 1
                if succ_record.npredecessors == 0:
                    self._ready.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first walk along successor edges; meeting a node already on the current path closes a cycle.
        finished = set()
        for start in self._nodes:
            if start in finished:
                continue
            path = [start]
            on_path = {start: 0}
            iterators = [iter(self._nodes[start].successors)]
            while iterators:
                succ = next(iterators[-1], _END)
                if succ is _END:
                    node = path.pop()
                    del on_path[node]
                    finished.add(node)
                    iterators.pop()
                    continue
                if succ in on_path:
                    return path[on_path[succ]:] + [succ]
                if succ in finished:
                    continue
                on_path[succ] = len(path)
                path.append(succ)
                iterators.append(iter(self._nodes[succ].successors))
        return None

    def static_order(self):
        """All the nodes in one topological order (prepares the sorter)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_END = object()
