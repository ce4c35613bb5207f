from collections import deque, defaultdict
import heapq

edges = [('a', 'b', 4), ('a', 'c', 2), ('b', 'c', 5), ('b', 'd', 10), ('c', 'e', 3), ('e', 'd', 4), ('d', 'f', 11)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))


def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path(prev, target):
    out = deque()
    while target in prev:
        out.appendleft(target)
        target = prev[target]
    out.appendleft(target)
    return list(out)


print(bfs('a'))
dist, prev = dijkstra('a')
print(sorted(dist.items()), path(prev, 'f'))
grid = ['S.#.....', '.##.###.', '....#...', '.##...#E']
R, C = len(grid), len(grid[0])
start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == 'S')
q = deque([(start, 0)])
seen = {start}
while q:
    (r, c), d = q.popleft()
    if grid[r][c] == 'E':
        print('maze distance', d)
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != '#' and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), d + 1))
