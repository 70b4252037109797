# Appending to shared lists and dicts from many threads.
import threading

items = []
squares = {}
lock = threading.Lock()


def produce(base):
    for i in range(200):
        items.append(base + i)
        with lock:
            squares[base + i] = (base + i) ** 2


threads = [threading.Thread(target=produce, args=(k * 1000,)) for k in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items))
print(len(set(items)))
items.sort()
print(items[:3], items[-3:])
print(sum(items))
print(len(squares), squares[4199])
print(all(squares[k] == k * k for k in items))

# Per-thread result slots, no locking needed.
results = [None] * 8


def fill(slot):
    results[slot] = sum(range(slot * 100))


ts = [threading.Thread(target=fill, args=(s,)) for s in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)

# Threads extending and popping one list under a lock.
stack = []
popped = []
biglock = threading.Lock()


def pusher():
    for i in range(300):
        with biglock:
            stack.append(i)


def popper():
    got = 0
    while got < 300:
        with biglock:
            if stack:
                popped.append(stack.pop())
                got += 1


ts = [threading.Thread(target=pusher), threading.Thread(target=pusher),
      threading.Thread(target=popper), threading.Thread(target=popper)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(stack), len(popped), sum(popped))
