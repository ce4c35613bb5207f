graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in graph[node]:
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return order
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs(nb, seen)
    return seen
def paths(a, b):
    if a == b:
        return [[a]]
    return [[a] + p for nb in graph[a] for p in paths(nb, b)]
print(bfs("a"), dfs("a"), paths("a", "f"))
def topo():
    indeg = {k: 0 for k in graph}
    for vs in graph.values():
        for v in vs:
            indeg[v] += 1
    ready = sorted(k for k, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for v in graph[n]:
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
    return out
print(topo())
