# queue: synchronized queues for passing items between threads (CPython 3.11 behaviour),
# written for weft.
#
# Owns: Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue and the Empty/Full exceptions.
# Blocking and timeouts are built on threading.Condition/Lock; nothing here talks to the
# runtime directly.
#
# Must not: depend on modules weft may lack. collections.deque and heapq are used when
# present; otherwise the private _Ring buffer and heap helpers below stand in for them.

import threading
from time import monotonic as _time

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


# CPython defines Empty and SimpleQueue in its C accelerator _queue; their __module__
# says so, and tracebacks print "_queue.Empty". Keep that observable name.

class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."
    __module__ = "_queue"


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."
    pass


class _Ring:
    # A growable circular buffer with the part of deque's interface queues need.
    __slots__ = ("_items", "_head", "_size")

    def __init__(self):
        self._items = [None] * 8
        self._head = 0
        self._size = 0

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __iter__(self):
        items = self._items
        cap = len(items)
        for i in range(self._size):
            yield items[(self._head + i) % cap]

    def __repr__(self):
        return "deque(%r)" % (list(self),)

    def append(self, item):
        items = self._items
        cap = len(items)
        if self._size == cap:
            self._items = items = list(self) + [None] * cap
            self._head = 0
            cap *= 2
        items[(self._head + self._size) % cap] = item
        self._size += 1

    def popleft(self):
        if not self._size:
            raise IndexError("pop from an empty deque")
        items = self._items
        item = items[self._head]
        items[self._head] = None
        self._head = (self._head + 1) % len(items)
        self._size -= 1
        return item


try:
    from collections import deque as _deque
except ImportError:
    _deque = _Ring


def _sift_up(heap, pos):
    # Move heap[pos] towards the root until its parent is not larger.
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # Move heap[pos] towards the leaves until no child is smaller.
    n = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        right = child + 1
        if right < n and heap[right] < heap[child]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = item


def _push(heap, item):
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def _pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sift_down(heap, 0)
    return top


try:
    from heapq import heappush as _heappush, heappop as _heappop
except ImportError:
    _heappush = _push
    _heappop = _pop


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex guards the queue; the three conditions share it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError("task_done() called too many times")
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Block until all items in the queue have been gotten and processed."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise (not reliable!)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue, waiting for a free slot if block is true."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue, waiting for one if block is true."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(block=False)

    # Storage; subclasses override these four to change the ordering.

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Variant of Queue that retrieves open entries in priority order (lowest first)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """Variant of Queue that retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded, reentrant FIFO queue."""

    __module__ = "_queue"

    def __init__(self):
        self._items = _deque()
        self._lock = threading.Lock()
        # Counts the items available to get(); put() never blocks.
        self._available = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue; never blocks (block and timeout are ignored)."""
        with self._lock:
            self._items.append(item)
        self._available.release()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue, waiting for one if block is true."""
        if not block:
            timeout = None
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._available.acquire(block, timeout):
            raise Empty
        with self._lock:
            return self._items.popleft()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(False)

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        with self._lock:
            return len(self._items) == 0

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        with self._lock:
            return len(self._items)


try:
    from types import GenericAlias as _GenericAlias
except ImportError:
    pass
else:
    Queue.__class_getitem__ = classmethod(_GenericAlias)
    SimpleQueue.__class_getitem__ = classmethod(_GenericAlias)
