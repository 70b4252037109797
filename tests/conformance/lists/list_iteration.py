items = ["a", "b", "c", "d"]
for i, v in enumerate(items):
    print(i, v, end="; ")
print()
for i, v in enumerate(items, start=10):
    print(i, v, end="; ")
print()
for v in reversed(items):
    print(v, end="")
print()
for a, b in zip(items, items[1:]):
    print(a + b, end=" ")
print()
it = iter(items)
print(next(it), next(it), list(it), list(it))
total = 0
for n in [1, 2, 3]:
    total += n
else:
    print("loop done", total)
nums = [1, 2, 3]
for n in nums:
    if n == 2:
        nums.append(4)
    print(n, end=" ")
print()
print(list(enumerate([])), list(zip([1, 2, 3], "ab")))
