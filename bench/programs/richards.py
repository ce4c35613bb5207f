# Object-oriented scheduling: a small task scheduler in the spirit of Richards (classes, method calls,
# attribute access, inheritance, linked queues).
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is not None
        self.runs = 0

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        p = self.queue
        if p is None:
            return None
        self.queue = p.link
        return p

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, count):
        super().__init__(scheduler, ident, 0, None)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(4)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(5)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.dest = 2
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.dest = 3 if self.dest == 2 else 2
        packet.ident = self.dest
        packet.datum = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        return self.scheduler.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == "work":
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            w = self.work
            if w.datum >= 4:
                self.work = w.link
                return self.scheduler.queue_packet(w)
            if self.devices is not None:
                d = self.devices
                self.devices = d.link
                d.datum = w.data[w.datum]
                w.datum += 1
                return self.scheduler.queue_packet(d)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None)
        self.pending = None
        self.output = 0

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            p = self.pending
            self.pending = None
            return self.scheduler.queue_packet(p)
        self.pending = packet
        self.output += packet.datum
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def release(self, ident):
        t = self.tasks.get(ident)
        if t is None:
            return self.current
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return None

    def wait(self):
        self.current.waiting = True
        return None

    def queue_packet(self, packet):
        t = self.tasks.get(packet.ident)
        if t is None:
            return self.current
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        t.queue = packet.append_to(t.queue)
        t.waiting = False
        return t if t.priority > self.current.priority else self.current

    def run(self):
        order = sorted(self.tasks.values(), key=lambda t: -t.priority)
        steps = 0
        while True:
            task = None
            for t in order:
                if t.runnable():
                    task = t
                    break
            if task is None:
                return steps
            self.current = task
            packet = task.take_packet() if task.waiting or task.queue is not None else None
            if packet is not None:
                task.waiting = False
            task.runs += 1
            task.step(packet)
            steps += 1


def build(count):
    s = Scheduler()
    s.add(IdleTask(s, 1, count))
    wq = Packet(None, 2, "work").append_to(Packet(None, 2, "work"))
    s.add(WorkerTask(s, 2, 1000, wq))
    dq = Packet(None, 5, "device")
    dq = Packet(None, 5, "device").append_to(dq)
    dq = Packet(None, 5, "device").append_to(dq)
    s.add(HandlerTask(s, 3, 2000, dq))
    dq = Packet(None, 6, "device")
    dq = Packet(None, 6, "device").append_to(dq)
    dq = Packet(None, 6, "device").append_to(dq)
    s.add(HandlerTask(s, 4, 3000, dq))
    s.add(DeviceTask(s, 5, 4000))
    s.add(DeviceTask(s, 6, 5000))
    return s

total = 0
for round_ in range(15):
    s = build(10000)
    steps = s.run()
    total += steps
print("steps", total, "queued", s.queue_count, "held", s.hold_count)
print("runs", [s.tasks[i].runs for i in sorted(s.tasks)])
