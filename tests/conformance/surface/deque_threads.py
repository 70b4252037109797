# A deque shared by threads: appends and pops at both ends from several threads lose
# nothing (each operation is atomic) and never crash.
import threading
from collections import deque

d = deque()
N = 20000


def producer(k):
    for i in range(N):
        if i % 2:
            d.append((k, i))
        else:
            d.appendleft((k, i))


ts = [threading.Thread(target=producer, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), sorted(set(k for k, _ in d)))

got = []


def consumer():
    mine = []
    while True:
        try:
            mine.append(d.pop() if len(mine) % 2 else d.popleft())
        except IndexError:
            break
    got.append(mine)


ts = [threading.Thread(target=consumer) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allitems = [x for m in got for x in m]
print(len(allitems), len(set(allitems)), len(d))

m = deque(maxlen=100)


def bounded(k):
    for i in range(N):
        m.append(i)
        if i % 7 == 0:
            m.rotate(3)


ts = [threading.Thread(target=bounded, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(m), m.maxlen)
