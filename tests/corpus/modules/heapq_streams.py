import heapq
import io

a = io.StringIO('1\n4\n9\n16\n')
b = io.StringIO('2\n3\n10\n')
c = io.StringIO('')
merged = heapq.merge(map(int, a), map(int, b), map(int, c))
print(list(merged))
logs = [[(3, 'b1'), (7, 'b2')], [(1, 'a1'), (5, 'a2'), (9, 'a3')], [(2, 'c1')]]
print([msg for _, msg in heapq.merge(*logs)])
scores = {'ann': 88, 'bob': 95, 'cid': 70, 'dee': 95, 'eve': 60}
print(heapq.nlargest(3, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
h = [5, 3, 8]
heapq.heapify(h)
top = []
while h:
    top.append(heapq.heappop(h))
print(top, heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]))
