people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(max(people, key=lambda p: (p[1], p[0])), min(people, key=lambda p: len(p[0])))
print(max([], key=len, default="none"), min((x for x in []), default=-1))
print(max("apple", "fig", "banana", key=len), min("apple", "fig", "banana", key=len))
print(max([1, 2, 3], key=lambda v: v % 3), min([2, 4, 6], key=lambda v: -v))
print(max(range(10), key=lambda v: (v % 4, v)), max({3: "a", 9: "b", 1: "c"}), max({3: "a", 9: "b"}.items(), key=lambda kv: kv[1]))
try:
    max([], key=len)
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
