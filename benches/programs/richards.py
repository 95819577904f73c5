"""A small operating-system task scheduler in the spirit of Richards.

Six tasks (idle, worker, two handlers, two devices) pass packets around under
a priority scheduler: classes, inheritance, method calls, linked lists.

Usage: richards.py [idle_count]
"""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]


def append_packet(pkt, queue):
    pkt.link = None
    if queue is None:
        return pkt
    p = queue
    while p.link is not None:
        p = p.link
    p.link = pkt
    return queue


class Scheduler:
    def __init__(self):
        self.by_id = [None] * 6
        self.head = self.current = None
        self.queued = self.holds = self.trace = 0

    def add(self, task):
        # tasks are added in increasing priority, so the list stays sorted
        self.by_id[task.ident] = task
        task.next, self.head = self.head, task

    def run(self):
        task = self.head
        while task is not None:
            if task.held or (task.waiting and task.queue is None):
                task = task.next
                continue
            pkt = None
            if task.waiting:
                pkt = task.queue
                task.queue = pkt.link
                task.waiting = False
            self.current = task
            task = task.step(pkt)

    def hold(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.by_id[ident]
        task.held = False
        return task if task.prio > self.current.prio else self.current

    def send(self, pkt):
        target = self.by_id[pkt.owner]
        self.queued += 1
        pkt.owner = self.current.ident
        if target.queue is not None:
            target.queue = append_packet(pkt, target.queue)
            return self.current
        pkt.link = None
        target.queue = pkt
        return target if target.prio > self.current.prio else self.current


class Task:
    def __init__(self, sched, ident, prio, queue, waiting):
        self.sched, self.ident, self.prio = sched, ident, prio
        self.queue, self.waiting, self.held = queue, waiting, False
        sched.add(self)


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False)
        self.control, self.count = 1, count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, True)
        self.dest, self.letter = HANDLER_A, 0

    def step(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.owner, pkt.datum = self.dest, 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            pkt.data[i] = self.letter
        return self.sched.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        Task.__init__(self, sched, ident, prio, queue, True)
        self.work = self.devices = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = append_packet(pkt, self.work)
            else:
                self.devices = append_packet(pkt, self.devices)
        work = self.work
        if work is not None:
            if work.datum >= 4:
                self.work = work.link
                return self.sched.send(work)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.datum = work.data[work.datum]
                work.datum += 1
                return self.sched.send(dev)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        Task.__init__(self, sched, ident, prio, None, True)
        self.pending = None

    def step(self, pkt):
        sched = self.sched
        if pkt is None:
            if self.pending is None:
                return sched.wait()
            pkt, self.pending = self.pending, None
            return sched.send(pkt)
        self.pending = pkt
        sched.trace = (sched.trace * 31 + pkt.datum + self.ident) & 0xFFFFFFF
        return sched.hold()


def richards(count):
    sched = Scheduler()
    IdleTask(sched, count)
    WorkerTask(sched, Packet(Packet(None, IDLE, KIND_WORK), IDLE, KIND_WORK))
    for ident, dev, prio in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        q = None
        for _ in range(3):
            q = Packet(q, dev, KIND_DEVICE)
        HandlerTask(sched, ident, prio, q)
    DeviceTask(sched, DEVICE_A, 4000)
    DeviceTask(sched, DEVICE_B, 5000)
    sched.run()
    return sched.queued, sched.holds, sched.trace


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 430000
    queued, holds, trace = richards(count)
    print("checksum:", str(queued) + ":" + str(holds) + ":" + str(trace))


if __name__ == "__main__":
    main()
