import threading, time, queue
results = []
lock = threading.Lock()
def work(n):
    s = 0
    for i in range(20000):
        s += i
    with lock:
        results.append((n, s))
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
print(ts[0].name, threading.current_thread().name, threading.main_thread() is threading.current_thread())
counter = 0
def inc():
    global counter
    for _ in range(10000):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(counter, threading.active_count())
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i); time.sleep(0.001)
    q.put(None)
out = []
def consumer():
    while (x := q.get()) is not None:
        out.append(x * 10)
a = threading.Thread(target=producer); b = threading.Thread(target=consumer)
b.start(); a.start(); a.join(); b.join()
print(out)
loc = threading.local()
loc.x = 'main'
def f():
    print('thread sees', hasattr(loc, 'x'))
    loc.x = 'worker'
t = threading.Thread(target=f); t.start(); t.join()
print(loc.x)
ev = threading.Event()
def waiter():
    ev.wait(); print('event seen')
t = threading.Thread(target=waiter); t.start(); time.sleep(0.01); ev.set(); t.join()
b = threading.Barrier(3)
r = []
def bw(i):
    b.wait(); 
    with lock: r.append(i)
ts = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(r))
tm = threading.Timer(0.01, lambda: print('timer fired')); tm.start(); tm.join()
t = threading.Thread(target=time.sleep, args=(0.2,)); t.start(); t.join(0.01); print(t.is_alive()); t.join(); print(t.is_alive())
def bad(): raise ValueError('boom')
threading.excepthook = lambda a: print('hook', a.exc_type.__name__, a.exc_value, a.thread.name)
t = threading.Thread(target=bad, name='X'); t.start(); t.join()
def late(): time.sleep(0.05); print('non-daemon finished')
threading.Thread(target=late).start()
print('main done')
