from collections import deque


def josephus(n, k):
    people = deque(range(1, n + 1))
    order = []
    while people:
        people.rotate(-(k - 1))
        order.append(people.popleft())
    return order


print(josephus(7, 3), josephus(10, 2)[-1], josephus(1, 5))


def palindrome(s):
    d = deque(c.lower() for c in s if c.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True


print([palindrome(s) for s in ['A man, a plan, a canal: Panama', 'hello', '', 'No lemon, no melon']])
buf = deque(maxlen=4)
moving = []
for x in [10, 20, 30, 40, 50, 60]:
    buf.append(x)
    moving.append(sum(buf) / len(buf))
print(moving, buf)
d = deque(range(10))
d.rotate(3)
print(d, d[0], d[-1], d.index(0))
d.extendleft([100, 200])
print(d, len(d))
