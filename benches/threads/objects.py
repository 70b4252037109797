# quick-arg: 150000
# Every thread: creates short-lived instances and a few long-lived ones, reads attributes.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 600000


class Node:
    def __init__(self, value, link):
        self.value = value
        self.link = link
        self.weight = value & 15


def work(n, results, index):
    head = None
    total = 0
    for i in range(n):
        node = Node(i, None)
        total += node.value + node.weight
        if i % 64 == 0:
            head = Node(i, head)
    length = 0
    while head is not None:
        length += 1
        head = head.link
    results[index] = total + length


results = [0] * THREADS
threads = [threading.Thread(target=work, args=(SIZE, results, k)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(THREADS, SIZE, sum(results))
