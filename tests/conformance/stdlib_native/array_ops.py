# Operators: + * += *= comparisons, in, errors; subclasses of array.
from array import array

a = array("i", [1, 2, 3])
b = array("i", [4, 5])
print(a + b, a * 2, 2 * a, a * 0, a * -1, b + array("i"))
c = a
c += b
print(c, a, c is a)
c *= 2
print(c, a is c)
d = array("d", [0.5])
d *= 3
print(d)
print(array("i", [1, 2]) == array("i", [1, 2]), array("i", [1, 2]) != array("i", [1, 3]))
print(array("i", [1, 2]) < array("i", [1, 3]), array("i", [1, 2]) <= array("i", [1]),
      array("i", [2]) > array("i", [1, 9]), array("i") >= array("i"))
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("b", [1]) < array("f", [1.5]))
print(array("d", [float("nan")]) == array("d", [float("nan")]), array("d", [0.0]) == array("d", [-0.0]))
print(array("i", [1]) == [1], array("u", "ab") == array("u", "ab"), array("u", "ab") < array("u", "b"))
print(3 in a, 3.0 in a, "x" in a, None in array("d", [1.0]))
for code in ["a + [1]", "[1] + a", "a + array('d')", "a * 2.0", "a * 'x'", "a < [1]", "a += [1]",
             "a += array('d', [1.0])", "a *= 1.5", "a - a", "-a"]:
    try:
        exec(code)
        print(code, a)
    except Exception as e:
        print(code, type(e).__name__, e)


class Sampled(array):
    def total(self):
        return sum(self)


s = Sampled("i", [1, 2, 3])
s.append(4)
s.tag = "extra"
print(s, s.total(), s.tag, type(s).__name__, isinstance(s, array), len(s), s[1:3], type(s[1:3]).__name__)
print(s == array("i", [1, 2, 3, 4]), s + array("i", [9]))


class Named(array):
    def __new__(cls, values):
        return super().__new__(cls, "d", values)


n = Named([1, 2])
print(n, n.typecode)
