# Construction for every typecode, repr, len, indexing, iteration, tolist, attributes.
from array import array
import array as array_module

print(array_module.typecodes, array_module.ArrayType is array, array.__name__, array.__module__)
print(array)
for tc in array_module.typecodes:
    if tc == "u":
        a = array(tc, "hello")
    elif tc in "fd":
        a = array(tc, [1.5, -2.25, 0.1, 3])
    elif tc in "BHILQ":
        a = array(tc, [0, 1, 200, 255])
    else:
        a = array(tc, [-100, 0, 1, 127])
    print(tc, a.itemsize, a.typecode, len(a), a, a.tolist(), a[0], a[-1], list(a))
print(array("i"), repr(array("d")), str(array("u")), array("b", b"\x01\x80"), array("B", bytearray(b"xy")))
print(array("h", (1, 2, 3)), array("i", range(5)), array("q", iter([7, 8])), array("d", array("i", [1, 2])))
print(array("i", b"\x01\x00\x00\x00\x02\x00\x00\x00"), array("u", "ab\u20ac"))
print(array("f", [0.1, 1e39, -1e39]), array("L", [2**64 - 1]), array("Q", [2**63]))
print(array("I", array("I", [5, 6])), array("i", (x * x for x in range(4))))
a = array("l", [10, 20, 30, 40])
print(a[1], a[-2], a[True], 20 in a, 25 in a, a.index(30), a.count(20))
for i, x in enumerate(a):
    print(i, x, end="; ")
print()
it = iter(a)
print(type(it).__name__, next(it), next(it), list(it), list(it))
print(list(reversed(a)), sorted(array("i", [3, 1, 2])), sum(array("d", [0.5, 0.25])), max(a))
print(bool(array("i")), bool(a), len(array("u", "")))
for bad in ['array("z")', 'array("ii")', 'array(1)', 'array()', 'array("i", 5)',
            'array("i", "abc")', 'array("u", ["ab"])', 'array("u", [1])', 'array("i", b"123")',
            'array("i", array("u", "a"))', 'array("u", array("i", [1]))', 'array("i", [1], 2)',
            'array("i", typecode="i")', 'array("i", [1, "x"])', 'array("d", ["x"])',
            'array("i", [1])[5]', 'array("i", [1])["x"]', 'array("i", [1])[1.0]', 'hash(array("i"))']:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
