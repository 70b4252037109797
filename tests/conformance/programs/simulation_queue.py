class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
rng = LCG(42)
print([rng.randint(1, 6) for _ in range(10)])
def simulate(n_customers, seed):
    r = LCG(seed)
    t = 0
    queue = []
    served = []
    busy_until = 0
    for cid in range(n_customers):
        t += r.randint(1, 5)
        queue.append((cid, t, r.randint(2, 6)))
        while queue and busy_until <= t:
            c, arrive, dur = queue.pop(0)
            start = max(busy_until, arrive)
            busy_until = start + dur
            served.append((c, start - arrive))
    while queue:
        c, arrive, dur = queue.pop(0)
        start = max(busy_until, arrive)
        busy_until = start + dur
        served.append((c, start - arrive))
    waits = [w for _, w in served]
    return len(served), sum(waits), max(waits), round(sum(waits) / len(waits), 3)
print(simulate(100, 1))
print(simulate(1000, 7))
