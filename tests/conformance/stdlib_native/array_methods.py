# The methods of array.array.
from array import array

a = array("h", [5, 1, 4])
a.append(9)
a.extend([2, 2])
a.extend(array("h", [7]))
a.extend(x for x in (3, 3))
a.insert(0, -1)
a.insert(100, 100)
a.insert(-2, 50)
a.insert(-100, -100)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(2), a, a.count(2), a.count(99), a.index(2), a.index(3, 9))
a.remove(2)
print(a)
a.reverse()
print(a)
print(a.tobytes(), array("h", a.tobytes()) == a)
a.frombytes(b"\x01\x00\xff\xff")
print(a)
a.fromlist([11, 12])
print(a, a.tolist())
b = array("i", [1, 256, -2])
b.byteswap()
print(b)
b.byteswap()
print(b, b.buffer_info()[1], type(b.buffer_info()[0]).__name__)
u = array("u", "hi")
u.fromunicode(" there")
print(u, u.tounicode(), u.tobytes()[:8])
print(array("d", [1.5]).tobytes(), array("f", [0.5]).tobytes())
c = array("Q", [1, 2, 3])
print(c.__copy__(), c.__deepcopy__({}), c.__copy__() is c)
for code in ["a.pop(50)", "array('i').pop()", "a.remove(1234)", "a.index(1234)", "a.index(11, 0, 3)",
             "a.extend(array('i', [1]))", "a.extend(5)", "a.extend([1, 'x'])", "a.frombytes(b'123')",
             "a.frombytes('ab')", "a.fromlist((1, 2))", "a.fromlist([1, 'x'])", "a.tounicode()",
             "a.fromunicode('x')", "u.fromunicode(5)", "a.insert('x', 1)", "a.append()",
             "a.append(1, 2)", "a.count()", "a.reverse(1)", "a.tobytes(1)"]:
    try:
        print(code, eval(code))
    except Exception as e:
        print(code, type(e).__name__, e)
print(a)
x = array("b", [1, 2])
x.extend([3, 300, 4]) if False else None
try:
    x.extend([3, 300, 4])
except OverflowError as e:
    print(type(e).__name__, e, x)
try:
    x.fromlist([5, 300])
except OverflowError as e:
    print(type(e).__name__, e, x)
