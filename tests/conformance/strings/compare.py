pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("a", "B"),
         ("é", "z"), ("中", "a"), ("10", "9"), ("apple", "Apple")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x > y, x >= y, x == y, x != y)
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "", "é"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(max("hello"), min("hello"), max(["aa", "b", "ab"]), min("zyx", "zyy"))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
print("a" == 1, "1" == 1, "a" != None)
