import heapq
from dataclasses import dataclass, field
from enum import IntEnum
from itertools import count


class Priority(IntEnum):
    HIGH = 1
    NORMAL = 2
    LOW = 3


@dataclass(order=True)
class Job:
    priority: Priority
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)


class Scheduler:
    def __init__(self):
        self._heap = []
        self._seq = count()
        self.clock = 0

    def submit(self, name, priority=Priority.NORMAL, duration=1):
        heapq.heappush(self._heap, Job(priority, next(self._seq), name, duration))

    def run(self):
        while self._heap:
            job = heapq.heappop(self._heap)
            self.clock += job.duration
            yield self.clock, job


s = Scheduler()
s.submit('backup', Priority.LOW, 5)
s.submit('email')
s.submit('deploy', Priority.HIGH, 3)
s.submit('report', duration=2)
s.submit('hotfix', Priority.HIGH)
for t, job in s.run():
    print(f't={t:>2} {job.priority.name:<6} {job.name}')
print(Priority.HIGH < Priority.LOW, sorted(Priority), Priority(2).name)
