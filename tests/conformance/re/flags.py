# flag constants, RegexFlag values and reprs, flags on patterns
import re

for f in [re.A, re.I, re.L, re.M, re.S, re.U, re.X, re.DEBUG, re.NOFLAG]:
    print(repr(f), str(f), int(f), f.value)
print(re.ASCII is re.A, re.IGNORECASE == 2, re.MULTILINE == re.M, re.DOTALL == 16)
print(repr(re.I | re.M), repr(re.M | re.I), repr(re.A | re.I | re.S), re.I | 0, 0 | re.I)
print(repr(re.I & re.I), repr(re.I ^ re.M), type(re.I | re.M).__name__, isinstance(re.I, int))
print(repr(re.I | 1024), re.I.name, (re.I | re.M).name, re.NOFLAG.name)
print(re.compile("a").flags, re.compile("a", re.I).flags, re.compile(b"a").flags)
print(re.compile("a", re.A).flags, re.compile("(?i)a").flags, re.compile("(?x)a", re.M).flags)
print(re.compile(b"a", re.L).flags, re.compile(b"(?L)a").flags, re.compile("(?u)a").flags)
print(re.match("a", "A", re.IGNORECASE), re.match(".", "\n", re.DOTALL), re.match(".", "\n"))
print(re.findall("^a", "a\na", re.MULTILINE), re.findall("^a", "a\na"))
print(re.findall(r"\w+", "é a", re.ASCII), re.findall(r"\w+", "é a", re.UNICODE))
print(re.findall("a b", "ab a b", re.VERBOSE), re.findall("a b", "ab a b"))
print(re.match("a.b", "A\nB", re.I | re.S).group())
print(sorted(n for n in dir(re) if n.isupper() and not n.startswith("_")))
