# Subclassing Thread and overriding run().
import threading


class Summer(threading.Thread):
    def __init__(self, lo, hi):
        super().__init__(name=f"sum-{lo}-{hi}")
        self.lo = lo
        self.hi = hi
        self.result = None

    def run(self):
        self.result = sum(range(self.lo, self.hi))


workers = [Summer(k * 1000, (k + 1) * 1000) for k in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.result)
print(sum(w.result for w in workers) == sum(range(5000)))


class WithTarget(threading.Thread):
    def run(self):
        out.append("before target")
        super().run()
        out.append("after target")


out = []
w = WithTarget(target=out.append, args=("target ran",))
w.start()
w.join()
print(out)


# run() can be called directly, in the calling thread.
class Direct(threading.Thread):
    def run(self):
        out.append(threading.current_thread() is threading.main_thread())


Direct().run()
print(out[-1])


# The default run() forgets target and arguments afterwards.
plain = threading.Thread(target=print, args=("direct run of the default run()",))
plain.run()
print(hasattr(plain, "_target"))


# A Thread subclass with extra state shared through a lock.
class Accumulator(threading.Thread):
    total = 0
    lock = threading.Lock()

    def __init__(self, values):
        threading.Thread.__init__(self)
        self.values = values

    def run(self):
        for v in self.values:
            with Accumulator.lock:
                Accumulator.total += v


accs = [Accumulator(range(i, 100, 4)) for i in range(4)]
for a in accs:
    a.start()
for a in accs:
    a.join()
print(Accumulator.total, sum(range(100)))
