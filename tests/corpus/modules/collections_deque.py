from collections import deque

d = deque()
for i in range(20):
    d.append(i)
    if i % 3 == 0:
        d.appendleft(-i)
print(d, len(d))
print(d.popleft(), d.pop(), d[0], d[-1], d[5])
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(len(d) * 2 + 1)
print(list(d)[:4])
w = deque(maxlen=3)
for ch in 'abcdef':
    w.append(ch)
    print(w)
w.appendleft('z')
print(w, w.maxlen)
w.extendleft('12')
print(w)
w.extend('xyzw')
print(w, w.count('w'), 'x' in w)
w.rotate(1)
print(w)
e = deque([1, 2, 3, 2, 1])
print(e.index(2), e.index(2, 2), e.count(1))
e.remove(2)
e.insert(1, 'ins')
e.reverse()
print(e)
del e[0]
e[0] = 'first'
print(e, e == deque(['first', 'ins', 1]), e != deque())
print(deque('abc') + deque('de'), deque('ab') * 2, deque([1, 2]) < deque([1, 3]))
try:
    deque().pop()
except IndexError as ex:
    print('IndexError', ex)
try:
    deque([1])[5]
except IndexError as ex:
    print('IndexError', ex)
try:
    deque([1]).remove(7)
except ValueError as ex:
    print('ValueError', ex)
try:
    deque(maxlen=-1)
except ValueError as ex:
    print('ValueError', ex)
try:
    full = deque([1, 2], maxlen=2)
    full.insert(0, 0)
except IndexError as ex:
    print('IndexError', ex)
m = deque([1, 2, 3])
try:
    for v in m:
        m.append(v)
except RuntimeError as ex:
    print('RuntimeError', ex)
print(list(reversed(deque(range(5)))), bool(deque()), deque(maxlen=0), deque([], 0))
z = deque(maxlen=0)
z.append(1)
print(z, len(z))
c = m.copy()
c.clear()
print(c, len(m), deque('hello', 2))
r = deque()
r.append(r)
print(r)
# sliding window maximum, a classic deque exercise
def window_max(nums, k):
    q, out = deque(), []
    for i, v in enumerate(nums):
        while q and nums[q[-1]] <= v:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(nums[q[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
big = deque()
for i in range(10000):
    big.appendleft(i)
    if i % 2:
        big.pop()
print(len(big), big[0], big[-1], sum(big))
