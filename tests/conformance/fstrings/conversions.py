s = "text"
print(f"{s!r}", f"{s!s}", f"{s!a}" if False else "skip", f"{'é'!r}", f"{'q'!r}")
print(f"{s!r:>10}", f"{s!s:*<8}", f"{42!r}", f"{42!s:>5}", f"{[1, 'a']!r}", f"{None!r}")
class C:
    def __repr__(self):
        return "C-repr"
    def __str__(self):
        return "C-str"
    def __format__(self, spec):
        return "C-format(" + spec + ")"
c = C()
print(f"{c}", f"{c!r}", f"{c!s}", f"{c:xyz}", f"{c!r:>8}", format(c, "abc"), format(c))
print("{!r}".format(c), "{0!s:^9}".format(c), "{:spec}".format(c))
