# os.path functions that only compute on strings.
import os.path as p
import posixpath

print(p is posixpath)
paths = ["", "/", "//", "///", "a", "a/", "/a", "/a/b", "a/b/", "a//b", "./a", "../a",
         "/a/./b/../c", "a/../..", "//a//b//", ".", "..", "/..", "a/b.c", ".bashrc",
         "a/.b.c.d", "a.b/c", "..x", "x...", "/a/b/.."]
for s in paths:
    print(repr(s), p.split(s), p.splitext(s), repr(p.basename(s)), repr(p.dirname(s)),
          p.isabs(s), repr(p.normpath(s)))
print(p.join("a"), p.join("a", "b", "c"), p.join("a/", "b"), p.join("a", "/b", "c"),
      p.join("", "x"), p.join("a", ""), p.join("/", "a"))
print(p.join(b"a", b"b"), p.split(b"/x/y"), p.splitext(b"f.txt"), p.normpath(b"/a/../b"))
try:
    p.join("a", b"b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.join("a", 3)
except TypeError as e:
    print(type(e).__name__, e)
print(p.commonprefix(["interspecies", "interstellar", "interstate"]), repr(p.commonprefix([])))
print(p.commonprefix(["/usr/lib", "/usr/local/lib"]), p.commonprefix(["a"]))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b/c", "a/b/d", "a/b"]))
print(p.commonpath(["/a"]), p.commonpath(["a/./b", "a/b/c"]), repr(p.commonpath(["a", "b"])))
for bad in ([], ["/a", "b"]):
    try:
        p.commonpath(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/a/b", "/a/b"),
      p.relpath("/x/y", "/a/b"))
try:
    p.relpath("")
except ValueError as e:
    print(type(e).__name__, e)
print(p.splitdrive("/a/b"), p.normcase("/A/B"), p.sep, p.pathsep, p.curdir, p.pardir)
print(p.abspath("/a/./b/../c"), p.abspath("x") == p.join(__import__("os").getcwd(), "x"))
