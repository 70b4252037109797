from collections import deque, Counter, defaultdict, OrderedDict, namedtuple, ChainMap

# BFS shortest paths on a grid with a deque queue
grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'S')
dist = {start: 0}
q = deque([start])
while q:
    r, c = q.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'E')
print('shortest', dist[end], 'visited', len(dist))

# word frequencies
text = """the cat sat on the mat the dog sat on the log and the cat saw the dog"""
freq = Counter(text.split())
print(freq.most_common(4), freq['cat'], freq['zebra'], sum(freq.values()), freq.total())
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(5), sorted(letters.elements())[:8])

# graph adjacency with defaultdict, topological sort (Kahn) with deque
edges = [('shirt', 'tie'), ('tie', 'jacket'), ('pants', 'shoes'), ('pants', 'belt'),
         ('belt', 'jacket'), ('shirt', 'belt'), ('socks', 'shoes')]
graph = defaultdict(list)
indeg = defaultdict(int)
for a, b in edges:
    graph[a].append(b)
    indeg[b] += 1
    indeg[a] += 0
ready = deque(sorted(n for n in indeg if indeg[n] == 0))
order = []
while ready:
    n = ready.popleft()
    order.append(n)
    for m in sorted(graph[n]):
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print(order)

# LRU cache with OrderedDict
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = OrderedDict()
        self.evicted = []
    def get(self, k):
        if k not in self.d:
            return None
        self.d.move_to_end(k)
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            self.evicted.append(self.d.popitem(last=False)[0])
lru = LRU(3)
for i, k in enumerate('abcadbeafg'):
    if lru.get(k) is None:
        lru.put(k, i)
print(list(lru.d.items()), lru.evicted)

# namedtuple records
Emp = namedtuple('Emp', 'name dept salary', defaults=[0])
staff = [Emp('ann', 'eng', 120), Emp('bob', 'eng', 100), Emp('cy', 'ops', 90), Emp('di', 'ops')]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
for dept, es in sorted(by_dept.items()):
    print(dept, [e.name for e in es], sum(e.salary for e in es), max(es, key=lambda e: e.salary))
raise_ = [e._replace(salary=e.salary + 10) for e in staff]
print(raise_[-1], raise_[0]._asdict())

# scoped variables with ChainMap
builtins_ = {'len': 'builtin-len', 'x': 'builtin-x'}
glob = {'x': 'global-x', 'y': 'global-y'}
scope = ChainMap({}, glob, builtins_)
inner = scope.new_child({'y': 'local-y'})
print(inner['x'], inner['y'], inner['len'], len(inner), sorted(inner))

# sliding window maximum with a monotonic deque
nums = [1, 3, -1, -3, 5, 3, 6, 7]
k = 3
dq = deque()
out = []
for i, v in enumerate(nums):
    while dq and nums[dq[-1]] <= v:
        dq.pop()
    dq.append(i)
    if dq[0] <= i - k:
        dq.popleft()
    if i >= k - 1:
        out.append(nums[dq[0]])
print(out)

# rotating a deque as a ring buffer (Josephus)
ring = deque(range(1, 42))
eliminated = []
while len(ring) > 1:
    ring.rotate(-2)
    eliminated.append(ring.popleft())
print(ring[0], eliminated[:10])

# anagram groups
words = ['listen', 'silent', 'enlist', 'google', 'gogole', 'cat', 'act', 'tac', 'dog']
groups = defaultdict(list)
for w in words:
    groups[''.join(sorted(w))].append(w)
print(sorted(sorted(g) for g in groups.values() if len(g) > 1))
print(Counter('listen') == Counter('silent'), Counter('aab') - Counter('ab'), Counter('ab') + Counter('bc'))
import collections
print(collections.abc.Sized, isinstance(deque(), collections.abc.MutableSequence))
try:
    collections.nope
except AttributeError as e:
    print(e)
