for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.675, 1e16 + 1, 123.456]:
    print(v, round(v), round(v, 2), round(v, -1))
for v in [5, 15, 25, -25, 149, 150, 151, 10 ** 20 + 50]:
    print(v, round(v, -1), round(v, -2), round(v, 0), round(v, 3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
class R:
    def __round__(self, n=None):
        return f"custom round {n}"
print(round(R()), round(R(), 3))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
