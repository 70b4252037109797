data = [("x", 3), ("a", 1), ("y", 3), ("b", 1), ("z", 2), ("c", 2), ("d", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [(i * 7919) % 101 for i in range(60)]
keyed = sorted(range(60), key=lambda i: nums[i] % 5)
print(keyed)
l = [5, 3, 5, 1, 3, 5]
idx = sorted(range(len(l)), key=lambda i: l[i])
print(idx)
l.sort(key=lambda v: 0)
print(l)
