people = [("smith", "john", 40), ("doe", "jane", 30), ("smith", "anna", 25), ("doe", "adam", 30)]
print(sorted(people))
print(sorted(people, key=lambda p: (p[2], p[0])))
print(sorted(people, key=lambda p: (-p[2], p[1])))
print(max(people), min(people, key=lambda p: p[2]))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 3), (2,) > (1, 99), (1, "a") < (1, "b"))
print((1, 2) == (1.0, 2.0), (0,) == (False,))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, (2, 3)) < (1, (2, 4)), (float("nan"),) == (float("nan"),))
