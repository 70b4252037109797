class Node:
    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next, self.tail.prev = self.tail, self.head
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            return default
        self._unlink(n)
        self._push_front(n)
        return n.val
    def put(self, key, val):
        if key in self.map:
            n = self.map[key]
            n.val = val
            self._unlink(n)
        else:
            if len(self.map) == self.cap:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
            n = Node(key, val)
            self.map[key] = n
        self._push_front(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
c = LRU(3)
for k in "abc":
    c.put(k, ord(k))
print(c.keys(), c.get("a"), c.keys())
c.put("d", 100)
print(c.keys(), c.get("b"), c.get("c"))
c.put("a", 1)
c.put("e", 5)
print(c.keys(), len(c.map))
hits = misses = 0
cache = LRU(60)
for i in range(5000):
    k = (i * i + i // 7) % 97
    if cache.get(k) is None:
        misses += 1
        cache.put(k, k * k)
    else:
        hits += 1
print(hits, misses)
try:
    Node().other
except AttributeError as e:
    print(type(e).__name__, e)
