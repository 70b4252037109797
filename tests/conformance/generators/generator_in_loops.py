def pairs(items):
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            yield a, b
for a, b in pairs("abcd"):
    print(a + b, end=" ")
print()
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 3)), list(chunks("abcdefg", 2)))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for it in its:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        its = nxt
print(list(interleave([1, 2, 3], "ab", (10, 20, 30, 40))))
def early_exit():
    for i in range(100):
        yield i
total = 0
for v in early_exit():
    if v > 5:
        break
    total += v
print(total)
