s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("".strip()), repr("   ".strip()), repr("a".strip("a")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("\u00a0nbsp\u00a0".strip()), repr("\u3000ideo\u3000".strip()))
print(repr("  x  ".strip(None)), repr("--x--".strip("-")))
print(repr("prefix_body".removeprefix("prefix_")), repr("body.txt".removesuffix(".txt")))
print(repr("abc".removeprefix("x")), repr("abc".removesuffix("")))
lines = ["  a  ", "b  ", "  c"]
print([l.strip() for l in lines])
