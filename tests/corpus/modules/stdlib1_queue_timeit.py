import queue
import timeit

q = queue.Queue()
for i in range(5):
    q.put(i * i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(3)], q.qsize())
q.task_done(); q.task_done(); q.task_done()
print(q.unfinished_tasks)

lq = queue.LifoQueue()
for c in "abc":
    lq.put(c)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
    pq.put(item)
order = []
while not pq.empty():
    order.append(pq.get())
print(order)

bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put_nowait(2)
print(bounded.full())
try:
    bounded.put_nowait(3)
except queue.Full:
    print("Full raised")
try:
    bounded.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
empty = queue.Queue()
try:
    empty.get_nowait()
except queue.Empty:
    print("Empty raised")
try:
    empty.get(block=False)
except queue.Empty:
    print("Empty again", issubclass(queue.Empty, Exception))
try:
    empty.task_done()
except ValueError as e:
    print("ValueError:", e)

sq = queue.SimpleQueue()
sq.put("x"); sq.put("y")
print(sq.get(), sq.qsize(), sq.empty())

def bfs(graph, start):
    seen, work, order = {start}, queue.Queue(), []
    work.put(start)
    while not work.empty():
        node = work.get()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                work.put(nxt)
    return order
print(bfs({1: [2, 3], 2: [4], 3: [4], 4: []}, 1))

t = timeit.timeit(lambda: sum(range(100)), number=100)
print(isinstance(t, float), t >= 0)
r = timeit.repeat(lambda: None, repeat=3, number=10)
print(len(r), all(x >= 0 for x in r))
timer = timeit.Timer(lambda: [i for i in range(10)])
print(timer.timeit(number=5) >= 0)
start = timeit.default_timer()
print(timeit.default_timer() >= start)
