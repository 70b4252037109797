# ^ $ \A \Z \b \B with and without MULTILINE; $ before a final newline
import re

s = "one\ntwo\nthree\n"
print(re.findall(r"^\w+", s), re.findall(r"^\w+", s, re.M))
print(re.findall(r"\w+$", s), re.findall(r"\w+$", s, re.M))
print(re.findall(r"^", s, re.M), re.findall(r"$", s, re.M), re.findall(r"$", s))
print(re.search(r"\w+\Z", s), re.search(r"\w+\Z", "one two"))
print(re.search(r"\Aone", s), re.search(r"\Atwo", s, re.M))
print(re.search("a$", "a\n"), re.search("a$", "a\n\n"), re.search("a\\Z", "a\n"))
print(re.fullmatch("a$", "a\n"), re.match("a$\n", "a\n"))
print(re.findall(r"\bfoo\b", "foo foobar barfoo foo."))
print(re.findall(r"\Boo\B", "foo boot zoom"), re.findall(r"\B", "ab"))
print(re.search(r"\b", ""), re.search(r"\B", ""), re.search(r"^$", ""))
print(re.findall(r"\b\w", "héllo wörld"), re.findall(r"\b\w", "héllo wörld", re.A))
print(re.findall(r"\b", "a b"), [m.span() for m in re.finditer(r"\b", "ab cd")])
p = re.compile(r"^x")
print(p.search("ax", 1), p.match("ax", 1), re.compile("^x", re.M).search("a\nx", 2))
print(re.compile(r"\bx").search("ax", 1), re.compile(r"x$").search("xa", 0, 1))
print(re.compile(r"\Ax").search("xx", 1), re.compile(r"x\Z").search("xxa", 0, 2))
print(re.sub("^", ">", "a\nb\n", flags=re.M), re.sub("$", "<", "a\nb\n", flags=re.M))
print(re.split(r"\b", "hi there"), re.split("^", "a\nb", flags=re.M))
