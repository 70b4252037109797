vals = ["", "simple", "it's", 'say "hi"', "both ' and \"", "back\\slash", "new\nline", "tab\t", "cr\r", "\x00\x07\x1b",
        "\x7f", "é", "\u200b", "\ufeff", "😀", "a'b\"c", "'", '"']
for v in vals:
    print(repr(v), str(v) == v, len(repr(v)))
print(str("x"), str(123), str([1, "a"]), str({"k": "v"}), str(("t",)))
print(repr([1, "a", 'b"', "c'"]))
print(repr(repr("x")), str(repr("x")))
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), str(S()), repr(S()), [S()], (S(),), {S(): S()} if False else "skip", f"{S()}", f"{S()!r}")
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()))
