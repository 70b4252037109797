# quick-arg: 2
# An operating-system style task scheduler in the spirit of the classic
# "richards" benchmark (written from scratch). Stresses classes, inheritance,
# method calls (incl. super()), attribute reads/writes, None checks and
# linked lists of objects.
import sys

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
NUM_TASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1

BUF_LEN = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUF_LEN

    def append_to(self, queue):
        # Append self to the end of a linked list; return the new head.
        self.link = None
        if queue is None:
            return self
        node = queue
        nxt = node.link
        while nxt is not None:
            node = nxt
            nxt = node.link
        node.link = self
        return queue


class TaskState:
    def __init__(self):
        self.pending = True
        self.waiting = False
        self.held = False

    def set_pending(self):
        self.pending = True
        self.waiting = False
        self.held = False

    def set_running(self):
        self.pending = False
        self.waiting = False
        self.held = False

    def set_waiting(self):
        self.pending = False
        self.waiting = True
        self.held = False

    def set_waiting_with_packet(self):
        self.pending = True
        self.waiting = True
        self.held = False

    def is_waiting_with_packet(self):
        return self.pending and self.waiting and not self.held

    def is_blocked(self):
        # held, or waiting without a packet
        return self.held or (not self.pending and self.waiting)


class Task(TaskState):
    def __init__(self, sched, ident, priority, queue):
        super().__init__()
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.link = sched.task_list
        sched.task_list = self
        sched.table[ident] = self
        if queue is None:
            self.set_running()
        else:
            self.set_waiting_with_packet()

    def step(self):
        if self.is_waiting_with_packet():
            pkt = self.queue
            self.queue = pkt.link
            if self.queue is None:
                self.set_running()
            else:
                self.set_pending()
        else:
            pkt = None
        return self.run(pkt)

    def run(self, pkt):
        return self

    def receive(self, pkt, current):
        # A packet arrives for this task while `current` is running.
        if self.queue is None:
            self.queue = pkt
            self.pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return current

    # ---- services (called by the running task) ----
    def hold_self(self):
        self.sched.hold_count += 1
        self.held = True
        return self.link

    def wait_for_packet(self):
        self.waiting = True
        return self

    def release(self, ident):
        t = self.sched.table[ident]
        t.held = False
        if t.priority > self.priority:
            return t
        return self

    def send(self, pkt):
        t = self.sched.table[pkt.ident]
        self.sched.queue_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.receive(pkt, self)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, count):
        super().__init__(sched, ident, priority, queue)
        self.control = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold_self()
        if self.control & 1 == 0:
            self.control = self.control >> 1
            return self.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, pkt):
        if pkt is None:
            return self.wait_for_packet()
        if self.dest == HANDLER_A:
            self.dest = HANDLER_B
        else:
            self.dest = HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUF_LEN):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return self.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        work = self.work
        if work is not None:
            idx = work.datum
            if idx < BUF_LEN:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.datum = work.data[idx]
                    work.datum = idx + 1
                    return self.send(dev)
            else:
                self.work = work.link
                return self.send(work)
        return self.wait_for_packet()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.stored = None
        self.total = 0

    def run(self, pkt):
        if pkt is None:
            stored = self.stored
            if stored is None:
                return self.wait_for_packet()
            self.stored = None
            return self.send(stored)
        self.stored = pkt
        self.total += pkt.datum
        return self.hold_self()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.table = [None] * NUM_TASKS
        self.hold_count = 0
        self.queue_count = 0

    def run(self):
        t = self.task_list
        while t is not None:
            if t.is_blocked():
                t = t.link
            else:
                t = t.step()


def run_once(idle_count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, idle_count)

    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    WorkerTask(s, WORKER, 1000, q)

    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)

    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)

    DeviceTask(s, DEVICE_A, 4000, None)
    DeviceTask(s, DEVICE_B, 5000, None)

    s.run()
    dev_total = s.table[DEVICE_A].total * 3 + s.table[DEVICE_B].total
    return s.hold_count, s.queue_count, dev_total


def main():
    iters = 30
    if len(sys.argv) > 1:
        iters = int(sys.argv[1])
    hold = 0
    queued = 0
    dev = 0
    for i in range(iters):
        h, q, d = run_once(10000)
        hold += h
        queued += q
        dev += d
    print("richards checksum", iters, hold, queued, dev)


main()
