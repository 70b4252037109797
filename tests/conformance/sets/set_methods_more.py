s = {1, 2, 3}
print(s.union(), s.intersection() == s, sorted(s.union([9], range(2))))
print(s.issuperset(set()), set().issubset(s), set() < s, s > set())
x = {1, 2}
y = x
y |= {3}
print(x is y, sorted(x))
z = x
z = z | {4}
print(z is x, sorted(x), sorted(z))
print(sorted(set([1, 2]).symmetric_difference({2, 3})))
a = set("abc")
print(len(a), "a" in a, sorted(a))
b = {2, 4}
b.update()
print(sorted(b), len(set()), set() == set())
