print(eval("1 + 2"), eval("x * 2", {"x": 5}), eval("x + y", {"x": 1}, {"y": 2}))
g = {}
exec("a = 1\ndef f(): return a + 1", g)
print(g["a"], g["f"](), "__builtins__" in g)
l = {}
exec("b = 2", {}, l)
print(l)
x = 10
def scope():
    y = 5
    return eval("x + y")
print(scope())
print(eval("len('abc')", {}), eval("__name__"))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("raise ValueError('inside')")
except ValueError as e:
    print(type(e).__name__, e)
c = compile("3 * 4", "<s>", "eval")
print(type(c).__name__, eval(c), c.co_filename, c.co_name)
c2 = compile("q = 7", "<s>", "exec")
ns = {}
exec(c2, ns)
print(ns["q"], exec("1"), eval(compile("1", "f", "single")) if False else "")
try:
    compile("1", "f", "bad")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("1", 5)
except TypeError as e:
    print(type(e).__name__, e)
m = {"k": 1}
class Mapping:
    def __getitem__(self, k):
        if k == "magic": return 42
        raise KeyError(k)
print(eval("magic", {}, Mapping()))
exec("z = 1", m)
print(sorted(k for k in m if k != "__builtins__"))
print(eval("  1 + 1"), eval("1\n"), eval(b"2 + 2"))
def outer():
    v = 3
    exec("v = 4")
    return v
print(outer())
d = {}
exec("class K: pass\nk = K()\nname = type(k).__name__", d)
print(d["name"], d["K"].__module__)
exec("import sys as s2", d)
print(d["s2"].__name__)
print(eval("[i for i in range(3)]"), eval("(lambda a: a * 2)(4)"))
g2 = {"__name__": "custom"}
exec("def fn(): pass\nmod = fn.__module__", g2)
print(g2["mod"])
print(globals()["__name__"], "x" in globals(), sorted(k for k in locals() if k == "x"))
def loc():
    a = 1
    return locals()
print(loc())
