# TypeError / ValueError / IndexError / OverflowError raised by the re API
import re

calls = [
    lambda: re.compile(1), lambda: re.compile(None), lambda: re.match("a", 1),
    lambda: re.match("a", None), lambda: re.search("a", ["a"]), lambda: re.compile("a", re.L),
    lambda: re.compile("a", re.A | re.U), lambda: re.compile(b"a", re.A | re.L),
    lambda: re.compile("a", "x"), lambda: re.sub("a", 1, "a"), lambda: re.sub("a", 1, "b"),
    lambda: re.sub("(a)", r"\2", "a"), lambda: re.sub("(a)", r"\g<2>", "b"),
    lambda: re.sub("(a)", r"\g<x>", "a"), lambda: re.sub("(a)", r"\g<x", "a"),
    lambda: re.sub("(a)", r"\g<>", "a"), lambda: re.sub("(a)", r"\g<1a>", "a"),
    lambda: re.sub("(a)", r"\g", "a"), lambda: re.sub("a", "\\", "a"), lambda: re.sub("a", r"\q", "a"),
    lambda: re.sub("a", r"\777", "a"), lambda: re.sub("a", lambda m: 5, "xa"),
    lambda: re.sub("a", lambda m: b"x", "a"), lambda: re.sub(b"a", lambda m: "x", b"a"),
    lambda: re.sub("a", b"x", "ba"), lambda: re.sub("a", b"x", "b"),
    lambda: re.match("(a)", "a").group(2), lambda: re.match("(a)", "a").start("x"),
    lambda: re.match("(a)", "a").expand(r"\3"), lambda: re.match("a", "a", 0).span(1),
    lambda: re.compile("a").match("a", "x"), lambda: re.compile("a").match("a", 0, None),
    lambda: re.compile("a").match("a", 2 ** 70), lambda: re.compile("a{%d}" % (2 ** 32)),
    lambda: re.finditer("a", 5), lambda: re.split("a", 3), lambda: re.findall(1, "a"),
    lambda: re.compile("(" * 300 + ")" * 300).groups, lambda: re.escape(5),
    lambda: re.compile("a").sub("x", "a", "2"),
]
for f in calls:
    try:
        print(f())
    except (re.error, TypeError, ValueError, IndexError, OverflowError, RecursionError) as e:
        print(type(e).__name__, e)
