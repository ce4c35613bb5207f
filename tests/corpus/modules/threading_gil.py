# Many threads mutate shared built-in containers without locks: every single operation is atomic under the
# GIL, so nothing is lost or corrupted, and loops with no sleeps still take turns.
import threading
import sys

shared_list = []
shared_dict = {}
shared_set = set()
N, K = 8, 3000

def worker(n):
    for i in range(K):
        shared_list.append(i)
        shared_dict[(n, i)] = i
        shared_set.add(i)
        if i % 500 == 0:
            shared_list.pop()
            shared_list.append(-1)

ts = [threading.Thread(target=worker, args=(n,)) for n in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared_list), len(shared_dict), len(shared_set), shared_list.count(-1) <= N * 6)

# A busy thread with no blocking calls must not starve the others.
stop = False
ticks = 0

def spinner():
    global ticks
    while not stop:
        ticks += 1

def recursive(n):
    return 0 if n == 0 else 1 + recursive(n - 1)

s = threading.Thread(target=spinner)
s.start()
total = 0
for _ in range(50):
    total += recursive(200)
stop = True
s.join()
print(total, ticks > 0)

# Exceptions in threads are per thread: sys.exc_info() in one thread does not leak into another.
seen = {}

def catcher(name):
    try:
        raise KeyError(name)
    except KeyError:
        for _ in range(2000):
            pass
        seen[name] = repr(sys.exc_info()[1])

ts = [threading.Thread(target=catcher, args=(f't{i}',)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen.items()), sys.exc_info())

# Recursion depth is per thread too.
def deep(n):
    return n if n == 0 else deep(n - 1)

res = []
ts = [threading.Thread(target=lambda: res.append(deep(900))) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(res)

# An uncaught exception in a thread goes to threading.excepthook, the program goes on.
def failing():
    raise RuntimeError('from thread')

threading.excepthook = lambda args: print('excepthook:', args.exc_type.__name__, args.exc_value, args.thread.name)
t = threading.Thread(target=failing, name='F')
t.start(); t.join()
print('main continues')
