# threading's synchronisation primitives across real threads: outputs are ordered by the primitives themselves.
import threading
import time

# Condition: a consumer waits until the producer notifies.
cond = threading.Condition()
items = []
log = []

def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        log.append(('consumer saw', list(items)))

c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    time.sleep(0.005)
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print(log)
with cond:
    print('wait timeout ->', cond.wait(0.01))
try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)

# RLock: reentrant in its owner, refused to others.
rl = threading.RLock()
with rl:
    with rl:
        print('reentrant ok')
    other = []
    t = threading.Thread(target=lambda: other.append(rl.acquire(timeout=0.01)))
    t.start(); t.join()
    print('other thread got it:', other)
try:
    rl.release()
except RuntimeError as e:
    print('RuntimeError:', e)

lk = threading.Lock()
print(lk.acquire(), lk.acquire(False), lk.acquire(timeout=0.01), lk.locked())
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    lk.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)

# Semaphore bounds concurrency: never more than 2 inside.
sem = threading.Semaphore(2)
inside = 0
peak = 0
guard = threading.Lock()

def limited():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.005)
        with guard:
            inside -= 1

ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print('peak', peak, 'inside', inside)
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print('ValueError:', e)
print(threading.Semaphore(0).acquire(timeout=0.01), threading.Semaphore(1).acquire(blocking=False))

# Barrier: the action runs once per generation; abort breaks it.
gen = []
bar = threading.Barrier(3, action=lambda: gen.append('all arrived'))
ids = []

def party():
    ids.append(bar.wait())

ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(gen, sorted(ids), bar.parties, bar.n_waiting, bar.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print('broken after timeout', b2.broken)
b2.reset()
print('after reset', b2.broken)

# Event with timeout; Timer cancelled before it fires.
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
fired = []
tm = threading.Timer(10, lambda: fired.append(1))
tm.start(); tm.cancel(); tm.join()
print('fired', fired)

# threading.local: a subclass's __init__ runs once per thread with the constructor's arguments.
class Ctx(threading.local):
    def __init__(self, v):
        self.v = v
        self.calls = getattr(self, 'calls', 0) + 1

ctx = Ctx(7)
ctx.v = 8
seen = []

def reader():
    seen.append((ctx.v, ctx.calls, sorted(ctx.__dict__)))
    ctx.v = 99

t = threading.Thread(target=reader); t.start(); t.join()
print(seen, ctx.v, ctx.calls)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)
loc = threading.local()
try:
    loc.missing
except AttributeError as e:
    print('AttributeError:', e)

# Thread objects: names, daemon flags, errors.
t = threading.Thread(target=print, name='worker', args=('hello from worker',))
print(t.name, t.daemon, t.is_alive(), t.ident is None)
t.start(); t.join()
print(t.is_alive(), isinstance(t.ident, int), t.native_id is not None)
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.start(); d.join()
try:
    threading.main_thread().daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)
print(threading.get_ident() == threading.main_thread().ident, threading.active_count(),
      [x.name for x in threading.enumerate()])
print(threading.TIMEOUT_MAX > 1000, threading.excepthook is threading.__excepthook__)
