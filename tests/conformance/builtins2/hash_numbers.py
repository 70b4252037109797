vals = [0, 1, -1, 2, 10**20, -(10**20), 2**61 - 1, 2**61, 2**62, 2**63, 2**64 + 5, 0.5, 1.5, -2.25, 1e20, 1e-20, 3.14159, 1e308, True, False]
for v in vals:
    print(repr(v), hash(v))
print(hash(float("inf")), hash(float("-inf")))
print(hash(1) == hash(1.0) == hash(complex(1, 0)), hash(2**80) == hash(float(2**80)), hash(0.0) == hash(-0.0) == hash(0))
print(hash(complex(1, 2)), hash(complex(-1.5, 0.25)), hash(1j))
print(hash(()), hash((1,)), hash((1, 2, 3)), hash(((1, 2), (3,))))
print(hash(None) == hash(None), hash(frozenset()) , hash(frozenset([1, 2, 3])))
print(hash(range(3)) == hash(range(3)), hash(b"") == hash(""), hash(True) == 1)
print({1: "a", 1.0: "b", True: "c"})
print(len({1, 1.0, True, complex(1, 0)}))
class H(int): pass
print(hash(H(5)) == 5, hash(-2**61 + 1), hash(-2**61), hash(-(2**61) - 1))
print(hash(2**61 - 2), hash(-(2**63)), hash(12345678901234567890123))
