def dedupe_keep_order(items):
    seen = set()
    out = []
    for it in items:
        if it not in seen:
            seen.add(it)
            out.append(it)
    return out
print(dedupe_keep_order([3, 1, 3, 2, 1, 5, 2]))
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: [], 7: [1]}
def reachable(start):
    seen = {start}
    stack = [start]
    while stack:
        n = stack.pop()
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                stack.append(m)
    return seen
print(sorted(reachable(1)), sorted(reachable(7)), sorted(reachable(6)))
def sieve(n):
    composites = set()
    for i in range(2, int(n ** 0.5) + 1):
        composites.update(range(i * i, n + 1, i))
    return sorted(set(range(2, n + 1)) - composites)
print(sieve(60))
a = set(range(0, 100, 3))
b = set(range(0, 100, 5))
print(len(a), len(b), len(a & b), sorted(a & b), len(a | b), len(a ^ b))
pairs = {(i, j) for i in range(5) for j in range(5) if (i + j) % 4 == 0}
print(sorted(pairs))
