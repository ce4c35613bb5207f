queue = []
log = []
for t in range(10):
    if t % 2 == 0:
        queue.append(f"job{t}")
    if t % 3 == 0 and queue:
        log.append((t, queue.pop(0)))
print(log, queue)
