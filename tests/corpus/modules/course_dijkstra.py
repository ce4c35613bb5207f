import heapq
from collections import defaultdict, deque
graph = defaultdict(list)
for a, b, w in [("A", "B", 4), ("A", "C", 2), ("C", "B", 1), ("B", "D", 5), ("C", "D", 8), ("D", "E", 3), ("C", "E", 10)]:
    graph[a].append((b, w)); graph[b].append((a, w))
def dijkstra(src):
    dist = {src: 0}; prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd; prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("A")
print(sorted(dist.items()))
path, node = [], "E"
while node != "A":
    path.append(node); node = prev[node]
print(" -> ".join(["A"] + path[::-1]))
def bfs(start):
    seen = {start}; order = []
    q = deque([start])
    while q:
        u = q.popleft(); order.append(u)
        for v, _ in sorted(graph[u]):
            if v not in seen:
                seen.add(v); q.append(v)
    return order
print(bfs("A"), bfs("E"))
