# re.error messages, positions, line and column numbers for malformed patterns
import re

patterns = [
    "(", ")", "a)", "(a", "((a)", "[a", "[", "[]", "[^", "a**", "a*+*", "a{1}{2}", "*", "+a",
    "?", "a|*", "(*)", "^*", "$+", r"\b*", r"\A?", "{1}", "a{2,1}", r"\q", r"\8", r"[\8]",
    r"\1", r"(a)\2", r"(a\1)", "\\", r"[\z]", r"\x4", r"\xg", r"\u12", r"\U0011FFFF",
    r"\N", r"[\N{x}]", r"\777", r"[\777]", "(?", "(?P", "(?Px)", "(?P<",
    "(?P<>a)", "(?P<1a>a)", "(?P<a-b>x)", "(?P<a>x)(?P<a>y)", "(?P=", "(?P=a)", "(?P<a>(?P=a))",
    "(?P=1)", "(?#abc", "(?<", "(?<x)", "(?<=a*)", "(?<!a|bc)", "(?<=a+)", "(?<=(a)\\1)",
    "(?<=(?P<n>a)(?P=n))", "(?(", "(?()", "(?(1)", "(?(1)a|b|c)", "(?(0)a)", "(?(x)a)",
    "(?(-1)a)", "(?(1a)a)", "(?(2)a)(b)", "(?z)", "(?i", "(?i-", "(?i-:a)", "(?-", "(?-z:a)",
    "(?i-i:a)", "(?L)a", "(?au)a", "(?-a:b)", "(?t:a)", "a(?i)", "(?i)(?s)a|(?m)b",
    "[b-a]", r"[\d-z]", r"[a-\d]", r"[\x41-\x30]", "a{99999999999}", "x{3,99999999999}",
    "(a\nb", "ab\n(cd\nef", "a\n)", "[\n", "\n*",
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p in [b"\\q", b"[\xff-\x01]", b"(?u)a", b"\\u1234", b"(?<\xe9a)"]:
    try:
        re.compile(p)
        print(p, "compiled")
    except Exception as e:
        print(p, type(e).__name__, e, getattr(e, "pos", None))
e = re.error("custom")
print(e.msg, e.pos, e.pattern, e.lineno, e.colno, str(e))
e = re.error("m", "ab\ncd", 4)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
