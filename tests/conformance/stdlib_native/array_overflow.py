# Item conversion for every typecode: ranges, OverflowError and TypeError messages.
from array import array

values = [-2**70, -2**63 - 1, -2**63, -2**32, -2**31 - 1, -2**31, -32769, -32768, -129, -128,
          -1, 0, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2**31 - 1, 2**31, 2**32 - 1,
          2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**70, 1.5, "a", None, True]
for tc in "bBhHiIlLqQfdu":
    for v in values:
        try:
            r = array(tc, [v]).tolist()
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(tc, repr(v), r)


class Idx:
    def __index__(self):
        return 42


print(array("b", [Idx()]), array("Q", [Idx()]), array("d", [Idx()]))
a = array("b", [0])
for v in [127, 128, -129, 2.0]:
    try:
        a[0] = v
        print(a)
    except Exception as e:
        print(type(e).__name__, e)
for v in [300, "x"]:
    try:
        a.append(v)
    except Exception as e:
        print(type(e).__name__, e)
print(a)
print(array("f", [1e300, -1e300, 2**200]), array("u", ["\U0001f600"]))
try:
    array("d", [2**2000])
except OverflowError as e:
    print(type(e).__name__, e)
