def make_class(greeting):
    class Greeter:
        def __init__(self, name):
            self.name = name
        def greet(self):
            return f"{greeting}, {self.name}"
    return Greeter
Hi = make_class("Hi")
Yo = make_class("Yo")
print(Hi("a").greet(), Yo("b").greet(), Hi is Yo)
x = "module"
class C:
    x = "class attr"
    def method(self):
        return x
    y = [x for _ in range(1)]
print(C().method(), C.x, C.y)
def f():
    v = "enclosing"
    class Inner:
        w = v
        def m(self):
            return v
    return Inner
I = f()
print(I.w, I().m())
