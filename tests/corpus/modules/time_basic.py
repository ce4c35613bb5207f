import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(type(t0).__name__, t0 > 1.6e9, time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0)
total = 0
start = time.perf_counter()
for i in range(10000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, isinstance(time.time_ns(), int) if hasattr(time, 'time_ns') else True)
