import heapq
import bisect

tasks = [(3, 'write'), (1, 'plan'), (4, 'test'), (2, 'code'), (5, 'ship'), (1, 'coffee')]
h = []
for t in tasks:
    heapq.heappush(h, t)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
nums = [5, 1, 8, 3, 9, 2, 7]
heapq.heapify(nums)
print(nums, heapq.nsmallest(3, [5, 1, 8, 3, 9]), heapq.nlargest(2, 'hello'), heapq.nlargest(2, tasks, key=lambda t: t[1]))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print(list(heapq.merge(['b', 'd'], ['a', 'c'], key=str.upper)), list(heapq.merge([3, 1], [4, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
# k-way running median with two heaps
lo, hi, meds = [], [], []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(lo, -heapq.heappushpop(hi, x))
    if len(lo) > len(hi):
        heapq.heappush(hi, -heapq.heappop(lo))
    meds.append(hi[0] if len(hi) > len(lo) else (hi[0] - lo[0]) / 2)
print(meds)
grades = [60, 70, 80, 90]
print([('FDCBA'[bisect.bisect(grades, s)]) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect_left(a, 4, 3), bisect.bisect(a, 0))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a, bisect.bisect_left(a, 'x'.__len__()), bisect.bisect([(1, 'a'), (3, 'b')], (2,)))
recs = [('ann', 31), ('bob', 25), ('cid', 40)]
recs.sort(key=lambda r: r[1])
print(bisect.bisect_left(recs, 30, key=lambda r: r[1]), bisect.insort(recs, ('dee', 33), key=lambda r: r[1]), recs)
