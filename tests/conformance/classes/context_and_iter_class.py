class LinkedList:
    class Node:
        def __init__(self, val, nxt=None):
            self.val, self.nxt = val, nxt
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = self.Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.nxt
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), list(ll), sum(ll), 2 in ll)
ll.reverse()
print(ll)
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()
    def __bool__(self):
        return bool(self._items)
    def __len__(self):
        return len(self._items)
s = Stack().push(1).push(2)
print(len(s), bool(s), s.pop(), s.pop(), bool(s))
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
